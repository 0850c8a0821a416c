/// Small, shape-level facts about one line: headings, widths, space-aligned segments.
/// Nothing here interprets what a table means.
enum TextShapes {
    private static let cjkNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// True for a top-level heading such as `四、政府信息公开行政复议、行政诉讼情况`: CJK
    /// numerals, `、`, then at least two more characters (so a lone `三、` label is not one).
    static func isSectionHeading(_ text: String) -> Bool {
        var s = trimmedLeading(text)[...]
        var numerals = 0
        while let c = s.first, cjkNumerals.contains(c) { s.removeFirst(); numerals += 1 }
        guard numerals > 0, s.first == "、" else { return false }
        s.removeFirst()
        return s.filter { !TextLines.isSpace($0) }.count >= 2
    }

    /// True when the line starts with a numbering mark: `一、`, `（一）`, `(1)`, `1.`, `1、`.
    static func startsWithHeadingMarker(_ text: String) -> Bool {
        let s = trimmedLeading(text)
        guard let first = s.first else { return false }
        if cjkNumerals.contains(first) {
            var i = 0
            while i < s.count, cjkNumerals.contains(s[i]) { i += 1 }
            return i < s.count && s[i] == "、"
        }
        if first == "（" || first == "(" {
            var i = 1
            while i < s.count, cjkNumerals.contains(s[i]) || isASCIIDigit(s[i]) { i += 1 }
            return i > 1 && i < s.count && (s[i] == "）" || s[i] == ")")
        }
        if isASCIIDigit(first) {
            var i = 0
            while i < s.count, isASCIIDigit(s[i]) { i += 1 }
            guard i < s.count, s[i] == "." || s[i] == "．" || s[i] == "、" else { return false }
            return i + 1 >= s.count || !isASCIIDigit(s[i + 1])
        }
        return false
    }

    /// True when the line starts with a space character (layout indentation).
    static func isIndented(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return TextLines.isSpace(first)
    }

    /// The width the line takes on screen, counting East Asian wide characters as 2.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += isWide(scalar) ? 2 : 1 }
        return width
    }

    /// East Asian wide and fullwidth characters, plus the ambiguous-width quotes, dashes and
    /// ellipsis (U+2014–U+2026), which Chinese fonts set full width.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2014...0x2026, 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool { isWide(scalar) }

    private static func trimmedLeading(_ text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars.drop { TextLines.isSpace($0) || $0 == "\t" })
    }

    // MARK: - Space-aligned segments

    /// A run of text between runs of two or more spaces (or an ideographic space), with the
    /// character offsets it occupies in its line. `pdftotext -layout` gives every character,
    /// CJK or not, one cell of its grid, so character offsets line up down a page.
    struct Segment: Equatable {
        var text: String
        var start: Int
        var end: Int
        var isNumeric: Bool
        /// True for a number split off the end of a line without runs of spaces (`2.重复申请 1 0 0`,
        /// as pdfplumber and markitdown write a table row): its offset shows no column.
        var unplaced = false
        var center: Double { Double(start + end) / 2 }
    }

    static func segments(of text: String) -> [Segment] {
        let scalars = Array(text.unicodeScalars)
        var result: [Segment] = []
        var runs: [(Int, Int)] = []
        var index = 0
        while index < scalars.count {
            // Skip a separator run.
            while index < scalars.count, TextLines.isSpace(scalars[index]) || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            var end = index
            while index < scalars.count {
                let c = scalars[index]
                if c == "\u{3000}" || c == "\t" { break }
                if TextLines.isSpace(c) {
                    let next = index + 1
                    if next >= scalars.count || TextLines.isSpace(scalars[next]) || scalars[next] == "\t" { break }
                    index += 1
                    continue
                }
                index += 1
                end = index
            }
            runs.append((start, end))
        }
        // In a line of several runs (a table line) a label may run into its first value. A line
        // of one run is a table row only when it ends in three numbers or more (`2.重复申请 1 0 0
        // 0 0 0 1`, one space apart as pdfplumber writes rows); those numbers have no column.
        for run in runs {
            appendSplittingNumbers(scalars, start: run.0, end: run.1, splitTrailing: true,
                                   minTrailing: runs.count >= 2 ? 1 : 3, unplaced: runs.count == 1, to: &result)
        }
        return result
    }

    /// Appends one segment, or its numbers one by one when it is only numbers separated by
    /// single spaces (`0 0 0`).
    private static func appendSplittingNumbers(_ scalars: [Unicode.Scalar], start: Int, end: Int,
                                               splitTrailing: Bool = false, minTrailing: Int = 1, unplaced: Bool = false,
                                               to result: inout [Segment]) {
        var pieces: [(Int, Int)] = []
        var pieceStart = start
        for i in start...end where i == end || TextLines.isSpace(scalars[i]) {
            if i > pieceStart { pieces.append((pieceStart, i)) }
            pieceStart = i + 1
        }
        let numeric = pieces.map { isNumber(scalars[$0.0..<$0.1]) }
        // A label run into the first value with one space (`…政府信息公开 11`, a narrow label
        // column): the trailing numbers after Chinese text are values of their own.
        if splitTrailing, pieces.count > 1, let firstNumber = numeric.firstIndex(of: true), firstNumber > 0,
           pieces.count - firstNumber >= minTrailing,
           numeric[firstNumber...].allSatisfy({ $0 }), numeric[..<firstNumber].allSatisfy({ !$0 }),
           let lastText = scalars[pieces[firstNumber - 1].0..<pieces[firstNumber - 1].1].last,
           lastText.properties.isIdeographic || "）)、，".unicodeScalars.contains(lastText) {
            appendSplittingNumbers(scalars, start: start, end: pieces[firstNumber - 1].1, to: &result)
            for piece in pieces[firstNumber...] {
                result.append(Segment(text: string(scalars[piece.0..<piece.1]), start: piece.0, end: piece.1, isNumeric: true,
                                      unplaced: unplaced))
            }
            return
        }
        if pieces.count > 1, numeric.allSatisfy({ $0 }) {
            for (piece, _) in zip(pieces, numeric) {
                result.append(Segment(text: string(scalars[piece.0..<piece.1]), start: piece.0, end: piece.1, isNumeric: true))
            }
        } else {
            result.append(Segment(text: string(scalars[start..<end]), start: start, end: end,
                                  isNumeric: pieces.count == 1 && numeric[0]))
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// A decimal number as tables print it: `3119`, `1,362`, `96171.6`, `-2`, `12%`.
    /// Full-width forms (`６６`, `１．５`) count as their ASCII ones: a source typed them.
    static func isNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var s = ArraySlice(scalars.map { (0xFF01...0xFF5E).contains($0.value) ? Unicode.Scalar($0.value - 0xFEE0)! : $0 })
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
}
