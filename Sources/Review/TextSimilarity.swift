/// How alike two reports' prose is, from 0 to 1: the Dice coefficient of their character
/// bigrams, counted with repetition (2 × shared bigrams / (bigrams of one + of the other)).
/// Before counting, white space and punctuation are dropped and every run of digits (years,
/// dates, counts) becomes one `#`, so a report copied with its years and numbers changed
/// still reads as the same text. Linear in the texts' length; 1 for two empty texts.
public enum TextSimilarity {
    public static func of(_ a: String, _ b: String) -> Double {
        let x = bigrams(masked(a)), y = bigrams(masked(b))
        let total = x.values.reduce(0, +) + y.values.reduce(0, +)
        guard total > 0 else { return 1 }
        var shared = 0
        for (gram, n) in x { shared += min(n, y[gram] ?? 0) }
        return Double(2 * shared) / Double(total)
    }

    /// The text as compared: digits runs as `#`, white space and punctuation dropped.
    static func masked(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var inDigits = false
        for s in text.unicodeScalars {
            if s.properties.numericType != nil, s.properties.generalCategory == .decimalNumber || ("〇" == s) {
                if !inDigits { out.append("#") }
                inDigits = true
                continue
            }
            inDigits = false
            if s.properties.isWhitespace { continue }
            switch s.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .control, .format:
                continue
            default: out.append(s)
            }
        }
        return out
    }

    static func bigrams(_ s: [Unicode.Scalar]) -> [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        guard s.count >= 2 else {
            if let only = s.first { out[UInt64(only.value)] = 1 }
            return out
        }
        for i in 0..<(s.count - 1) { out[UInt64(s[i].value) << 32 | UInt64(s[i + 1].value), default: 0] += 1 }
        return out
    }
}
