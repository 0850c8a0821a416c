import Batch
import Foundation
import Normalize
@testable import Review
import Testing
import TestSupport

/// The checks across reports on the report series of `samples/series` (real DOCX files made by
/// `make_series.py`), against `expected-findings.json`, which a person wrote from the
/// documents' numbers: every carry-over and roll-forward listed there, intact or broken, comes
/// out as written, and no other finding across reports fails (no false alarm).
@Suite struct SeriesReviewTests {
    struct Key: Hashable, CustomStringConvertible {
        var report: String
        var rule: String
        var at: String
        var description: String { "\(report) \(rule)@\(at)" }
    }

    static let result: ReviewResult? = {
        let files = Samples.files(in: "series", ext: "docx")
        guard let organs = try? OrganDirectory(csv: Samples.data("series/organs.csv")),
              let records = try? files.map({ ReportRecord(try Samples.convert("series/\($0)")) }) else { return nil }
        return CrossReportReview.run(records, organs: organs)
    }()

    static func expected() throws -> [Key: Bool?] {
        let list = try JSONSerialization.jsonObject(with: Samples.data("series/expected-findings.json")) as? [[String: Any]] ?? []
        var out: [Key: Bool?] = [:]
        for e in list {
            guard let report = e["report"] as? String, let rule = e["rule"] as? String, let at = e["at"] as? String,
                  !rule.hasPrefix("text.") else { continue }
            out[Key(report: report, rule: rule, at: at)] = e["ok"] as? Bool
        }
        return out
    }

    static func got() throws -> [Key: [Bool?]] {
        let result = try #require(result)
        var out: [Key: [Bool?]] = [:]
        for f in try result.findings where ReviewFinding.isAcrossReports(f.check.rule) {
            let name = String(f.path.split(separator: "/").last ?? "")
            out[Key(report: name, rule: f.check.rule, at: f.check.at), default: []].append(f.check.ok)
        }
        return out
    }

    @Test func everyExpectedFindingComesOutAsWritten() throws {
        let want = try Self.expected()
        let got = try Self.got()
        #expect(want.count >= 70)
        for (key, ok) in want.sorted(by: { $0.key.description < $1.key.description }) {
            #expect(got[key] == [ok], "\(key): want \(ok.map(String.init) ?? "null"), got \(got[key]?.description ?? "nothing")")
        }
    }

    /// The rules listed in full (every consecutive pair of every organ): nothing beyond the list.
    @Test func noCarryOverOrRollForwardBeyondTheList() throws {
        let want = try Self.expected()
        let got = try Self.got()
        for key in got.keys where ["cross_year.carried_over", "cross_year.in_force", "hierarchy.sum"].contains(key.rule) {
            if key.rule == "hierarchy.sum", got[key] == [true] { continue }  // the list names a few of P's cells
            #expect(want[key] != nil, "\(key) is not in expected-findings.json")
        }
    }

    /// No false alarm: every failing finding across reports is one a person expects.
    @Test func noFailingFindingBeyondTheList() throws {
        let want = try Self.expected()
        for (key, oks) in try Self.got() where oks.contains(where: { $0 != true }) {
            #expect(want[key] != nil, "\(key): \(oks) is not expected")
        }
    }

    @Test func aBrokenCarryOverNamesBothReportsAndCells() throws {
        let result = try #require(Self.result)
        let f = try #require(result.findings.first {
            $0.check.rule == "cross_year.carried_over" && $0.check.at == "commercial_enterprise" && $0.path.hasSuffix("a-yunxi-county_2022.docx")
        })
        #expect(f.check.ok == false)
        #expect(f.check.inputs.contains { $0.cell == "applications.carried_over.commercial_enterprise" && $0.report == nil && $0.value == "5" })
        #expect(f.check.inputs.contains { $0.cell == "applications.carried_forward.commercial_enterprise"
                && $0.report?.hasSuffix("a-yunxi-county_2021.docx") == true && $0.value == "3" })
        #expect(f.check.message.contains("a-yunxi-county_2021.docx"))
    }
}
