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
            ("checks", .array(report.checks.map(check))),
            ("repairs", .array(report.repairs.map { r in
                .object([("table", .string(r.table)), ("row", .string(r.row)), ("action", .string(r.action))])
            })),
            ("warnings", .array(report.warnings.map(JSONValue.string))),
        ]).write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// A finding, keys in this order; `inputs` cells as `{cell, value, raw}` (and `report` for
    /// another report's cell), text spans as `{section, text}`.
    static func check(_ c: Check) -> JSONValue {
        func text(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        func decimal(_ s: String?) -> JSONValue {
            guard let s else { return .null }
            return FixedPoint(s) != nil ? .number(s) : .string(s)
        }
        let inputs: [JSONValue] = c.inputs.map { i in
            if let cell = i.cell {
                var members: [(String, JSONValue)] = [("cell", .string(cell)), ("value", i.value.map(JSONValue.number) ?? .null),
                                                      ("raw", .string(i.raw ?? ""))]
                if let report = i.report { members.append(("report", .string(report))) }
                return .object(members)
            }
            return .object([("section", text(i.section)), ("text", text(i.text))])
        }
        let location: JSONValue = c.location.map { l in
            .object([("table", text(l.table)), ("row", text(l.row)), ("section", text(l.section)),
                     ("line", l.line.map { .number(String($0)) } ?? .null), ("page", l.page.map { .number(String($0)) } ?? .null)])
        } ?? .null
        return .object([
            ("rule", .string(c.rule)), ("at", .string(c.at)), ("ok", c.ok.map(JSONValue.bool) ?? .null),
            ("severity", .string(c.severity.rawValue)), ("message", .string(c.message)),
            ("expected", decimal(c.expected)), ("actual", decimal(c.actual)),
            ("cause", text(c.cause?.rawValue)), ("if_blank_zero", c.ifBlankZero.map(JSONValue.bool) ?? .null),
            ("inputs", .array(inputs)), ("location", location),
        ])
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        write(to: &bytes, indent: indent)
        out += String(decoding: bytes, as: UTF8.self)
    }

    static func spaces(_ n: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
    }

    func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                JSONValue.spaces(indent + 2, &out)
                item.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (i < items.count - 1 ? ",\n" : "\n").utf8)
            }
            JSONValue.spaces(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in members.enumerated() {
                JSONValue.spaces(indent + 2, &out)
                JSONValue.writeString(key, to: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (i < members.count - 1 ? ",\n" : "\n").utf8)
            }
            JSONValue.spaces(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes a JSON string literal; bytes that need no escape are copied as they are.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
