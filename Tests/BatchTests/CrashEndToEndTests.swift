import Batch
import Foundation
import Testing
import TestSupport

/// A file that really crashes the converter, in the real binary: the batch dies on it, and the
/// next run marks that file (and not the good one beside it) as crashing, after checking it in
/// a child process.
@Suite struct CrashEndToEndTests {
    /// Crash signals of a Swift runtime trap: SIGILL (x86-64), SIGTRAP (arm64).
    static let trapSignals: Set<Int32> = [SIGILL, SIGTRAP]
    /// No backtrace: symbolicating one takes seconds and says nothing here.
    static let quiet = ["SWIFT_BACKTRACE": "enable=no"]

    @Test func aBatchKilledByATrapMarksThatFileOnTheNextRun() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let trap = input.appendingPathComponent("trap_font_size_1e30.pdf").path, good = input.appendingPathComponent("good.txt").path
        try FileManager.default.copyItem(atPath: Samples.path("batch/trap_font_size_1e30.pdf"), toPath: trap)
        try FileManager.default.copyItem(atPath: Samples.path("seeds/000_5860c8c99ad472da.txt"), toPath: good)
        let arguments = ["batch", input.path, "-o", work.appendingPathComponent("out").path, "--jobs", "2"]

        let first = try BatchProcess.run(arguments, environment: Self.quiet)
        func status(_ path: String) throws -> (String?, String?) {
            let line = try indexLines(work.appendingPathComponent("out")).first { $0["path"] as? String == path }
            return (line?["status"] as? String, line?["error"] as? String)
        }
        guard first.signalled else {
            // The trap has been fixed: the file is an ordinary input, and nothing is marked.
            #expect(!first.stderr.contains("crashed"), "\(first.stderr)")
            #expect(try status(good).0 == "converted")
            return
        }
        #expect(Self.trapSignals.contains(first.status), "died by signal \(first.status)")
        let second = try BatchProcess.run(arguments, environment: Self.quiet)
        #expect(second.status == 1, "\(second.stderr)")
        #expect(try status(good).0 == "converted")
        let (trapStatus, trapError) = try status(trap)
        #expect(trapStatus == "failed")
        #expect(trapError?.hasPrefix("the converter crashed on this file (SIG") == true, "\(trapError ?? "")")
        // Not tried again (the run would die): the third run ends like the second.
        let third = try BatchProcess.run(arguments, environment: Self.quiet)
        #expect(third.status == 1, "\(third.stderr)")
        #expect(third.stderr.contains("failed, crashed the converter: 1 (\(trap))"), "\(third.stderr)")
    }
}
