import Batch
import Normalize
@testable import Review
import Testing
import TestSupport

/// The findings across reports are kept in a spill file as JSON and read back for the
/// writers: what comes back must be the finding that went in, fingerprint included.
@Suite struct AcrossFindingsTests {
    /// Every finding across reports of the `samples/series` reports (each rule, intact and
    /// broken chains, a parent's sums) and a coverage finding of a failed input.
    static func findings() throws -> [ReviewFinding] {
        let organs = try OrganDirectory(csv: Samples.data("series/organs.csv"))
        let records = try Samples.files(in: "series", ext: "docx").map { ReportRecord(try Samples.convert("series/\($0)")) }
        let groups = OrganGroups(records.map { ReviewSource($0, organs: organs) })
        let load: (ReviewSource) -> ReviewedReport? = { $0.load().map { ReviewedReport($0, organs: organs) } }
        var out = groups.keys.flatMap { CrossReportReview.groupFindings(groups.groups[$0] ?? [], load: load) }
        out += HierarchySumRule.findings(groups, organs: organs, load: load)
        out += CoverageRule.findings(groups, failed: [FailedInput(path: "坏/报告.docx", reason: "damaged DOCX")])
        return out
    }

    @Test func aFindingReadBackIsTheFindingWritten() throws {
        var all = try Self.findings()
        #expect(all.count >= 70)
        #expect(Set(all.map { $0.check.rule.split(separator: ".").first! }).isSuperset(of: ["cross_year", "hierarchy", "coverage"]))
        all[0].decision = .dismissed
        all[0].comment = "说明：\"已更正\"\n见附件"
        for f in all {
            let back = try AcrossFindings.decode(AcrossFindings.encode(f))
            #expect(back == f, "\(f.path) \(f.check.rule)@\(f.check.at)")
        }
    }

    @Test func findingsComeBackByPathInTheirOrder() throws {
        let all = try Self.findings()
        let across = AcrossFindings(decisions: Decisions().index)
        try across.add(Array(all.prefix(all.count / 2)))
        try across.add(Array(all.dropFirst(all.count / 2)))
        var byPath: [String: [ReviewFinding]] = [:]
        for f in all { byPath[f.path, default: []].append(f) }
        #expect(Set(across.paths) == Set(byPath.keys))
        for (path, want) in byPath { #expect(try across.findings(on: path) == want, "\(path)") }
        #expect(across.failedPaths == ["坏/报告.docx"])
    }

    @Test func aSpillFileInMemoryReadsBackItsPieces() throws {
        let spill = SpillFile.inMemory()
        let a = try spill.append("甲乙丙")
        let b = try spill.append("{\"x\":1}")
        #expect(try spill.read(b) == "{\"x\":1}")
        #expect(try spill.read(a) == "甲乙丙")
    }
}
