import Foundation
import Normalize
import Testing
import TestSupport

/// The report series of `samples/series` (made by `make_series.py`): every cell against its
/// expected file, and every statement the prose makes against `expected-findings.json`, which
/// a person wrote from the documents' numbers (the `text.*` findings; the rules across
/// reports are `ReviewTests`').
@Suite struct SeriesSampleTests {
    static let samples = Samples.files(in: "series", ext: "docx").map { String($0.dropLast(5)) }

    struct Expected: Hashable, CustomStringConvertible {
        var rule: String
        var at: String
        var ok: Bool?
        var description: String { "\(rule)@\(at)=\(ok.map(String.init) ?? "null")" }
    }

    static func expectedFindings() throws -> [String: [Expected]] {
        let list = try JSONSerialization.jsonObject(with: Samples.data("series/expected-findings.json")) as? [[String: Any]] ?? []
        var out: [String: [Expected]] = [:]
        for e in list {
            guard let report = e["report"] as? String, let rule = e["rule"] as? String, let at = e["at"] as? String else { continue }
            out[report, default: []].append(Expected(rule: rule, at: at, ok: e["ok"] as? Bool))
        }
        return out
    }

    @Test func thereAreSeriesOfSeveralOrgans() { #expect(Self.samples.count >= 10) }

    @Test(arguments: samples)
    func everyCell(stem: String) throws {
        try ExpectedFile.compare(input: "series/\(stem).docx", expected: "series/\(stem).expected.json")
    }

    /// Every statement found, each with the outcome a person gives it, and nothing else:
    /// no statement missed, no false alarm.
    @Test(arguments: samples)
    func everyProseStatement(stem: String) throws {
        let want = try Self.expectedFindings()["\(stem).docx", default: []].filter { $0.rule.hasPrefix("text.") }
        let report = try Samples.convert("series/\(stem).docx")
        let got = report.checks.filter { $0.rule.hasPrefix("text.") }.map { Expected(rule: $0.rule, at: $0.at, ok: $0.ok) }
        #expect(want.map(\.description).sorted() == got.map(\.description).sorted(), "\(stem)")
    }

    @Test func aMismatchNamesTheStatementAndTheCell() throws {
        let report = try Samples.convert("series/b-yunxi-education_2024.docx")
        let f = try #require(report.checks.first { $0.rule == "text.new_received" })
        #expect(f.ok == false)
        #expect(f.actual == "68")          // what the prose says
        #expect(f.expected == "70")        // 一's total
        #expect(f.cause == .source)
        #expect(f.inputs.contains { $0.text?.contains("68件") == true && $0.section == "一" })
        #expect(f.inputs.contains { $0.cell == "applications.new_received.total" && $0.value == "70" })
        #expect(f.location?.section == "一")
        #expect(f.location?.line != nil)
    }
}
