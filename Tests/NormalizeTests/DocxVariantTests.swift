import Extract
import Foundation
@testable import Normalize
import Testing
import TestSupport

/// Rules found with the variant DOCX samples (samples/docx/generate_variants.py, 30_… upward),
/// each on the smallest input that shows it.
@Suite struct DocxVariantTests {
    // MARK: A year in Chinese numerals (35_word_title_two_paragraphs_chinese_year)

    @Test func titleYearInChineseNumerals() {
        #expect(ReportHeader.year(in: "某县财政局二〇二三年政府信息公开工作年度报告") == 2023)
        #expect(ReportHeader.year(in: "某县财政局二○二四年度政府信息公开工作年度报告") == 2024)
        #expect(ReportHeader.year(in: "某县财政局2023年政府信息公开工作年度报告") == 2023)
        // four numerals that are no year, and digits mixed with numerals
        #expect(ReportHeader.year(in: "一二三四年") == nil)
        #expect(ReportHeader.year(in: "二〇2三年") == nil)
    }

    /// A report whose title has no year takes the year its body names most, in either writing.
    @Test func bodyYearInChineseNumerals() {
        #expect(ReportHeader.mostFrequentYear(in: ["二〇二三年，本机关……", "截至二〇二三年底", "2022年同期"]) == 2023)
        #expect(ReportHeader.mostFrequentYear(in: ["2023年，本机关……", "二〇二二年"]) == 2023)
        #expect(ReportHeader.mostFrequentYear(in: ["一二三四年", "二〇2三年", "一二〇二三年"]) == nil)
    }

    @Test func organBeforeAChineseYear() {
        #expect(ReportHeader.organ(fromTitle: "南通市通州区财政局二〇二三年政府信息公开工作年度报告") == "南通市通州区财政局")
        #expect(ReportHeader.organ(fromTitle: "南通市通州区财政局二○二三年度政府信息公开工作年度报告") == "南通市通州区财政局")
        #expect(ReportHeader.organ(fromTitle: "二〇二三年南通市通州区财政局政府信息公开工作年度报告") == "南通市通州区财政局")
    }

    /// A year without 年 after it (left out, or a stray mark read between them by OCR: held-out
    /// scan of 21, `…人民政府2024人年…`) still ends the organ's name.
    @Test func organEndsAtAYearWithout年() {
        #expect(ReportHeader.organ(fromTitle: "金湖县银涂镇人民政府2024人年政府信息公开工作年度报告") == "金湖县银涂镇人民政府")
        #expect(ReportHeader.organ(fromTitle: "南通市通州区财政局2023政府信息公开工作年度报告") == "南通市通州区财政局")
        #expect(ReportHeader.organ(fromTitle: "南通市通州区财政局二〇二三政府信息公开年度报告") == "南通市通州区财政局")
        // Digits that are no year stay: 12345 is no title year.
        #expect(ReportHeader.organ(fromTitle: "第12345号信息公开年度报告") == "第12345号信息公开")
    }

    // MARK: An empty column at the right edge (32_word_extra_empty_column_and_rows)

    static func exactTable(_ rows: [[String]]) -> Table {
        Table(rows: rows.map { TableRow(cells: $0.enumerated().map { TableCell(text: $1, column: $0) }) }, geometry: .exact)
    }

    @Test func emptyTrailingColumnsAreUnused() throws {
        #expect(SourceStream.unusedTrailingColumns(of: Self.exactTable([["项目", "总计", ""], ["一、", "3", " "]])) == 1)
        #expect(SourceStream.unusedTrailingColumns(of: Self.exactTable([["项目", "总计", "", ""], ["一、", "3", "", ""]])) == 2)
        // a column with text in any row is used, whether header or value
        #expect(SourceStream.unusedTrailingColumns(of: Self.exactTable([["项目", "总计", "备注"], ["一、", "3", ""]])) == 0)
        #expect(SourceStream.unusedTrailingColumns(of: Self.exactTable([["项目", "总计", ""], ["一、", "3", "0"]])) == 0)
        // positions of a text dump are not a grid
        var dump = Self.exactTable([["项目", "总计", ""], ["一、", "3", ""]])
        dump.geometry = .approximate
        #expect(SourceStream.unusedTrailingColumns(of: dump) == 0)
    }

    @Test func applicationsValuesStayInTheirColumnsBesideAnEmptyColumn() throws {
        let header = [["项目", "", "", "申请人情况", "", "", "", "", "", "", ""],
                      ["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", ""]]
        let rows = header + [["一、本年新收政府信息公开申请数量", "", "", "5", "1", "0", "0", "0", "2", "8", ""]]
        let document = Document(format: .docx, blocks: [
            .paragraph(Paragraph(text: "某县2024年政府信息公开工作年度报告")),
            .paragraph(Paragraph(text: "三、收到和处理政府信息公开申请情况")),
            .table(Self.exactTable(rows)),
        ])
        let report = try ReportBuilder.build(document, source: SourceInfo(path: "t", format: .docx, sha256: ""))
        #expect(report.table("applications")!.row("new_received")!.cells.map(\.raw) == ["5", "1", "0", "0", "0", "2", "8"])
    }

    // MARK: Section 四's row of numbers opening with a label (41_word_review_label_column)

    @Test func reviewValuesAfterALabelCell() throws {
        let five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
        let values = ["1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "3", "1", "0", "0", "4"]
        let rows = [["项目", "行政复议"] + Array(repeating: "", count: 4) + ["行政诉讼"] + Array(repeating: "", count: 9),
                    ["", ] + five + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
                    [""] + Array(repeating: "", count: 5) + five + five,
                    ["数量"] + values]
        let document = Document(format: .docx, blocks: [
            .paragraph(Paragraph(text: "某县2024年政府信息公开工作年度报告")),
            .paragraph(Paragraph(text: "四、政府信息公开行政复议、行政诉讼情况")),
            .table(Self.exactTable(rows)),
        ])
        let report = try ReportBuilder.build(document, source: SourceInfo(path: "t", format: .docx, sha256: ""))
        let table = report.table("review_litigation")!
        #expect(table.rows.flatMap { $0.cells.map(\.raw) } == values)
    }

    // MARK: The whole report in a one-cell layout table (36_word_whole_body_in_layout_table)

    @Test func oneCellFrameAroundTablesIsReadAsItsContent() throws {
        let document = try DocumentReader.read(contentsOf: Samples.url("docx/36_word_whole_body_in_layout_table.docx"))
        let paragraphs = document.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        let tables = document.blocks.filter { if case .table = $0 { true } else { false } }
        #expect(paragraphs.contains("一、总体情况") && paragraphs.contains("六、其他需要报告的事项"))
        #expect(tables.count == 6)  // four in 二, one in 三, one in 四; no frame left
    }
}
