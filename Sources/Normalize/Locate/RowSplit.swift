/// Splits a source row into its label cells and its value cells.
struct RowSplit {
    /// The label cells' texts, left to right (blank and value-like cells left out).
    var labels: [String]
    /// With `exact`, one cell per value column; otherwise the cells after the last label
    /// cell, in order, as the source emitted them (merged cells may be missing or empty).
    var values: [CellValue]
    /// True when the values sit in their columns (exact or aligned geometry).
    var exact: Bool
    /// True when the source drew the grid (exact geometry): a blank cell there is blank,
    /// never a value printed on another line.
    var ruled: Bool
    /// True when the drawn grid's label cell just before the values continues a cell from the
    /// row above (merged down): one label over two rows of values, so the label names neither
    /// for certain. The national format gives every row of values a label of its own; a scan
    /// whose borders between labels were lost reads like this.
    var labelContinues = false

    var lastLabel: String { labels.last ?? "" }
    var allLabels: String { labels.joined() }
    /// True when some value cell holds a number or a dash-like null marker.
    var hasValues: Bool { values.contains { !$0.raw.isEmpty } }

    /// Splits `row` whose table has `slots` value columns at its right edge.
    init(_ row: SourceRow, slots: Int) {
        // Exact geometry: every cell is present, so the cells after the last label are the
        // value cells in order, even where one of them spans two grid columns.
        if row.geometry == .exact {
            let lastLabel = row.cells.lastIndex { !$0.isContinuation && !$0.isValueLike }
            let after = lastLabel.map { row.cells[($0 + 1)...] } ?? row.cells[...]
            if after.count == slots {
                labelContinues = after.startIndex > row.cells.startIndex && row.cells[after.startIndex - 1].isContinuation
                labels = (lastLabel.map { row.cells[...$0] } ?? [])
                    .filter { !$0.isContinuation && !$0.isBlank && !$0.isValueLike }.map(\.text)
                values = after.map { $0.isContinuation ? .missing : $0.value }
                exact = true
                ruled = true
                return
            }
        }
        ruled = row.geometry == .exact
        if row.geometry != .approximate && row.columnCount > slots {
            let start = row.columnCount - slots
            labelContinues = row.geometry == .exact
                && row.cells.contains { $0.isContinuation && $0.column < start && $0.column + $0.span >= start }
            labels = row.cells.filter { $0.column < start && !$0.isContinuation && !$0.isBlank }.map(\.text)
            var values = [CellValue](repeating: .missing, count: slots)
            for cell in row.cells where cell.column >= start && !cell.isContinuation {
                let value = cell.value
                if value.isValueLike {
                    values[cell.column - start] = value
                } else {
                    labels.append(cell.text)
                }
            }
            // Space-aligned columns: a number in the column just before the value columns
            // means the row's columns were miscounted (a value split by the extraction's spacing,
            // `3 9 4`, made one slot too many): every value would sit one column off. The row's
            // numbers are unreadable (null with a warning), never shifted.
            if row.geometry == .aligned,
               row.cells.contains(where: { $0.column == start - 1 && !$0.isContinuation && $0.value.number != nil }) {
                values = values.madeUnreadable
                labels = labels.filter { CellValue(source: $0).number == nil }
            }
            self.values = values
            exact = true
        } else {
            let lastLabel = row.cells.lastIndex { !$0.isValueLike }
            let labelCells = lastLabel.map { row.cells[...$0] } ?? []
            labels = labelCells.filter { !$0.isBlank && !$0.isValueLike }.map(\.text)
            let after = lastLabel.map { row.cells[($0 + 1)...] } ?? row.cells[...]
            values = after.map(\.value)
            exact = false
        }
    }

    /// Fits approximate `values` to `slots` cells where that needs no choice: trailing blank
    /// cells dropped, then leading blank cells (merged label cells emitted empty) dropped
    /// while there are too many; and when exactly `slots` cells are not blank, the blank ones
    /// among them (gaps a table finder left between columns, `27 |  | 7`) are dropped, as no
    /// slot is left for them. Returns `nil` when a choice remains (too few or too many).
    static func fit(_ values: [CellValue], slots: Int) -> [CellValue]? {
        var v = values
        while v.count > slots, let last = v.last, last.raw.isEmpty { v.removeLast() }
        while v.count > slots, let first = v.first, first.raw.isEmpty { v.removeFirst() }
        if v.count > slots, v.filter({ !$0.raw.isEmpty }).count == slots { v.removeAll { $0.raw.isEmpty } }
        if v.count == slots { return v }
        // A row whose only cells are blank: nothing to place.
        if v.allSatisfy({ $0.raw.isEmpty }) { return [CellValue](repeating: .missing, count: slots) }
        return nil
    }
}
