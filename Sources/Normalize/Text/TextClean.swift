import Extract

/// Clean-up of Chinese text as extraction leaves it.
///
/// Every function returns its input unchanged (and cheaply) when nothing needs doing.
public enum TextClean {
    /// Folds full-width ASCII forms (U+FF01…U+FF5E) to ASCII and U+3000 to a space.
    public static func foldWidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xFF01 && $0.value <= 0xFF5E || $0.value == 0x3000 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0xFF01 && s.value <= 0xFF5E, let a = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(a)
            } else if s.value == 0x3000 {
                out.append(" ")
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// Folds full-width digits and Latin letters (`２０２４`, `ＰＤＦ`) to ASCII and leaves the
    /// rest, full-width punctuation (`（）`, `：`) included: what a title reads with.
    public static func foldAlphanumerics(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: Characters.isFullWidthAlphanumeric) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            Characters.isFullWidthAlphanumeric($0) ? Characters.foldedWidth($0) : $0
        }))
    }

    /// Removes the spaces that extraction inserts between two Han characters and between a
    /// Han character and a digit (`2024 年` → `2024年`, `结果 维持` → `结果维持`); trims the ends.
    /// Spaces between Latin words, and next to punctuation, stay.
    public static func removeExtractionSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: Characters.isSpaceOrTab) else { return text }
        // An array, not a `String.UnicodeScalarView`: appending a run of scalars to the view
        // copies all of it (quadratic on a long line of `1 1 1 …`).
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if Characters.isSpaceOrTab(s) && s != "\t" {
                var j = i
                while j < scalars.count && Characters.isSpaceOrTab(scalars[j]) && scalars[j] != "\t" { j += 1 }
                let before = out.last
                let after = j < scalars.count ? scalars[j] : nil
                let atEdge = before == nil || after == nil
                var drop = atEdge
                if let b = before, let a = after {
                    drop = (Characters.isHan(b) && (Characters.isHan(a) || Characters.isASCIIDigit(a))) || (Characters.isASCIIDigit(b) && Characters.isHan(a))
                }
                if !drop { out.append(contentsOf: scalars[i..<j]) }
                i = j
            } else {
                out.append(s)
                i += 1
            }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// Appends `next` to `text`, which `removeExtractionSpaces` has already cleaned, giving
    /// `removeExtractionSpaces(text + next)` in time linear in `next` alone. The cleaning is
    /// a left-to-right scan in which a space run's fate depends only on the scalar output before
    /// it and the scalar after it, and cleaned text has no space at either end, so the cleaned
    /// part stays as it is and only `next`, after `text`'s last scalar, needs the scan.
    static func appendRemovingExtractionSpaces(_ next: String, to text: inout String) {
        guard let last = text.unicodeScalars.last else {
            text = removeExtractionSpaces(next)
            return
        }
        let tail = removeExtractionSpaces(String(Character(last)) + next)
        // `+=` on a String grows it in place; `unicodeScalars.append(contentsOf:)` copies it.
        text += String(String.UnicodeScalarView(tail.unicodeScalars.dropFirst()))
    }

    /// A paragraph's text as the normalized output shows it: trimmed, extraction spaces removed.
    public static func paragraph(_ text: String) -> String {
        removeExtractionSpaces(text.trimmingSpaces())
    }

    /// A cell's text as `raw` keeps it: all white space removed, full-width ASCII folded.
    public static func cellRaw(_ text: String) -> String {
        String(String.UnicodeScalarView(foldWidth(text).unicodeScalars.filter { !Characters.isSpaceOrTab($0) && $0 != "\n" && $0 != "\r" }))
    }

    /// The key used to compare labels: no white space, full-width folded, brackets unified,
    /// quotes and a few separators dropped. `（三）不予 公开` → `(三)不予公开`.
    public static func matchKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in foldWidth(text).unicodeScalars {
            if Characters.isSpaceOrTab(s) || s == "\n" || s == "\r" { continue }
            switch s {
            case "\u{201C}", "\u{201D}", "\"", "'", "\u{2018}", "\u{2019}", "\u{300C}", "\u{300D}": continue
            case "\u{3001}": out.append(",")  // 、
            case "\u{FF0C}": out.append(",")
            case "\u{3010}", "[": out.append("(")
            case "\u{3011}", "]": out.append(")")
            default: out.append(s)
            }
        }
        return String(out)
    }
}

extension String {
    /// The string without leading and trailing white space (ASCII, NBSP, U+3000, line breaks).
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Characters.isSpaceOrTab($0) && $0 != "\n" && $0 != "\r" }) else { return "" }
        let last = scalars.lastIndex(where: { !Characters.isSpaceOrTab($0) && $0 != "\n" && $0 != "\r" })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}

extension String {
    /// Whether `needle` occurs in the string, compared as UTF-8 bytes: the label keys are
    /// short and already normalized, and this avoids Foundation's locale-aware search.
    func has(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                if n.isEmpty { return true }
                if n.count > h.count { return false }
                let first = n[0]
                var i = 0
                let last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
