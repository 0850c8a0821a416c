/// Fenced code blocks of Markdown (```` ``` ```` or `~~~` lines and what they enclose) are
/// quoted code, not the document's text: a README that shows an excerpt of a report in a code
/// block is not a report. Converters never fence a report's own text.
enum MarkdownCode {
    /// `text` without its fenced code blocks. A fence that is never closed removes nothing
    /// (a stray ```` ``` ```` in a dump is not taken to swallow the rest of the report).
    static func removeFencedBlocks(_ text: String) -> String {
        guard text.contains("```") || text.contains("~~~") else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var keep = [Bool](repeating: true, count: lines.count)
        var open: (index: Int, marker: Character)?
        for (i, line) in lines.enumerated() {
            guard let marker = fence(line) else { continue }
            if let start = open {
                guard marker == start.marker else { continue }
                for k in start.index...i { keep[k] = false }
                open = nil
            } else {
                open = (i, marker)
            }
        }
        guard keep.contains(false) else { return text }
        return zip(lines, keep).filter(\.1).map(\.0).joined(separator: "\n")
    }

    /// The fence character when `line` is a code fence: up to three spaces, then at least
    /// three backticks or tildes.
    static func fence(_ line: Substring) -> Character? {
        let body = line.drop { $0 == " " }
        guard line.count - body.count <= 3, let first = body.first, first == "`" || first == "~" else { return nil }
        return body.prefix(3).allSatisfy { $0 == first } && body.count >= 3 ? first : nil
    }
}
