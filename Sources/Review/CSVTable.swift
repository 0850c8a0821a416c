import FoundationEssentials

/// A CSV file read as rows of fields (RFC 4180: fields in double quotes may hold commas,
/// line breaks and doubled quotes; CRLF or LF line ends; a UTF-8 byte-order mark, as Excel
/// writes one, skipped), with its first row as the header. For the files a reviewer edits
/// by hand (`--organs`, `decisions.csv`): fields are trimmed of surrounding white space and
/// blank lines are skipped.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(data: Data) {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        func endRow() {
            row.append(field)
            field = ""
            let trimmed = row.map { $0.trimmingSpaces() }
            if !(trimmed.count == 1 && trimmed[0].isEmpty) { rows.append(trimmed) }
            row = []
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.trimmingSpaces().isEmpty:
                field = ""
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r":
                if let n = next(), n != "\n" { pending = n }
                endRow()
            case "\n": endRow()
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        header = rows.first?.map { $0.lowercased() } ?? []
        self.rows = Array(rows.dropFirst())
    }

    /// The column named `name` in the header, if there is one.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The field of `row` in column `index`, empty where the row is short.
    public static func field(_ row: [String], _ index: Int?) -> String {
        guard let index, index < row.count else { return "" }
        return row[index]
    }
}
