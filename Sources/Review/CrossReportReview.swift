import Batch
import Normalize

/// The review of a collection: every report's own findings and the checks across reports
/// (`CarriedOverRule`, `InForceRule`, `CopyRule`, `SharpChangeRule`, `DuplicateRule`,
/// `CoverageRule`, `HierarchySumRule`), with the reviewer's decisions applied. Reports are
/// compared only within their organ's group, consecutive years pairwise, so the work grows
/// with the number of reports, not its square.
///
/// Memory grows little with the number of reports: the review keeps each report's
/// `ReviewSource` (a few hundred bytes) and, for each finding across reports, its place in a
/// spill file (`AcrossFindings`); each organ's records are read one at a time for its rules,
/// at most three kept (`groupFindings`; a worker per core, a group each), and the writers
/// read the records again in path order (`ReviewResult.forEach`).
public enum CrossReportReview {
    /// The review of reports held in memory (tests, a few files converted in this process).
    public static func run(_ records: [ReportRecord], failed: [FailedInput] = [], organs: OrganDirectory = OrganDirectory(),
                           decisions: Decisions = Decisions()) -> ReviewResult {
        run(sources: records.map { ReviewSource($0, organs: organs) }, failed: failed, organs: organs, decisions: decisions)
    }

    public static func run(sources: [ReviewSource], failed: [FailedInput] = [], organs: OrganDirectory = OrganDirectory(),
                           decisions: Decisions = Decisions()) -> ReviewResult {
        let groups = OrganGroups(sources)
        let reviewed: @Sendable (ReviewSource) -> ReviewedReport? = { $0.load().map { ReviewedReport($0, organs: organs) } }
        let across = AcrossFindings(decisions: decisions.index)
        // Each group's findings go to the spill file as the group is done (a path's findings
        // all come from its organ's group, so groups may finish in any order).
        let added = ParallelWork.map(groups.keys) { key -> String? in
            spilled { try across.add(groupFindings(groups.groups[key] ?? [], load: reviewed)) }
        }
        var problem = added.lazy.compactMap { $0 }.first
        problem = problem ?? spilled { try across.add(HierarchySumRule.findings(groups, organs: organs, load: reviewed)) }
        problem = problem ?? spilled { try across.add(CoverageRule.findings(groups, failed: failed)) }
        return ReviewResult(sources: sources, organCount: groups.groups.count, across: across, spillProblem: problem,
                            organs: organs, decisions: decisions.index)
    }

    /// `nil` when `body` ran, else what went wrong writing the spill file.
    private static func spilled(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return "\(error)" }
    }
}

extension CrossReportReview {
    /// The findings within one organ's group (its members by year, then path): each report
    /// paired with the first report of the year before (`YearPair`: the `cross_year` rules),
    /// then each year's second and later reports against its first (`DuplicateRule`).
    ///
    /// The members are read one at a time and only the first report of the current and the
    /// previous year are kept, so a group of any size holds at most three records (a
    /// collection of one organ's copies had 860 reports in a group, 458 MB held at once).
    static func groupFindings(_ members: [ReviewSource], load: (ReviewSource) -> ReviewedReport?) -> [ReviewFinding] {
        var pairs: [ReviewFinding] = []
        var duplicates: [ReviewFinding] = []
        // The first report of the latest year met, and of the year met before it (members come
        // by year, so a year's first report is met before any later year's).
        var first: (year: Int, report: ReviewedReport)?
        var before: (year: Int, report: ReviewedReport)?
        for (i, member) in members.enumerated() {
            FreeMemory.release(after: i + 1)
            guard let report = load(member), let year = report.year else { continue }
            if let first, first.year == year {
                duplicates.append(DuplicateRule.finding(first: first.report, other: report, year: year))
            } else {
                before = first
                first = (year, report)
            }
            if let before, before.year == year - 1 {
                let pair = YearPair(last: before.report, this: report)
                pairs += CarriedOverRule.findings(pair)
                pairs += InForceRule.findings(pair)
                pairs += CopyRule.findings(pair)
                pairs += SharpChangeRule.findings(pair)
            }
        }
        return pairs + duplicates
    }
}

/// What a review found: each report's source, the findings across reports in memory, and
/// each report's own findings read again from its record as the writers go
/// (`forEach`), so a review of any number of reports holds no more than a window of records.
public struct ReviewResult: Sendable {
    /// The reports, by path.
    public let sources: [ReviewSource]
    /// Organs with at least one report that names its organ and year.
    public let organCount: Int
    public let organs: OrganDirectory
    let decisions: Decisions.Index
    /// The findings across reports by path, in the rules' order, decisions applied.
    let across: AcrossFindings
    /// Why the findings across reports could not all be kept (a spill file that could not
    /// be written); the writers fail with it rather than leave findings out.
    let spillProblem: String?
    /// Every path with a report or a finding, in byte order.
    let paths: [String]
    /// Open failing findings by severity, over every report's own and those across reports.
    public let openCounts: [Check.Severity: Int]
    /// The paths with at least one open failing finding.
    let openPaths: Set<String>
    /// The paths of inputs that could not be converted (`coverage@failed`), in path order.
    let failedPaths: [String]

    init(sources: [ReviewSource], organCount: Int, across: AcrossFindings, spillProblem: String?, organs: OrganDirectory,
         decisions: Decisions.Index) {
        self.sources = sources.enumerated().sorted { a, b in
            a.element.path != b.element.path ? pathOrder(a.element.path, b.element.path) : a.offset < b.offset
        }.map(\.element)
        self.organCount = organCount
        self.organs = organs
        self.decisions = decisions
        var counts = across.openCounts
        var openPaths = across.openPaths
        for source in sources {
            for own in source.failing where decisions.isEmpty
                || decisions.decision(fingerprint: Fingerprint.text(own.fingerprint), path: source.path)?.decision != .dismissed {
                counts[own.severity, default: 0] += 1
                openPaths.insert(source.path)
            }
        }
        self.across = across
        self.spillProblem = spillProblem
        paths = Set(sources.map(\.path)).union(across.paths).sorted(by: pathOrder)
        openCounts = counts
        self.openPaths = openPaths
        failedPaths = paths.filter(across.failedPaths.contains)
    }

    /// The reports of one path, each with its record (`nil` when it could not be read
    /// again), and every finding on the path: each report's own checks in order, then
    /// those across reports in the rules' order.
    public struct Entry: Sendable {
        public var path: String
        public var reports: [(source: ReviewSource, record: ReportRecord?)]
        public var findings: [ReviewFinding]
    }

    /// How many records are read ahead on worker threads while the writers take one entry.
    static let window = 64

    /// Hands `body` every path's entry, in path order, records read a window at a time;
    /// throws `BatchError.cannotWrite` when the findings across reports cannot be read back.
    public func forEach(_ body: (Entry) throws -> Void) throws {
        if let spillProblem { throw BatchError.cannotWrite("the findings across reports could not be kept: \(spillProblem)") }
        // `sources` and `paths` are both in path order: a path's sources are the next ones.
        var nextSource = 0
        var start = 0
        while start < paths.count {
            let slice = Array(paths[start..<min(start + Self.window, paths.count)])
            let first = nextSource
            var end = first
            while end < sources.count, let last = slice.last, !pathOrder(last, sources[end].path) { end += 1 }
            let records = ParallelWork.map(Array(sources[first..<end])) { $0.load() }
            for path in slice {
                var entry = Entry(path: path, reports: [], findings: [])
                while nextSource < end, sources[nextSource].path == path {
                    let source = sources[nextSource]
                    let record = records[nextSource - first]
                    nextSource += 1
                    entry.reports.append((source, record))
                    entry.findings += decisions.apply(to: (record?.checks ?? []).map { ReviewFinding(path: path, check: $0) })
                }
                entry.findings += try across.findings(on: path)
                try body(entry)
            }
            start += Self.window
        }
    }

    /// Hands `body` the findings across reports, by path (no record is read).
    public func forEachAcross(_ body: (ReviewFinding) throws -> Void) throws {
        if let spillProblem { throw BatchError.cannotWrite("the findings across reports could not be kept: \(spillProblem)") }
        for path in paths { try across.findings(on: path).forEach(body) }
    }

    /// Every finding, by path (read from every record: for a review of a few reports).
    public var findings: [ReviewFinding] {
        get throws {
            var out: [ReviewFinding] = []
            try forEach { out += $0.findings }
            return out
        }
    }

    /// The failing findings not dismissed, by path.
    public var open: [ReviewFinding] {
        get throws {
            var out: [ReviewFinding] = []
            try forEach { out += $0.findings.filter(\.isOpen) }
            return out
        }
    }

    /// True when an open failing finding is of `severity` or graver (`--fail-on`).
    public func fails(on severity: Check.Severity) -> Bool {
        openCounts.contains { $0.key <= severity && $0.value > 0 }
    }

    /// `review: 120 reports, 35 organs; 4 errors, 12 warnings open` (and infos, when there are any).
    public var summaryLine: String {
        func count(_ s: Check.Severity, _ one: String, _ many: String) -> String {
            let n = openCounts[s] ?? 0
            return "\(n) \(n == 1 ? one : many)"
        }
        return "review: \(sources.count) reports, \(organCount) organs; \(count(.error, "error", "errors")), "
            + "\(count(.warning, "warning", "warnings")), \(count(.info, "info", "infos")) open"
    }
}
