/// The normalized text of the contract §5: the whole report in reading order, one paragraph
/// per line, and every canonical table as a grid between `[table ID] TITLE` and `[/table]`
/// lines: a header line (`项目` and the column labels), then one line per row (the canonical
/// label, then the cells' `raw` text), cells separated by one TAB, every line of a table
/// with the same number of cells. A row the edition's grid lacks (`extra_rows`) has a label
/// cell starting with `+`: `+ LABEL`, or `+KEY LABEL` when it is a canonical row of the
/// other edition.
public enum NormalizedText {
    public static let tableStart = "[table "
    public static let tableEnd = "[/table]"

    /// Which tables are printed after which section's prose.
    static func section(ofTable id: String) -> String {
        switch id {
        case "applications": return "三"
        case "review_litigation": return "四"
        default: return "二"
        }
    }

    public static func write(_ report: Report) -> String { layout(report).text }

    /// The text and the line (from 1) each part of it starts on: `table.row` for a table's row
    /// (`table.+N` for its N-th extra row), `table` for its first line, the section number for
    /// a section's heading. Findings point into the text with these.
    static func layout(_ report: Report) -> (text: String, lines: [String: Int]) {
        var out = ""
        var count = 0
        var lines: [String: Int] = [:]
        func line(_ s: String, _ key: String? = nil) {
            out += s
            out += "\n"
            count += 1
            if let key, lines[key] == nil { lines[key] = count }
        }
        if let title = report.title { line(title) }
        for p in report.preamble where p != report.title { line(p) }
        var printed = Set<String>()
        func tables(for number: String) {
            for t in report.tables where section(ofTable: t.id) == number && !printed.contains(t.id) {
                printed.insert(t.id)
                write(t, line)
            }
        }
        for s in report.sections {
            line("\(s.number)、\(s.title)", s.number)
            if !s.text.isEmpty { line(s.text) }
            tables(for: s.number)
        }
        for number in ["二", "三", "四"] { tables(for: number) }
        return (out, lines)
    }

    static func write(_ t: CanonicalTable, _ line: (String, String?) -> Void) {
        line("\(tableStart)\(t.id)] \(t.title)", t.id)
        line((["项目"] + t.columns.map(\.label)).joined(separator: "\t"), nil)
        for r in t.rows { line(([r.label] + r.cells.map(\.raw)).joined(separator: "\t"), "\(t.id).\(r.key)") }
        for (i, r) in t.extraRows.enumerated() {
            let label = r.key.map { "+\($0) \(r.label)" } ?? "+ \(r.label)"
            line(([label] + r.cells.map(\.raw)).joined(separator: "\t"), "\(t.id).+\(i + 1)")
        }
        line(tableEnd, nil)
    }

    /// Why a normalized text could not be read back.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads the tables back out of a normalized text: the same `tables` as the JSON.
    public static func parseTables(_ text: String) throws -> [CanonicalTable] {
        var tables: [CanonicalTable] = []
        var current: (id: String, title: String, header: [String]?, rows: [[String]])? = nil
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine)
            if line.hasPrefix(tableStart) {
                guard let close = line.firstIndex(of: "]") else { throw ParseError(line: n + 1, reason: "table line without ]") }
                let id = String(line[line.index(line.startIndex, offsetBy: tableStart.count)..<close])
                let title = String(line[line.index(after: close)...]).trimmingSpaces()
                current = (id, title, nil, [])
            } else if line == tableEnd {
                guard let c = current, let header = c.header else { throw ParseError(line: n + 1, reason: "[/table] without a table") }
                tables.append(try table(id: c.id, title: c.title, header: header, rows: c.rows, line: n + 1))
                current = nil
            } else if current != nil {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if current!.header == nil { current!.header = cells } else { current!.rows.append(cells) }
            }
        }
        if current != nil { throw ParseError(line: 0, reason: "a table is not closed") }
        // The cells' numbers by the same unit rules as the JSON (`86000元` under 万元 is 8.6).
        _ = CellUnits.check(&tables)
        return tables
    }

    static func table(id: String, title: String, header: [String], rows: [[String]], line: Int) throws -> CanonicalTable {
        let labels = Array(header.dropFirst())
        // Both editions may share a table's columns (section 三); its rows tell them apart.
        let candidates = Edition.allCases.compactMap { Template.table(id, $0) }.filter { $0.columns.map(\.label) == labels }
        guard !candidates.isEmpty else { throw ParseError(line: line, reason: "unknown table \(id) or columns") }
        let rowLabels = rows.compactMap { $0.first }.filter { !$0.hasPrefix("+") }
        let template = candidates.first { t in rowLabels.allSatisfy { l in t.rows.contains { $0.label == l } } } ?? candidates[0]
        var canonical: [CanonicalRow] = []
        var extra: [ExtraRow] = []
        for cells in rows {
            guard cells.count == labels.count + 1 else {
                throw ParseError(line: line, reason: "a row of \(id) has \(cells.count) cells for \(labels.count + 1)")
            }
            let values = cells.dropFirst().map { CellValue(source: $0) }
            let label = cells[0]
            if label.hasPrefix("+") {
                let rest = label.dropFirst()
                if rest.hasPrefix(" ") {
                    extra.append(ExtraRow(key: nil, label: String(rest.dropFirst()), cells: values))
                } else {
                    let key = rest.prefix { $0 != " " }
                    extra.append(ExtraRow(key: String(key), label: String(rest.dropFirst(key.count + 1)), cells: values))
                }
            } else if let entry = template.rows.first(where: { $0.label == label }) {
                canonical.append(CanonicalRow(key: entry.key, label: entry.label, cells: values))
            } else {
                throw ParseError(line: line, reason: "unknown row \(label) in \(id)")
            }
        }
        return CanonicalTable(id: template.id, title: title, columns: template.columns, rows: canonical, extraRows: extra)
    }
}
