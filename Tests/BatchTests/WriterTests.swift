@testable import Batch
import Foundation
import Testing
import TestSupport

@Suite struct WriterTests {
    @Test func csvQuotesOnlyWhatRFC4180Requires() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let url = work.appendingPathComponent("cells.csv")
        let writer = try CSVWriter(url: url)
        let awkward = ["a,b", "say \"hi\"", "two\nlines", "\r\n", "", "无", "三、本年度办理结果 / （一）予以公开"]
        let record = ReportRecord(
            path: "dir/报告,1.docx", sha256: "00", format: "docx", title: nil, organ: "某县\"人民\"政府", year: 2024, edition: "2021",
            cells: awkward.enumerated().map { i, text in
                CellRecord(table: "t", rowIndex: i, row: "r\(i)", isExtra: false, column: "c", columnLabel: "C", label: text,
                           value: i == 0 ? "0.50" : nil, raw: text)
            },
            sections: [], checks: [], repairs: [], warnings: [])
        try writer.append(record)
        #expect(!FileManager.default.fileExists(atPath: url.path))  // nothing in place before finish
        try writer.finish()
        let data = try Data(contentsOf: url)
        let rows = readCSV(String(decoding: data.dropFirst(3), as: UTF8.self))
        #expect(rows.count == awkward.count + 1)
        for (i, text) in awkward.enumerated() {
            #expect(rows[i + 1] == ["dir/报告,1.docx", "某县\"人民\"政府", "2024", "2021", "t", "r\(i)", "c", text, i == 0 ? "0.50" : "", text])
        }
        #expect(String(decoding: data, as: UTF8.self).contains("\"say \"\"hi\"\"\""))
        #expect(!String(decoding: data, as: UTF8.self).contains("\"无\""))
    }

    @Test func jsonReaderKeepsNumbersAsWritten() throws {
        let node = try JSONReader.parse(#"{"a": [0.50, -3, 1e2, null, true], "b": "x\"\u00e9\ud83d\ude00\n", "c": {}}"#)
        #expect(node["a"] == .array([.number("0.50"), .number("-3"), .number("1e2"), .null, .bool(true)]))
        #expect(node["b"] == .string("x\"é😀\n"))
        #expect(node["c"] == .object([]))
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse("{\"a\": 1,}") }
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse("[1] 2") }
    }

    @Test func indexLineRoundTrips() throws {
        let entry = IndexEntry(path: "a\t\"b\".docx", output: "a.docx", sha256: String(repeating: "0", count: 64), status: .converted,
                               error: nil, edition: "2021", year: 2023, organ: "某局", failingChecks: ["applications.balance@total"],
                               milliseconds: 12, version: "1")
        #expect(IndexEntry(line: Substring(entry.jsonLine)) == entry)
        #expect(IndexEntry(line: "{\"path\":\"torn") == nil)
        #expect(try JSONSerialization.jsonObject(with: Data(entry.jsonLine.utf8)) is [String: Any])
    }

    @Test func sqliteErrorsCarryTheCode() throws {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("CREATE TABLE t (k TEXT PRIMARY KEY)")
        let insert = try db.prepare("INSERT INTO t VALUES (?)")
        try insert.run([.text("一")])
        do {
            try insert.run([.text("一")])
            Issue.record("a duplicate key was inserted")
        } catch let error as SQLiteError {
            #expect(error.code & 0xff == 19)  // SQLITE_CONSTRAINT
        }
        #expect(try db.column("SELECT k FROM t") == ["一"])
        #expect(throws: SQLiteError.self) { try db.prepare("SELECT nonsense FROM") }
    }
}
