import Batch
import Normalize

/// `coverage`: which organ × year has a report.
/// - At `<year>`, severity `info`, `ok: false`: a year between an organ's first and last
///   report with no report ("no report for 2021"), on the first report after the gap.
/// - At `organ` or `year`, `info`, `ok: false`: a report that names no organ or no year, so
///   no check across reports places it.
/// - At `failed`, `warning`, `ok: false`: an input that could not be converted (a `failed`
///   line of `index.jsonl`, or a file `review` could not read), on that input's path.
enum CoverageRule {
    static let rule = "coverage"

    static func findings(_ groups: OrganGroups, failed: [FailedInput]) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for key in groups.keys {
            let reports = groups.groups[key] ?? []
            let years = Set(reports.map { $0.year! })
            guard let first = years.min(), let last = years.max(), last > first else { continue }
            for year in first...last where !years.contains(year) {
                guard let after = reports.first(where: { $0.year! > year }) else { continue }
                var check = Check(rule: rule, at: String(year), ok: false, severity: .info,
                                  message: "no report for \(year) of \(after.record.organ ?? key) (reports for \(first)–\(last))")
                check.cause = .source
                out.append(ReviewFinding(path: after.path, check: check))
            }
        }
        for report in groups.ungrouped {
            let missing = report.organKey == nil ? "organ" : "year"
            let what = missing == "organ" ? "names no organ" : "states no year"
            var check = Check(rule: rule, at: missing, ok: false, severity: .info,
                              message: "the report \(what); it is left out of the checks across reports")
            check.cause = .source
            out.append(ReviewFinding(path: report.path, check: check))
        }
        for input in failed {
            var check = Check(rule: rule, at: "failed", ok: false, severity: .warning,
                              message: "not converted: \(input.reason)")
            check.cause = .conversion
            out.append(ReviewFinding(path: input.path, check: check))
        }
        return out
    }
}

/// An input that could not be read as a report, and why (one line).
public struct FailedInput: Sendable, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
