import Normalize

/// A finding's fingerprint: what a reviewer's decision is attached to. It is the 64-bit
/// FNV-1a hash (offset basis 0xcbf29ce484222325, prime 0x100000001b3, over UTF-8 bytes),
/// written as 16 lower-case hex digits, of the rule, `at`, the inputs in order (each cell as
/// `cell=ADDRESS=VALUE`, `null` for no number; each text span as `text=SECTION=TEXT`), then
/// `expected=…` and `actual=…`, joined with the unit separator U+001F. It holds neither the
/// report's path (a decision names its path too, and both must match) nor the message's
/// wording, so rewording a message keeps decisions, while a finding whose numbers changed
/// has a new fingerprint and opens again. The same finding gives the same fingerprint in
/// every process and on every machine. (FNV-1a, not SHA-256: a collection's tens of
/// thousands of findings are hashed on every run, and 64 bits within one path are ample.)
public enum Fingerprint {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    public static func of(_ check: Check) -> String { text(hash(check)) }

    /// The fingerprint as 16 lower-case hex digits.
    static func text(_ hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint as its number (eight bytes, where its text takes a heap string).
    static func hash(_ check: Check) -> UInt64 {
        var parts = [check.rule, check.at]
        for input in check.inputs {
            if let cell = input.cell {
                parts.append("cell=\(cell)=\(input.value ?? "null")")
            } else {
                parts.append("text=\(input.section ?? "")=\(input.text ?? "")")
            }
        }
        parts.append("expected=\(check.expected ?? "")")
        parts.append("actual=\(check.actual ?? "")")
        var hash = offsetBasis
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }
}
