import Foundation
import Testing

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Runs the built `nianbao` binary on every class of bad input in `samples/bad/` (made by
/// `samples/bad/make_bad.py`) and checks what a user sees: exactly one line on standard error,
/// the documented exit status, nothing on standard output, and no output file with `-o`.
///
/// The binary is the one `swift build --build-tests` puts beside the test bundle. Messages of
/// nianbao's own are compared whole; where a line ends with a system library's words (libxml2,
/// libzip, poppler), only nianbao's part before them is compared.
@Suite struct BadInputTests {
    /// An expected failure: the sample, and the message after `nianbao: samples/bad/NAME: `.
    struct Refusal: CustomTestStringConvertible, Sendable {
        var file: String
        var message: String
        /// True when `message` is only the start of the line (the rest is a C library's text).
        var prefixOnly = false
        /// True when LibreOffice is asked to read the file (and says it cannot).
        var needsLibreOffice = false
        var testDescription: String { file }
    }

    static let convertSoffice = "convert it first with: soffice --headless --convert-to docx FILE"
    /// What LibreOffice says of a file it cannot load (legacy kinds are handed to it).
    static func sofficeCannot(_ kind: String) -> String {
        "LibreOffice could not convert the legacy \(kind) file to DOCX: soffice says: Error: source file could not be loaded"
    }

    static let refusals: [Refusal] = allRefusals.filter { !($0.needsLibreOffice && LibreOfficeGate.skipped) }

    static let allRefusals: [Refusal] = [
        // Empty and random bytes.
        Refusal(file: "empty.docx", message: "the input is empty"),
        Refusal(file: "random.docx", message: "not readable as text: it contains NUL bytes: binary data, not a DOCX, PDF or text file"),
        Refusal(file: "random.txt", message: "not readable as text: it contains NUL bytes: binary data, not a DOCX, PDF or text file"),
        Refusal(file: "random_after_zip_magic.docx", message: "damaged DOCX: not a readable zip archive (", prefixOnly: true),
        // Truncated or inconsistent zips, and zips that are not Word documents.
        Refusal(file: "truncated.docx", message: "damaged DOCX: not a readable zip archive (", prefixOnly: true),
        Refusal(file: "crc_mismatch.docx", message: "damaged DOCX: not a readable zip archive (", prefixOnly: true),
        Refusal(file: "bad_central_directory.docx", message: "damaged DOCX: not a readable zip archive (", prefixOnly: true),
        Refusal(file: "no_document_xml.docx", message: "an Office Open XML package without a Word document part, not DOCX"),
        Refusal(file: "plain_zip.docx", message: "a zip archive without a Word document (no word/document.xml), not DOCX"),
        // Other formats under a .docx name.
        Refusal(file: "xlsx_as.docx", message: "an Excel workbook (XLSX), not a Word document"),
        // An ODT without content, and garbage after an OLE signature: LibreOffice is asked and cannot.
        Refusal(file: "odt_as.docx", message: sofficeCannot(".odt"), needsLibreOffice: true),
        Refusal(file: "legacy_doc.docx", message: sofficeCannot(".doc"), needsLibreOffice: true),
        Refusal(file: "legacy_wps.docx", message: sofficeCannot(".doc"), needsLibreOffice: true),
        // Hostile XML: never read, fetched or expanded.
        Refusal(file: "malformed_xml.docx", message: "malformed Word XML: word/document.xml: line 2: ", prefixOnly: true),
        Refusal(file: "doctype.docx", message: "malformed Word XML: DTD/entity declarations are not allowed"),
        Refusal(file: "external_entity.docx", message: "malformed Word XML: DTD/entity declarations are not allowed"),
        Refusal(file: "external_dtd.docx", message: "malformed Word XML: DTD/entity declarations are not allowed"),
        Refusal(file: "billion_laughs.docx", message: "malformed Word XML: word/document.xml: line 1: ", prefixOnly: true),
        Refusal(file: "quadratic_blowup.docx", message: "malformed Word XML: DTD/entity declarations are not allowed"),
        Refusal(file: "deep_nesting.docx", message: "refused: word/document.xml nests elements deeper than 256 levels"),
        // Zip bombs: refused by declared sizes before inflating, or by counting what inflates.
        Refusal(file: "bomb_ratio.docx",
                message: "refused: zip entry word/document.xml declares a compression ratio over 200 (209715200 bytes from 203842)"),
        Refusal(file: "bomb_lying_header.docx",
                message: "damaged DOCX: zip entry word/document.xml inflates past its declared size of 20000 bytes"),
        Refusal(file: "bomb_lying_ratio.docx",
                message: "damaged DOCX: zip entry word/document.xml inflates past its declared size of 203846 bytes"),
        Refusal(file: "many_entries.docx", message: "refused: the zip lists 10053 entries, over the limit of 10000"),
        // PDFs.
        Refusal(file: "truncated.pdf", message: "damaged PDF: ", prefixOnly: true),
        Refusal(file: "damaged.pdf", message: "damaged PDF: ", prefixOnly: true),
        Refusal(file: "encrypted.pdf", message: "the PDF is encrypted with a password; remove the password and try again"),
        // Issue 15: OCR runs on pages without a text layer, and finds nothing on these.
        Refusal(file: "image_only.pdf", message: "the PDF has no text layer (scanned or blank pages); --ocr reads scans (experimental)"),
        Refusal(file: "blank_pages_only.pdf", message: "the PDF has no text layer (scanned or blank pages); --ocr reads scans (experimental)"),
        // Text.
        Refusal(file: "nul_bytes.txt", message: "not readable as text: it contains 3 NUL bytes (the first at byte 37), which text never has"),
        Refusal(file: "unknown_encoding.txt",
                message: "not readable as text: it is neither UTF-8 nor GB18030/GBK (and has no UTF-16 byte-order mark)"),
        Refusal(file: "utf16_without_bom.txt",
                message: "not readable as text: it contains NUL bytes: UTF-16 without a byte-order mark, which is not supported; save it as UTF-8"),
        // Issue 11: a password-protected DOCX (an OLE file holding EncryptionInfo and EncryptedPackage).
        Refusal(file: "encrypted.docx", message: "the Word document is encrypted with a password; remove the password and try again"),
        Refusal(file: "ole_directory_loop.docx", message: sofficeCannot(".doc"), needsLibreOffice: true),
        // Issue 11: 1% or more of the bytes not UTF-8 (nor GB18030): refused as before.
        Refusal(file: "invalid_utf8_many_bytes.txt",
                message: "not readable as text: it is neither UTF-8 nor GB18030/GBK (and has no UTF-16 byte-order mark)"),
        // Issue 11: libxml2's own encoding errors never printed; its two-line reason folded into one.
        Refusal(file: "docx_encoding_gb2312_libxml2_stderr_noise.docx",
                message: "malformed Word XML: word/document.xml: input conversion failed due to input error, bytes 0xE6 0x96 0xB9 0xE6"),
        Refusal(file: "docx_encoding_utf32_libxml2_stderr_noise.docx",
                message: "malformed Word XML: word/document.xml: line 1: ", prefixOnly: true),
        Refusal(file: "docx_invalid_utf8_two_line_error.docx",
                message: "malformed Word XML: word/document.xml: line 2: Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x20 0x72"),
    ]

    @Test(arguments: refusals)
    func badInputIsOneLineAndStatusOne(_ refusal: Refusal) throws {
        let output = try Scratch.directory().appendingPathComponent("out.json")
        let run = try Nianbao.run(["convert", "-o", output.path, "samples/bad/\(refusal.file)"])
        #expect(run.status == 1, "\(refusal.file): \(run.stderr)")
        let expected = "nianbao: samples/bad/\(refusal.file): \(refusal.message)"
        let line = run.stderr.hasSuffix("\n") ? String(run.stderr.dropLast()) : run.stderr
        #expect(!line.contains("\n"), "\(refusal.file): more than one line: \(run.stderr)")
        if refusal.prefixOnly {
            #expect(line.hasPrefix(expected) && line.count > expected.count, "\(refusal.file): \(line)")
        } else {
            #expect(line == expected)
        }
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path), "\(refusal.file): an output file was written")
    }

    /// The same refusals on standard output (no `-o`): nothing is printed there either.
    @Test func nothingOnStandardOutputWithoutDashO() throws {
        for file in ["bomb_lying_header.docx", "encrypted.pdf", "nul_bytes.txt", "external_entity.docx"] {
            let run = try Nianbao.run(["convert", "--to", "text", "samples/bad/\(file)"])
            #expect(run.status == 1 && run.stdout.isEmpty && run.stderr.split(separator: "\n").count == 1, "\(file)")
        }
    }

    @Test func emptyStandardInput() throws {
        let run = try Nianbao.run(["convert", "-"], stdin: Data())
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: -: the input is empty\n")
    }

    /// The file named in an external entity is never read into the output, even when the
    /// limits are opened wide.
    @Test func externalEntityContentsNeverAppear() throws {
        let run = try Nianbao.run(["convert", "--max-ratio", "100000", "samples/bad/external_entity.docx"])
        #expect(run.status == 1)
        #expect(!run.stdout.contains("root:") && !run.stderr.contains("root:"))
    }

    // MARK: Paths that are not readable files

    @Test func pathsThatAreNotFiles() throws {
        let dir = try Scratch.directory()
        let folder = dir.appendingPathComponent("folder.docx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dangling = dir.appendingPathComponent("dangling.docx")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "nowhere.docx")
        let fifo = dir.appendingPathComponent("fifo.txt")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let socketPath = dir.appendingPathComponent("socket.docx").path
        let socket = try Scratch.unixSocket(at: socketPath)
        defer { close(socket) }

        let cases: [(String, String)] = [
            // The message does not repeat the path: the line names the file once, before it.
            (folder.path, "cannot read the input: it is a directory"),
            (dangling.path, "cannot read the input: it is a symbolic link to nowhere.docx, which does not exist"),
            (dir.appendingPathComponent("missing.docx").path, "cannot read the input: no such file"),
            // A named pipe with no writer would block a plain open(2): it is refused before.
            (fifo.path, "cannot read the input: it is not a regular file (a named pipe or other special file)"),
            (socketPath, "cannot read the input: it is not a regular file (a socket)"),
            ("/dev/zero", "cannot read the input: it is not a regular file (a device)"),
        ]
        for (path, message) in cases {
            let output = dir.appendingPathComponent("out.json")
            let run = try Nianbao.run(["convert", "-o", output.path, path], timeout: 20)
            #expect(run.status == 1, "\(path)")
            #expect(run.stderr == "nianbao: \(path): \(message)\n")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test func unreadableFile() throws {
        let dir = try Scratch.directory()
        let file = dir.appendingPathComponent("secret.txt")
        try Data("一、总体情况\n".utf8).write(to: file)
        #expect(chmod(file.path, 0) == 0)
        defer { chmod(file.path, 0o644) }
        let run = try Nianbao.run(["convert", file.path])
        // Root reads a mode-000 file anyway (the tests run as root in CI), so the refusal can
        // only be checked for other users; the conversion must then simply succeed.
        if geteuid() == 0 {
            #expect(run.status == 0, "\(run.stderr)")
        } else {
            #expect(run.status == 1)
            #expect(run.stderr == "nianbao: \(file.path): cannot read the input: \(file.path): permission denied\n")
        }
    }

    // MARK: Limits set on the command line

    @Test(arguments: [
        (["--max-cells", "100"], "big_table_20000_rows.txt", "refused: the text has more than 100 table cells"),
        (["--max-cells", "100"], "big_table_20000_rows.docx", "refused: word/document.xml has more than 100 table cells"),
        (["--max-pages", "100"], "blank_pages_500.pdf", "refused: the PDF has 501 pages, over the limit of 100"),
        (["--max-entries", "2"], "no_document_xml.docx", "refused: the zip lists 3 entries, over the limit of 2"),
        (["--max-ratio", "2000", "--max-entry-mib", "10"], "bomb_ratio.docx",
         "refused: zip entry word/document.xml declares 209715200 bytes, over the limit of 10485760"),
        (["--max-xml-depth", "10"], "deep_nesting.docx", "refused: word/document.xml nests elements deeper than 10 levels"),
    ])
    func limitOptions(_ options: [String], file: String, message: String) throws {
        let run = try Nianbao.run(["convert"] + options + ["samples/bad/\(file)"])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: samples/bad/\(file): \(message)\n")
    }

    @Test func inputSizeLimit() throws {
        let file = try Scratch.directory().appendingPathComponent("two_mib.txt")
        try Data(repeating: 0x61, count: 2 << 20).write(to: file)
        let run = try Nianbao.run(["convert", "--max-input-mib", "1", file.path])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: \(file.path): refused: the input is 2097152 bytes, over the limit of 1048576\n")
    }

    /// Standard input is refused once it passes the limit, not read to its end first.
    @Test func endlessStandardInput() throws {
        let dir = try Scratch.directory()
        let script = "head -c 50000000 /dev/zero | \"$0\" convert --max-input-mib 1 -"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, try Nianbao.binary().path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.currentDirectoryURL = dir
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr == "nianbao: -: refused: the input is over the limit of 1048576 bytes\n")
    }

    @Test(arguments: ["--max-input-mib", "--max-entry-mib", "--max-ratio", "--max-entries", "--max-xml-depth",
                      "--max-pages", "--max-cells"])
    func limitMustBePositive(_ option: String) throws {
        let run = try Nianbao.run(["convert", option, "0", "samples/bad/no_tables.txt"])
        #expect(run.status == 64, "\(option): \(run.stderr)")
        #expect(run.stderr.contains("\(option) must be a positive number"))
    }

    // MARK: Odd but valid inputs finish in seconds with bounded memory

    @Test(arguments: ["big_table_20000_rows.txt", "big_table_20000_rows.docx", "blank_pages_500.pdf", "huge_page.pdf",
                      "no_tables.txt", "grid_span_int_max.docx", "numbering_start_int_max.docx", "numbering_letters_huge.docx",
                      // Issue 11: a ratio over 200 inside the entry limit; values no Int holds;
                      // poppler's own "some font thing failed" kept off stderr.
                      "repetitive_200000_paragraphs.docx", "pdf_huge_values.pdf", "pdf_broken_embedded_font_stderr_noise.pdf"])
    func oddButValidInputConverts(_ file: String) throws {
        let output = try Scratch.directory().appendingPathComponent("out.json")
        let start = Date()
        let run = try Nianbao.run(["convert", "-o", output.path, "samples/bad/\(file)"])
        let seconds = Date().timeIntervalSince(start)
        // Odd documents with no heading or table of the national format (ASCII-only PDFs, bare
        // numbering tests) are refused as not a report; either way they end at once, in one line.
        if Self.notReports.contains(file) {
            #expect(run.status == 1, "\(file): \(run.stderr)")
            #expect(run.stderr == "nianbao: samples/bad/\(file): not a report: no table or section heading of the national format found\n")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        } else {
            #expect(run.status == 0, "\(file): \(run.stderr)")
            #expect(run.stderr.isEmpty)
            #expect(FileManager.default.fileExists(atPath: output.path))
        }
        // A guard against hangs and blow-ups (the issue asks that such inputs finish in seconds),
        // not a speed measurement: debug builds on 2 busy cores take about 3 s for 20,000 rows.
        #expect(seconds < 30, "\(file) took \(seconds) s")
        // The peak resident size of the largest child so far (kilobytes on Linux).
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(usage.ru_maxrss < 1_000_000, "a child's peak memory was \(usage.ru_maxrss) KB")
    }

    /// The odd inputs whose text has no heading or table of the national format.
    static let notReports: Set<String> = ["blank_pages_500.pdf", "huge_page.pdf", "numbering_start_int_max.docx",
                                          "numbering_letters_huge.docx", "pdf_huge_values.pdf",
                                          "pdf_broken_embedded_font_stderr_noise.pdf"]

    // MARK: Batch: every bad file reported, nothing written for it, the rest converted

    @Test func batchReportsEachBadFileAndGoesOn() throws {
        let dir = try Scratch.directory()
        let inputs = dir.appendingPathComponent("in"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let samples = Samples.url("bad")
        let bad = Self.refusals.map(\.file)
        for name in bad + ["no_tables.txt"] {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: Samples.url("docx/01_word_2021_county.docx"),
                                         to: inputs.appendingPathComponent("good.docx"))
        try FileManager.default.createSymbolicLink(atPath: inputs.appendingPathComponent("dangling.pdf").path,
                                                   withDestinationPath: "nowhere.pdf")
        #expect(mkfifo(inputs.appendingPathComponent("fifo.txt").path, 0o644) == 0)

        let run = try Nianbao.run(["batch", inputs.path, "-o", out.path, "--jobs", "2"], timeout: 300)
        #expect(run.status == 1, "\(run.stderr)")
        let failedCount = bad.count + 2
        #expect(run.stderr.contains("\(failedCount + 2) inputs ("), "\(run.stderr)")
        #expect(run.stderr.contains(": 2 converted, 0 up to date, \(failedCount) failed"), "\(run.stderr)")
        for group in ["damaged DOCX", "malformed Word XML", "over a size limit", "not a supported document", "damaged PDF",
                      "encrypted document", "PDF without a text layer", "undecodable text", "empty file", "unreadable file"] {
            #expect(run.stderr.contains("failed, \(group): "), "no summary line for \(group)")
        }

        let index = try String(contentsOf: out.appendingPathComponent("index.jsonl"), encoding: .utf8)
        var entries: [String: [String: Any]] = [:]
        for line in index.split(separator: "\n") {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            entries[(entry["path"] as? String ?? "").components(separatedBy: "/").last ?? ""] = entry
        }
        for refusal in Self.refusals {
            let entry = try #require(entries[refusal.file], "\(refusal.file) is not in index.jsonl")
            #expect(entry["status"] as? String == "failed", "\(refusal.file)")
            let error = entry["error"] as? String ?? ""
            #expect(refusal.prefixOnly ? error.hasPrefix(refusal.message) : error == refusal.message, "\(refusal.file): \(error)")
            for ext in ["json", "txt"] {
                #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("\(refusal.file).\(ext)").path),
                        "\(refusal.file).\(ext) was written for a failed input")
            }
        }
        for special in ["dangling.pdf", "fifo.txt"] {
            #expect(entries[special]?["status"] as? String == "failed", "\(special)")
        }
        for good in ["good.docx", "no_tables.txt"] {
            #expect(entries[good]?["status"] as? String == "converted", "\(good)")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(good).json").path))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(good).txt").path))
        }
        // Nothing but the two reports' outputs and the batch's own files.
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(written == ["cells.csv", "findings.csv", "good.docx.json", "good.docx.txt", "index.jsonl", "no_tables.txt.json",
                            "no_tables.txt.txt", "reports.csv", "review.html"])
    }

    @Test func batchTakesTheLimitOptions() throws {
        let out = try Scratch.directory().appendingPathComponent("out")
        let run = try Nianbao.run(["batch", "samples/bad/big_table_20000_rows.txt", "-o", out.path, "--quiet", "--max-cells", "100"])
        #expect(run.status == 1, "\(run.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.jsonl"), encoding: .utf8)
        #expect(index.contains("refused: the text has more than 100 table cells"))
    }

    // MARK: Issue 11: text with a few bytes that are not UTF-8

    /// 3 bad bytes in about 400: converted, the report's warnings say how many, first.
    @Test func fewInvalidUTF8BytesConvertWithAWarning() throws {
        let run = try Nianbao.run(["convert", "samples/bad/invalid_utf8_few_bytes.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let warnings = json["warnings"] as? [String] ?? []
        #expect(warnings.first == "the text has 3 bytes that are not valid UTF-8; they are shown as U+FFFD")
        #expect(json["title"] as? String == "某县2023年政府信息公开工作年度报告")
    }

    /// In a batch too (two threads), what poppler and libxml2 print themselves never reaches
    /// stderr, which holds only nianbao's own lines.
    @Test func batchStderrHoldsNoLibraryMessages() throws {
        let out = try Scratch.directory().appendingPathComponent("out")
        let run = try Nianbao.run(["batch", "samples/bad/pdf_broken_embedded_font_stderr_noise.pdf",
                                   "samples/bad/docx_encoding_gb2312_libxml2_stderr_noise.docx",
                                   "samples/bad/docx_encoding_utf32_libxml2_stderr_noise.docx", "-o", out.path, "--jobs", "2"])
        #expect(run.status == 1, "\(run.stderr)")
        for noise in ["some font thing failed", "encoding error", "I/O error", "xmlParseChunk"] {
            #expect(!run.stderr.contains(noise), "\(run.stderr)")
        }
        // Every line is nianbao's own (the PDF's text has no heading of the format: not a report).
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("nianbao: ") }, "\(run.stderr)")
        #expect(run.stderr.contains("0 converted, 0 up to date, 3 failed"), "\(run.stderr)")
    }
}

/// Unique temporary folders, so tests can run in parallel.
extension Scratch {
    /// A listening Unix-domain socket bound at `path`; the caller closes the descriptor.
    static func unixSocket(at path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); throw CocoaError(.fileWriteInvalidFileName) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { close(fd); throw CocoaError(.fileWriteUnknown) }
        return fd
    }
}
