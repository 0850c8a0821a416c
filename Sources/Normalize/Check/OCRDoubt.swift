/// A value read by OCR is a reading of pixels, not printed text: where an identity of the format
/// fails on a table read from a scanned page, its values are as likely misread as misprinted,
/// and a wrong number is the one thing nianbao must not give. So they are null, with a warning
/// (issue 15: "a value whose checks fail and that was read with low confidence is null"; every
/// OCR value counts as uncertain here). Of a failing identity's cells, those that two failing
/// identities share are nulled (a misread cell breaks its row's and its column's check); an
/// identity that shares none has all its cells nulled. Afterwards no identity fails on the
/// scanned tables: each is either held by what was read or undecided.
enum OCRDoubt {
    /// `tables`: the canonical tables, changed in place; `failing`: the identities that fail,
    /// each with its input cells (`table.row.column`); `scanned`: the ids of the tables read
    /// from OCRed pages. Returns the warnings and the nulled cells (`table.row.columnIndex`).
    static func nullFailing(_ tables: inout [CanonicalTable], failing: [[String]], scanned: Set<String>)
        -> (warnings: [String], nulled: Set<String>) {
        let relevant = failing.map { $0.filter { scanned.contains(String($0.prefix { $0 != "." })) } }.filter { !$0.isEmpty }
        if relevant.isEmpty { return ([], []) }
        var count: [String: Int] = [:]
        for cells in relevant { for c in Set(cells) { count[c, default: 0] += 1 } }
        var doubted = Set<String>()
        for cells in relevant {
            let shared = cells.filter { count[$0, default: 0] >= 2 }
            doubted.formUnion(shared.isEmpty ? cells : shared)
        }
        var warnings: [String] = []
        var nulled = Set<String>()
        for t in tables.indices where scanned.contains(tables[t].id) {
            let table = tables[t]
            for r in table.rows.indices {
                var names: [String] = []
                for (c, column) in table.columns.enumerated() {
                    let address = "\(table.id).\(table.rows[r].key).\(column.key)"
                    guard doubted.contains(address), tables[t].rows[r].cells[c].number != nil else { continue }
                    names.append("\(column.key) \(tables[t].rows[r].cells[c].raw)")
                    tables[t].rows[r].cells[c] = CellValue.unreadable(tables[t].rows[r].cells[c].raw)
                    nulled.insert("\(table.id).\(table.rows[r].key).\(c)")
                }
                if !names.isEmpty {
                    warnings.append("\(table.id).\(table.rows[r].key): read by OCR and a check of the format fails on it; "
                                    + "its values are null, not guessed (\(names.joined(separator: ", ")))")
                }
            }
        }
        return (warnings, nulled)
    }
}
