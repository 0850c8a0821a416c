/// The character classes every reader and the normalizer share, each defined once.
///
/// Where two readers need different answers on purpose, there are two predicates with names
/// that say the difference (`isSpace` / `isSpaceOrTab` / `isWhitespace`, `isWide` /
/// `joinsWithoutSpace`, `isNumber` / `isNumberLike`), never two copies of one name.
public enum Characters {
    // MARK: - Spaces

    /// The horizontal spaces that make a line blank and pad layout columns: SPACE, NO-BREAK
    /// SPACE, the typographic spaces U+2000–U+200A, ZERO WIDTH SPACE, NARROW NO-BREAK SPACE,
    /// MEDIUM MATHEMATICAL SPACE, IDEOGRAPHIC SPACE and the BOM (ZERO WIDTH NO-BREAK SPACE),
    /// all of which converters and word processors leave in Chinese text.
    ///
    /// TAB is not one: in text a TAB separates table columns, so the text reader counts it
    /// apart (use `isSpaceOrTab` where a TAB is just a space). Line breaks are not one either.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// `isSpace` or TAB: the spaces inside a cell or a paragraph, where a TAB carries no column.
    @inline(__always)
    public static func isSpaceOrTab(_ s: Unicode.Scalar) -> Bool { s == "\t" || isSpace(s) }

    /// Any white space, line breaks included (Unicode's White_Space, so TAB, LF, VT, FF, CR,
    /// NEL, U+2028, U+2029 and OGHAM SPACE MARK too), plus the zero-width spaces `isSpace`
    /// has: what a PDF glyph or a cell key may drop without losing text.
    @inline(__always)
    public static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace || isSpace(s) }

    // MARK: - Scripts and widths

    /// Han ideographs: CJK Unified Ideographs, Extension A, the supplementary-plane
    /// extensions and compatibility ideographs (U+20000–U+2FA1F). Not punctuation, kana or
    /// full-width forms.
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    /// Takes two cells on screen (East Asian Wide and Fullwidth): Hangul Jamo, CJK radicals
    /// and punctuation, kana, ideographs, Yi, Hangul syllables, compatibility ideographs,
    /// vertical and full-width forms, the supplementary ideograph planes; plus the
    /// ambiguous-width quotes, dashes and ellipsis U+2014–U+2026, which Chinese fonts set full
    /// width. Half-width forms (U+FF61–U+FFDC) take one cell.
    ///
    /// For display width (layout columns in text); for whether a space belongs between two
    /// characters use `joinsWithoutSpace`.
    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2014...0x2026, 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Characters written with no space beside them in Chinese text: Han and CJK
    /// punctuation, kana, full- and half-width forms, the supplementary ideograph planes, and
    /// the quotes, dashes, ellipsis, middle dots, bullets and circled numbers Chinese text uses.
    /// A glyph gap or a source line break between two of these is no space.
    ///
    /// Hangul is not one: Korean separates words with spaces (CSS keeps a segment break
    /// between Hangul for the same reason).
    public static func joinsWithoutSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        case 0x2014, 0x2015, 0x2018...0x201F, 0x2026, 0x00B7, 0x2022, 0x25CF, 0x2460...0x24FF: return true
        default: return false
        }
    }

    /// Full-width digits and Latin letters (`２０２４`, `ＰＤＦ`), not full-width punctuation.
    @inline(__always)
    public static func isFullWidthAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }

    /// The ASCII form of a full-width ASCII character (U+FF01–U+FF5E); any other scalar as it is.
    @inline(__always)
    public static func foldedWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
    }

    // MARK: - Digits and numbers

    /// `0`…`9` only.
    @inline(__always)
    public static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// `0`…`9` or their full-width forms `０`…`９`, which some sources type.
    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { isASCIIDigit(s) || (0xFF10...0xFF19).contains(s.value) }

    /// A decimal number as tables print it: `3119`, `1,362`, `96171.6`, `-2`, `+3`, `12%`.
    /// Full-width forms (`６６`, `１．５`) count as their ASCII ones. A comma or point must
    /// follow a digit, only one point, no comma after the point, and the number ends in a
    /// digit (before the `%`): `1.`, `,1`, `1.2.3` and `-` are not numbers.
    public static func isNumber<C: Collection>(_ scalars: C) -> Bool where C.Element == Unicode.Scalar {
        var s = ArraySlice(scalars.map(foldedWidth))
        if let c = s.first, c == "-" || c == "+" { s.removeFirst() }
        if s.last == "%" { s.removeLast() }
        guard let first = s.first, isASCIIDigit(first) else { return false }
        var seenPoint = false
        var previous: Unicode.Scalar = first
        for c in s.dropFirst() {
            if isASCIIDigit(c) {
            } else if c == "," && !seenPoint && isASCIIDigit(previous) {
            } else if c == "." && !seenPoint && isASCIIDigit(previous) {
                seenPoint = true
            } else {
                return false
            }
            previous = c
        }
        return isASCIIDigit(previous)
    }

    public static func isNumber(_ text: String) -> Bool { isNumber(text.unicodeScalars) }

    /// Looser than `isNumber`: a cell that, white space dropped, is only digits (ASCII or
    /// full-width) and `.,+-%`, in any order. A lone `-` counts (tables print it for "none"),
    /// and so do `1 234` and `1.2.3`, which PDF cells hold when glyphs split or run together.
    /// Empty text does not.
    public static func isNumberLike(_ text: String) -> Bool {
        let s = text.unicodeScalars.filter { !isWhitespace($0) }
        return !s.isEmpty && s.allSatisfy { isDigit($0) || ".,+-%".unicodeScalars.contains($0) }
    }

    // MARK: - Lines

    private static let cjkNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// True when the text, leading spaces and TABs aside, starts with a numbering mark:
    /// `一、`, `（一）`, `(1)`, `（１）`, `1.`, `1．`, `1、`, `12.`. A digit mark has at most two
    /// digits (`2024、` starts a sentence about a year) and no digit after its point (`1.5万元`).
    public static func startsWithHeadingMarker(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.drop(while: isSpaceOrTab).prefix(12))
        guard let first = s.first else { return false }
        if cjkNumerals.contains(first) {
            var i = 0
            while i < s.count, cjkNumerals.contains(s[i]) { i += 1 }
            return i < s.count && s[i] == "、"
        }
        if first == "（" || first == "(" {
            var i = 1
            while i < s.count, cjkNumerals.contains(s[i]) || isDigit(s[i]) { i += 1 }
            return i > 1 && i < s.count && (s[i] == "）" || s[i] == ")")
        }
        if isDigit(first) {
            var i = 0
            while i < s.count, isDigit(s[i]) { i += 1 }
            guard i <= 2, i < s.count, s[i] == "." || s[i] == "．" || s[i] == "、" else { return false }
            return i + 1 >= s.count || !isDigit(s[i + 1])
        }
        return false
    }

    private static let pageDashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]

    /// True for a line that is only a page number. White space is ignored, full-width forms
    /// count as ASCII, a number has one to four digits, and the line at most 20 characters.
    ///
    /// Always: `-3-`, `- 3 -`, `— 12 —`, `－３－`, `第3页`, `第 3 页 共 6 页` (also with `，`,
    /// `、` or `/` between), `共6页 第3页`, `Page 3`, `Page 3 of 6`.
    ///
    /// With `bare`, also a number with a dash on one side or none (`3`, `-3`) and `3/6`: right
    /// for a PDF line at the page's edge, wrong in text, where a line `3` or `-2` is a table
    /// value, so the text reader passes `bare: false`.
    public static func isPageNumber(_ text: String, bare: Bool) -> Bool {
        let s = Array(text.unicodeScalars.filter { !isWhitespace($0) }.map(foldedWidth))
        guard !s.isEmpty, s.count <= 20 else { return false }
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < s.count, isASCIIDigit(s[i]) { i += 1 }
            return i > start && i - start <= 4
        }
        func take(_ c: Unicode.Scalar) -> Bool { if i < s.count, s[i] == c { i += 1; return true }; return false }
        func takeSeparator() { _ = take(",") || take("，") || take("、") || take("/") }
        // -3-, and with `bare` 3, -3, 3/6
        while i < s.count, pageDashes.contains(s[i]) { i += 1 }
        let leading = i
        if digits() {
            let afterDigits = i
            while i < s.count, pageDashes.contains(s[i]) { i += 1 }
            if i == s.count && ((leading > 0 && i > afterDigits) || bare) { return true }
            if bare, take("/"), digits(), i == s.count { return true }
        }
        // 第3页(共6页) / 共6页第3页
        i = 0
        if take("第"), digits(), take("页") {
            if i == s.count { return true }
            takeSeparator()
            if take("共"), digits(), take("页"), i == s.count { return true }
        }
        i = 0
        if take("共"), digits(), take("页") {
            takeSeparator()
            if take("第"), digits(), take("页"), i == s.count { return true }
        }
        // Page 3 (of 6)
        let lower = s.map { (0x41...0x5A).contains($0.value) ? Unicode.Scalar($0.value + 0x20)! : $0 }
        if lower.starts(with: "page".unicodeScalars) {
            i = 4
            if digits() {
                if i == s.count { return true }
                if lower[i...].starts(with: "of".unicodeScalars) { i += 2; if digits(), i == s.count { return true } }
            }
        }
        return false
    }
}

extension StringProtocol {
    /// Without the spaces and tabs at either end: Unicode's space separators (Zs) and TAB, the
    /// set Foundation calls `whitespaces`.
    public func trimmingSpaces() -> String { trimming { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator } }

    /// Without white space and line breaks at either end: the space, line and paragraph
    /// separators (Z*), TAB, LF, VT, FF, CR and NEL, the set Foundation calls
    /// `whitespacesAndNewlines`.
    public func trimmingWhitespace() -> String {
        trimming { s in
            switch s.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return (0x09...0x0D).contains(s.value) || s.value == 0x85
            }
        }
    }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !drop($0) })!
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[first...last])
        return String(kept)
    }
}
