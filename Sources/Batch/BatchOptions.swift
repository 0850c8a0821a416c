import Extract
import FoundationEssentials

/// What a batch run is asked to do.
public struct BatchOptions: Sendable {
    /// Files and folders; folders are walked recursively.
    public var paths: [String]
    public var outputDirectory: URL
    /// Files converted at the same time (worker threads).
    public var jobs: Int
    /// Convert every input even when its outputs are current.
    public var force: Bool
    /// Also store every report in this SQLite database.
    public var sqlitePath: String?
    public var limits: ReadLimits
    /// The converter's version, recorded in the index: outputs written by another version are not current.
    public var version: String
    /// The `nianbao` executable, run as a child process to check the inputs a dead run left in
    /// flight (`CrashCheck`). Without it those inputs are converted again in this process,
    /// one at a time and first, and never marked as crashing.
    public var executable: String?
    /// Stops the run cleanly when requested (the command line requests it on SIGINT and SIGTERM).
    public var stop: BatchStop?

    public init(paths: [String], outputDirectory: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                force: Bool = false, sqlitePath: String? = nil, limits: ReadLimits = .standard, version: String,
                executable: String? = nil, stop: BatchStop? = nil) {
        self.paths = paths
        self.outputDirectory = outputDirectory
        self.jobs = jobs
        self.force = force
        self.sqlitePath = sqlitePath
        self.limits = limits
        self.version = version
        self.executable = executable
        self.stop = stop
    }
}

/// What a batch run did.
public struct BatchSummary: Sendable {
    /// Every input found, including files skipped by name.
    public var total = 0
    public var converted = 0
    /// Inputs whose outputs from an earlier run are current.
    public var upToDate = 0
    /// Files whose names are none of `BatchInput.extensions`.
    public var notReports = 0
    /// This run's inputs by kind of name (`DOCX`, `PDF`, `text`, `HTML`, `MHT`, `.doc`, `.wps`,
    /// `.odt`, `.rtf`, `other`).
    public var kinds: [String: Int] = [:]
    /// LibreOffice processes started to convert legacy inputs ahead of the workers (inputs
    /// converted one at a time after a failed run are not counted).
    public var libreOfficeRuns = 0
    public var failed = 0
    /// Failed inputs by kind of failure (`damaged DOCX`, …), paths in input order.
    public var failures: [String: [String]] = [:]
    /// Reports (converted or current) with at least one failing check.
    public var failingReports = 0
    /// The first `shownFailing` of them in input order, and their failing checks (the rest
    /// are in `index.jsonl`; a run over many files keeps no more than these).
    public var failingChecks: [(path: String, checks: [String])] = []
    public static let shownFailing = 10
    /// Rows written to `cells.csv`, header excluded.
    public var cellRows = 0
    public var seconds: Double = 0
    /// Inputs of earlier runs into the same OUTDIR, not given this time, whose entries (and
    /// cells) were kept because their outputs are still there.
    public var earlier = 0
    /// The signal that stopped the run early (SIGINT, SIGTERM), `nil` when it ran to the end.
    public var interrupted: Int32?

    /// ` (120 DOCX, 80 PDF, 30 text, 10 .doc)`: the inputs by kind of name, in the order of
    /// `BatchInput.kinds`, `other` last; empty when there are none.
    var kindCounts: String {
        let order = BatchInput.kinds.map(\.shown) + ["other"]
        let parts = order.compactMap { kind in kinds[kind].map { "\($0) \(kind)" } }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    /// The lines printed at the end of a run.
    public var lines: [String] {
        var out = ["\(total) inputs\(kindCounts) in \(NumberText.fixed(seconds, places: 1)) s: \(converted) converted, \(upToDate) up to date, "
                   + "\(failed) failed, \(notReports) skipped (not a kind batch reads)"
                   + (earlier > 0 ? "; \(earlier) inputs of earlier runs kept" : "")]
        for (group, paths) in failures.sorted(by: { $0.value.count > $1.value.count || ($0.value.count == $1.value.count && $0.key < $1.key) }) {
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? ", …" : "")
            out.append("  failed, \(group): \(paths.count) (\(shown))")
        }
        if failingReports > 0 {
            out.append("\(failingReports) reports whose checks fail:")
            for (path, checks) in failingChecks.prefix(Self.shownFailing) {
                out.append("  \(path): " + checks.prefix(4).joined(separator: ", ") + (checks.count > 4 ? ", … (\(checks.count))" : ""))
            }
            let more = failingReports - min(failingChecks.count, Self.shownFailing)
            if more > 0 { out.append("  … and \(more) more (see index.jsonl)") }
        }
        return out
    }
}
