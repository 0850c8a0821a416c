import Batch
import Foundation
import Normalize
import Testing
import TestSupport

/// A batch over the bundled samples plus one bad file, run three times into the same folder
/// and database: first, again (everything current), and with `force`.
@Suite struct BatchRunTests {
    let work: URL
    let out: URL
    let database: String
    let bad: URL
    let paths: [String]

    init() throws {
        work = try Scratch.directory("BatchRunTests")
        out = work.appendingPathComponent("out")
        database = work.appendingPathComponent("reports.db").path
        let badFolder = work.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: badFolder, withIntermediateDirectories: true)
        bad = badFolder.appendingPathComponent("x.docx")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: bad)
        paths = [Samples.path("seeds"), Samples.path("docx"), badFolder.path]
    }

    func options(force: Bool = false) -> BatchOptions {
        BatchOptions(paths: paths, outputDirectory: out, jobs: 2, force: force, sqlitePath: database, version: "test")
    }

    /// The sample reports the batch should convert, as (input path, output base relative to OUTDIR).
    var reports: [(path: String, output: String)] {
        ["seeds": "txt", "docx": "docx"].sorted { $0.key < $1.key }.flatMap { folder, ext in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Samples.path(folder))) ?? []
            return names.filter { $0.hasSuffix("." + ext) }.sorted().map { (Samples.path(folder) + "/" + $0, $0) }
        }
    }

    @Test func convertsSkipsAndRedoes() throws {
        defer { try? FileManager.default.removeItem(at: work) }
        let reports = self.reports
        #expect(reports.count >= 20)

        // First run: every sample converted, the bad file failed, nothing written for it.
        let first = try BatchEngine.run(options())
        #expect(first.converted == reports.count)
        #expect(first.failed == 1)
        #expect(first.failures.values.flatMap { $0 } == [bad.path])
        #expect(first.notReports > 0)  // *.expected.json, READING.md …
        for report in reports {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(report.output + ".json").path), "\(report.output)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(report.output + ".txt").path), "\(report.output)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!written.contains { $0.hasPrefix("x.docx") })
        #expect(!written.contains { $0.contains(".tmp-") })
        #expect(!written.contains(".batch-journal"))

        // The outputs are exactly what `convert` writes.
        for report in [reports[0], reports[reports.count - 1]] {
            let converted = try Converter.convert(contentsOf: URL(fileURLWithPath: report.path), displayPath: report.path)
            let json = try String(contentsOf: out.appendingPathComponent(report.output + ".json"), encoding: .utf8)
            let text = try String(contentsOf: out.appendingPathComponent(report.output + ".txt"), encoding: .utf8)
            #expect(json == JSONWriter.write(converted))
            #expect(text == NormalizedText.write(converted))
        }

        // index.jsonl: one line per input, with the right status.
        let lines = try indexLines(out)
        #expect(lines.count == first.total)
        var status: [String: String] = [:]
        for line in lines { status[line["path"] as! String] = line["status"] as? String }
        #expect(status[bad.path] == "failed")
        for report in reports { #expect(status[report.path] == "converted", "\(report.path)") }
        #expect(status[Samples.path("docx/INDEX.json")] == "skipped")
        let failedLine = lines.first { $0["path"] as? String == bad.path }!
        #expect(!(failedLine["error"] as? String ?? "").isEmpty)
        let oneConverted = lines.first { $0["path"] as? String == reports[0].path }!
        #expect((oneConverted["sha256"] as? String)?.count == 64)
        #expect(oneConverted["edition"] as? String != nil)
        #expect(oneConverted["failing_checks"] is [Any])
        #expect(oneConverted["ms"] is NSNumber)

        // cells.csv: BOM, header, one row per cell of the JSONs.
        let csvData = try Data(contentsOf: out.appendingPathComponent("cells.csv"))
        #expect(Array(csvData.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = readCSV(String(decoding: csvData.dropFirst(3), as: UTF8.self))
        #expect(rows.first == CSVWriter.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == CSVWriter.header.count })
        var cells = 0
        var jsons: [String: [String: Any]] = [:]
        for report in reports {
            let json = try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent(report.output + ".json"))) as! [String: Any]
            jsons[report.path] = json
            cells += cellCount(json)
        }
        #expect(rows.count - 1 == cells)
        #expect(first.cellRows == cells)

        // The database holds the same reports and cells.
        let db = try SQLiteDatabase(path: database)
        #expect(try db.column("SELECT count(*) FROM reports") == [String(reports.count)])
        #expect(try db.column("SELECT count(*) FROM cells") == [String(cells)])
        try expectCellsMatch(db, jsons)

        // Second run: everything current, nothing converted, the same CSV and database.
        let second = try BatchEngine.run(options())
        #expect(second.converted == 0)
        #expect(second.upToDate == reports.count)
        #expect(second.failed == 1)  // a failure is retried, and fails again
        // The index describes OUTDIR: the reports stay "converted", only the other files are "skipped".
        #expect(try indexLines(out).filter { $0["status"] as? String == "skipped" }.count == first.notReports)
        #expect(try indexLines(out).filter { $0["status"] as? String == "converted" }.count == reports.count)
        #expect(try Data(contentsOf: out.appendingPathComponent("cells.csv")) == csvData)
        #expect(try db.column("SELECT count(*) FROM reports") == [String(reports.count)])
        #expect(try db.column("SELECT count(*) FROM cells") == [String(cells)])

        // force: everything converted again, still no duplicates.
        let third = try BatchEngine.run(options(force: true))
        #expect(third.converted == reports.count)
        #expect(third.upToDate == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("cells.csv")) == csvData)
        #expect(try db.column("SELECT count(*) FROM reports") == [String(reports.count)])
        #expect(try db.column("SELECT count(*) FROM cells") == [String(cells)])
        #expect(try db.column("SELECT count(*) FROM (SELECT path FROM reports GROUP BY path HAVING count(*) > 1)") == ["0"])
        try expectCellsMatch(db, jsons)
    }

    /// A few cells of every report (the first and last of each table) have the JSON's value and raw text.
    func expectCellsMatch(_ db: SQLiteDatabase, _ jsons: [String: [String: Any]]) throws {
        let query = try db.prepare("""
            SELECT value, raw FROM cells WHERE path = ? AND table_id = ? AND row_key = ? AND column_key = ? AND extra = 0
            """)
        for (path, json) in jsons {
            #expect(try db.column("SELECT organ FROM reports WHERE path = '\(path.replacingOccurrences(of: "'", with: "''"))'")
                        == [json["organ"] as? String])
            for table in json["tables"] as! [[String: Any]] {
                let columns = (table["columns"] as! [[String: Any]]).map { $0["key"] as! String }
                let rows = table["rows"] as! [[String: Any]]
                for row in [rows.first!, rows.last!] {
                    let values = row["values"] as! [Any], raws = row["raw"] as! [String]
                    for c in [0, columns.count - 1] {
                        try query.bind([.text(path), .text(table["id"] as! String), .text(row["key"] as! String), .text(columns[c])])
                        #expect(try query.step(), "\(path) \(table["id"]!) \(row["key"]!)")
                        #expect(query.real(0) == (values[c] as? NSNumber)?.doubleValue)
                        #expect(query.text(1) == raws[c])
                        #expect(try !query.step())
                    }
                }
            }
        }
    }

    /// The summary names the first ten reports whose checks fail, in input order, and
    /// counts the rest (a run over many files keeps only those ten).
    @Test func theSummaryNamesTheFirstTenFailingReports() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let inputs = fixture.work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        // Section 三 of this sample is deliberately unbalanced (samples/README.md): its checks fail.
        let sample = Samples.path("docx/19_word_style_numbering_unbalanced.docx")
        for i in (0..<12).reversed() {
            try FileManager.default.copyItem(atPath: sample, toPath: inputs.appendingPathComponent(String(format: "%02d.docx", i)).path)
        }
        let summary = try fixture.run([inputs.path])
        #expect(summary.failingReports == 12)
        #expect(summary.failingChecks.map { ($0.path as NSString).lastPathComponent } == (0..<10).map { String(format: "%02d.docx", $0) })
        let lines = summary.lines
        #expect(lines.contains("12 reports whose checks fail:"))
        #expect(lines.last == "  … and 2 more (see index.jsonl)")
    }
}
