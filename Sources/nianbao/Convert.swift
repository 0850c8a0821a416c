import Extract
import FoundationEssentials
import Normalize

/// `nianbao convert`: one report in, JSON or normalized text out.
struct Convert: Command {
    static let spec = CommandSpec(
        name: "convert",
        abstract: "Convert one report to JSON or normalized text.",
        discussion: """
        FILE is a .docx, .pdf, a web page (HTML, also under a .doc name, or an .mht web archive), \
        a text file (UTF-8, GB18030, or UTF-16 with a byte-order mark), or a legacy \
        .doc, .wps, .odt or .rtf, which LibreOffice converts to DOCX first (NIANBAO_SOFFICE names soffice, \
        else it is found on PATH; NIANBAO_SOFFICE_TIMEOUT sets its time limit in seconds, default 120); \
        '-' reads standard input. The kind is decided from the bytes, not the name.
        Exit status: 0 converted (whether or not checks pass); 1 the input cannot be read as a report; \
        64 usage error; 74 the output cannot be written.
        """,
        synopsis: "[--to json|text] [-o FILE] [<options>] <file>",
        options: [
            .choice("to", OutputFormat.self, help: "Output format: json or text.", default: .json),
            .value("output", short: "o", placeholder: "FILE",
                   help: "Write to this file instead of standard output: a regular file is replaced atomically, a named pipe or device written into."),
        ] + LimitOptions.options,
        arguments: ArgumentSpec(name: "file", help: "The report file, or - for standard input.", repeats: false,
                                missing: "no FILE given"))

    enum OutputFormat: String, CaseIterable { case json, text }

    var to: OutputFormat
    var output: String?
    var limits: LimitOptions
    var file: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        to = arguments.choice("to", default: .json)
        output = arguments.string("output")
        limits = try LimitOptions(arguments)
        file = try arguments.argument()
    }

    func run() -> Int32 {
        let input = InputArgument(file)
        let report: Report
        do {
            let data = try input.read(limits: limits.readLimits)
            // The normalized text shows no checks: they are not computed for it.
            report = try Converter.convert(data: data, path: file, limits: limits.readLimits,
                                           scope: to == .json ? .complete : .content)
        } catch {
            Diagnostics.fail("\(input.shown): \(error)", code: 1)
        }
        do {
            try Output.write(to == .json ? JSONWriter.write(report) : NormalizedText.write(report), to: output)
        } catch {
            Diagnostics.fail(error.description, code: 74)
        }
        return 0
    }
}
