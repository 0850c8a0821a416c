import ArgumentParser
import Extract
import FoundationEssentials
import Normalize

/// `nianbao convert`: one report in, JSON or normalized text out.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert one report to JSON or normalized text.",
        discussion: """
        FILE is a .docx, .pdf, a web page (HTML, also under a .doc name, or an .mht web archive), \
        a text file (UTF-8, GB18030, or UTF-16 with a byte-order mark), or a legacy \
        .doc, .wps, .odt or .rtf, which LibreOffice converts to DOCX first (NIANBAO_SOFFICE names soffice, \
        else it is found on PATH; NIANBAO_SOFFICE_TIMEOUT sets its time limit in seconds, default 120); \
        '-' reads standard input. The kind is decided from the bytes, not the name.
        Exit status: 0 converted (whether or not checks pass); 1 the input cannot be read as a report; \
        64 usage error; 74 the output cannot be written.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Option(name: .long, help: "Output format: json or text.")
    var to: OutputFormat = .json

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file instead of standard output: a regular file is replaced atomically, a named pipe or device written into.",
        valueName: "FILE"))
    var output: String?

    @OptionGroup var limits: LimitOptions

    @Argument(help: "The report file, or - for standard input.")
    var file: String

    func run() throws {
        let input = InputArgument(file)
        let report: Report
        do {
            let data = try input.read(limits: limits.readLimits)
            report = try Converter.convert(data: data, path: file, limits: limits.readLimits)
        } catch let error as ExtractError {
            Diagnostics.fail("\(input.shown): \(error)", code: 1)
        }
        do {
            try Output.write(to == .json ? JSONWriter.write(report) : NormalizedText.write(report), to: output)
        } catch {
            Diagnostics.fail(error.description, code: 74)
        }
    }
}
