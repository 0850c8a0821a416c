/// A deterministic text dump of a `Document`, one block per line, for inspection and tests.
///
/// Paragraphs print as `P[style] text`; tables as `T geometry` followed by one line per row,
/// each cell as `@column+span` with `^` for a vertical-merge restart and `|` for a continuation.
public enum DocumentDump {
    public static func text(_ document: Document) -> String {
        var out = "document \(document.format.rawValue)"
            + (document.ocrPages.isEmpty ? "" : " (OCR: pages \(document.ocrPages.map(String.init).joined(separator: ", ")))") + "\n"
        for block in document.blocks { dump(block, indent: "", into: &out) }
        return out
    }

    static func dump(_ block: Block, indent: String, into out: inout String) {
        switch block {
        case .paragraph(let p):
            let style = p.style.map { "[\($0)]" } ?? ""
            out += "\(indent)P\(style) \(escape(p.text))\n"
        case .table(let t):
            dump(t, indent: indent, into: &out)
        }
    }

    static func dump(_ t: Table, indent: String, into out: inout String) {
        out += "\(indent)T \(t.geometry.rawValue) \(t.columnCount) columns\n"
        for row in t.rows {
            let cells = row.cells.map { c -> String in
                let merge = c.verticalMerge == .restart ? "^" : c.verticalMerge == .continuation ? "|" : ""
                return "@\(c.column)+\(c.columnSpan)\(merge) \(escape(c.text))"
            }
            out += "\(indent)  R\(row.isRepeatedHeader ? "h" : "") " + cells.joined(separator: " ‖ ") + "\n"
            for cell in row.cells {
                for nested in cell.nestedTables { dump(nested, indent: indent + "    ", into: &out) }
            }
        }
    }

    static func escape(_ s: String) -> String {
        s.replacing("\n", with: "⏎").replacing("\t", with: "⇥")
    }
}
