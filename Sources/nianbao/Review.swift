import Batch
import Extract
import FoundationEssentials
import Normalize
import Review

/// `nianbao review`: the checks across reports (see `CrossReportReview`) over report files,
/// nianbao JSON outputs and folders.
struct ReviewCommand: Command {
    static let spec = CommandSpec(
        name: "review",
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
        """,
        synopsis: "PATH... [-o OUTDIR] [--organs FILE.csv] [--decisions FILE.csv] [--xlsx FILE.xlsx] [--fail-on error|warning] [--to text|json] [<options>]",
        options: [
            .value("output", short: "o", help: "Write findings.csv, reports.csv and review.html into this folder."),
            .value("decisions", placeholder: "FILE.csv", help: "A reviewer's decisions file, read after OUTDIR/decisions.csv."),
        ] + ReviewOptions.options + [
            .choice("to", OutputFormat.self, help: "How the open failing findings are printed: text (one a line) or json (an array).",
                    default: .text),
            .flag("quiet", short: "q", help: "No summary on standard error."),
        ] + LimitOptions.options,
        arguments: ArgumentSpec(name: "paths", help: "Report files, nianbao JSON outputs and folders.", repeats: true,
                                missing: "no PATH given"))

    static let usageStatus = UsageError.status
    static let writeStatus: Int32 = 74

    enum OutputFormat: String, CaseIterable { case text, json }

    var output: String?
    var decisions: String?
    var review: ReviewOptions
    var to: OutputFormat
    var quiet: Bool
    var limits: LimitOptions
    var paths: [String]

    init(_ arguments: ParsedArguments) throws(UsageError) {
        paths = arguments.positionals
        if paths.isEmpty { throw UsageError("no PATH given") }
        output = arguments.string("output")
        decisions = arguments.string("decisions")
        review = ReviewOptions(arguments)
        to = arguments.choice("to", default: .text)
        quiet = arguments.flag("quiet")
        limits = try LimitOptions(arguments)
    }

    func run() -> Int32 {
        let organs = review.organDirectory(usage: ReviewCommand.usageStatus)
        let outdir = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let decided = ReviewOptions.decisions(in: outdir, extra: decisions, usage: ReviewCommand.usageStatus)
        let loaded: ReviewInputs.Loaded
        do {
            loaded = try ReviewInputs.collect(paths, limits: limits.readLimits, organs: organs)
        } catch let error as BatchError {
            Diagnostics.fail(error.description, code: ReviewCommand.usageStatus)
        } catch {
            Diagnostics.fail("\(error)", code: 1)
        }
        let result = CrossReportReview.run(sources: loaded.sources, failed: loaded.failed, organs: organs, decisions: decided)
        do {
            if let outdir {
                try ReviewOutputs.write(result, to: outdir, workbook: review.workbook)
            } else if let workbook = review.workbook {
                try ReviewOutputs.writeWorkbook(result, to: workbook)
            }
        } catch {
            Diagnostics.fail("\(error)", code: ReviewCommand.writeStatus)
        }
        do {
            let open = try result.open
            let text = to == .json ? FindingsJSON.write(open, reports: result.sources) : ReviewText.lines(open)
            try Output.write(text, to: nil)
        } catch let error as BatchError {
            Diagnostics.fail(error.description, code: ReviewCommand.writeStatus)
        } catch {
            Diagnostics.fail("\(error)", code: ReviewCommand.writeStatus)
        }
        if !quiet { StandardStream.error.write("nianbao: \(result.summaryLine)\n") }
        if let failOn = review.failOn, result.fails(on: failOn.severity) { return 1 }
        return 0
    }
}
