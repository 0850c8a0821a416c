import Extract

/// A phrase the prose checks look for (`收到…申请`, `12件`, `未发生`), written as pieces in order
/// instead of a regular expression: the few shapes the statements need (a choice of words, an
/// optional word, a short gap, a count), matched by plain backtracking over the text's scalars.
///
/// A `Regex` built from a string is parsed and compiled at run time, in every process: for the
/// thirty phrases of one report that cost more than reading the report's tables. These patterns
/// cost nothing to make, and match the way the expressions they replace did: leftmost first,
/// the choices of a piece tried in their order, an optional word taken when the rest still
/// matches, a gap as short as the rest allows.
struct TextPattern: Sendable {
    enum Piece: Sendable {
        /// One of these words (tried in order).
        case word([String])
        /// One of these words, or nothing when the rest matches only without it.
        case optional([String])
        /// At most `max` characters, none of them in `except`: as few as the rest allows.
        case gap(max: Int, except: Set<Unicode.Scalar>)
        /// Exactly this many ASCII digits.
        case digits(Int)
        /// Any run of white space, as long as possible.
        case spaces
        /// Matches nothing, and fails where one of these words follows (`规章` not `规章制度`).
        case notFollowedBy([String])
        /// A count's number: ASCII or full-width digits (thousands may be grouped, `1,234`), or
        /// Chinese numerals (`十二`). The match's `number`.
        case number
    }

    struct Match {
        var range: Range<String.Index>
        /// Where the `number` piece matched, if the pattern has one.
        var number: Range<String.Index>?
    }

    /// Alternatives, tried in order at each position.
    let alternatives: [[Piece]]

    init(_ pieces: Piece...) { alternatives = [pieces] }
    init(anyOf alternatives: [[Piece]]) { self.alternatives = alternatives }
    /// One of the words: the pattern of a word list.
    static func words(_ words: [String]) -> TextPattern { TextPattern(.word(words)) }

    /// What a gap in a phrase does not cross: a clause's end and a number.
    static let clauseOrNumber: Set<Unicode.Scalar> = Set("，。；,0123456789０１２３４５６７８９".unicodeScalars)
    /// What a gap in a sentence does not cross: a clause's end.
    static let clause: Set<Unicode.Scalar> = Set("，。；".unicodeScalars)

    // MARK: - Matching

    /// The match starting exactly at `start`.
    func match(in text: Substring, at start: String.Index) -> Match? {
        let s = text.unicodeScalars
        for pieces in alternatives {
            var number: Range<String.Index>?
            if let end = run(pieces[...], s, start, &number) { return Match(range: start..<end, number: number) }
        }
        return nil
    }

    /// The leftmost match.
    func firstMatch(in text: Substring) -> Match? {
        let s = text.unicodeScalars
        var i = s.startIndex
        while true {
            if let m = match(in: text, at: i) { return m }
            if i == s.endIndex { return nil }
            s.formIndex(after: &i)
        }
    }

    /// Every match, left to right, none overlapping the one before.
    func matches(in text: Substring) -> [Match] {
        let s = text.unicodeScalars
        var out: [Match] = []
        var i = s.startIndex
        while true {
            if let m = match(in: text, at: i) {
                out.append(m)
                if m.range.isEmpty {
                    if i == s.endIndex { break }
                    s.formIndex(after: &i)
                } else {
                    i = m.range.upperBound
                }
                continue
            }
            if i == s.endIndex { break }
            s.formIndex(after: &i)
        }
        return out
    }

    func occurs(in text: Substring) -> Bool { firstMatch(in: text) != nil }

    private func run(_ pieces: ArraySlice<Piece>, _ s: Substring.UnicodeScalarView, _ i: String.Index,
                     _ number: inout Range<String.Index>?) -> String.Index? {
        guard let piece = pieces.first else { return i }
        let rest = pieces.dropFirst()
        switch piece {
        case .word(let words), .optional(let words):
            for w in words {
                if let end = TextPattern.prefixEnd(of: w, in: s, at: i), let e = run(rest, s, end, &number) { return e }
            }
            if case .optional = piece { return run(rest, s, i, &number) }
            return nil
        case .gap(let max, let except):
            var j = i
            for taken in 0...max {
                if let e = run(rest, s, j, &number) { return e }
                if taken == max || j == s.endIndex || except.contains(s[j]) { return nil }
                s.formIndex(after: &j)
            }
            return nil
        case .digits(let n):
            var j = i
            for _ in 0..<n {
                guard j < s.endIndex, Characters.isASCIIDigit(s[j]) else { return nil }
                s.formIndex(after: &j)
            }
            return run(rest, s, j, &number)
        case .spaces:
            var ends = [i]
            var j = i
            while j < s.endIndex, s[j].properties.isWhitespace {
                s.formIndex(after: &j)
                ends.append(j)
            }
            for end in ends.reversed() { if let e = run(rest, s, end, &number) { return e } }
            return nil
        case .notFollowedBy(let words):
            if words.contains(where: { TextPattern.prefixEnd(of: $0, in: s, at: i) != nil }) { return nil }
            return run(rest, s, i, &number)
        case .number:
            // A run of one kind, as long as possible: what follows a count (a unit) is never a
            // digit or a numeral, so a shorter run never lets the rest match where this does not.
            guard i < s.endIndex else { return nil }
            var j = i
            if Characters.isDigit(s[i]) {
                while j < s.endIndex, Characters.isDigit(s[j]) || s[j] == "," || s[j] == "，" { s.formIndex(after: &j) }
            } else if TextPattern.numerals.contains(s[i]) {
                while j < s.endIndex, TextPattern.numerals.contains(s[j]) { s.formIndex(after: &j) }
            } else {
                return nil
            }
            let saved = number
            number = i..<j
            if let e = run(rest, s, j, &number) { return e }
            number = saved
            return nil
        }
    }

    static let numerals: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千".unicodeScalars)

    /// Where `word` ends if it starts at `i`.
    static func prefixEnd(of word: String, in s: Substring.UnicodeScalarView, at i: String.Index) -> String.Index? {
        var j = i
        for u in word.unicodeScalars {
            guard j < s.endIndex, s[j] == u else { return nil }
            s.formIndex(after: &j)
        }
        return j
    }
}

extension Substring {
    /// Whether the text holds one of `words` (one pass over it).
    func holdsAny(_ words: [String]) -> Bool { TextPattern.words(words).occurs(in: self) }
}
