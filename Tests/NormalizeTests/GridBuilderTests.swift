import Extract
import Foundation
@testable import Normalize
import Testing
import TestSupport

/// The grid builder's decisions on small documents built in the test, one fault each.
@Suite struct GridBuilderTests {
    /// A section 三 table as a TAB dump would give it (approximate geometry).
    static func applicationsDump(_ rows: [[String]]) -> Document {
        let header = [["项目", "申请人情况"], ["", "自然人", "法人或其他组织", "总计"],
                      ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
        let table = Table(rows: (header + rows).map { cells in
            TableRow(cells: cells.enumerated().map { TableCell(text: $1, column: $0) })
        }, geometry: .approximate)
        return SectionThreeDocument.with(table, format: .text)
    }

    static func build(_ document: Document) throws -> Report { try SectionThreeDocument.build(document) }

    static func values(_ report: Report, _ row: String) -> [String?] {
        report.table("applications")!.row(row)!.cells.map(\.number)
    }

    /// Every row of the 2021 layout, balanced: 一 5 + 二 1 = （七）6 + 四 0, the six
    /// results being 予以公开 4 and 重复申请 2; every other row 0.
    static let balanced: [[String]] = {
        let zero = [String](repeating: "0", count: 7)
        var rows: [[String]] = [
            ["一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "1", "5"],
            ["二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"],
            ["三、本年度办理结果", "（一）予以公开", "2", "1", "0", "0", "0", "1", "4"],
            ["", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] + zero,
        ]
        let withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
        rows += withheld.enumerated().map { ["", $0 == 0 ? "（三）不予公开" : "", $1] + zero }
        let unavailable = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
        rows += unavailable.enumerated().map { ["", $0 == 0 ? "（四）无法提供" : "", $1] + zero }
        rows += [["", "（五）不予处理", "1.信访举报投诉类申请"] + zero,
                 ["", "", "2.重复申请", "2", "0", "0", "0", "0", "0", "2"],
                 ["", "", "3.要求提供公开出版物"] + zero,
                 ["", "", "4.无正当理由大量反复申请"] + zero,
                 ["", "", "5.要求行政机关确认或重新出具已获取信息"] + zero,
                 ["", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] + zero,
                 ["", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"] + zero,
                 ["", "", "3.其他"] + zero,
                 ["", "（七）总计", "4", "1", "0", "0", "0", "1", "6"],
                 ["四、结转下年度继续办理"] + zero]
        return rows
    }()

    static func index(_ label: String) -> Int { balanced.firstIndex { $0.contains(label) }! }

    @Test func balancedRowsLandOnTheirKeys() throws {
        let report = try Self.build(Self.applicationsDump(Self.balanced))
        #expect(Self.values(report, "new_received") == ["3", "1", "0", "0", "0", "1", "5"])
        #expect(Self.values(report, "not_processed.duplicate") == ["2", "0", "0", "0", "0", "0", "2"])
        #expect(Self.values(report, "result_total") == ["4", "1", "0", "0", "0", "1", "6"])
        #expect(report.checks.filter { $0.rule == "applications.balance" }.allSatisfy { $0.ok == true })
        #expect(report.repairs.isEmpty)
    }

    @Test func aMissingCellIsPlacedWhereTheChecksBalance() throws {
        // 予以公开 prints six values: 自然人 is missing, not 总计 (2+1+0+0+0+1 would not be 1+0+0+0+1+4).
        var rows = Self.balanced
        rows[2] = ["三、本年度办理结果", "（一）予以公开", "1", "0", "0", "0", "1", "4"]
        let report = try Self.build(Self.applicationsDump(rows))
        #expect(Self.values(report, "disclosed") == [nil, "1", "0", "0", "0", "1", "4"])
        #expect(report.repairs.count == 1)
        #expect(report.repairs.first?.action.contains("of 7 readings only disclosed: □ 1 0 0 0 1 4 agrees with the checks") == true)
    }

    @Test func whenTheChecksCannotDecideTheCellsAreNull() throws {
        // Six zeros for seven columns in a table of zeros: the blank may be any of the seven.
        var rows = Self.balanced.map { $0.map { Int($0) != nil ? "0" : $0 } }
        rows[2] = ["三、本年度办理结果", "（一）予以公开", "0", "0", "0", "0", "0", "0"]
        let report = try Self.build(Self.applicationsDump(rows))
        #expect(Self.values(report, "disclosed") == [nil, nil, nil, nil, nil, nil, nil])
        #expect(report.warnings.contains { $0.hasPrefix("applications.disclosed: ambiguous: 7 readings of 6 values for 7 columns agree with the checks") })
    }

    @Test func aRowDriftedToColumnZeroAndAWrappedLabelReadLikeTheirNeighbours() throws {
        var rows = Self.balanced
        let fee = Self.index("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")
        rows[fee] = ["", "", "2. 申请人逾期未按收费通知要求缴", "0", "0", "0", "0", "0", "0", "0"]
        rows.insert(["", "纳费用、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", "", ""], at: fee + 1)
        rows[fee + 2] = ["3. 其他", "", "0", "0", "0", "0", "0", "0", "0", ""]
        let report = try Self.build(Self.applicationsDump(rows))
        #expect(Self.values(report, "other_handling.overdue_fee") == ["0", "0", "0", "0", "0", "0", "0"])
        #expect(Self.values(report, "other_handling.other") == ["0", "0", "0", "0", "0", "0", "0"])
        #expect(report.table("applications")!.extraRows.isEmpty)
        #expect(report.checks.filter { $0.rule.hasPrefix("applications.") }.allSatisfy { $0.ok == true })
    }

    @Test func anUnknownRowBetweenKnownOnesTakesTheOneFreeSlot() throws {
        var rows = Self.balanced
        // The 部分公开 label is garbled beyond recognition; it sits between 予以公开 and 不予公开.
        rows[Self.index("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")] = ["", "（二）部分xx", "0", "0", "0", "0", "0", "0", "0"]
        let report = try Self.build(Self.applicationsDump(rows))
        #expect(Self.values(report, "partially_disclosed") == ["0", "0", "0", "0", "0", "0", "0"])
        #expect(report.repairs.contains { $0.row == "partially_disclosed" && $0.action.contains("position") })
    }

    @Test func rowsTheSourceLacksAreNullWithAWarning() throws {
        var rows = Self.balanced
        rows.remove(at: Self.index("1.属于国家秘密"))
        let report = try Self.build(Self.applicationsDump(rows))
        #expect(Self.values(report, "withheld.state_secret") == [String?](repeating: nil, count: 7))
        #expect(report.warnings.contains { $0.contains("1.属于国家秘密") })
        let check = report.checks.first { $0.rule == "applications.result_sum" && $0.at == "total" }!
        #expect(check.ok == nil && check.message.hasSuffix("(missing: applications.withheld.state_secret.total)"))
    }

    @Test func aPrintedOtherHandlingRowIn2021IsAnExtraRowThatStandsInForTheChecks() throws {
        var rows = Self.balanced.filter { !$0.contains("（六）其他处理") && !$0.contains("3.其他") && !$0.contains { $0.contains("行政机关不再处理") } }
        rows.insert(["", "（六）其他处理", "0", "0", "0", "0", "0", "0", "0"], at: Self.index("（七）总计") - 3)
        var document = Self.applicationsDump(rows)
        document.blocks.insert(.table(Table(rows: [
            TableRow(cells: [TableCell(text: "信息内容", column: 0), TableCell(text: "本年制发件数", column: 1),
                             TableCell(text: "本年废止件数", column: 2), TableCell(text: "现行有效件数", column: 3)]),
        ], geometry: .approximate)), at: 1)
        let report = try Self.build(document)
        #expect(report.edition == .e2021)
        let extra = report.table("applications")!.extraRows
        #expect(extra.map(\.key) == ["other_handling"])
        #expect(Self.values(report, "other_handling.other") == [String?](repeating: nil, count: 7))
        let sum = report.checks.first { $0.rule == "applications.result_sum" && $0.at == "natural_person" }!
        // 18 result rows before （六） and the printed （六） standing in for its three sub-rows.
        #expect(sum.message.components(separatedBy: "+").count == 19)
        #expect(sum.ok == true)
    }
}
