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

    /// Section 二: a label line starts a row; the numbers after it are its values.
    static func disclosureRows(_ tokens: [String]) -> [SourceRow] {
        var rows: [[String]] = []
        for token in tokens {
            if isValue(token), !rows.isEmpty { rows[rows.count - 1].append(token) } else { rows.append([token]) }
        }
        return rows.map { row($0, segment: -1) }
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
