import ArgumentParser
import Extract
import Foundation

/// `nianbao inspect`: the document model as read, before any repair, for bug reports.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the document as read (paragraphs and raw table cells), before any repair.")

    @Argument(help: "The report file, or - for standard input.")
    var file: String

    func run() throws {
        let document: Document
        do {
            let data = file == "-" ? try DocumentReader.readStream(FileHandle.standardInput)
                : try DocumentReader.readFile(URL(fileURLWithPath: file))
            document = try DocumentReader.read(data: data)
        } catch let error as ExtractError {
            Diagnostics.fail("\(file): \(error)", code: 1)
        }
        try Output.write(DocumentDump.text(document), to: nil)
    }
}
