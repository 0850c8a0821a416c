@testable import Batch
import Foundation
import Testing
import TestSupport
import Normalize
@testable import Review

@Suite struct ReviewOutputsTests {
    func rows(_ url: URL) throws -> [[String]] {
        let data = try Data(contentsOf: url)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = CSVTable(data: data)
        return [table.header] + table.rows
    }

    @Test func findingsAndReportsAreWrittenOneRowEach() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let own = Check(rule: "applications.balance", at: "total", ok: false, severity: .error, message: "一+二 = 三(七)+四: 1+0 = 2+0")
        let last = Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"])
        let this = Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.total": "5"], checks: [own])
        let result = CrossReportReview.run([this, last])
        try ReviewOutputs.write(result, to: work)

        let findings = try rows(work.appendingPathComponent("findings.csv"))
        #expect(findings[0] == FindingsTable.header)
        #expect(try findings.count == result.findings.count + 1)
        let paths = findings.dropFirst().map { $0[0] }
        #expect(paths == paths.sorted())
        // The report's own check comes first on its path, then the ones across reports.
        let onThis = findings.dropFirst().filter { $0[0] == "a/2022.docx" }
        #expect(onThis.first?[3] == "applications.balance")
        let carry = onThis.first { $0[3] == "cross_year.carried_over" && $0[4] == "total" }!
        #expect(carry[5] == "false" && carry[6] == "warning" && carry[8] == "3" && carry[9] == "5")
        #expect(carry[12].count == 16)

        let reports = try rows(work.appendingPathComponent("reports.csv"))
        #expect(Array(reports[0].prefix(7)) == ReportsTable.header)
        #expect(reports.count == 3)
        let header = reports[0]
        let row = reports.first { $0[0] == "a/2022.docx" }!
        #expect(row[5] == "1" && row[6] == "1")  // the balance error; the broken carry-over of total
        #expect(row[header.firstIndex(of: "applications.carried_over.total")!] == "5")
        // A 2019-edition column is empty for a 2021 report.
        #expect(row[header.firstIndex(of: "disclosure_rules.regulations.newly_made")!] == "")
        #expect(Set(header).count == header.count)
    }

    /// The page written a path at a time (items on disk, their facts in memory) lists the
    /// findings in the page's order: errors first, then organ, year, path, and within a path
    /// rule then at.
    @Test func thePageListsFindingsInItsOrder() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        func check(_ rule: String, _ at: String, _ severity: Check.Severity) -> Check {
            Check(rule: rule, at: at, ok: false, severity: severity, message: "\(rule) \(at)")
        }
        let b = Fixture.record("b.docx", organ: "乙县人民政府", year: 2022,
                               checks: [check("sections", "四", .warning), check("applications.balance", "total", .error),
                                        check("applications.balance", "legal_person", .error)])
        let a = Fixture.record("a.docx", organ: "乙县人民政府", year: 2022, checks: [check("text", "五", .warning)])
        let c = Fixture.record("c.docx", organ: "甲县人民政府", year: 2021, checks: [check("blanks", "applications", .warning)])
        try ReviewOutputs.write(CrossReportReview.run([b, c, a]), to: work)
        let page = try String(contentsOf: work.appendingPathComponent(ReviewOutputs.pageName), encoding: .utf8)
        let listed = page.components(separatedBy: "<details class=\"finding").dropFirst().map { item in
            func code(_ name: String) -> String {
                String(item.components(separatedBy: "<code class=\"\(name)\">")[1].prefix { $0 != "<" })
            }
            return code("rule") + " " + code("at")
        }
        // 乙 sorts before 甲 in Unicode order (U+4E59 < U+7532); a.docx and b.docx share organ
        // and year, and b.docx, the same tables as a.docx, is its duplicate.
        #expect(listed == [
            "applications.balance legal_person", "applications.balance total",
            "text 五", "cross_report.duplicate report", "sections 四", "blanks applications",
        ])
    }

    @Test func theCellColumnsCoverBothEditions() throws {
        let columns = Set(ReportsTable.cellColumns)
        for edition in Edition.allCases {
            for table in Template.tables(edition) {
                for row in table.rows { for column in table.columns { #expect(columns.contains("\(table.id).\(row.key).\(column.key)")) } }
            }
        }
    }

    @Test func crossReportFindingsReplaceTheirRowsInTheDatabase() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("r.db").path
        let store = try SQLiteStore(path: db)
        let own = Check(rule: "applications.balance", at: "total", ok: true, message: "ok")
        let records = [Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"]),
                       Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.total": "5"], checks: [own])]
        for r in records { try store.store(r) }
        try store.finish()
        let result = CrossReportReview.run(records)
        try ReviewStore.store(result, database: db)
        try ReviewStore.store(result, database: db)
        let database = try SQLiteDatabase(path: db)
        let across = try result.findings.filter { ReviewFinding.isAcrossReports($0.check.rule) && $0.path == "a/2022.docx" }.count
        #expect(try database.column("SELECT COUNT(*) FROM checks WHERE path = 'a/2022.docx'") == [String(across + 1)])
        #expect(try database.column("SELECT rule FROM checks WHERE path = 'a/2022.docx' AND seq = 0") == ["applications.balance"])
        #expect(try database.column("SELECT ok FROM checks WHERE rule = 'cross_year.carried_over' AND at = 'total'") == ["0"])
    }
}
