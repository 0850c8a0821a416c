import Foundation
@testable import Extract
import TestSupport

/// The text-reader tests' fixtures: the seeds in `samples/seeds`, the rest in `samples/text`.
enum TextFixtures {
    static func seed(_ name: String) throws -> Document { try Samples.textDocument("seeds/" + name) }

    static func sample(_ name: String) throws -> Document { try Samples.textDocument("text/" + name) }
}

extension Document {
    /// Each table as rows of cell texts.
    var tableTexts: [[[String]]] {
        blocks.compactMap { block in
            guard case .table(let table) = block else { return nil }
            return table.rows.map { $0.cells.map(\.text) }
        }
    }

    var tables: [Table] {
        blocks.compactMap { block in
            guard case .table(let table) = block else { return nil }
            return table
        }
    }

    var paragraphTexts: [String] {
        blocks.compactMap { block in
            guard case .paragraph(let paragraph) = block else { return nil }
            return paragraph.text
        }
    }

    /// A line-per-block dump for eyeballing: `P:` paragraphs, `T:` tables with `|`-joined rows.
    var debugDump: String {
        var out = ""
        for block in blocks {
            switch block {
            case .paragraph(let p): out += "P[\(p.page.map(String.init) ?? "-")]: \(p.text)\n"
            case .table(let t):
                out += "T[\(t.page.map(String.init) ?? "-")] \(t.rows.count)x\(t.columnCount)\n"
                for row in t.rows {
                    out += "  " + row.cells.map { $0.text.replacingOccurrences(of: "\n", with: "⏎") }.joined(separator: " | ") + "\n"
                }
            }
        }
        return out
    }
}
