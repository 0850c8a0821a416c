import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a user meets at the edges of `convert` and `inspect`: where `-o` writes, failed writes,
/// odd file names, texts that are not reports, usage errors and help.
@Suite struct ConvertCommandTests {
    static let report = "samples/docx/01_word_2021_county.docx"

    // MARK: Not a report

    @Test(arguments: ["news_item.txt", "meeting_notice.txt", "readme_with_report_excerpt.md", "Package.swift.txt"])
    func textThatIsNotAReportIsRefused(_ file: String) throws {
        let run = try Nianbao.run(["convert", "samples/not_reports/\(file)"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nianbao: samples/not_reports/\(file): not a report: no table or section heading of the national format found\n")
    }

    @Test func batchCountsTextsThatAreNotReportsUnderTheirOwnGroup() throws {
        let out = try Scratch.directory().appendingPathComponent("out")
        let run = try Nianbao.run(["batch", "samples/not_reports", "samples/bad/no_tables.txt", "-o", out.path, "--jobs", "1"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("1 converted, 0 up to date, 3 failed"), "\(run.stderr)")  // the .md files are not batch inputs
        #expect(run.stderr.contains("failed, not a report: "), "\(run.stderr)")
    }

    @Test func aReportWithoutTablesStillConverts() throws {
        let run = try Nianbao.run(["convert", "samples/bad/no_tables.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"title\": \"某县2023年政府信息公开工作年度报告\""))
    }

    // MARK: Where -o writes

    @Test func aRegularFileIsReplacedAndKeepsItsPermissions() throws {
        let out = try Scratch.directory().appendingPathComponent("report.json")
        try Data("old".utf8).write(to: out)
        chmod(out.path, 0o600)
        let run = try Nianbao.run(["convert", "-o", out.path, Self.report])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).hasPrefix("{\n  \"schema\": \"nianbao/1\""))
        #expect(try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aSymbolicLinkIsKeptAndItsFileReplaced() throws {
        let dir = try Scratch.directory()
        let target = dir.appendingPathComponent("real.json"), link = dir.appendingPathComponent("link.json")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        let run = try Nianbao.run(["convert", "-o", link.path, Self.report])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("\"schema\": \"nianbao/1\""))
    }

    @Test func aNamedPipeIsWrittenIntoNotReplaced() throws {
        let fifo = try Scratch.directory().appendingPathComponent("out.fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        // The reader opens the pipe as `cat` would (Foundation's file reading does not wait for a writer).
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            let fd = open(fifo.path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while fd >= 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                received.append(contentsOf: buffer[..<n])
            }
            if fd >= 0 { close(fd) }
            done.signal()
        }
        reader.start()
        let run = try Nianbao.run(["convert", "--to", "text", "-o", fifo.path, Self.report], timeout: 60)
        #expect(done.wait(timeout: .now() + 10) == .success, "the pipe was never written and closed")
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("泗阳县人民政府2024年政府信息公开工作年度报告\n"))
    }

    /// Run as root, a rename onto /dev/null would replace the device node with a file.
    @Test func aDeviceIsWrittenIntoNotReplaced() throws {
        let run = try Nianbao.run(["convert", "-o", "/dev/null", Self.report])
        #expect(run.status == 0, "\(run.stderr)")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func devStdoutIsStandardOutput() throws {
        let run = try Nianbao.run(["convert", "-o", "/dev/stdout", Self.report])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("{\n  \"schema\": \"nianbao/1\""))
    }

    @Test func aDirectoryOrMissingFolderIsExit74WithOneLine() throws {
        let dir = try Scratch.directory()
        let run = try Nianbao.run(["convert", "-o", dir.path, Self.report])
        #expect(run.status == 74)
        #expect(run.stderr == "nianbao: \(dir.path): cannot write the output: it is a directory\n")
        let missing = dir.appendingPathComponent("no/such/folder.json").path
        let second = try Nianbao.run(["convert", "-o", missing, Self.report])
        #expect(second.status == 74)
        #expect(second.stderr == "nianbao: \(missing): cannot write the output: the folder \(dir.path)/no/such does not exist\n")
    }

    // MARK: Failed writes

    @Test(arguments: [["convert", report], ["inspect", report], ["convert", "--to", "text", report]])
    func aFullDiskIsExit74WithOneLine(_ arguments: [String]) throws {
        let run = try Nianbao.shell("\"$0\" \(arguments.joined(separator: " ")) > /dev/full")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr == "nianbao: standard output: cannot write the output: No space left on device\n")
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let run = try Nianbao.shell("trap '' PIPE; \"$0\" convert --to text \(Self.report) | true; exit ${PIPESTATUS[0]}")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    // MARK: File names

    @Test func aNameThatIsNotUTF8IsOpenedByItsBytes() throws {
        let dir = try Scratch.directory()
        // The name holds the byte 0xFF, made by the shell: Swift strings cannot hold it.
        let run = try Nianbao.shell("cp \(Self.report) \"\(dir.path)/$(printf 'r\\xff.docx')\" && \"$0\" convert --to text \"\(dir.path)/$(printf 'r\\xff.docx')\"")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("泗阳县人民政府2024年政府信息公开工作年度报告\n"))
        let missing = try Nianbao.shell("\"$0\" convert \"\(dir.path)/$(printf 'gone\\xfe.docx')\"")
        #expect(missing.stderr == "nianbao: \(dir.path)/gone\\xFE.docx: cannot read the input: no such file\n")
    }

    @Test func controlCharactersInANameAreEscaped() throws {
        let dir = try Scratch.directory()
        let name = dir.appendingPathComponent("bad\nname\u{1B}[31m.docx")
        try FileManager.default.copyItem(at: Samples.url("bad/truncated.docx"), to: name)
        let run = try Nianbao.run(["convert", name.path])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: \(dir.path)/bad\\nname\\u{1B}[31m.docx: damaged DOCX: not a readable zip archive (Not a zip archive)\n")
    }

    @Test func linksThatLeadNowhereAreNamedForWhatTheyAre() throws {
        let dir = try Scratch.directory()
        let one = dir.appendingPathComponent("l1.docx").path, two = dir.appendingPathComponent("l2.docx").path
        try FileManager.default.createSymbolicLink(atPath: one, withDestinationPath: "l2.docx")
        try FileManager.default.createSymbolicLink(atPath: two, withDestinationPath: "l1.docx")
        let loop = try Nianbao.run(["convert", one])
        #expect(loop.status == 1)
        #expect(loop.stderr == "nianbao: \(one): cannot read the input: a loop of symbolic links\n")
        let dangling = dir.appendingPathComponent("d.pdf").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.pdf")
        let run = try Nianbao.run(["convert", dangling])
        #expect(run.stderr == "nianbao: \(dangling): cannot read the input: it is a symbolic link to nowhere.pdf, which does not exist\n")
    }

    // MARK: Usage and help

    @Test(arguments: [["convert"], ["convert", "--to", "xml", report], ["convert", "--bogus", report], ["inspect"],
                      ["inspect", "a", "b"], ["convert", "--max-pages", "0", report], ["frobnicate"],
                      ["convert", "--max-pages", "many", report], ["convert", report, "--to"], ["convert", "--ocr=yes", report],
                      ["convert", "-x", report], ["help", "frobnicate"], ["--bogus"], ["review", "--to", "xml", report]])
    func everyUsageErrorIsExit64(_ arguments: [String]) throws {
        let run = try Nianbao.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [["--help"], ["convert", "--help"], ["inspect", "--help"], ["batch", "--help"], ["help", "convert"]])
    func helpIsPrintedWithExit0(_ arguments: [String]) throws {
        let run = try Nianbao.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        #expect(run.stdout.contains("USAGE: nianbao"), "\(arguments)")
        #expect(run.stderr.isEmpty, "\(arguments): \(run.stderr)")
    }

    /// A usage error names the command and what is wrong, then the command's synopsis: two
    /// lines, whatever the mistake.
    @Test(arguments: [
        (["convert", "--to", "xml", report], "nianbao convert: --to: 'xml' is not one of json, text"),
        (["convert", "--bogus", report], "nianbao convert: unknown option '--bogus'"),
        (["convert", report, "--to"], "nianbao convert: --to <to> needs a value"),
        (["inspect", "a", "b"], "nianbao inspect: unexpected argument 'b'"),
        (["convert"], "nianbao convert: no FILE given"),
        (["batch", "x", "-o", "y", "-j", "two"], "nianbao batch: --jobs: 'two' is not a whole number"),
        (["frobnicate"], "nianbao: unknown subcommand 'frobnicate'"),
    ])
    func aUsageErrorSaysWhatIsWrong(_ arguments: [String], _ line: String) throws {
        let run = try Nianbao.run(arguments)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[0] == line && lines[1].hasPrefix("Usage: nianbao"), "\(arguments): \(run.stderr)")
    }

    /// The spellings of an option a user may type all mean the same: `--to text`, `--to=text`,
    /// `-o FILE`, `-oFILE`, `-o=FILE`, `--output=FILE`; `--` ends the options, so a file whose
    /// name begins with `-` can be named; `--help` wins over anything else on the line.
    @Test func optionSpellings() throws {
        let work = try Scratch.directory()
        let text = try Nianbao.run(["convert", "--to", "text", Self.report])
        #expect(text.status == 0 && !text.stdout.hasPrefix("{"), "\(text.stderr)")
        #expect(try Nianbao.run(["convert", "--to=text", Self.report]).stdout == text.stdout)
        for (i, spelling) in [["-o", "X"], ["-oX"], ["-o=X"], ["--output=X"], ["--output", "X"]].enumerated() {
            let out = work.appendingPathComponent("out\(i).txt").path
            let run = try Nianbao.run(["convert", "--to", "text"] + spelling.map { $0.replacingOccurrences(of: "X", with: out) } + [Self.report])
            #expect(run.status == 0 && run.stdout.isEmpty, "\(spelling): \(run.stderr)")
            #expect(FileManager.default.contents(atPath: out) == Data(text.stdout.utf8), "\(spelling)")
        }
        // After `--`, `-missing.txt` is a file (which does not exist), not an unknown option.
        let dashed = try Nianbao.run(["convert", "--", "-missing.txt"])
        #expect(dashed.status == 1 && dashed.stderr.hasPrefix("nianbao: -missing.txt: cannot read the input"), "\(dashed.stderr)")
        let help = try Nianbao.run(["convert", "--bogus", "--to", "xml", "--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("OVERVIEW: Convert one report"), "\(help.stderr)")
        let version = try Nianbao.run(["convert", "--version"])
        #expect(version.status == 0 && version.stdout.hasSuffix("\n") && !version.stdout.isEmpty)
        #expect(try Nianbao.run(["--version"]).stdout == version.stdout)
    }

    /// A default is stated by the help once (ArgumentParser adds `(default: …)` itself).
    @Test(arguments: ["convert", "inspect", "batch"])
    func defaultsAreStatedOnce(_ command: String) throws {
        let help = try Nianbao.run([command, "--help"]).stdout
        for line in help.split(separator: "\n") {
            #expect(line.components(separatedBy: "default").count <= 2, "\(command): \(line)")
        }
    }
}
