import ArgumentParser
import Batch
import Extract
import FoundationEssentials
import Normalize
import Review

/// `nianbao review`: the checks across reports (see `CrossReportReview`) over report files,
/// nianbao JSON outputs and folders.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Check reports against each other: carry-overs and roll-forwards across years, copies, sharp changes, duplicates, coverage, sums of children.",
        discussion: """
        PATHs are report files (converted as `convert` converts them), nianbao JSON outputs ("schema": "nianbao/1"), \
        or folders, walked as `batch` walks them. Reports are grouped by organ (names normalized; --organs adds \
        aliases and the hierarchy) and ordered by year. Prints the open failing findings (ok false, or ok null on a rule across reports; \
        not dismissed), one per line \
        (PATH: severity rule@at: message), or as a JSON array with --to json; -o OUTDIR writes every finding to \
        findings.csv, one row per report to reports.csv and the review page review.html there; --xlsx FILE a workbook \
        (sheets reports, findings, cells). Decisions (OUTDIR/decisions.csv and --decisions FILE: \
        fingerprint,rule,at,path,decision,comment; decision confirmed or dismissed) are applied; a dismissed \
        finding is not open. nianbao never writes the decisions files.
        Exit status: 0 reviewed; 1 --fail-on is given and an open failing finding of that severity or graver \
        exists; 64 usage error (no PATH, a PATH that does not exist, an organs or decisions file that cannot be used); \
        74 OUTDIR cannot be written.
        """
    )

    static let usageStatus: Int32 = 64
    static let writeStatus: Int32 = 74
    static let usageLine = "Usage: nianbao review PATH... [-o OUTDIR] [--organs FILE.csv] [--decisions FILE.csv] [--xlsx FILE.xlsx] [--fail-on error|warning] [--to text|json]"

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write findings.csv, reports.csv and review.html into this folder.")
    var output: String?

    @Option(name: .customLong("decisions"), help: ArgumentHelp("A reviewer's decisions file, read after OUTDIR/decisions.csv.",
                                                               valueName: "FILE.csv"))
    var decisions: String?

    @OptionGroup var review: ReviewOptions

    @Option(name: .long, help: "How the open failing findings are printed: text (one a line) or json (an array).")
    var to: OutputFormat = .text

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No summary on standard error.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    @Argument(help: "Report files, nianbao JSON outputs and folders.")
    var paths: [String] = []

    func run() throws {
        if paths.isEmpty {
            StandardStream.error.write("nianbao review: no PATH given\n\(ReviewCommand.usageLine)\n")
            throw ExitCode(ReviewCommand.usageStatus)
        }
        let organs = review.organDirectory(usage: ReviewCommand.usageStatus)
        let outdir = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let decided = ReviewOptions.decisions(in: outdir, extra: decisions, usage: ReviewCommand.usageStatus)
        let loaded: ReviewInputs.Loaded
        do {
            loaded = try ReviewInputs.collect(paths, limits: limits.readLimits)
        } catch let error as BatchError {
            Diagnostics.fail(error.description, code: ReviewCommand.usageStatus)
        }
        let result = CrossReportReview.run(loaded.records, failed: loaded.failed, organs: organs, decisions: decided)
        do {
            if let outdir {
                try ReviewOutputs.write(result, to: outdir, workbook: review.workbook)
            } else if let workbook = review.workbook {
                try ReviewOutputs.writeWorkbook(result, to: workbook)
            }
        } catch {
            Diagnostics.fail("\(error)", code: ReviewCommand.writeStatus)
        }
        let text = to == .json ? FindingsJSON.write(result.open, reports: result.reports) : ReviewText.lines(result.open)
        do { try Output.write(text, to: nil) } catch { Diagnostics.fail(error.description, code: ReviewCommand.writeStatus) }
        if !quiet { StandardStream.error.write("nianbao: \(result.summaryLine)\n") }
        if let failOn = review.failOn, result.fails(on: failOn.severity) { throw ExitCode(1) }
    }
}
