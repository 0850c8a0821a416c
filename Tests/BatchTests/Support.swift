import Batch
import Foundation
import TestSupport

/// A minimal RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF line ends. Written here so the test does not trust the writer.
func readCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r": continue
        case "\n": row.append(field); rows.append(row); row = []; field = ""
        default: field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// Every line of `index.jsonl`, as JSON objects.
func indexLines(_ out: URL) throws -> [[String: Any]] {
    let text = try String(contentsOf: out.appendingPathComponent("index.jsonl"), encoding: .utf8)
    return try text.split(separator: "\n").map {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
}

/// The number of cells (grid and extra rows) a report JSON holds.
func cellCount(_ json: [String: Any]) -> Int {
    (json["tables"] as! [[String: Any]]).reduce(0) { sum, table in
        let columns = (table["columns"] as! [Any]).count
        let rows = (table["rows"] as! [Any]).count + (table["extra_rows"] as! [Any]).count
        return sum + rows * columns
    }
}
