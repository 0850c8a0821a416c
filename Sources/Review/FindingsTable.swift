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

    static func make(_ result: ReviewResult) -> ReviewSheet {
        var file = ReviewSheet(header: header, numeric: numericColumns)
        var records: [String: ReportRecord] = [:]
        for r in result.reports where records[r.path] == nil { records[r.path] = r }
        for f in result.findings {
            let record = records[f.path]
            let c = f.check
            file.append([
                f.path, record?.organ ?? "", record?.year.map(String.init) ?? "", c.rule, c.at,
                c.ok.map { $0 ? "true" : "false" } ?? "null", c.severity.rawValue, c.cause?.rawValue ?? "",
                c.expected ?? "", c.actual ?? "", c.message, c.location?.line.map(String.init) ?? "",
                f.fingerprint, f.decision?.rawValue ?? "", f.comment ?? "",
            ])
        }
        return file
    }
}
