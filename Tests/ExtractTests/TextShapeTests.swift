import Foundation
import Testing
@testable import Extract
import TestSupport

/// Converter junk and the TAB shapes, on small inline dumps.
@Suite struct TextShapeTests {
    private func read(_ text: String) throws -> Document {
        try TextReader.read(data: Data(text.utf8))
    }

    @Test func markdownBoldAndBookmarksAreRemoved() throws {
        let document = try read("""
            # 标题
            ###### 一、总体情况
            #不是标题
            **加粗**文字与__下划线__，***星***
            填写：______ 与 ** 孤立
            [bookmark: _GoBack]正文[bookmark: _Toc1]
            []{#_GoBack .anchor}锚点
            \u{3000}\u{3000}
            \u{A0}
            末行\u{3000}\u{20}
            """)
        #expect(document.paragraphTexts == ["标题", "一、总体情况", "#不是标题", "加粗文字与下划线，星",
                                            "填写：______ 与 ** 孤立", "正文", "锚点", "末行"])
        #expect(document.tables.isEmpty)
    }

    @Test func pageNumberLinesAreDropped() throws {
        let document = try read("正文\n- 3 -\n-4-\n第 3 页 共 6 页\n第5页\n— 7 —\n后文\n3\n")
        #expect(document.paragraphTexts == ["正文", "后文", "3"])
    }

    @Test func tabRowsKeepEmptyCellsAndCrossBlankLines() throws {
        let document = try read("前言\na\tb\t\n\n\tc\t\td\n结语\ne\tf\n")
        #expect(document.paragraphTexts == ["前言", "结语"])
        #expect(document.tableTexts == [[["a", "b", ""], ["", "c", "", "d"]], [["e", "f"]]])
    }

    @Test func oneCellPerLineRowsEndAtBlankLines() throws {
        let document = try read("标题\n\t甲\n\t乙\n\n\t\n\t丙\n续行\n\n\t丁\n\t \n\n段落\n")
        #expect(document.paragraphTexts == ["标题", "段落"])
        #expect(document.tableTexts == [[["甲", "乙"], ["", "丙\n续行"], ["丁", " "]]])
    }

    @Test func aHeadingRightAfterACellEndsTheTable() throws {
        let document = try read("\t甲\n\t乙\n四、政府信息公开行政复议\n")
        #expect(document.tableTexts == [[["甲", "乙"]]])
        #expect(document.paragraphTexts == ["四、政府信息公开行政复议"])
    }

    @Test func tabIndentedProseIsNotATable() throws {
        let document = try read("\t一、总体情况\n\n\t本年度，我镇……\n")
        #expect(document.tables.isEmpty)
        #expect(document.paragraphTexts == ["\t一、总体情况", "\t本年度，我镇……"])
    }

    @Test func unwrappedProseIsOneParagraphPerLine() throws {
        // Lines of similar length in a dump that is not wrapped at a fixed width stay apart.
        let document = try read("一是公开内容需进一步理清。\n二是队伍水平需进一步提高。\n三是制度需进一步完善。\n")
        #expect(document.paragraphTexts.count == 3)
    }

    @Test(arguments: [("3001", true), ("1,362", true), ("96171.6", true), ("-2", true), ("12%", true),
                      ("0517-87222589", false), ("1.", false), ("三", false), ("2.重复申请", false)])
    func numbers(text: String, isNumber: Bool) {
        #expect(Characters.isNumber(text) == isNumber)
    }

    @Test func segmentsSplitAtTwoSpacesAndKeepCharacterOffsets() {
        let segments = TextShapes.segments(of: "  行政许可  447228   结 果\u{3000}纠正  0 0 1")
        #expect(segments.map(\.text) == ["行政许可", "447228", "结 果", "纠正", "0", "0", "1"])
        #expect(segments.map(\.start) == [2, 8, 17, 21, 25, 27, 29])
        #expect(segments.map(\.isNumeric) == [false, true, false, false, true, true, true])
    }
}

/// Damaged and odd input must be read or refused, never crash.
@Suite struct TextRobustnessTests {
    @Test(arguments: ["000_5860c8c99ad472da.txt", "003_6b2723ef25cb24a6.txt"])
    func truncatedAndSplicedSeedsDoNotCrash(name: String) throws {
        let bytes = [UInt8](try Samples.data("seeds/" + name))
        let layout = [UInt8](try Samples.data("text/huaian_city_2024.layout.txt"))
        var generator = SplitMix(seed: 42)
        for _ in 0..<60 {
            let cut = Int(generator.next() % UInt64(bytes.count))
            let other = Int(generator.next() % UInt64(layout.count))
            let spliced = Array(bytes[..<cut]) + Array(layout[other...].prefix(2_000)) + Array(bytes[cut...].prefix(500))
            _ = try? TextReader.read(data: Data(spliced))
            _ = try? TextReader.read(data: Data(bytes[..<cut]))
        }
    }

    @Test(arguments: ["\t", "\t\n\n\t", "  1  2\n  3  4\n", "\u{C}\u{C}\u{C}", "**", "__x", "#", "[bookmark: x",
                      "a  1\n\u{C}b  2\n\u{C}", "续行\n\t甲\n续\n续\n\n", "\r\r\n\n\r"])
    func oddInputs(text: String) throws {
        _ = try TextReader.read(data: Data(text.utf8))
    }
}

/// A tiny deterministic generator so the robustness cases are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
