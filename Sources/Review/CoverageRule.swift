import Batch
import Normalize

/// `coverage`: which organ × year has a report.
/// - At `<year>`, severity `info`, `ok: false`: a year between an organ's first and last
///   report with no report ("缺少 2021 年度报告"), on the first report after the gap.
/// - At `organ` or `year`, `info`, `ok: false`: a report that names no organ or no year, so
///   no check across reports places it.
/// - At `failed`, `warning`, `ok: false`: an input that could not be converted (a `failed`
///   line of `index.jsonl`, or a file `review` could not read), on that input's path.
enum CoverageRule {
    static let rule = "coverage"

    static func findings(_ groups: OrganGroups<ReviewSource>, failed: [FailedInput]) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for key in groups.keys {
            let reports = groups.groups[key] ?? []
            let years = Set(reports.map { $0.year! })
            guard let first = years.min(), let last = years.max(), last > first else { continue }
            for year in first...last where !years.contains(year) {
                guard let after = reports.first(where: { $0.year! > year }) else { continue }
                var check = Check(rule: rule, at: String(year), ok: false, severity: .info,
                                  message: "缺少\(after.organ ?? key) \(year) 年度报告（该机关有 \(first)–\(last) 年度报告）")
                check.cause = .source
                out.append(ReviewFinding(path: after.path, check: check))
            }
        }
        for report in groups.ungrouped {
            let missing = report.organKey == nil ? "organ" : "year"
            let what = missing == "organ" ? "机关" : "年度"
            var check = Check(rule: rule, at: missing, ok: false, severity: .info,
                              message: "报告未写明\(what)，未纳入跨报告核对")
            check.cause = .source
            out.append(ReviewFinding(path: report.path, check: check))
        }
        for input in failed {
            var check = Check(rule: rule, at: "failed", ok: false, severity: .warning,
                              message: "未能转换：\(input.reason)")
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
