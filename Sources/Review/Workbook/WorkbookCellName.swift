/// A cell's name as a spreadsheet shows it (`A1`, `AB12`), for error messages.
enum WorkbookCellName {
    static func of(row: Int, column: Int) -> String { "\(Self.column(column))\(row + 1)" }

    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
