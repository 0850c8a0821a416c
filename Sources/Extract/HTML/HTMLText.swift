/// The inline text of one paragraph as it accumulates, and how HTML's whitespace folds.
///
/// Runs of spaces, tabs and line ends fold to one space, as a browser shows them; a run that
/// holds a line end between two Chinese characters disappears (CSS Text's rule for segment
/// breaks between wide characters: exporters such as LibreOffice wrap long lines of Chinese in
/// the source). `<br>` is a line break (`\n` in the paragraph). Each line is trimmed; empty
/// lines are dropped.
struct HTMLText {
    /// Marks a `<br>` in the accumulated text until it is folded.
    static let lineBreak: Character = "\u{2028}"

    private(set) var raw = ""

    var isBlank: Bool { raw.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    mutating func append(_ text: String) { raw += text }
    mutating func breakLine() { raw.append(Self.lineBreak) }
    mutating func clear() { raw = "" }

    /// The paragraph's text, folded (by Unicode scalars: grapheme breaking is slow on long pages).
    var folded: String {
        var out = String.UnicodeScalarView()
        var lastWide = false
        var pendingSpace = false
        var pendingHasLineEnd = false
        for s in raw.unicodeScalars {
            switch s.value {
            case 0x20, 0x09, 0x0C:
                pendingSpace = true
                continue
            case 0x0A, 0x0D:
                pendingSpace = true
                pendingHasLineEnd = true
                continue
            default:
                break
            }
            if pendingSpace {
                let dropped = pendingHasLineEnd && lastWide && Characters.joinsWithoutSpace(s)
                if !dropped { out.append(" ") }
                pendingSpace = false
                pendingHasLineEnd = false
            }
            out.append(s)
            lastWide = Characters.joinsWithoutSpace(s)
        }
        return String(out).split(separator: Self.lineBreak, omittingEmptySubsequences: false)
            .map { Self.trim($0) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Trims spaces and no-break spaces (`&nbsp;` pads cells and indents paragraphs).
    static func trim(_ s: Substring) -> String {
        var t = s
        while let f = t.first, f == " " || f == "\u{A0}" { t = t.dropFirst() }
        while let l = t.last, l == " " || l == "\u{A0}" { t = t.dropLast() }
        return String(t)
    }
}
