import FoundationEssentials

/// Places the cells of an HTML table on a grid, turning `rowspan`/`colspan` into the model's
/// `column`, `columnSpan` and vertical merges, as the DOCX reader gives them: a cell spanning
/// rows is a `.restart` and the rows below get a `.continuation` cell of the same span in its
/// columns.
struct HTMLTableGrid {
    /// The widest `colspan` taken as written (as `DocxBodyParser.maxGridColumns`): HTML allows
    /// 1000; a larger value is clamped.
    static let maxColumnSpan = 1_000
    /// The most rows a `rowspan` covers (HTML's own cap is 65534).
    static let maxRowSpan = 65_534

    /// One source cell before placement.
    struct SourceCell {
        var text: String
        var nested: [Table]
        var rowSpan: Int
        var columnSpan: Int
    }

    private(set) var warnings: [String] = []

    /// A span attribute's value: digits only (browsers read a leading number), at least 1
    /// (`rowspan="0"`, "to the end of the table section", is given as `toEnd`).
    static func span(_ value: String?, max limit: Int, zeroMeans toEnd: Int? = nil) -> Int {
        guard let value else { return 1 }
        let digits = value.trimmingSpaces().prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(digits.prefix(9)) else { return 1 }
        if n == 0 { return toEnd.map { min(max($0, 1), limit) } ?? 1 }
        return min(n, limit)
    }

    /// The rows of a table with every cell on its grid column.
    mutating func place(_ rows: [[SourceCell]]) -> [TableRow] {
        // Cells still covering rows below: start column → (rows left, span).
        var covering: [Int: (rows: Int, span: Int)] = [:]
        var out: [TableRow] = []
        for (r, sourceRow) in rows.enumerated() {
            var cells: [TableCell] = []
            var column = 0
            func continueMerges(upTo limit: Int?) {
                while let cover = covering[column], limit.map({ column < $0 }) ?? true {
                    cells.append(TableCell(text: "", column: column, columnSpan: cover.span, verticalMerge: .continuation))
                    covering[column] = cover.rows > 1 ? (cover.rows - 1, cover.span) : nil
                    column += cover.span
                }
            }
            for source in sourceRow {
                continueMerges(upTo: nil)
                var span = source.columnSpan
                // A colspan running into a cell that spans rows from above (a table-model error
                // browsers draw overlapping): the cell is cut short before it, and said so.
                if let next = covering.keys.filter({ $0 > column && $0 < column + span }).min() {
                    warnings.append("an HTML table cell spans into a cell merged from the row above; its span was cut from \(span) to \(next - column) columns")
                    span = next - column
                }
                let rowSpan = min(source.rowSpan, rows.count - r)
                cells.append(TableCell(text: source.text, column: column, columnSpan: span,
                                       verticalMerge: rowSpan > 1 ? .restart : .none, nestedTables: source.nested))
                if rowSpan > 1 { covering[column] = (rowSpan - 1, span) }
                column += span
            }
            // Merges from above to the right of the row's last cell.
            while let next = covering.keys.filter({ $0 >= column }).min() {
                column = next
                continueMerges(upTo: nil)
            }
            out.append(TableRow(cells: cells))
        }
        return out
    }
}
