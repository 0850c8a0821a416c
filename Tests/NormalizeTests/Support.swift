import Extract
import Foundation
import Normalize

/// Finds the repository's `samples/` relative to this file, so tests need no bundle copy.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let dir = root.appendingPathComponent("samples")

    static func url(_ relative: String) -> URL { dir.appendingPathComponent(relative) }

    /// The names of files in a samples folder with an extension, sorted.
    static func files(in folder: String, ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }

    static func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(relative))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func convert(_ relative: String) throws -> Report {
        try Converter.convert(contentsOf: url(relative), displayPath: relative)
    }

    /// The report as JSON objects, the way another tool would read it.
    static func reportJSON(_ report: Report) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(JSONWriter.write(report).utf8)) as! [String: Any]
    }
}

/// Every cell of a JSON report, addressed `table.row.column`, with its value.
func cellValues(_ doc: [String: Any]) -> [String: Any] {
    var out: [String: Any] = [:]
    for t in doc["tables"] as? [[String: Any]] ?? [] {
        let id = t["id"] as! String
        let columns = (t["columns"] as! [[String: Any]]).map { $0["key"] as! String }
        for r in t["rows"] as! [[String: Any]] {
            let key = r["key"] as! String
            for (c, v) in zip(columns, r["values"] as! [Any]) { out["\(id).\(key).\(c)"] = v }
        }
    }
    return out
}

/// True when two JSON scalars are the same value (numbers compared as numbers).
func sameJSON(_ a: Any?, _ b: Any?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (is NSNull, is NSNull): return true
    case (let x as NSNumber, let y as NSNumber): return x.decimalValue == y.decimalValue
    case (let x as String, let y as String): return x == y
    default: return false
    }
}
