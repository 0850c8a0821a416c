import Batch
import Extract
import FoundationEssentials
import Glibc
import Review

/// `nianbao batch`: many reports in, one output folder out (see `BatchEngine`).
struct BatchCommand: Command {
    static let spec = CommandSpec(
        name: "batch",
        abstract: "Convert files and folders of reports in parallel into OUTDIR.",
        discussion: """
        Folders are walked recursively; .docx, .pdf, .txt, .html, .htm, .mht, .mhtml, .doc, .wps, .odt and .rtf \
        files are converted, others skipped and counted; legacy files (.doc, .wps, .odt, .rtf) go through \
        LibreOffice first, one process per 50 files. \
        For each input, OUTDIR/<path relative to its PATH argument>.json and .txt (as `convert` writes them); \
        OUTDIR/index.jsonl (one line per input) and OUTDIR/cells.csv (one row per cell) describe every input \
        converted into OUTDIR by any run, inputs named by their absolute paths with symbolic links resolved. \
        Inputs whose outputs are current (same content hash, same nianbao version) are skipped unless --force. \
        SIGINT or SIGTERM stops the run cleanly (inputs in flight are left for the next run), so rerunning \
        resumes. One batch at a time writes into an OUTDIR.
        Then the checks across reports (as `review` runs them) over every report converted into OUTDIR: \
        OUTDIR/findings.csv, OUTDIR/reports.csv and the review page OUTDIR/review.html (--xlsx FILE: a workbook too), \
        OUTDIR/decisions.csv applied, and with --sqlite the findings \
        in its checks table on the later report's path.
        Exit status: 0 every input converted (or current); 1 some inputs failed, or --fail-on is given and an \
        open failing finding of that severity or graver exists; 64 usage error \
        (no PATH, no -o, a PATH that does not exist, a bad --jobs or limit, an organs file that cannot be used); \
        74 OUTDIR or the database cannot be written, or another batch is using OUTDIR; 130 stopped by SIGINT, 143 by SIGTERM.
        """,
        synopsis: "PATH... -o OUTDIR [--jobs N] [--force] [--sqlite FILE.db] [--organs FILE.csv] [--fail-on error|warning] [--quiet] [<options>]",
        options: [
            .value("output", short: "o", help: "The output folder (created if missing)."),
            .value("jobs", short: "j",
                   help: "Files converted at once (default: the number of cores, \(ProcessInfo.processInfo.activeProcessorCount) here)."),
            .flag("force", help: "Convert every input, even those whose outputs are current."),
            .value("sqlite", help: "Also store every report in this SQLite database (updated in place)."),
            .flag("quiet", short: "q", help: "No progress and no summary on standard error."),
        ] + ReviewOptions.options + LimitOptions.options,
        arguments: ArgumentSpec(name: "paths", help: "Report files and folders.", repeats: true, missing: "no PATH given"))

    /// The exit status of a usage error, as for the other commands (BSD's EX_USAGE).
    static let usageStatus = UsageError.status
    /// The exit status when OUTDIR or the database cannot be written, or is in use (EX_IOERR).
    static let writeStatus: Int32 = 74

    var output: String
    var jobs: Int
    var force: Bool
    var sqlite: String?
    var quiet: Bool
    var review: ReviewOptions
    var limits: LimitOptions
    var paths: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        paths = arguments.positionals
        if paths.isEmpty { throw UsageError("no PATH given") }
        guard let output = arguments.string("output") else { throw UsageError("no output folder given (-o OUTDIR)") }
        self.output = output
        jobs = try arguments.int("jobs", default: ProcessInfo.processInfo.activeProcessorCount)
        if jobs < 1 { throw UsageError("--jobs must be at least 1") }
        force = arguments.flag("force")
        sqlite = arguments.string("sqlite")
        quiet = arguments.flag("quiet")
        review = ReviewOptions(arguments)
        limits = try LimitOptions(arguments)
    }

    func run() -> Int32 {
        // Read before the batch runs: a bad organs file is a usage error, not a surprise after an hour.
        let organs = review.organDirectory(usage: BatchCommand.usageStatus)
        let stop = BatchStop.onSignals()
        let options = BatchOptions(paths: paths, outputDirectory: URL(fileURLWithPath: output, isDirectory: true),
                                   jobs: jobs, force: force, sqlitePath: sqlite,
                                   limits: limits.readLimits, version: NianbaoVersion.string, executable: BatchCommand.executable,
                                   stop: stop)
        let summary: BatchSummary
        do {
            summary = try BatchEngine.run(options, observer: quiet ? nil : ProgressPrinter.automatic)
        } catch let error as BatchError {
            Diagnostics.fail(error.description, code: error.isUsageError ? BatchCommand.usageStatus : BatchCommand.writeStatus)
        } catch {
            Diagnostics.fail("\(error)", code: 1)
        }
        if let signal = summary.interrupted {
            // The shell's convention for a process ended by a signal: 128 + its number.
            BatchCommand.stopped("stopped by \(BatchStop.name(signal)): \(summary.converted + summary.upToDate + summary.failed + summary.notReports) "
                             + "of \(summary.total) inputs done, the rest left for the next run (rerun the same command to finish)",
                             code: 128 + signal)
        }
        if !quiet {
            StandardStream.error.write(summary.lines.map { "nianbao: \($0)\n" }.joined())
        }
        let failing = reviewOutputs(organs: organs)
        return summary.failed > 0 || failing ? 1 : 0
    }

    /// The review over everything in OUTDIR, its outputs written there (and its findings in
    /// the database); true when `--fail-on` fails the run.
    func reviewOutputs(organs: OrganDirectory) -> Bool {
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        let loaded = ReviewInputs.outputs(in: directory, organs: organs)
        let result = CrossReportReview.run(sources: loaded.sources, failed: loaded.failed, organs: organs,
                                           decisions: ReviewOptions.decisions(in: directory, extra: nil, usage: BatchCommand.usageStatus))
        do {
            try ReviewOutputs.write(result, to: directory, workbook: review.workbook)
            if let sqlite { try ReviewStore.store(result, database: sqlite) }
        } catch {
            Diagnostics.fail("\(error)", code: BatchCommand.writeStatus)
        }
        if !quiet { StandardStream.error.write("nianbao: \(result.summaryLine)\n") }
        return review.failOn.map { result.fails(on: $0.severity) } ?? false
    }

    /// Prints the one line of a stopped run and exits with `code` at once: `_exit`, not
    /// `exit`, because workers may still be converting the inputs that were in flight, and
    /// exit handlers must not tear down libraries under them.
    static func stopped(_ message: String, code: Int32) -> Never {
        StandardStream.error.write("nianbao: \(message)\n")
        _exit(code)
    }

    /// This executable, for the crash checks' child processes (`/proc/self/exe` resolved, so
    /// the child is this very binary even if `PATH` or the working folder would find another).
    static var executable: String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first.map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
    }
}
