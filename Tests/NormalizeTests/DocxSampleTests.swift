import Foundation
import Normalize
import Testing

/// Every DOCX sample against its expected file, written from what the document says
/// (`samples/generate_docx.py` writes both from the same data; see docs/expected-format.md).
@Suite struct DocxSampleTests {
    static let samples = Samples.files(in: "docx", ext: "docx").map { String($0.dropLast(5)) }

    @Test func atLeastSixteenSamples() { #expect(Self.samples.count >= 16) }

    @Test(arguments: samples)
    func everyCell(stem: String) throws {
        try ExpectedFile.compare(input: "docx/\(stem).docx", expected: "docx/\(stem).expected.json")
    }
}

/// Compares a converted sample with its `*.expected.json` (format `nianbao-expected/1`).
enum ExpectedFile {
    static func compare(input: String, expected: String, checkSections: Bool = true) throws {
        let want = try Samples.json(expected)
        let report = try Samples.convert(input)
        let got = try Samples.reportJSON(report)
        for field in ["title", "organ", "year", "edition"] {
            #expect(sameJSON(want[field], got[field]), "\(input) \(field): want \(want[field] ?? "nil") got \(got[field] ?? "nil")")
        }
        if checkSections, let sections = want["sections"] as? [[String: Any]] {
            let have = got["sections"] as! [[String: Any]]
            #expect(sections.map { $0["number"] as! String } == have.map { $0["number"] as! String }, "\(input) section numbers")
            for (w, h) in zip(sections, have) {
                #expect(w["title"] as? String == h["title"] as? String, "\(input) section \(w["number"]!) title")
                if let text = w["text"] as? String {
                    #expect(text == h["text"] as? String, "\(input) section \(w["number"]!) text")
                }
            }
        }
        let tables = want["tables"] as! [String: [String: [String]]]
        #expect(Set(tables.keys) == Set(report.tables.map(\.id)), "\(input) table ids")
        var cells = 0
        for table in report.tables {
            let wantRows = tables[table.id] ?? [:]
            #expect(Set(wantRows.keys) == Set(table.rows.map(\.key)), "\(input) \(table.id) rows")
            for row in table.rows {
                guard let raw = wantRows[row.key] else { continue }
                for (c, column) in table.columns.enumerated() {
                    let expectedCell = CellValue(source: raw[c])
                    #expect(row.cells[c].raw == raw[c] && row.cells[c].number == expectedCell.number,
                            "\(input) \(table.id).\(row.key).\(column.key): want \(raw[c]) got \(row.cells[c].raw)")
                    cells += 1
                }
            }
            let wantExtra = (want["extra_rows"] as? [String: [[String: Any]]])?[table.id] ?? []
            #expect(wantExtra.count == table.extraRows.count, "\(input) \(table.id) extra rows")
            for (w, h) in zip(wantExtra, table.extraRows) {
                #expect(w["key"] as? String == h.key, "\(input) extra row key")
                #expect(w["label"] as? String == h.label, "\(input) extra row label")
                #expect(w["raw"] as? [String] == h.cells.map(\.raw), "\(input) extra row cells")
            }
        }
        #expect(cells >= 100)
    }
}
