/// Joins the parts of a table broken across pages, as far as a reader should: the parts stay
/// separate `Table`s (the grid builder joins them), but a header row the continuation
/// repeats is dropped, a row the page break cut in two is joined again, and a merged label
/// cut by the break reads whole in both parts.
enum PdfTableJoin {
    /// - Parameters:
    ///   - first: the table's first part (its header rows are what a continuation repeats).
    ///   - previous: the part on the page before; its last row may receive text.
    ///   - next: the part that continues it at the top of the next page.
    static func `continue`(first: PdfTablePart, previous: inout PdfTablePart, next: inout PdfTablePart) {
        // Repeated header rows.
        var k = 0
        while k < next.table.rows.count, k < first.table.rows.count - 1,
              isHeaderText(first.table.rows[k]), key(first.table.rows[k]) == key(next.table.rows[k]) {
            k += 1
        }
        if k > 0 {
            next.table.rows.removeFirst(k)
            repairTopMerges(&next.table)
        }
        guard !next.table.rows.isEmpty, let lastRow = previous.table.rows.indices.last else { return }

        if next.openTop {
            // A row cut by the page break: its text joins the previous part's last row.
            for cell in next.table.rows[0].cells where !cell.text.isEmpty {
                guard let target = targetCell(in: previous, row: lastRow, x: next.columnEdges[cell.column] + 1) else { continue }
                let old = previous.table.rows[target.row].cells[target.cell].text
                previous.table.rows[target.row].cells[target.cell].text =
                    old.isEmpty ? cell.text : old + joiner(old, cell.text) + cell.text
            }
            next.table.rows.removeFirst()
            repairTopMerges(&next.table)
            return
        }

        // A merged label cut by the break: "（四）无" above, "法提供" below.
        for c in next.table.rows[0].cells.indices {
            let cell = next.table.rows[0].cells[c]
            guard cell.verticalMerge != .continuation, !Characters.isNumberLike(cell.text) else { continue }
            guard let target = targetCell(in: previous, row: lastRow, x: next.columnEdges[cell.column] + 1) else { continue }
            let above = previous.table.rows[target.row].cells[target.cell]
            guard abs(previous.columnEdges[above.column] - next.columnEdges[cell.column]) < 3,
                  abs(previous.columnEdges[above.column + above.columnSpan]
                      - next.columnEdges[cell.column + cell.columnSpan]) < 3,
                  !above.text.isEmpty, !Characters.isNumberLike(above.text) else { continue }
            if cell.text.isEmpty {
                // The label column continues on this page: repeat the label, as a repeated
                // group label in a split Word table reads.
                if above.verticalMerge == .restart || target.row < lastRow {
                    next.table.rows[0].cells[c].text = above.text
                }
            } else if target.row == lastRow, above.verticalMerge == .none, cell.verticalMerge == .restart,
                      !Characters.startsWithHeadingMarker(cell.text), above.text != cell.text {
                // Only a fragment continues a label: a text that starts with its own marker
                // (（四）, 三、, 1.) is a label of its own, as when a split table repeats it.
                let joined = above.text + PdfText.lineJoiner(above.text, cell.text) + cell.text
                previous.table.rows[target.row].cells[target.cell].text = joined
                next.table.rows[0].cells[c].text = joined
            }
        }
    }

    /// Digits cut by the break join with nothing; other text as lines of a paragraph.
    private static func joiner(_ a: String, _ b: String) -> String {
        if let x = a.unicodeScalars.last, let y = b.unicodeScalars.first, Characters.isDigit(x), Characters.isDigit(y) { return "" }
        return PdfText.lineJoiner(a, b)
    }

    /// The cell of `part` covering x in `row`, walking up from a continuation to its restart.
    private static func targetCell(in part: PdfTablePart, row: Int, x: Double) -> (row: Int, cell: Int)? {
        let edges = part.columnEdges
        guard let i = part.table.rows[row].cells.firstIndex(where: {
            edges[$0.column] <= x && x < edges[$0.column + $0.columnSpan]
        }) else { return nil }
        var r = row
        let column = part.table.rows[row].cells[i].column
        while r > 0, part.table.rows[r].cells.first(where: { $0.column == column })?.verticalMerge == .continuation {
            r -= 1
        }
        guard let j = part.table.rows[r].cells.firstIndex(where: { $0.column == column }) else { return (row, i) }
        return (r, j)
    }

    /// After rows are removed from the top, continuation cells there start their merges.
    static func repairTopMerges(_ table: inout Table) {
        guard !table.rows.isEmpty else { return }
        for c in table.rows[0].cells.indices where table.rows[0].cells[c].verticalMerge == .continuation {
            let column = table.rows[0].cells[c].column
            let below = table.rows.count > 1
                && table.rows[1].cells.contains { $0.column == column && $0.verticalMerge == .continuation }
            table.rows[0].cells[c].verticalMerge = below ? .restart : .none
        }
    }

    static func key(_ row: TableRow) -> String {
        row.cells.map { String(String.UnicodeScalarView($0.text.unicodeScalars.filter { !Characters.isWhitespace($0) })) }
            .joined(separator: "|")
    }

    /// A header row holds some Han text and no cell that is only a number.
    static func isHeaderText(_ row: TableRow) -> Bool {
        row.cells.contains { $0.text.unicodeScalars.contains(where: Characters.isHan) }
            && !row.cells.contains { !$0.text.isEmpty && Characters.isNumberLike($0.text) }
    }
}
