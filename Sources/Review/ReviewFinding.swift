import Batch
import Normalize

/// A finding as the review lists it: the report it is on (for a finding across reports, the
/// later report), the finding itself, and the reviewer's decision on it, if any.
public struct ReviewFinding: Sendable, Equatable {
    /// The canonical path of the report the finding is on.
    public var path: String
    /// The finding (fixed once made: its fingerprint is computed from it).
    public let check: Check
    /// The fingerprint decisions are keyed by (`Fingerprint.of(check)`).
    public let fingerprint: String
    /// The reviewer's decision from `decisions.csv` whose fingerprint and path match, if any.
    public var decision: Decision?
    /// The reviewer's comment beside the decision.
    public var comment: String?

    public init(path: String, check: Check, decision: Decision? = nil, comment: String? = nil) {
        self.path = path
        self.check = check
        fingerprint = Fingerprint.of(check)
        self.decision = decision
        self.comment = comment
    }

    /// What a reviewer decided about a finding.
    public enum Decision: String, Sendable, Equatable {
        /// The finding is a real fault of the report: it stays open.
        case confirmed
        /// Not a fault (explained, accepted): it is no longer open.
        case dismissed
    }

    /// The rules of the checks across reports (the one-report checks come from the reports' JSON).
    public static func isAcrossReports(_ rule: String) -> Bool {
        rule.hasPrefix("cross_year.") || rule.hasPrefix("cross_report.") || rule.hasPrefix("hierarchy.") || rule == "coverage"
    }

    /// Failing: `ok` false, or `ok` null on a `cross_year` rule (a chain that cannot be
    /// followed is something to look at; a one-report check's null is its own blanks' matter).
    public var isFailing: Bool { check.isFailing }

    /// Failing and not dismissed by the reviewer.
    public var isOpen: Bool { isFailing && decision != .dismissed }
}
