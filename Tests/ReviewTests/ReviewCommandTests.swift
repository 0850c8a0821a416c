import Foundation
import Testing
import TestSupport
@testable import Review

@Suite struct ReviewCommandTests {
    /// Two years of one organ as JSON outputs, the carry-over of `total` broken (a warning).
    func series() throws -> URL {
        let work = try Scratch.directory()
        let last = Fixture.record("/x/a_2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"])
        let this = Fixture.record("/x/a_2022.docx", year: 2022, values: ["applications.carried_over.total": "5",
                                                                           "disclosure_rules.regulations.in_force": "0"])
        try Fixture.json(last).write(to: work.appendingPathComponent("a_2021.docx.json"), atomically: true, encoding: .utf8)
        try Fixture.json(this).write(to: work.appendingPathComponent("a_2022.docx.json"), atomically: true, encoding: .utf8)
        try "not a report".write(to: work.appendingPathComponent("a_2022.docx.txt"), atomically: true, encoding: .utf8)
        return work
    }

    @Test func failOnSetsTheExitStatusBySeverity() throws {
        let work = try series()
        defer { try? FileManager.default.removeItem(at: work) }
        let plain = try Nianbao.run(["review", work.path])
        #expect(plain.status == 0)
        #expect(plain.stdout == "/x/a_2022.docx: warning cross_year.carried_over@total: "
                + "上年结转 5 ≠ 2021 年度报告（/x/a_2021.docx）的结转下年度 3（total）\n")
        #expect(plain.stderr.contains("review: 2 reports, 1 organs; 0 errors, 1 warning, 0 infos open"))
        #expect(try Nianbao.run(["review", work.path, "--fail-on", "warning"]).status == 1)
        #expect(try Nianbao.run(["review", work.path, "--fail-on", "error"]).status == 0)
        #expect(try Nianbao.run(["review", work.path, "--fail-on", "nonsense"]).status == 64)
        #expect(try Nianbao.run(["review"]).status == 64)
        #expect(try Nianbao.run(["review", work.appendingPathComponent("missing").path]).status == 64)
        #expect(try Nianbao.run(["review", work.path, "--organs", work.appendingPathComponent("none.csv").path]).status == 64)
        #expect(try Nianbao.run(["review", work.path, "--decisions", work.appendingPathComponent("none.csv").path]).status == 64)
        let badOrgans = work.appendingPathComponent("organs.csv")
        try "name,alias\nx,y\n".write(to: badOrgans, atomically: true, encoding: .utf8)
        let refused = try Nianbao.run(["review", work.path, "--organs", badOrgans.path])
        #expect(refused.status == 64 && refused.stderr.contains("no organ column"), "\(refused.stderr)")
    }

    @Test func aDismissalInOUTDIRClosesTheGate() throws {
        let work = try series()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try Nianbao.run(["review", work.path, "-o", out.path, "--fail-on", "warning"]).status == 1)
        let findings = CSVTable(data: try Data(contentsOf: out.appendingPathComponent("findings.csv")))
        let row = findings.rows.first { $0[3] == "cross_year.carried_over" && $0[4] == "total" }!
        let decisions = "fingerprint,rule,at,path,decision,comment\n\(row[12]),\(row[3]),\(row[4]),\(row[0]),dismissed,known\n"
        try decisions.write(to: out.appendingPathComponent("decisions.csv"), atomically: true, encoding: .utf8)
        let again = try Nianbao.run(["review", work.path, "-o", out.path, "--fail-on", "warning"])
        #expect(again.status == 0)
        #expect(again.stdout == "")
        let rewritten = CSVTable(data: try Data(contentsOf: out.appendingPathComponent("findings.csv")))
        #expect(rewritten.rows.first { $0[12] == row[12] }?[13] == "dismissed")
        #expect(try String(contentsOf: out.appendingPathComponent("decisions.csv"), encoding: .utf8) == decisions)
    }

    @Test func jsonListsTheOpenFailingFindings() throws {
        let work = try series()
        defer { try? FileManager.default.removeItem(at: work) }
        let run = try Nianbao.run(["review", work.path, "--to", "json"])
        #expect(run.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)  // of 7 carry-overs, 2 roll-forwards and a copy, only the broken carry-over
        #expect(items[0]["path"] as? String == "/x/a_2022.docx")
        #expect(items[0]["organ"] as? String == "云溪县教育局")
        #expect((items[0]["fingerprint"] as? String)?.count == 16)
        let check = try #require(items[0]["check"] as? [String: Any])
        #expect(check["rule"] as? String == "cross_year.carried_over" && check["at"] as? String == "total")
        #expect(check["ok"] as? Bool == false && check["expected"] as? Int == 3 && check["actual"] as? Int == 5)
        let inputs = try #require(check["inputs"] as? [[String: Any]])
        #expect(inputs.first?["report"] as? String == "/x/a_2021.docx")
    }
}
