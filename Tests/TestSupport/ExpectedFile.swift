import Foundation
import Normalize
import Testing

/// A sample's `*.expected.json` (format `nianbao-expected/2`, docs/expected-format.md): what the
/// source document says, written by a person or by the generator from the data it put in the
/// document, and the numbers those cells read as (`samples/tools/expected_values.py`). Never
/// made from nianbao's output.
public struct ExpectedFile {
    /// The file's top-level object.
    public let fields: [String: Any]
    /// `table → row → raw cell texts`.
    public let raw: [String: [String: [String]]]
    /// `table → row → numbers` (JSON numbers, or `NSNull` for null).
    public let values: [String: [String: [Any]]]

    public init(_ relative: String) throws {
        fields = try Samples.json(relative)
        guard fields["format"] as? String == "nianbao-expected/2",
              let raw = fields["tables"] as? [String: [String: [String]]],
              let values = fields["values"] as? [String: [String: [Any]]] else {
            throw SampleError(description: "\(relative) is not a nianbao-expected/2 file with tables and values "
                + "(run python3 samples/tools/expected_values.py)")
        }
        self.raw = raw
        self.values = values
    }

    /// The extra rows expected for a table.
    public func extraRows(_ table: String) -> [[String: Any]] {
        (fields["extra_rows"] as? [String: [[String: Any]]])?[table] ?? []
    }

    /// Checks a converted sample against its expected file: header fields, sections (unless
    /// `checkSections` is false), every canonical cell's raw text and number, extra rows.
    public static func compare(input: String, expected: String, checkSections: Bool = true) throws {
        let want = try ExpectedFile(expected)
        let got = try Samples.reportJSON(Samples.convert(input))
        for field in ["title", "organ", "year", "edition"] {
            #expect(sameJSON(want.fields[field], got[field]), "\(input) \(field): want \(want.fields[field] ?? "nil") got \(got[field] ?? "nil")")
        }
        if checkSections, let sections = want.fields["sections"] as? [[String: Any]] {
            let have = got["sections"] as? [[String: Any]] ?? []
            #expect(sections.map { $0["number"] as? String } == have.map { $0["number"] as? String }, "\(input) section numbers")
            for (w, h) in zip(sections, have) {
                #expect(w["title"] as? String == h["title"] as? String, "\(input) section \(w["number"] ?? "") title")
                if let text = w["text"] as? String {
                    #expect(text == h["text"] as? String, "\(input) section \(w["number"] ?? "") text")
                }
            }
        }
        let tables = ReportCells(got)
        #expect(Set(want.raw.keys) == Set(tables.tableIDs), "\(input) table ids")
        var cells = 0
        for table in tables.tableIDs {
            let wantRows = want.raw[table] ?? [:]
            #expect(Set(wantRows.keys) == Set(tables.rowKeys(table)), "\(input) \(table) rows")
            for (key, rawCells) in wantRows {
                let numbers = want.values[table]?[key] ?? []
                for (c, column) in tables.columns(table).enumerated() where c < rawCells.count {
                    let cell = tables.cell(table, key, c)
                    #expect(cell?.raw == rawCells[c] && sameJSON(cell?.value, numbers[c]),
                            "\(input) \(table).\(key).\(column): want \(rawCells[c]) (\(numbers[c])) got \(cell?.raw ?? "nil") (\(cell?.value ?? "nil"))")
                    cells += 1
                }
            }
            let wantExtra = want.extraRows(table), haveExtra = tables.extraRows(table)
            #expect(wantExtra.count == haveExtra.count, "\(input) \(table) extra rows")
            for (w, h) in zip(wantExtra, haveExtra) {
                #expect(sameJSON(w["key"], h["key"]), "\(input) extra row key")
                #expect(w["label"] as? String == h["label"] as? String, "\(input) extra row label")
                #expect(w["raw"] as? [String] == h["raw"] as? [String], "\(input) extra row cells")
                let wv = w["values"] as? [Any] ?? [], hv = h["values"] as? [Any] ?? []
                #expect(wv.count == hv.count && zip(wv, hv).allSatisfy { sameJSON($0, $1) }, "\(input) extra row values")
            }
        }
        #expect(cells >= 100)
    }
}

/// The cells of a report's JSON, looked up by table, row and column.
public struct ReportCells {
    public struct Cell {
        public var raw: String
        /// The JSON value: a number or `NSNull`.
        public var value: Any
    }

    private let tables: [[String: Any]]

    public init(_ report: [String: Any]) {
        tables = report["tables"] as? [[String: Any]] ?? []
    }

    private func table(_ id: String) -> [String: Any]? { tables.first { $0["id"] as? String == id } }

    public var tableIDs: [String] { tables.compactMap { $0["id"] as? String } }

    public func columns(_ id: String) -> [String] {
        (table(id)?["columns"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
    }

    public func rowKeys(_ id: String) -> [String] {
        (table(id)?["rows"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
    }

    public func extraRows(_ id: String) -> [[String: Any]] { table(id)?["extra_rows"] as? [[String: Any]] ?? [] }

    public func cell(_ id: String, _ row: String, _ column: Int) -> Cell? {
        guard let row = (table(id)?["rows"] as? [[String: Any]])?.first(where: { $0["key"] as? String == row }),
              let raw = row["raw"] as? [String], let values = row["values"] as? [Any], column < raw.count, column < values.count
        else { return nil }
        return Cell(raw: raw[column], value: values[column])
    }
}

/// Every cell of a JSON report, addressed `table.row.column`, with its value.
public func cellValues(_ doc: [String: Any]) -> [String: Any] {
    var out: [String: Any] = [:]
    let cells = ReportCells(doc)
    for table in cells.tableIDs {
        let columns = cells.columns(table)
        for row in cells.rowKeys(table) {
            for (c, column) in columns.enumerated() { out["\(table).\(row).\(column)"] = cells.cell(table, row, c)?.value }
        }
    }
    return out
}

/// True when two JSON scalars are the same value (numbers compared as numbers).
public func sameJSON(_ a: Any?, _ b: Any?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (is NSNull, is NSNull): return true
    case (let x as NSNumber, let y as NSNumber): return x.decimalValue == y.decimalValue
    case (let x as String, let y as String): return x == y
    default: return false
    }
}
