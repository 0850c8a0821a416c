import Batch
import Normalize

/// `cross_year.copy`, at `report`: this year's report is last year's with little changed.
/// `ok: false` when every table is the same (each cell of each table, extra rows included,
/// equal as numbers or both blank; rows that are all zero or blank in both reports left
/// aside, as an organ with nothing to report fills them alike every year) and the sections'
/// prose is more alike than `threshold` by `TextSimilarity` (years and numbers masked).
/// `ok: true` otherwise.
enum CopyRule {
    static let rule = "cross_year.copy"
    /// Prose this alike, with tables equal, is a copy: what differs is a few words besides
    /// the dates (a rewritten report scores far lower; the same boilerplate keeps a report
    /// of new numbers apart by its tables).
    static let threshold = 0.95

    static func findings(_ pair: YearPair) -> [ReviewFinding] {
        let differences = tableDifferences(pair.last.record.cells, pair.this.record.cells)
        var message: String
        var ok = true
        var similarity: Double? = nil
        if differences.isEmpty {
            let s = TextSimilarity.of(prose(pair.last), prose(pair.this))
            similarity = s
            ok = s <= threshold
            message = ok
                ? "各表与 \(pair.lastShown)相同，但正文相似度为 \(percent(s))（未超过 \(percent(threshold))）"
                : "疑似照抄 \(pair.lastShown)：各表全部相同，正文相似度 \(percent(s))"
        } else {
            message = "各表与 \(pair.lastShown)不同（\(differences.count) 个单元格不同，第一个为 \(differences[0])）"
        }
        var check = Check(rule: rule, at: "report", ok: ok, severity: .warning, message: message,
                          expected: nil, actual: similarity.map(percent))
        if !ok { check.cause = .source }
        return [ReviewFinding(path: pair.this.path, check: check)]
    }

    static func percent(_ x: Double) -> String {
        let tenths = Int((x * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10) %"
    }

    /// The report's prose: each section's number, title and text, one after another.
    static func prose(_ r: ReviewedReport) -> String {
        r.record.sections.map { "\($0.number)\($0.title)\n\($0.text)" }.joined(separator: "\n")
    }

    /// The addresses whose values differ, rows all zero or blank in both left aside. Cells are
    /// keyed `table.row.column` (an extra row by `+key` and its position), in the first
    /// report's order, then the second's.
    static func tableDifferences(_ a: [CellRecord], _ b: [CellRecord]) -> [String] {
        let x = rows(a), y = rows(b)
        var out: [String] = []
        var keys = x.order
        for k in y.order where x.values[k] == nil { keys.append(k) }
        for k in keys {
            let u = x.values[k] ?? [:], v = y.values[k] ?? [:]
            if isEmptyRow(u), isEmptyRow(v) { continue }
            var columns = x.columns[k] ?? []
            for c in y.columns[k] ?? [] where u[c] == nil { columns.append(c) }
            for c in columns where !same(u[c] ?? nil, v[c] ?? nil) || (u[c] == nil) != (v[c] == nil) {
                out.append("\(k).\(c)")
            }
        }
        return out
    }

    struct Rows {
        var order: [String] = []
        var values: [String: [String: String?]] = [:]
        var columns: [String: [String]] = [:]
    }

    static func rows(_ cells: [CellRecord]) -> Rows {
        var out = Rows()
        for cell in cells {
            let key = cell.isExtra ? "\(cell.table).\(cell.row)#\(cell.rowIndex)" : "\(cell.table).\(cell.row)"
            if out.values[key] == nil { out.order.append(key); out.values[key] = [:]; out.columns[key] = [] }
            out.values[key]![cell.column] = .some(cell.value)
            out.columns[key]!.append(cell.column)
        }
        return out
    }

    static func isEmptyRow(_ row: [String: String?]) -> Bool {
        row.values.allSatisfy { v in v.flatMap(FixedPoint.init).map { $0.sameValue(as: .zero) } ?? true }
    }

    static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a.flatMap(FixedPoint.init), b.flatMap(FixedPoint.init)) {
        case (nil, nil): return a == b
        case (let x?, let y?): return x.sameValue(as: y)
        default: return false
        }
    }
}
