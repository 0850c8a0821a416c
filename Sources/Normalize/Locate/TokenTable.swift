import Extract

/// Tables that reach the builder as a stream of one-cell lines (plain `pdftotext`, copied
/// web pages): no rows, only labels and numbers in reading order. They are cut back into
/// rows here so that the same row readers serve them; the geometry is approximate.
enum TokenTable {
    static func isValue(_ token: String) -> Bool {
        let cell = CellValue(source: token)
        return !cell.raw.isEmpty && cell.isValueLike
    }

    static func row(_ texts: [String], segment: Int) -> SourceRow {
        SourceRow(cells: texts.enumerated().map { SourceCell(text: $1, column: $0, span: 1, isContinuation: false) },
                  geometry: .approximate, columnCount: texts.count, segment: segment, isRepeatedHeader: false)
    }

    /// Section 三: each run of numbers is cut into rows of seven; the label lines just before a
    /// run label its first row.
    static func applicationRows(_ tokens: [String]) -> [SourceRow] {
        var rows: [SourceRow] = []
        var labels: [String] = []
        var i = 0
        while i < tokens.count {
            if !isValue(tokens[i]) { labels.append(tokens[i]); i += 1; continue }
            var run: [String] = []
            while i < tokens.count, isValue(tokens[i]) { run.append(tokens[i]); i += 1 }
            var first = true
            var start = 0
            while start < run.count {
                let chunk = Array(run[start..<min(start + ApplicationsReading.slots, run.count)])
                // Only the label lines that name a row label the first chunk; the rest were
                // moved there by the extraction and say nothing of these values.
                // With no label that names a row, the last label line stands (a report's own row).
                let namingAll = labels.filter { LabelMatcher.applicationKey($0) != nil }
                let naming = namingAll.suffix(1)
                let label = first ? (naming.isEmpty ? labels.suffix(1) : naming) : []
                var cut = row(label.isEmpty ? chunk : Array(label) + chunk, segment: -1)
                // Certain only where nothing else could be meant: one label naming a row, then
                // exactly one row's numbers before the next label.
                cut.orderIsCertain = first && namingAll.count == 1 && run.count == ApplicationsReading.slots
                rows.append(cut)
                first = false
                start += ApplicationsReading.slots
            }
            labels = []
        }
        return rows
    }

    /// Section 二: a label line starts a row; the numbers after it are its values. Unless the
    /// tables came column by column (`disclosureColumns`).
    static func disclosureRows(_ tokens: [String]) -> [SourceRow] {
        if let columns = disclosureColumns(tokens) { return columns }
        var rows: [[String]] = []
        for token in tokens {
            if isValue(token), !rows.isEmpty { rows[rows.count - 1].append(token) } else { rows.append([token]) }
        }
        return rows.map { row($0, segment: -1) }
    }

    /// Section 二 listed column by column, as plain `pdftotext` writes small tables: each table's
    /// row labels, then each column's header followed by one number per row, top to bottom
    /// (`规章 | 行政规范性文件 | 本年制发件数 | 0 | 3 | 本年废止件数 | 0 | 1 | … | 现行有效件数 | 7 | 70`).
    /// A header is given to the one table whose column it names exactly and whose rows seen are as
    /// many as its numbers (`本年处理决定数量 | 292` is 行政许可's, `| 140 | 6` 行政处罚 and 行政强制's).
    /// `nil` when a row label is followed by a number (the rows came whole), or a header and its
    /// numbers fit no table or more than one: then nothing is read this way.
    static func disclosureColumns(_ tokens: [String]) -> [SourceRow]? {
        for (a, b) in zip(tokens, tokens.dropFirst()) where LabelMatcher.disclosureRow(a) != nil && isValue(b) { return nil }
        var rowsSeen: [String: [String]] = [:]
        var labels: [String: String] = [:]
        var widths: [String: Int] = [:]
        var filled: [String: [Int: String]] = [:]
        var headers: [String] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let (table, key) = LabelMatcher.disclosureRow(token) {
                if !(rowsSeen[table] ?? []).contains(key) {
                    rowsSeen[table, default: []].append(key)
                    labels["\(table).\(key)"] = token
                }
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, isValue(tokens[end]) { end += 1 }
            let run = Array(tokens[(i + 1)..<end])
            if run.isEmpty || isValue(token) { i += 1; continue }
            let header = TextClean.matchKey(token)
            var candidates: [(table: String, column: Int, width: Int)] = []
            for edition in Edition.allCases {
                for template in Template.tables(edition) where template.id.hasPrefix("disclosure_") {
                    let rows = rowsSeen[template.id] ?? []
                    // The rows in the order the template prints them, and as many as the numbers.
                    let order = template.rows.map(\.key).filter(rows.contains)
                    for (c, column) in template.columns.enumerated() where TextClean.matchKey(column.label) == header
                        && rows.count == run.count && order == rows && rows.allSatisfy({ filled["\(template.id).\($0)"]?[c] == nil }) {
                        candidates.append((template.id, c, template.columns.count))
                    }
                }
            }
            guard let choice = candidates.first,
                  candidates.allSatisfy({ $0.table == choice.table && $0.column == choice.column }) else { return nil }
            for (key, value) in zip(rowsSeen[choice.table]!, run) { filled["\(choice.table).\(key)", default: [:]][choice.column] = value }
            widths[choice.table] = choice.width
            headers.append(token)
            i = end
        }
        guard !filled.isEmpty else { return nil }
        var out = headers.map { row([$0], segment: -1) }
        for (table, keys) in rowsSeen.sorted(by: { $0.key < $1.key }) {
            guard let width = widths[table] else { continue }
            for key in keys {
                let cells = (0..<width).map { filled["\(table).\(key)"]?[$0] ?? "" }
                out.append(row([labels["\(table).\(key)"]!] + cells, segment: -1))
            }
        }
        return out
    }

    /// True when label lines sit between two numbers of one row of section 四's five (the
    /// extraction wove the header in among the values, so their order is not the printed one:
    /// `2 | 其他 尚未 … | 0 1 | 结果 纠正 | 1` put 纠正's 1 after 其他's 0, and the row still adds up).
    static func reviewValuesInterleaved(_ tokens: [String]) -> Bool {
        var seen = 0
        var labelSince = false
        for token in tokens {
            if isValue(token) {
                if labelSince && seen % 5 != 0 { return true }
                seen += 1
                labelSince = false
                if seen == ReviewTable.slots { return false }
            } else if seen > 0 {
                labelSince = true
            }
        }
        return false
    }

    /// Section 四: the numbers in reading order, as one row.
    static func reviewRows(_ tokens: [String]) -> [SourceRow] {
        let values = tokens.filter(isValue)
        return values.isEmpty ? [] : [row(values, segment: -1)]
    }
}
