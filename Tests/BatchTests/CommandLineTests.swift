import Batch
import Foundation
import Testing
import TestSupport

/// `nianbao batch` as a user meets it: help, usage errors, one line per failure.
@Suite struct CommandLineTests {
    @Test func helpIsHelp() throws {
        let run = try BatchProcess.run(["batch", "--help"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        // The help is on standard output; run it again to read it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BatchProcess.binary)
        process.arguments = ["batch", "--help"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let help = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(help.hasPrefix("OVERVIEW: "))
        let jobs = help.components(separatedBy: "--jobs <jobs>")[1].components(separatedBy: "--force")[0]
        #expect(jobs.components(separatedBy: "default").count == 2, "\(jobs)")
    }

    @Test func everyUsageErrorExits64() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out").path
        for arguments in [["batch"], ["batch", work.path], ["batch", work.path, "-o", out, "--jobs", "0"],
                          ["batch", work.appendingPathComponent("missing").path, "-o", out],
                          ["batch", work.path, "-o", out, "--max-cells", "0"], ["batch", work.path, "-o", out, "--no-such-option"]] {
            let run = try BatchProcess.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.status) \(run.stderr)")
        }
    }

    @Test func aFailureLineNamesTheFileOnce() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("x.docx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try BatchProcess.run(["batch", folder.path, "-o", work.appendingPathComponent("out").path])
        #expect(run.status == 1)
        let line = run.stderr.split(separator: "\n").first { $0.contains("is a directory") }.map(String.init) ?? ""
        #expect(line == "nianbao: [1/1] failed \(folder.path): cannot read the input: it is a directory", "\(run.stderr)")
    }
}
