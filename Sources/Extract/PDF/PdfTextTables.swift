/// Tables drawn without rules, found from text alignment.
enum PdfTextTables {
    static func tables(in lines: inout [PdfLine], page: Int) -> [PdfTablePart] { [] }
}
