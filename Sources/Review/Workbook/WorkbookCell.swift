/// One cell of a workbook sheet.
public enum WorkbookCell: Sendable, Equatable {
    /// Written as text.
    case text(String)
    /// A decimal (`"12"`, `"-3.5"`), written as an xlsx number so a spreadsheet can add it up.
    /// The text is the value; it is parsed as a `Double` only for the xlsx file's own
    /// representation, never stored or compared as one.
    case number(String)
    /// No cell.
    case empty
}
