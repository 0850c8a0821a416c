import Batch
import FoundationEssentials
import Normalize

/// `findings.csv`: one row per finding, each report's own checks and those across reports,
/// ordered by path, then by sequence (the report's checks in order, then the others), with
/// the fingerprint a decision is keyed by and the decision and comment in force.
enum FindingsTable {
    static let name = "findings.csv"
    static let header = ["path", "organ", "year", "rule", "at", "ok", "severity", "cause", "expected", "actual", "message",
                         "line", "fingerprint", "decision", "comment"]

    /// The columns holding numbers (year, expected, actual, line): the workbook stores them as numbers.
    static let numericColumns: Set<String> = ["year", "expected", "actual", "line"]

    /// The row of finding `f`, on the report `source` (`nil` for a failed input).
    static func row(_ f: ReviewFinding, source: ReviewSource?) -> [String] {
        let c = f.check
        return [
            f.path, source?.organ ?? "", source?.year.map(String.init) ?? "", c.rule, c.at,
            c.ok.map { $0 ? "true" : "false" } ?? "null", c.severity.rawValue, c.cause?.rawValue ?? "",
            c.expected ?? "", c.actual ?? "", c.message, c.location?.line.map(String.init) ?? "",
            f.fingerprint, f.decision?.rawValue ?? "", f.comment ?? "",
        ]
    }
}
