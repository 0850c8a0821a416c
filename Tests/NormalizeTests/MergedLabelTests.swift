import Extract
import Foundation
@testable import Normalize
import Testing

/// Rows of a drawn grid whose label cell holds more than one row's label, or values: the
/// borders between them were lost (seen on scans of tables with dashed blue rules,
/// samples/scans/36, where the values of （七）总计 were read as 四's and those of （二）部分公开
/// as 1.属于国家秘密's). Which row such values are cannot be told: they are null, never put
/// on the row the label's last words name.
@Suite struct MergedLabelTests {
    static func cell(_ text: String, _ column: Int, _ merge: VerticalMerge = .none) -> TableCell {
        TableCell(text: text, column: column, verticalMerge: merge)
    }

    /// A section 三 table on a drawn grid: one label column and seven value columns.
    static func applications(_ rows: [(label: TableCell, values: [String])]) -> Document {
        let header = TableRow(cells: [cell("项目", 0)] + ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
            .enumerated().map { cell($1, $0 + 1) })
        let table = Table(rows: [header] + rows.map { row in
            TableRow(cells: [row.label] + row.values.enumerated().map { cell($1, $0 + 1) })
        }, geometry: .exact)
        return SectionThreeDocument.with(table, format: .pdf)
    }

    static func build(_ document: Document) throws -> Report { try SectionThreeDocument.build(document) }

    static func numbers(_ report: Report, _ table: String, _ row: String) -> [String?] {
        report.table(table)!.row(row)!.cells.map(\.number)
    }

    static let nulls = [String?](repeating: nil, count: 7)

    /// Builds `rows` after a first row read right, and expects that row kept and the rows
    /// `nulled` null.
    static func expectNamesNeither(_ rows: [(label: TableCell, values: [String])], nulled: [String]) throws {
        let first = ["3", "1", "0", "0", "0", "1", "5"]
        let report = try build(applications([(cell("一、本年新收政府信息公开申请数量", 0), first)] + rows))
        #expect(numbers(report, "applications", "new_received") == first)
        for key in nulled { #expect(numbers(report, "applications", key) == nulls, "\(key)") }
    }

    @Test func oneLabelCellOverTwoRowsOfValuesNamesNeither() throws {
        try Self.expectNamesNeither([
            (Self.cell("（七）总计\n四、结转下年度继续办理", 0, .restart), ["4", "1", "0", "0", "0", "1", "6"]),
            (Self.cell("", 0, .continuation), ["1", "0", "0", "0", "0", "0", "1"]),
        ], nulled: ["result_total", "carried_forward"])
    }

    /// One row's label merged down over the next row of values: that row's label was lost, and
    /// which of the two rows the label names cannot be told.
    @Test func aLabelMergedDownOverAnotherRowOfValuesNamesNeither() throws {
        try Self.expectNamesNeither([
            (Self.cell("二、上年结转政府信息公开申请数量", 0, .restart), ["1", "0", "0", "0", "0", "0", "1"]),
            (Self.cell("", 0, .continuation), ["2", "1", "0", "0", "0", "1", "4"]),
        ], nulled: ["carried_over", "disclosed"])
    }

    @Test func oneLabelCellWithTwoRowsLabelsNamesNeither() throws {
        try Self.expectNamesNeither([
            (Self.cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n1.属于国家秘密", 0), ["1", "0", "0", "0", "0", "0", "1"]),
        ], nulled: ["partially_disclosed", "withheld.state_secret"])
    }

    /// Section 二 has no label with a digit: digits in the label's cell are values that share
    /// it, so the one value cell after it is not the first column's.
    @Test func aSectionTwoLabelCellHoldingValuesLeavesItsRowNull() throws {
        let table = Table(rows: [
            TableRow(cells: [Self.cell("第二十条第（一）项", 0)]),
            TableRow(cells: [Self.cell("信息内容", 0), Self.cell("本年制发件数", 1), Self.cell("本年废止件数", 2), Self.cell("现行有效件数", 3)]),
            TableRow(cells: [Self.cell("规章", 0), Self.cell("1", 1), Self.cell("0", 2), Self.cell("2", 3)]),
            TableRow(cells: [TableCell(text: "行政规范性文件，6 | 4", column: 0, columnSpan: 3), Self.cell("55", 3)]),
        ], geometry: .exact)
        let report = try Self.build(Document(format: .pdf, blocks: [
            .paragraph(Paragraph(text: "某县2024年政府信息公开工作年度报告")),
            .paragraph(Paragraph(text: "二、主动公开政府信息情况")),
            .table(table),
        ]))
        #expect(Self.numbers(report, "disclosure_rules", "regulations") == ["1", "0", "2"])
        #expect(Self.numbers(report, "disclosure_rules", "normative_documents") == [nil, nil, nil])
        #expect(report.warnings.contains { $0.contains("行政规范性文件") && $0.contains("label's cell") }, "\(report.warnings)")
    }
}
