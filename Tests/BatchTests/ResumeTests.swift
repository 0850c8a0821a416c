import Batch
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

    @Test func journalLeftByACrashNamesTheCulprit() throws {
        let (work, input, options) = try setUp(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let culprit = options.paths[0] + "/sub/000_5860c8c99ad472da.txt"
        let suspect = options.paths[0] + "/sub/002_3939e620a62260ff.txt"
        _ = input
        // A run that died converting the culprit alone, with the suspect in flight beside another file.
        try "S\t1\t\(culprit)\nS\t0\t\(suspect)\nS\t0\tgone.txt\nE\tgone.txt\n".write(to: out.appendingPathComponent(".batch-journal"),
                                                                                         atomically: true, encoding: .utf8)
        let summary = try BatchEngine.run(options)
        #expect(summary.failed == 1)
        #expect(summary.failures["crashed the converter"] == [culprit])
        #expect(summary.converted == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".batch-journal").path))
        // Not retried while the file and the converter are the same…
        #expect(try BatchEngine.run(options).failures["crashed the converter"] == [culprit])
        // …unless forced.
        var forced = options
        forced.force = true
        #expect(try BatchEngine.run(forced).converted == 2)
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
