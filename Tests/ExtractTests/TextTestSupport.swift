import Foundation
@testable import Extract

/// Fixture paths and document views shared by the text-reader tests.
enum TextFixtures {
    /// The repository root, found from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repoRoot.appendingPathComponent("../shared/seeds").standardizedFileURL
    static let samples = repoRoot.appendingPathComponent("samples/text")

    static func seed(_ name: String) throws -> Document {
        try TextReader.read(data: Data(contentsOf: seeds.appendingPathComponent(name)))
    }

    static func sample(_ name: String) throws -> Document {
        try TextReader.read(data: Data(contentsOf: samples.appendingPathComponent(name)))
    }
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
