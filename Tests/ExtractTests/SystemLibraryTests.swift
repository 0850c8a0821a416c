import Foundation
import Testing
@testable import Extract
import TestSupport

/// poppler, tesseract, SQLite and libxlsxwriter are loaded only when an input needs them
/// (`SystemLibrary`, CLazyLink): a DOCX conversion never maps them.
@Suite struct SystemLibraryTests {
    /// The shared objects the dynamic loader opens for a run of the binary, from glibc's
    /// `LD_DEBUG=files` trace on stderr (each `file=NAME [0];  needed by …` or `dynamically
    /// loaded by …` line names one).
    private func loaded(_ arguments: [String]) throws -> (status: Int32, files: Set<String>) {
        let run = try Nianbao.run(arguments, environment: ["LD_DEBUG": "files"])
        var files = Set<String>()
        for line in run.stderr.split(separator: "\n") {
            guard let r = line.range(of: "file=") else { continue }
            let name = line[r.upperBound...].prefix { $0 != " " && $0 != "\t" && $0 != "[" }
            files.insert(String(name))
        }
        return (run.status, files)
    }

    private func mentions(_ files: Set<String>, _ prefix: String) -> Bool { files.contains { $0.hasPrefix(prefix) } }

    @Test func aDocxConversionLoadsNoPDFOCRSQLiteOrWorkbookLibrary() throws {
        let (status, files) = try loaded(["convert", "--to", "json", Samples.path("docx/01_word_2021_county.docx")])
        #expect(status == 0)
        #expect(mentions(files, "libxml2"), "the trace was not read: \(files.sorted())")
        for library in ["libpoppler", "libcairo", "libglib", "libtesseract", "liblept", "libsqlite3", "libxlsxwriter"] {
            #expect(!mentions(files, library), "\(library) was loaded for a DOCX")
        }
    }

    @Test func aPDFConversionLoadsPopplerButNotTesseract() throws {
        let (status, files) = try loaded(["convert", "--to", "json", Samples.path("pdf/01_word_2021_county.pdf")])
        #expect(status == 0)
        #expect(mentions(files, "libpoppler-glib"))
        #expect(!mentions(files, "libtesseract"))
    }

    @Test func openingIsOnceAndAnswersLoaded() throws {
        try SystemLibrary.pdf.open()
        try SystemLibrary.pdf.open()
        #expect(SystemLibrary.pdf.isLoaded)
        try SystemLibrary.sqlite.open()
        #expect(SystemLibrary.sqlite.isLoaded)
    }
}
