/// Writes a `Report` as the JSON document of the contract §3: keys in the contract's order,
/// numbers from their decimal source text, two-space indentation, arrays of scalars on one
/// line. The same report always gives the same bytes.
public enum JSONWriter {
    public static func write(_ report: Report) -> String {
        var out = ""
        JSONValue.object([
            ("schema", .string("nianbao/1")),
            ("source", .object([("path", .string(report.source.path)), ("format", .string(report.source.format.rawValue)),
                                ("sha256", .string(report.source.sha256))])),
            ("title", report.title.map(JSONValue.string) ?? .null),
            ("organ", report.organ.map(JSONValue.string) ?? .null),
            ("year", report.year.map { .number(String($0)) } ?? .null),
            ("edition", .string(report.edition.rawValue)),
            ("sections", .array(report.sections.map { s in
                .object([("number", .string(s.number)), ("title", .string(s.title)), ("text", .string(s.text))])
            })),
            ("tables", .array(report.tables.map(table))),
            ("checks", .array(report.checks.map { c in
                .object([("rule", .string(c.rule)), ("at", .string(c.at)), ("ok", c.ok.map(JSONValue.bool) ?? .null),
                         ("message", .string(c.message))])
            })),
            ("repairs", .array(report.repairs.map { r in
                .object([("table", .string(r.table)), ("row", .string(r.row)), ("action", .string(r.action))])
            })),
            ("warnings", .array(report.warnings.map(JSONValue.string))),
        ]).write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    static func table(_ t: CanonicalTable) -> JSONValue {
        .object([
            ("id", .string(t.id)),
            ("title", .string(t.title)),
            ("columns", .array(t.columns.map { .object([("key", .string($0.key)), ("label", .string($0.label))]) })),
            ("rows", .array(t.rows.map { r in
                .object([("key", .string(r.key)), ("label", .string(r.label)), ("values", values(r.cells)), ("raw", raws(r.cells))])
            })),
            ("extra_rows", .array(t.extraRows.map { r in
                .object([("key", r.key.map(JSONValue.string) ?? .null), ("label", .string(r.label)),
                         ("values", values(r.cells)), ("raw", raws(r.cells))])
            })),
        ])
    }

    static func values(_ cells: [CellValue]) -> JSONValue { .array(cells.map { $0.number.map(JSONValue.number) ?? .null }) }
    static func raws(_ cells: [CellValue]) -> JSONValue { .array(cells.map { .string($0.raw) }) }
}

/// A JSON value whose numbers are kept as their decimal text.
enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.writeString(key, to: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
