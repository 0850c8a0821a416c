import FoundationEssentials

/// Reads the word list `pdftotext -tsv` writes back into lines of text.
///
/// `-tsv` writes one word per line with its page, flow, block, line and bounding box
/// (`level page_num par_num block_num line_num word_num left top width height conf text`).
/// Read as a TAB table, its coordinates (`460.90`, `13.00`, `100`) came out as the report's
/// numbers. Here the words of each text line (a `###LINE###` record and the level-5 words
/// after it) are joined with a space and the pages separated by a form feed, which gives
/// what plain `pdftotext` gives: one text line per line, one table cell per line.
enum PdftotextTSV {
    static let header = "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

    /// The text the word list holds, or `nil` when `text` is not a `pdftotext -tsv` dump.
    static func rewrite(_ text: String) -> String? {
        let start = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        guard start.hasPrefix(header) else { return nil }
        var out: [String] = []
        var line: [Substring] = []
        var pages = 0
        func flush() {
            if !line.isEmpty { out.append(line.joined(separator: " ")); line = [] }
        }
        for record in start.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst() {
            let fields = record.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
            guard fields.count == 12 else { continue }
            switch fields[0] {
            case "1":
                flush()
                pages += 1
                if pages > 1 { out.append("\u{0C}") }
            case "4":
                flush()
            case "5":
                let word = fields[11].trimmingSpaces()
                if !word.isEmpty { line.append(Substring(word)) }
            default:
                break
            }
        }
        flush()
        // A form feed starts the first line of its page, as pdftotext writes it.
        var joined = ""
        for (i, l) in out.enumerated() {
            if l == "\u{0C}" { joined += "\u{0C}"; continue }
            joined += l
            if i + 1 < out.count { joined += "\n" }
        }
        return joined
    }
}
