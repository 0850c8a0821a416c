import Foundation
import Testing
@testable import Extract
import TestSupport

/// Encodings and line endings: each fixture in samples/text (made by make_encodings.sh from
/// seed 000) must read exactly like the UTF-8 seed.
@Suite struct TextEncodingTests {
    @Test(arguments: ["seed000.utf8bom.txt", "seed000.utf16le.txt", "seed000.utf16be.txt",
                      "seed000.gb18030.txt", "seed000.crlf.txt", "seed000.cr.txt"])
    func readsLikeTheUTF8Seed(fixture: String) throws {
        let expected = try TextFixtures.seed("000_5860c8c99ad472da.txt")
        let document = try TextFixtures.sample(fixture)
        #expect(document == expected)
    }

    @Test func gb18030FixtureIsNotUTF8() throws {
        let bytes = try Samples.data("text/seed000.gb18030.txt")
        #expect(String(data: bytes, encoding: .utf8) == nil)
    }

    @Test func documentReaderRoutesTextHere() throws {
        let bytes = try Samples.data("text/seed000.utf16le.txt")
        #expect(try DocumentReader.read(data: bytes) == TextFixtures.sample("seed000.utf16le.txt"))
    }

    @Test func crlfAndLoneCRBecomeLineEnds() throws {
        let document = try TextReader.read(data: Data("甲\r\n乙\r丙\n\r\n丁\ta\r\n".utf8))
        #expect(document.paragraphTexts == ["甲", "乙", "丙"])
        #expect(document.tableTexts == [[["丁", "a"]]])
    }

    @Test func nulBytesAreRefusedAndUTF16WithoutBOMIsNamed() throws {
        let utf16 = try #require("一、总体情况\n".data(using: .utf16LittleEndian))
        #expect(utf16.first != 0xFF)
        let error = #expect(throws: ExtractError.self) { try TextReader.read(data: utf16) }
        guard case .undecodableText(let why) = error else {
            Issue.record("expected undecodableText, got \(String(describing: error))")
            return
        }
        #expect(why.contains("NUL") && why.contains("UTF-16"))
        #expect(!why.contains("\n"))
    }

    @Test(arguments: [
        ("binary", Data((1...255).map { UInt8($0) } + (1...255).map { UInt8($0) })),
        ("neither UTF-8 nor GB18030", Data([0x41, 0x80, 0x42, 0xFF, 0x43, 0x0A])),
        ("bad UTF-8 after a UTF-8 BOM", Data([0xEF, 0xBB, 0xBF, 0xC3, 0x28])),
        ("odd UTF-16", Data([0xFF, 0xFE, 0x41])),
        ("NUL in UTF-16", Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00])),
        ("lone surrogate in UTF-16", Data([0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41])),
    ])
    func undecodableInputIsRefused(label: String, bytes: Data) {
        #expect(throws: ExtractError.self, "\(label)") { try TextReader.read(data: bytes) }
        do {
            _ = try TextReader.read(data: bytes)
        } catch let error as ExtractError {
            guard case .undecodableText = error else {
                Issue.record("\(label): \(error)")
                return
            }
        } catch {
            Issue.record("\(label): \(error)")
        }
    }

    @Test func emptyInputAndLimits() {
        #expect(throws: ExtractError.empty) { try TextReader.read(data: Data()) }
        var small = ReadLimits.standard
        small.maxInputBytes = 4
        #expect(throws: ExtractError.self) { try TextReader.read(data: Data("一、总体".utf8), limits: small) }
        var fewCells = ReadLimits.standard
        fewCells.maxCells = 3
        #expect(throws: ExtractError.self) { try TextReader.read(data: Data("a\tb\nc\td\n".utf8), limits: fewCells) }
    }
}
