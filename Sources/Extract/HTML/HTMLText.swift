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

    var isBlank: Bool { raw.allSatisfy { $0.isWhitespace || $0 == Self.lineBreak } }

    mutating func append(_ text: String) { raw += text }
    mutating func breakLine() { raw.append(Self.lineBreak) }
    mutating func clear() { raw = "" }

    /// The paragraph's text, folded.
    var folded: String {
        var out = ""
        var pendingSpace = false
        var pendingHasLineEnd = false
        for ch in raw {
            if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" || ch == "\r\n" || ch == "\u{0C}" {
                pendingSpace = true
                if ch == "\n" || ch == "\r" || ch == "\r\n" { pendingHasLineEnd = true }
                continue
            }
            if pendingSpace {
                let dropped = pendingHasLineEnd && (out.last.map(Self.isWide) ?? false) && Self.isWide(ch)
                if !dropped { out.append(" ") }
                pendingSpace = false
                pendingHasLineEnd = false
            }
            out.append(ch)
        }
        return out.split(separator: Self.lineBreak, omittingEmptySubsequences: false)
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

    /// CJK ideographs, kana, Hangul and full-width forms and punctuation.
    static func isWide(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }
}
