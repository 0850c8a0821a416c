import Extract

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
        let warned = warnedRows(report.warnings)
        var sentenceLines: [String: [String: Int]] = [:]

        for i in report.checks.indices {
            var check = report.checks[i]
            let cells = check.inputs.compactMap { $0.report == nil ? $0.cell : nil }
            let rows = cells.map(rowAddress)
            if let text = check.inputs.first(where: { $0.text != nil }), let section = text.section {
                if sentenceLines[section] == nil { sentenceLines[section] = sentenceLineIndex(report, section) }
                let span = text.text ?? ""
                let within = sentenceLines[section]?[span] ?? lineWithin(report, section, span)
                check.location = CheckLocation(section: section, line: lines[section].map { $0 + within })
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
                let touched = rows.contains { touchedRows.contains($0) || warned.contains($0) }
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

    /// `lineWithin` of every sentence of a section (as `ProseChecks` cuts them, trimmed and not),
    /// its first occurrence: the spans of the prose findings, found without a search of the
    /// section's text for each (a long report has thousands).
    static func sentenceLineIndex(_ report: Report, _ number: String) -> [String: Int] {
        guard let section = report.sections.first(where: { $0.number == number }) else { return [:] }
        var index: [String: Int] = [:]
        for (i, text) in section.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for sentence in ProseChecks.sentences(String(text)) {
                let whole = String(sentence), trimmed = sentence.trimmingSpaces()
                if index[whole] == nil { index[whole] = 1 + i }
                if trimmed != whole, index[trimmed] == nil { index[trimmed] = 1 + i }
            }
        }
        return index
    }

    /// How many lines after its section's heading a span of the section's text starts (the
    /// heading itself when the span is the title or is not found).
    static func lineWithin(_ report: Report, _ number: String, _ span: String) -> Int {
        guard !span.isEmpty, let section = report.sections.first(where: { $0.number == number }),
              let range = section.text.firstRange(of: span) else { return 0 }
        return 1 + section.text[..<range.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// `applications.withheld.state_secret.total` → `applications.withheld.state_secret`.
    static func rowAddress(_ cell: String) -> String {
        guard let dot = cell.lastIndex(of: ".") else { return cell }
        return String(cell[..<dot])
    }

    /// The row addresses the warnings name (`applications.carried_over: ambiguous: …` names
    /// `applications` and `applications.carried_over`): each ASCII word of a warning made of
    /// letters, digits, `_`, `*` and `.`, cut at each `.`, where the word ends at the warning's
    /// end, a `:` or a space. One pass over the warnings, not one per failing finding.
    static func warnedRows(_ warnings: [String]) -> Set<String> {
        var rows = Set<String>()
        for warning in warnings {
            let scalars = Array(warning.unicodeScalars)
            var i = 0
            while i < scalars.count {
                guard isAddressScalar(scalars[i]) else { i += 1; continue }
                var j = i
                while j < scalars.count, isAddressScalar(scalars[j]) { j += 1 }
                let word = scalars[i..<j]
                for k in word.indices where word[k] == "." {
                    rows.insert(String(String.UnicodeScalarView(word[i..<k])))
                }
                if j == scalars.count || scalars[j] == ":" || scalars[j] == " " {
                    rows.insert(String(String.UnicodeScalarView(word)))
                }
                i = j
            }
        }
        return rows
    }

    private static func isAddressScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || Characters.isASCIIDigit(s) || s == "_" || s == "*" || s == ".")
    }
}
