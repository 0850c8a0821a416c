import Batch
import Normalize

/// The review of a collection: every report's own findings and the checks across reports
/// (`CarriedOverRule`, `InForceRule`, `CopyRule`, `SharpChangeRule`, `DuplicateRule`,
/// `CoverageRule`, `HierarchySumRule`), with the reviewer's decisions applied. Reports are
/// compared only within their organ's group, consecutive years pairwise, so the work grows
/// with the number of reports, not its square.
public enum CrossReportReview {
    public static func run(_ records: [ReportRecord], failed: [FailedInput] = [], organs: OrganDirectory = OrganDirectory(),
                           decisions: Decisions = Decisions()) -> ReviewResult {
        let reports = records.map { ReviewedReport($0, organs: organs) }
        let groups = OrganGroups(reports)
        var findings: [ReviewFinding] = []
        for report in reports.sorted(by: { OrganGroups.pathOrder($0.path, $1.path) }) {
            findings += report.record.checks.map { ReviewFinding(path: report.path, check: $0) }
        }
        for pair in YearPair.all(in: groups) {
            findings += CarriedOverRule.findings(pair)
            findings += InForceRule.findings(pair)
            findings += CopyRule.findings(pair)
            findings += SharpChangeRule.findings(pair)
        }
        findings += DuplicateRule.findings(groups)
        findings += HierarchySumRule.findings(groups, organs: organs)
        findings += CoverageRule.findings(groups, failed: failed)
        // Stable: a report's own checks first, in their order, then the ones across reports.
        let ordered = findings.enumerated().sorted { a, b in
            a.element.path != b.element.path ? OrganGroups.pathOrder(a.element.path, b.element.path) : a.offset < b.offset
        }.map(\.element)
        return ReviewResult(reports: reports.sorted { OrganGroups.pathOrder($0.path, $1.path) }.map(\.record),
                            organCount: groups.groups.count, findings: decisions.apply(to: ordered), organs: organs)
    }
}

/// What a review found.
public struct ReviewResult: Sendable {
    /// The reports, by path.
    public var reports: [ReportRecord]
    /// Organs with at least one report that names its organ and year.
    public var organCount: Int
    /// Every finding, by path, then each report's own checks in order, then those across reports.
    public var findings: [ReviewFinding]
    public var organs: OrganDirectory

    /// The failing findings not dismissed.
    public var open: [ReviewFinding] { findings.filter(\.isOpen) }

    /// True when an open failing finding is of `severity` or graver (`--fail-on`).
    public func fails(on severity: Check.Severity) -> Bool {
        findings.contains { $0.isOpen && $0.check.severity <= severity }
    }

    /// `review: 120 reports, 35 organs; 4 errors, 12 warnings open` (and infos, when there are any).
    public var summaryLine: String {
        let open = self.open
        func count(_ s: Check.Severity, _ one: String, _ many: String) -> String {
            let n = open.filter { $0.check.severity == s }.count
            return "\(n) \(n == 1 ? one : many)"
        }
        return "review: \(reports.count) reports, \(organCount) organs; \(count(.error, "error", "errors")), "
            + "\(count(.warning, "warning", "warnings")), \(count(.info, "info", "infos")) open"
    }
}
