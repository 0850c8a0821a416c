import ArgumentParser
import Batch
import Foundation

/// `nianbao batch`: many reports in, one output folder out (see `BatchEngine`).
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert files and folders of reports in parallel into OUTDIR.",
        discussion: """
        Folders are walked recursively; .docx, .pdf and .txt files are converted, others skipped and counted. \
        For each input, OUTDIR/<path relative to its PATH argument>.json and .txt (as `convert` writes them); \
        OUTDIR/index.jsonl (one line per input) and OUTDIR/cells.csv (one row per cell). Inputs whose outputs \
        are current (same content hash, same nianbao version) are skipped unless --force, so an interrupted \
        batch resumes.
        Exit status: 0 every input converted (or current); 1 some inputs failed; 2 usage error \
        (no PATH, no -o, a PATH that does not exist, a bad --jobs); 74 OUTDIR or the database cannot be written.
        """
    )

    @Option(name: [.customShort("o"), .customLong("output")], help: "The output folder (created if missing).")
    var output: String?

    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Files converted at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Convert every input, even those whose outputs are current.")
    var force = false

    @Option(name: .customLong("sqlite"), help: "Also store every report in this SQLite database (updated in place).")
    var sqlite: String?

    @Flag(name: [.customShort("q"), .customLong("quiet")], help: "No progress and no summary on standard error.")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    @Argument(help: "Report files and folders.")
    var paths: [String] = []

    func validate() throws {
        func usage(_ message: String) -> ExitCode {
            FileHandle.standardError.write(Data("nianbao batch: \(message)\nUsage: nianbao batch PATH... -o OUTDIR [--jobs N] [--force] [--sqlite FILE.db] [--quiet]\n".utf8))
            return ExitCode(2)
        }
        if paths.isEmpty { throw usage("no PATH given") }
        if output == nil { throw usage("no output folder given (-o OUTDIR)") }
        if jobs < 1 { throw usage("--jobs must be at least 1") }
        do { try limits.validate() } catch let error as ValidationError { throw usage(error.message) }
    }

    func run() throws {
        let options = BatchOptions(paths: paths, outputDirectory: URL(fileURLWithPath: output ?? "", isDirectory: true), jobs: jobs,
                                   force: force, sqlitePath: sqlite, limits: limits.readLimits, version: NianbaoVersion.string)
        let summary: BatchSummary
        do {
            summary = try BatchEngine.run(options, observer: quiet ? nil : ProgressPrinter.automatic)
        } catch let error as BatchError {
            Diagnostics.fail(error.description, code: error.isUsageError ? 2 : 74)
        }
        if !quiet {
            FileHandle.standardError.write(Data(summary.lines.map { "nianbao: \($0)\n" }.joined().utf8))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
