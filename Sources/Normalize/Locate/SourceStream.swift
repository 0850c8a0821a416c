import Extract

/// The document flattened into one stream of paragraphs and table rows, in reading order.
///
/// Table boundaries are kept only as a segment number: a table broken by a page break or
/// split into two `w:tbl` is one run of rows to the grid builder.
struct SourceStream {
    enum Item {
        case paragraph(SourceParagraph)
        case row(SourceRow)
    }

    var items: [Item] = []

    init(_ document: Document) {
        var segment = 0
        for block in document.blocks {
            switch block {
            case .paragraph(let p):
                items.append(.paragraph(SourceParagraph(text: p.text)))
            case .table(let t):
                append(table: t, segment: &segment)
            }
        }
    }

    private mutating func append(table: Table, segment: inout Int) {
        segment += 1
        let columnCount = table.columnCount - Self.unusedTrailingColumns(of: table)
        for row in table.rows {
            var cells = row.cells.filter { $0.column < columnCount }.map {
                SourceCell(text: SourceCell.joinLines($0.text), column: $0.column, span: min($0.columnSpan, columnCount - $0.column),
                           isContinuation: $0.verticalMerge == .continuation)
            }
            if table.geometry != .exact { cells = Self.markRunTogetherNumbers(cells) }
            // A row whose numbers the dump did not align is read in order only: its blank slots
            // are padding, not cells.
            let geometry: TableGeometry = row.valuesUnaligned ? .approximate : table.geometry
            if row.valuesUnaligned {
                cells = cells.filter { !$0.isBlank }.enumerated().map { index, cell in
                    SourceCell(text: cell.text, column: index, span: 1, isContinuation: false, value: cell.value)
                }
            }
            var sourceRow = SourceRow(cells: cells, geometry: geometry, columnCount: columnCount,
                                      segment: segment, isRepeatedHeader: row.isRepeatedHeader)
            sourceRow.page = table.page
            items.append(.row(sourceRow))
            for cell in row.cells {
                for nested in cell.nestedTables { append(table: nested, segment: &segment) }
            }
        }
    }

    /// A TAB or Markdown row of a text dump with a cell holding several numbers (`9 2`: the
    /// extraction merged two columns, or two rows, into one cell; markitdown and other PDF
    /// table finders do) cannot be placed: the row has lost its column count, and its other
    /// cells may be short of digits printed on other lines. Every number of such a row is
    /// made unreadable (it keeps its place, so nothing else is moved into the row, and comes
    /// out null with a warning). Run together, `9 2` would have read as 92. Space-aligned
    /// tables hold such a cell where a one-space row had too few numbers to place them.
    static func markRunTogetherNumbers(_ cells: [SourceCell]) -> [SourceCell] {
        guard cells.contains(where: { CellValue.runTogetherNumbers($0.text) != nil }) else { return cells }
        // The row's only numbers, all in one cell, one space apart in places (a space-aligned
        // row with a number spaced out, `３ ４  ６ …`): a spaced run for the solver to read.
        let numbered = cells.filter { !$0.isBlank && ($0.value.number != nil || CellValue.runTogetherNumbers($0.text) != nil) }
        if numbered.count == 1, let index = cells.firstIndex(where: { CellValue.runTogetherNumbers($0.text) != nil }),
           let run = DigitRun(TextClean.foldWidth(cells[index].text).trimmingSpaces(), kind: .spaced) {
            var out = cells
            let cell = cells[index]
            out[index] = SourceCell(text: cell.text, column: cell.column, span: cell.span, isContinuation: cell.isContinuation,
                                    value: .run(run))
            return out
        }
        return cells.map { cell in
            let several = CellValue.runTogetherNumbers(cell.text)
            guard cell.value.number != nil || several != nil else { return cell }
            let raw = several?.joined(separator: " ") ?? cell.value.raw
            return SourceCell(text: cell.text, column: cell.column, span: cell.span, isContinuation: cell.isContinuation,
                              value: .unreadable(raw))
        }
    }

    /// Grid columns at the right edge of an exact table that no row writes in: an empty
    /// column the table was drawn with. They are left out, so the value columns stay the
    /// rightmost ones (cells spanning into them from the left are narrowed). A column any
    /// row has text or a nested table in is kept, and so is the first column.
    static func unusedTrailingColumns(of table: Table) -> Int {
        guard table.geometry == .exact else { return 0 }
        let count = table.columnCount
        // Every column after the last one a cell with text or a nested table starts in is
        // unused. One pass over the cells: checking column by column from the right was
        // quadratic in a row of 30,000 empty cells.
        var lastUsed = -1
        for row in table.rows {
            for cell in row.cells where !(cell.text.trimmingSpaces().isEmpty && cell.nestedTables.isEmpty) {
                lastUsed = max(lastUsed, cell.column)
            }
        }
        return max(0, min(count - 1, count - 1 - lastUsed))
    }
}

struct SourceParagraph {
    var text: String
}

/// A table row as the source laid it out.
struct SourceRow {
    let cells: [SourceCell]
    let geometry: TableGeometry
    let columnCount: Int
    let segment: Int
    let isRepeatedHeader: Bool
    /// For a row cut from one-cell lines (`TokenTable`): true when its place is certain, one
    /// label naming a row right before exactly seven numbers.
    var orderIsCertain = false
    /// The page its table starts on, where the source is paginated (PDF).
    var page: Int?

    /// The cells' texts joined, for recognizing what the row is.
    let joinedKey: String

    init(cells: [SourceCell], geometry: TableGeometry, columnCount: Int, segment: Int, isRepeatedHeader: Bool) {
        self.cells = cells
        self.geometry = geometry
        self.columnCount = columnCount
        self.segment = segment
        self.isRepeatedHeader = isRepeatedHeader
        self.joinedKey = TextClean.matchKey(cells.map(\.text).joined())
    }

    /// True when some cell holds a number.
    var hasNumber: Bool { cells.contains { $0.value.number != nil || $0.value.unreadable || $0.value.isRun } }
}

/// One cell of a source row, its text with wrapped lines joined.
struct SourceCell {
    let text: String
    let column: Int
    let span: Int
    let isContinuation: Bool
    /// The cell read as a value, once.
    let value: CellValue

    init(text: String, column: Int, span: Int, isContinuation: Bool, value: CellValue? = nil) {
        self.text = text
        self.column = column
        self.span = span
        self.isContinuation = isContinuation
        self.value = value ?? CellValue(source: text)
    }

    var isValueLike: Bool { value.isValueLike }
    var isBlank: Bool { value.raw.isEmpty }

    /// Joins the lines of a cell: Chinese fragments with nothing between, Latin words with a space.
    static func joinLines(_ text: String) -> String {
        guard text.contains("\n") else { return text.trimmingSpaces() }
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let piece = String(line).trimmingSpaces()
            if piece.isEmpty { continue }
            if let last = out.unicodeScalars.last, let first = piece.unicodeScalars.first,
               last.isASCII && first.isASCII && last.properties.isAlphabetic && first.properties.isAlphabetic {
                out += " "
            }
            out += piece
        }
        return out
    }
}
