import Batch
import Foundation
import Testing
import TestSupport

/// One OUTDIR, one truth: index.jsonl, cells.csv and the database describe every input
/// converted into OUTDIR by any run, not only the last run's.
@Suite struct AccumulationTests {
    @Test func newDownloadsJoinTheEarlierOnes() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let first = try fixture.folder("2023", ["seeds/000_5860c8c99ad472da.txt", "seeds/001_081dc9eb37983e65.txt"])
        let second = try fixture.folder("2024", ["seeds/002_3939e620a62260ff.txt", "docx/01_word_2021_county.docx"])
        #expect(try fixture.run([first.path]).converted == 2)
        let firstRows = try fixture.csvRows()

        let summary = try fixture.run([second.path])
        #expect(summary.converted == 2)
        #expect(summary.total == 2)  // the summary is this run's
        #expect(summary.earlier == 2)
        let all = [first.path + "/000_5860c8c99ad472da.txt", first.path + "/001_081dc9eb37983e65.txt",
                   second.path + "/002_3939e620a62260ff.txt", second.path + "/01_word_2021_county.docx"].sorted()
        #expect(try fixture.indexPaths() == all)
        #expect(try fixture.csvFiles() == all)
        #expect(try fixture.reportsInDatabase() == all)
        // The earlier reports' rows are those of the first run, unchanged.
        let rows = try fixture.csvRows()
        #expect(rows.filter { $0[0].hasPrefix(first.path + "/") } == Array(firstRows.dropFirst()))

        // An earlier input whose outputs were removed leaves the index, the CSV and the database.
        try FileManager.default.removeItem(at: fixture.out.appendingPathComponent("000_5860c8c99ad472da.txt.json"))
        #expect(try fixture.run([second.path]).upToDate == 2)
        let kept = all.filter { !$0.hasSuffix("000_5860c8c99ad472da.txt") }
        #expect(try fixture.indexPaths() == kept)
        #expect(try fixture.csvFiles() == kept)
        #expect(try fixture.reportsInDatabase() == kept)
    }

    @Test func anotherInputMayNotOverwriteAnEarlierInputsOutputs() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let first = try fixture.folder("a", ["seeds/000_5860c8c99ad472da.txt"])
        let other = try fixture.folder("b", [])
        try FileManager.default.copyItem(atPath: Samples.path("seeds/002_3939e620a62260ff.txt"),
                                         toPath: other.appendingPathComponent("000_5860c8c99ad472da.txt").path)
        #expect(try fixture.run([first.path]).converted == 1)
        let output = fixture.out.appendingPathComponent("000_5860c8c99ad472da.txt.json")
        let json = try Data(contentsOf: output)
        let summary = try fixture.run([other.path])
        #expect(summary.failures["same output name as another input"] == [other.path + "/000_5860c8c99ad472da.txt"])
        #expect(try Data(contentsOf: output) == json)
        #expect(try fixture.reportsInDatabase() == [first.path + "/000_5860c8c99ad472da.txt"])
        #expect(try fixture.csvFiles() == [first.path + "/000_5860c8c99ad472da.txt"])
    }

    @Test func anInputKeepsTheOutputNameItWasFirstGiven() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let reports = try fixture.folder("reports/2023", ["seeds/000_5860c8c99ad472da.txt"])
        #expect(try fixture.run([fixture.work.appendingPathComponent("reports").path]).converted == 1)
        let summary = try fixture.run([reports.path])
        #expect(summary.upToDate == 1)
        #expect(try indexLines(fixture.out).map { $0["output"] as? String } == ["2023/000_5860c8c99ad472da.txt"])
        #expect(!FileManager.default.fileExists(atPath: fixture.out.appendingPathComponent("000_5860c8c99ad472da.txt.json").path))
    }
}
