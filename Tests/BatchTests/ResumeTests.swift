import Batch
import Normalize
import Foundation
import Testing
import TestSupport

/// Resuming: changed inputs are redone, and a file that crashed the converter is found.
@Suite struct ResumeTests {
    /// Two seed copies in a fresh folder, and the options for a batch over it.
    func setUp(_ name: String) throws -> (work: URL, input: URL, options: BatchOptions) {
        let work = try Scratch.directory(name)
        let input = work.appendingPathComponent("in/sub")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for seed in ["000_5860c8c99ad472da", "002_3939e620a62260ff"] {
            try FileManager.default.copyItem(atPath: Samples.path("seeds/\(seed).txt"), toPath: input.appendingPathComponent("\(seed).txt").path)
        }
        let options = BatchOptions(paths: [work.appendingPathComponent("in").path], outputDirectory: work.appendingPathComponent("out"),
                                   jobs: 2, version: "test")
        return (work, input, options)
    }

    @Test func changedInputIsConvertedAgain() throws {
        let (work, input, options) = try setUp(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try BatchEngine.run(options).converted == 2)
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/sub/000_5860c8c99ad472da.txt.json").path))
        let file = input.appendingPathComponent("000_5860c8c99ad472da.txt")
        try (try Data(contentsOf: file) + Data("\n".utf8)).write(to: file)
        let second = try BatchEngine.run(options)
        #expect(second.converted == 1)
        #expect(second.upToDate == 1)
        var other = options
        other.version = "test 2"  // a new converter version makes every output stale
        #expect(try BatchEngine.run(other).converted == 2)
    }

    /// A stand-in for `nianbao` in the crash checks: dies by SIGSEGV on inputs named `crash…`
    /// (as a converter trap would), by SIGKILL on `killed…` (as the OOM killer would), and
    /// runs the real binary on the others.
    func fakeExecutable(in work: URL) throws -> String {
        let url = work.appendingPathComponent("fake-nianbao")
        try """
            #!/bin/sh
            case "$*" in
              */crash*) kill -SEGV $$ ;;
              */killed*) kill -KILL $$ ;;
            esac
            exec "\(BatchProcess.binary)" "$@"

            """.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    @Test func onlyAFileThatCrashesItsOwnCheckIsMarkedCrashed() throws {
        let (work, input, options) = try setUp(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["crash.txt", "killed.txt"] {
            try FileManager.default.copyItem(atPath: Samples.path("seeds/001_081dc9eb37983e65.txt"),
                                             toPath: input.appendingPathComponent(name).path)
        }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let good = input.appendingPathComponent("000_5860c8c99ad472da.txt").path
        let crash = input.appendingPathComponent("crash.txt").path, killed = input.appendingPathComponent("killed.txt").path
        // A run that died with the good file in flight on its own, the others beside each other.
        let journal = "S\t1\t\(good)\nS\t0\t\(crash)\nS\t0\t\(killed)\nS\t0\tgone.txt\nE\tgone.txt\n"
        try journal.write(to: out.appendingPathComponent(".batch-journal"), atomically: true, encoding: .utf8)
        var checked = options
        checked.executable = try fakeExecutable(in: work)
        let summary = try BatchEngine.run(checked)
        #expect(summary.failures == ["crashed the converter": [crash]])
        #expect(summary.converted == 3)  // the good file, the one whose check was killed, and the other seed
        let crashLine = try indexLines(out).first { $0["path"] as? String == crash }
        #expect((crashLine?["error"] as? String)?.hasPrefix("the converter crashed on this file (SIGSEGV") == true)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".batch-journal").path))
        // Not retried while the file and the converter are the same…
        #expect(try BatchEngine.run(checked).failures == ["crashed the converter": [crash]])
        // …unless forced.
        var forced = checked
        forced.force = true
        #expect(try BatchEngine.run(forced).converted == 4)

        // Without an executable to check with, leftovers are converted again, never marked.
        try journal.write(to: out.appendingPathComponent(".batch-journal"), atomically: true, encoding: .utf8)
        var unchecked = options
        unchecked.force = true
        let again = try BatchEngine.run(unchecked)
        #expect(again.converted == 4)
        #expect(again.failed == 0)
    }

    @Test func leftoversNotCheckedYetArePassedOnByARunThatStops() throws {
        let (work, input, options) = try setUp(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let suspect = input.appendingPathComponent("000_5860c8c99ad472da.txt").path
        let journal = out.appendingPathComponent(".batch-journal")
        try "S\t0\t\(suspect)\n".write(to: journal, atomically: true, encoding: .utf8)
        var stopped = options
        stopped.executable = try fakeExecutable(in: work)
        stopped.stop = BatchStop()
        stopped.stop?.request(SIGINT)
        #expect(try BatchEngine.run(stopped).interrupted == SIGINT)
        // Still to be checked by the next run, which checks it and removes the journal.
        #expect(try String(contentsOf: journal, encoding: .utf8) == "S\t0\t\(suspect)\n")
        stopped.stop = nil
        #expect(try BatchEngine.run(stopped).converted == 2)
        #expect(!FileManager.default.fileExists(atPath: journal.path))
    }

    @Test func aFileMarkedCrashedWithoutACheckByAnEarlierVersionIsConvertedAgain() throws {
        let (work, input, options) = try setUp(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let file = input.appendingPathComponent("000_5860c8c99ad472da.txt")
        // The line an earlier version wrote after a run died with this good file in flight on its own.
        let legacy: [String: Any] = [
            "path": file.path, "output": "sub/000_5860c8c99ad472da.txt", "sha256": SHA256.hex(try Data(contentsOf: file)),
            "status": "failed", "error": "the converter crashed on this file in an earlier run (a runtime trap); rerun with --force to retry",
            "failing_checks": [String](), "ms": 0, "version": options.version,
        ]
        let line = String(decoding: try JSONSerialization.data(withJSONObject: legacy), as: UTF8.self)
        try (line + "\n").write(to: out.appendingPathComponent("index.jsonl"), atomically: true, encoding: .utf8)
        let summary = try BatchEngine.run(options)
        #expect(summary.converted == 2)
        #expect(summary.failed == 0)
    }

    @Test func missingPathIsAUsageError() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let options = BatchOptions(paths: [work.appendingPathComponent("nope").path], outputDirectory: work.appendingPathComponent("out"),
                                   version: "test")
        #expect(throws: BatchError.pathNotFound(options.paths[0])) { try BatchEngine.run(options) }
        #expect(BatchError.pathNotFound("x").isUsageError)
    }
}
