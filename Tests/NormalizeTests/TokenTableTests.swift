@testable import Normalize
import Testing

/// Section 二 as plain `pdftotext` lists small tables: column by column. The tokens are those of
/// samples/text/pdftotext/30_variant_landscape_shaded_thick_border.plain.txt, whose page shows
/// 规章 1 0 1, 行政规范性文件 8 0 55, 行政许可 292, 行政处罚 140, 行政强制 6, 收费 240.82.
@Suite struct TokenTableTests {
    static let tokens = ["信息内容", "规章", "行政规范性文件", "信息内容", "行政许可", "信息内容", "行政处罚", "行政强制",
                         "信息内容", "行政事业性收费", "本年制发件数", "1", "8", "本年废止件数", "0", "0", "本年处理决定数量", "292",
                         "本年处理决定数量", "140", "6", "本年收费金额（单位：万元）", "240.82", "现行有效件数", "1", "55"]

    static func cells(_ rows: [SourceRow], _ label: String) -> [String]? {
        rows.first { $0.cells.first?.text == label }.map { $0.cells.dropFirst().map(\.text) }
    }

    @Test func columnsAreGivenToTheTableWhoseHeaderAndRowCountTheyFit() throws {
        let rows = try #require(TokenTable.disclosureColumns(Self.tokens))
        #expect(Self.cells(rows, "规章") == ["1", "0", "1"])
        #expect(Self.cells(rows, "行政规范性文件") == ["8", "0", "55"])
        #expect(Self.cells(rows, "行政许可") == ["292"])
        #expect(Self.cells(rows, "行政处罚") == ["140"])
        #expect(Self.cells(rows, "行政强制") == ["6"])
        #expect(Self.cells(rows, "行政事业性收费") == ["240.82"])
    }

    @Test func aColumnShortOfANumberIsNotReadThisWay() {
        // 本年废止件数 with one number for two rows: which row it is cannot be told.
        var tokens = Self.tokens
        tokens.remove(at: tokens.firstIndex(of: "本年废止件数")! + 1)
        #expect(TokenTable.disclosureColumns(tokens) == nil)
    }

    @Test func rowsThatCameWholeAreNotReadAsColumns() {
        #expect(TokenTable.disclosureColumns(["规章", "0", "0", "8", "行政规范性文件", "2", "0", "73"]) == nil)
    }
}
