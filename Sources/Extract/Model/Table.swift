/// A table as the source laid it out, before any repair.
///
/// Invariants: in `.exact` geometry every cell knows its first grid column and its span, so
/// a row's cells cover grid columns `column ..< column + columnSpan` without overlap; cells
/// covered by a vertical merge from above are present with `verticalMerge == .continuation`
/// (their text is empty in the source). In `.approximate` geometry (text dumps) `column` is
/// the cell's ordinal in its row and spans are unknown (always 1).
public struct Table: Sendable, Equatable {
    public var rows: [TableRow]
    public var geometry: TableGeometry
    /// The 1-based page the table starts on, when the source is paginated.
    public var page: Int?

    public init(rows: [TableRow], geometry: TableGeometry, page: Int? = nil) {
        self.rows = rows
        self.geometry = geometry
        self.page = page
    }

    /// The number of grid columns: the largest `column + columnSpan` over all cells.
    public var columnCount: Int {
        rows.reduce(0) { max($0, $1.cells.reduce(0) { max($0, $1.column + $1.columnSpan) }) }
    }
}

/// How far the cell positions of a table can be trusted.
public enum TableGeometry: String, Sendable, Equatable {
    /// Cells sit on a known grid (DOCX `w:tblGrid`, a PDF ruling lattice).
    case exact
    /// Cells sit in column slots found from their positions (space-aligned `pdftotext
    /// -layout` columns, unruled PDF tables): a cell's `column` is its slot and every row has
    /// every slot, but merges are unknown and a merged cell's slots are simply empty.
    case aligned
    /// Cells are only in left-to-right order (TAB or one-cell-per-line text dumps); merged
    /// cells may be missing or emitted as empty cells.
    case approximate
}

/// One row of a table.
public struct TableRow: Sendable, Equatable {
    public var cells: [TableCell]
    /// True for a header row the source marks as repeated on every page (`w:tblHeader`).
    public var isRepeatedHeader: Bool
    /// True in an `.aligned` table for a row whose numbers sit outside every value column (a
    /// line the dump did not align): its cells are in order only, like an `.approximate` row's.
    public var valuesUnaligned: Bool

    public init(cells: [TableCell], isRepeatedHeader: Bool = false, valuesUnaligned: Bool = false) {
        self.cells = cells
        self.isRepeatedHeader = isRepeatedHeader
        self.valuesUnaligned = valuesUnaligned
    }
}

/// One cell of a table row.
///
/// Merged cells follow the `colspan` convention: `columnSpan` is 1 for a normal cell and
/// greater than 1 for a cell spanning several grid columns. A vertical merge is a run of
/// cells in one column: the first has `.restart`, the ones below it `.continuation`.
public struct TableCell: Sendable, Equatable {
    /// The cell's paragraphs joined with `\n`.
    public var text: String
    /// The first grid column the cell covers (0-based); see `Table` for `.approximate`.
    public var column: Int
    /// How many grid columns the cell covers; 1 for a normal cell.
    public var columnSpan: Int
    public var verticalMerge: VerticalMerge
    /// Tables nested inside the cell, in order.
    public var nestedTables: [Table]

    public init(text: String, column: Int, columnSpan: Int = 1,
                verticalMerge: VerticalMerge = .none, nestedTables: [Table] = []) {
        self.text = text
        self.column = column
        self.columnSpan = columnSpan
        self.verticalMerge = verticalMerge
        self.nestedTables = nestedTables
    }
}

/// The vertical-merge state of a cell (DOCX `w:vMerge`; a missing inner rule in a PDF lattice).
public enum VerticalMerge: String, Sendable, Equatable {
    case none
    /// The top cell of a vertical merge; it holds the merged text.
    case restart
    /// A cell covered by the merge above it; its own text is empty in the source.
    case continuation
}
