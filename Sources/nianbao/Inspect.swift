import Extract
import FoundationEssentials
import Normalize

/// `nianbao inspect`: the document model as read, before any repair, for bug reports.
struct Inspect: Command {
    static let spec = CommandSpec(
        name: "inspect",
        abstract: "Print the document as read (paragraphs and raw table cells), before any repair, then every canonical cell left null and why.",
        discussion: "Exit status: 0 printed; 1 the input cannot be read; 64 usage error; 74 the output cannot be written.",
        synopsis: "[<options>] <file>",
        options: LimitOptions.options,
        arguments: ArgumentSpec(name: "file", help: "The report file, or - for standard input.", repeats: false,
                                missing: "no FILE given"))

    var limits: LimitOptions
    var file: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        limits = try LimitOptions(arguments)
        file = try arguments.argument()
    }

    func run() -> Int32 {
        let input = InputArgument(file)
        let document: Document
        do {
            document = try DocumentReader.read(data: input.read(limits: limits.readLimits), limits: limits.readLimits)
        } catch {
            Diagnostics.fail("\(input.shown): \(error)", code: 1)
        }
        // The cells the grid builder leaves null, each with its reason code (see `NullCell`).
        var text = DocumentDump.text(document)
        if let report = try? ReportBuilder.build(document, source: SourceInfo(path: input.shown, format: document.format, sha256: "")) {
            text += "\nnull cells (table.row.column: reason):\n"
            text += report.nullCells.map { "  \($0.table).\($0.row).\($0.column): \($0.reason)\n" }.joined()
        }
        do {
            try Output.write(text, to: nil)
        } catch {
            Diagnostics.fail(error.description, code: 74)
        }
        return 0
    }
}
