import Foundation
import Testing
@testable import Extract
import TestSupport

/// A text report with a few bytes that are not UTF-8 (nor GB18030) in its prose is read, the
/// bad bytes shown as U+FFFD and counted in a warning; from 1% of the bytes on, refused.
@Suite struct TextInvalidUTF8Tests {
    /// invalid_utf8_few_bytes.txt: "共收到" became "共", 0xFF, the first two bytes of "收", "到".
    @Test func fewInvalidBytesAreReadWithAWarning() throws {
        let document = try TextReader.read(data: try BadSamples.data("invalid_utf8_few_bytes.txt"))
        #expect(document.warnings == ["the text has 3 bytes that are not valid UTF-8; they are shown as U+FFFD"])
        let prose = document.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text }
            return nil
        }
        #expect(prose.first == "某县2023年政府信息公开工作年度报告")
        #expect(prose.contains { $0.hasPrefix("本年度共\u{FFFD}\u{FFFD}到申请十件，全部按时办结。") })
    }

    @Test func oneInvalidByteIsNamedInTheSingular() throws {
        let text = Data("一、总体情况\n".utf8) + Data([0xFF]) + Data(String(repeating: "本年度无。", count: 20).utf8)
        #expect(try TextReader.read(data: text).warnings
                == ["the text has 1 byte that is not valid UTF-8; it is shown as U+FFFD"])
    }

    @Test func manyInvalidBytesAreRefused() throws {
        #expect(try BadSamples.error("invalid_utf8_many_bytes.txt") == .undecodableText(
            "it is neither UTF-8 nor GB18030/GBK (and has no UTF-16 byte-order mark)"))
    }

    @Test func validTextHasNoWarning() throws {
        #expect(try TextReader.read(data: Data("一、总体情况\n本年度无。\n".utf8)).warnings.isEmpty)
    }

    /// GB18030 is still tried first: its bytes are not UTF-8 at all, and are not U+FFFD.
    @Test func gb18030IsStillDecodedAsGB18030() throws {
        let bytes = try Samples.data("text/seed000.gb18030.txt")
        let document = try TextReader.read(data: bytes)
        #expect(document.warnings.isEmpty)
        #expect(document == (try TextFixtures.sample("seed000.utf8bom.txt")))
    }
}
