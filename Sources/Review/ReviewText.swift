import Extract

/// Findings as lines for a terminal: `PATH: severity rule@at: message`, one per finding (the
/// message folded to one line), `[confirmed]` after one a reviewer confirmed.
public enum ReviewText {
    public static func lines(_ findings: [ReviewFinding]) -> String {
        findings.map { f in
            "\(f.path): \(f.check.severity.rawValue) \(f.check.rule)@\(f.check.at): \(OneLine.fold(f.check.message))"
                + (f.decision == .confirmed ? " [confirmed]" : "") + "\n"
        }.joined()
    }
}
