import Foundation
import Testing
import TestSupport
@testable import Review

/// The review as `batch` runs it after converting, and `review` converting report files itself.
@Suite struct BatchReviewTests {
    static let balanced = "docx/01_word_2021_county.docx"
    static let unbalanced = "docx/12_word_split_table_gridbefore_unbalanced.docx"

    @Test func batchWritesTheReviewAndFailsOnlyWhenAsked() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out").path
        let inputs = [Samples.path(Self.balanced), Samples.path(Self.unbalanced)]
        let plain = try Nianbao.run(["batch"] + inputs + ["-o", out, "--sqlite", work.appendingPathComponent("r.db").path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stderr.contains("nianbao: review: 2 reports, 2 organs; 2 errors, 0 warnings, 0 infos open"), "\(plain.stderr)")
        let findings = CSVTable(data: try Data(contentsOf: URL(fileURLWithPath: out + "/findings.csv")))
        #expect(findings.rows.filter { $0[5] == "false" }.map { "\($0[3])@\($0[4])" } == ["applications.balance@natural_person",
                                                                                          "applications.balance@total"])
        let reports = CSVTable(data: try Data(contentsOf: URL(fileURLWithPath: out + "/reports.csv")))
        #expect(reports.rows.count == 2)
        #expect(try Nianbao.run(["batch"] + inputs + ["-o", out, "--fail-on", "error", "-q"]).status == 1)
        #expect(try Nianbao.run(["batch", inputs[0], "-o", out, "--fail-on", "warning", "-q"]).status == 1)  // OUTDIR still holds both
        #expect(try Nianbao.run(["batch", inputs[0], "-o", work.appendingPathComponent("one").path, "--fail-on", "error", "-q"]).status == 0)
        #expect(try Nianbao.run(["batch", inputs[0], "-o", out, "--organs", work.appendingPathComponent("none.csv").path]).status == 64)
    }

    @Test func anInputTheBatchCouldNotConvertIsACoverageFinding() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let inputs = work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data("PK\u{3}\u{4} not a zip".utf8).write(to: inputs.appendingPathComponent("broken.docx"))
        let out = work.appendingPathComponent("out").path
        let run = try Nianbao.run(["batch", inputs.path, "-o", out])
        #expect(run.status == 1)  // the batch's own status for a failed input, unchanged
        let findings = CSVTable(data: try Data(contentsOf: URL(fileURLWithPath: out + "/findings.csv")))
        #expect(findings.rows.map { "\($0[3])@\($0[4]) \($0[5]) \($0[6])" } == ["coverage@failed false warning"])
        #expect(findings.rows.first?[0].hasSuffix("/in/broken.docx") == true)
    }

    @Test func reviewConvertsReportFilesAsConvertDoes() throws {
        let run = try Nianbao.run(["review", Samples.path(Self.unbalanced), "--to", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)  // its two balance errors
        #expect(Set(items.compactMap { $0["path"] as? String }) == [Samples.path(Self.unbalanced)])
        #expect(Set(items.compactMap { ($0["check"] as? [String: Any])?["rule"] as? String }) == ["applications.balance"])
    }

    @Test func aFileThatCannotBeConvertedIsAFinding() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let bad = work.appendingPathComponent("broken.docx")
        try Data("PK\u{3}\u{4} not a zip".utf8).write(to: bad)
        let run = try Nianbao.run(["review", bad.path, "--fail-on", "warning"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix(bad.resolvingSymlinksInPath().path + ": warning coverage@failed: 未能转换："), "\(run.stdout)")
    }
}
