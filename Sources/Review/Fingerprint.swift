import Foundation
import Normalize

/// A finding's fingerprint: what a reviewer's decision is attached to. It is the SHA-256 (hex,
/// first 16 digits) of the rule, `at`, and the inputs in order (each cell's address and
/// value, each text span's section and text), then `expected` and `actual`, joined with the
/// unit separator U+001F. It does not hold the report's path (a decision also names its
/// path, and both must match) nor the message's wording, so rewording a message keeps
/// decisions, while a finding whose numbers changed has a new fingerprint and opens again.
/// The same finding gives the same fingerprint in every process and on every machine.
public enum Fingerprint {
    /// Hex digits kept: 64 bits, ample for the findings of one collection.
    static let digits = 16

    public static func of(_ check: Check) -> String {
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
        return String(SHA256.hex(Data(parts.joined(separator: "\u{1F}").utf8)).prefix(digits))
    }
}
