/// What a finding needs from the rest of its report once every check is made: where a reviewer
/// sees it (the table row or the section, and its line in the normalized text), and whether
/// a failing finding may be the conversion's doing (`cause`).
enum FindingContext {
    /// Null-cell reasons that mean the source itself is blank there.
    static let blankReasons: Set<String> = ["no_token", "null_marker"]

    static func complete(_ report: inout Report) {
        let lines = NormalizedText.layout(report).lines
        var touchedRows = Set(report.repairs.map { "\($0.table).\($0.row)" })
        for null in report.nullCells where !blankReasons.contains(null.reason) { touchedRows.insert("\(null.table).\(null.row)") }
        var reasons: [String: String] = [:]
        for null in report.nullCells { reasons["\(null.table).\(null.row).\(null.column)"] = null.reason }
        let warned = report.warnings

        for i in report.checks.indices {
            var check = report.checks[i]
            let cells = check.inputs.compactMap { $0.report == nil ? $0.cell : nil }
            let rows = cells.map(rowAddress)
            if let text = check.inputs.first(where: { $0.text != nil }), let section = text.section {
                check.location = CheckLocation(section: section, line: lines[section].map { $0 + lineWithin(report, section, text.text ?? "") })
            } else if let row = rows.first {
                let table = String(row.prefix { $0 != "." })
                let key = String(row.dropFirst(table.count + 1))
                check.location = CheckLocation(table: table, row: key.isEmpty ? nil : key, line: lines[key.isEmpty ? table : row] ?? lines[table],
                                               page: report.tablePages[table])
            } else if report.table(check.at) != nil {
                check.location = CheckLocation(table: check.at, line: lines[check.at], page: report.tablePages[check.at])
            } else if lines[check.at] != nil {
                check.location = CheckLocation(section: check.at, line: lines[check.at])
            }
            if check.ok != true {
                let touched = rows.contains { touchedRows.contains($0) || warned.contains(where: $0.isPart(of:)) }
                check.cause = touched ? .conversion : .source
            }
            // A blank that the solver left null (ambiguous, unreadable) is no blank of the source.
            if check.ifBlankZero != nil,
               check.inputs.contains(where: { $0.value == nil && $0.cell.flatMap { reasons[$0] }.map { !blankReasons.contains($0) } ?? false }) {
                check.ifBlankZero = nil
            }
            report.checks[i] = check
        }
    }

    /// How many lines after its section's heading a span of the section's text starts (the
    /// heading itself when the span is the title or is not found).
    static func lineWithin(_ report: Report, _ number: String, _ span: String) -> Int {
        guard !span.isEmpty, let section = report.sections.first(where: { $0.number == number }),
              let range = section.text.range(of: span) else { return 0 }
        return 1 + section.text[..<range.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// `applications.withheld.state_secret.total` → `applications.withheld.state_secret`.
    static func rowAddress(_ cell: String) -> String {
        guard let dot = cell.lastIndex(of: ".") else { return cell }
        return String(cell[..<dot])
    }
}

private extension String {
    /// Whether a warning names this row (`applications.carried_over: ambiguous: …`).
    func isPart(of warning: String) -> Bool {
        guard let range = warning.range(of: self) else { return false }
        let after = warning[range.upperBound...].first
        return after == nil || after == ":" || after == " " || after == "."
    }
}
