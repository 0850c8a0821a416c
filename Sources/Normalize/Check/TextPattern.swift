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
    /// The scalars a match can begin with, or nil when it can begin with any (or be empty):
    /// a search tries the pattern only where the text holds one of them.
    let starts: StartScalars?

    init(_ pieces: Piece...) { self.init(anyOf: [pieces]) }
    init(anyOf alternatives: [[Piece]]) {
        self.alternatives = alternatives
        var starts = StartScalars()
        for pieces in alternatives {
            guard let first = TextPattern.starts(of: pieces[...]) else {
                self.starts = nil
                return
            }
            starts.formUnion(first)
        }
        self.starts = starts
    }
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

    /// Whether a match may start at `i` (false only where none can).
    @inline(__always)
    private func mayStart(_ s: Substring.UnicodeScalarView, _ i: String.Index) -> Bool {
        guard let starts else { return true }
        return i < s.endIndex && starts.contains(s[i])
    }

    /// The leftmost match.
    func firstMatch(in text: Substring) -> Match? {
        let s = text.unicodeScalars
        var i = s.startIndex
        while true {
            if mayStart(s, i), let m = match(in: text, at: i) { return m }
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
            if mayStart(s, i), let m = match(in: text, at: i) {
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

    /// The scalars a match of `pieces` can begin with; nil when it can begin with any scalar
    /// or match nothing at all (a gap, white space, an empty word, no pieces).
    private static func starts(of pieces: ArraySlice<Piece>) -> StartScalars? {
        guard let piece = pieces.first else { return nil }
        var out = StartScalars()
        switch piece {
        case .word(let words), .optional(let words):
            for w in words {
                guard let first = w.unicodeScalars.first else { return nil }
                out.insert(first)
            }
            if case .optional = piece {
                guard let rest = starts(of: pieces.dropFirst()) else { return nil }
                out.formUnion(rest)
            }
        case .gap, .spaces:
            return nil
        case .digits(let n):
            guard n > 0 else { return starts(of: pieces.dropFirst()) }
            for u in "0123456789".unicodeScalars { out.insert(u) }
        case .notFollowedBy:
            return starts(of: pieces.dropFirst())
        case .number:
            for u in "0123456789０１２３４５６７８９".unicodeScalars { out.insert(u) }
            for u in numerals { out.insert(u) }
        }
        return out
    }

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

/// A set of scalars as a 256-bit filter on their low byte: a scalar not in the set is told
/// apart with one bit test (the prose's common scalars differ in their low byte); one that
/// only shares a low byte with a member passes, and the pattern is then tried in vain.
struct StartScalars: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ u: Unicode.Scalar) {
        let low = u.value & 0xFF, bit = UInt64(1) << (low & 63)
        switch low >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    mutating func formUnion(_ other: StartScalars) {
        bits = (bits.0 | other.bits.0, bits.1 | other.bits.1, bits.2 | other.bits.2, bits.3 | other.bits.3)
    }

    @inline(__always)
    func contains(_ u: Unicode.Scalar) -> Bool {
        let low = u.value & 0xFF, bit = UInt64(1) << (low & 63)
        switch low >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}

extension Substring {
    /// Whether the text holds one of `words` (one pass over it).
    func holdsAny(_ words: [String]) -> Bool { TextPattern.words(words).occurs(in: self) }
}
