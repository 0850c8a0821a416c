@testable import Batch
import Foundation
import Testing
import TestSupport
import Normalize
@testable import Review

/// The review keeps a line per report and reads records again from their JSON when a rule or
/// a writer needs them: the findings must be those of the records held in memory.
@Suite struct ReviewSourceTests {
    static let records = [
        Fixture.record("a/2021.docx", year: 2021, values: ["applications.carried_forward.total": "3"]),
        Fixture.record("a/2022.docx", year: 2022, values: ["applications.carried_over.total": "5"]),
        Fixture.record("b/2022.docx", organ: "云溪县财政局", year: 2022),
    ]

    @Test func reportsReadBackFromJSONGiveTheSameFindings() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        for (i, record) in Self.records.enumerated() {
            try Fixture.json(record).write(to: work.appendingPathComponent("\(i).json"), atomically: true, encoding: .utf8)
        }
        let loaded = try ReviewInputs.collect([work.path])
        #expect(loaded.sources.count == 3)
        let fromFiles = CrossReportReview.run(sources: loaded.sources)
        let inMemory = CrossReportReview.run(Self.records)
        let found = try fromFiles.findings
        #expect(try found == inMemory.findings)
        #expect(found.contains { $0.check.rule == "cross_year.carried_over" && $0.path == "a/2022.docx" && $0.check.ok == false })
        #expect(fromFiles.openCounts == inMemory.openCounts && fromFiles.openCounts[.warning] == 1)
    }

    @Test func aJSONRewrittenDuringTheReviewIsNotReadAsTheReport() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let url = work.appendingPathComponent("a.json")
        try Fixture.json(Self.records[0]).write(to: url, atomically: true, encoding: .utf8)
        let source = try #require(try ReviewInputs.collect([url.path]).sources.first)
        #expect(source.load()?.path == "a/2021.docx")
        var other = Self.records[0]
        other.sha256 = String(repeating: "1", count: 64)
        try Fixture.json(other).write(to: url, atomically: true, encoding: .utf8)
        #expect(source.load() == nil)
    }

    @Test func spilledTextComesBackInAnyOrder() throws {
        let work = try Scratch.directory()
        defer { try? FileManager.default.removeItem(at: work) }
        let spill = try SpillFile(in: work)
        let texts = ["第一项", "", String(repeating: "表", count: 600_000), "last"]
        let chunks = try texts.map { try spill.append($0) }
        for i in [3, 0, 2, 1] { #expect(try spill.read(chunks[i]) == texts[i]) }
        // Nothing is left in the folder: the spill file has no name.
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }
}
