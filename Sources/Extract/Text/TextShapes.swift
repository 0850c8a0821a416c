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
        return s.filter { !Characters.isSpace($0) }.count >= 2
    }

    /// True when the line starts with a space character (layout indentation).
    static func isIndented(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return Characters.isSpace(first)
    }

    /// The width the line takes on screen, counting East Asian wide characters as 2.
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += Characters.isWide(scalar) ? 2 : 1 }
        return width
    }

    private static func trimmedLeading(_ text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars.drop { Characters.isSpace($0) || $0 == "\t" })
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
            while index < scalars.count, Characters.isSpace(scalars[index]) || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { break }
            let start = index
            var end = index
            while index < scalars.count {
                let c = scalars[index]
                if c == "\u{3000}" || c == "\t" { break }
                if Characters.isSpace(c) {
                    let next = index + 1
                    if next >= scalars.count || Characters.isSpace(scalars[next]) || scalars[next] == "\t" { break }
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
        for i in start...end where i == end || Characters.isSpace(scalars[i]) {
            if i > pieceStart { pieces.append((pieceStart, i)) }
            pieceStart = i + 1
        }
        let numeric = pieces.map { Characters.isNumber(scalars[$0.0..<$0.1]) }
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
}
