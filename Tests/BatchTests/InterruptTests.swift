import Batch
import Foundation
import Testing
import TestSupport

/// Stopping a batch (SIGINT, SIGTERM) or killing it (SIGKILL) at several points, then running
/// it again, ends with the OUTDIR a clean run leaves: no good file marked as crashed, no file
/// lost, index, cells and database agreeing.
@Suite struct InterruptTests {
    /// Each run of a sequence into one OUTDIR is stopped by this signal once it has settled
    /// this many inputs (progress lines); later runs skip what earlier ones finished, so each
    /// stop lands further in (or, late in a sequence, the run may finish first). Two SIGKILLs
    /// in a row are the reproducer of a good file marked as crashed (issue 11). The sequence
    /// for `--jobs 1` begins with SIGINT, the one for `--jobs 2` with SIGTERM.
    static func stops(jobs: Int) -> [(signal: Int32, afterLines: Int)] {
        let (first, second) = jobs == 1 ? (SIGINT, SIGTERM) : (SIGTERM, SIGINT)
        return [(first, 1), (second, 3), (SIGKILL, 2), (SIGKILL, 4), (first, 5)]
    }

    @Test(arguments: [1, 2])
    func stoppedAndKilledRunsEndLikeACleanRun(jobs: Int) throws {
        let work = try Scratch.directory("InterruptTests\(jobs)")
        defer { try? FileManager.default.removeItem(at: work) }
        let input = try sampleInputs(in: work)
        func arguments(_ out: String) -> [String] {
            ["batch", input.path, "-o", work.appendingPathComponent(out).path, "--jobs", String(jobs),
             "--sqlite", work.appendingPathComponent(out + ".db").path]
        }
        let clean = try BatchProcess.run(arguments("clean"))
        #expect(clean.status == 1, "\(clean.stderr)")  // the truncated DOCX fails
        let reference = try OutdirSnapshot(work.appendingPathComponent("clean"), database: work.appendingPathComponent("clean.db").path)
        #expect(reference.index.count == 8)

        var stopped: [Bool] = []
        for stop in Self.stops(jobs: jobs) {
            let run = try BatchProcess.run(arguments("out"), signal: stop.signal, afterLines: stop.afterLines)
            let lines = run.stderr.split(separator: "\n").map(String.init)
            let clean = lines.last?.hasPrefix("nianbao: stopped by \(BatchStop.name(stop.signal)): ") == true
            stopped.append(clean)
            if stop.signal == SIGKILL {
                #expect(run.signalled && run.status == SIGKILL || run.status == 1, "\(run.stderr)")
            } else if clean {
                #expect(!run.signalled && run.status == 128 + stop.signal, "\(run.stderr)")
                // One line says so; the others are the progress lines of inputs settled.
                #expect(lines.filter { !$0.hasPrefix("nianbao: [") }.count == 1, "\(run.stderr)")
                #expect(!run.stderr.contains("crashed"), "\(run.stderr)")
            } else {
                #expect(!run.signalled && run.status == 1, "the run neither stopped cleanly nor finished: \(run.stderr)")
            }
        }
        // The first stop lands after one input of eight, from an empty OUTDIR.
        #expect(stopped.first == true, "\(stopped)")

        let final = try BatchProcess.run(arguments("out"))
        #expect(final.status == 1, "\(final.stderr)")
        #expect(!final.stderr.contains("crashed"), "\(final.stderr)")
        let snapshot = try OutdirSnapshot(work.appendingPathComponent("out"), database: work.appendingPathComponent("out.db").path)
        #expect(snapshot == reference)
        // Nothing half-done is left: no temporary file, no journal.
        let left = FileManager.default.enumerator(atPath: work.appendingPathComponent("out").path)!.compactMap { $0 as? String }
        #expect(left.filter { $0.contains(".tmp-") || $0.hasSuffix(".batch-journal") }.isEmpty, "\(left)")
    }

    /// A stop settles every input not done from what OUTDIR held: the index keeps their
    /// entries, cells.csv their rows (read back from their .json), and a new input stays out.
    @Test func aStopKeepsWhatOutdirHeldForInputsNotDone() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let reports = try fixture.folder("reports", ["seeds/000_5860c8c99ad472da.txt", "docx/01_word_2021_county.docx"])
        let other = try fixture.folder("other", ["seeds/001_081dc9eb37983e65.txt"])
        #expect(try fixture.run([other.path]).converted == 1)
        #expect(try fixture.run([reports.path]).converted == 2)
        let before = try OutdirSnapshot(fixture.out, database: fixture.database)
        try FileManager.default.copyItem(atPath: Samples.path("seeds/002_3939e620a62260ff.txt"),
                                         toPath: reports.appendingPathComponent("new.txt").path)
        let stop = BatchStop()
        stop.request(SIGTERM)
        var options = BatchOptions(paths: [reports.path], outputDirectory: fixture.out, jobs: 2, force: true,
                                   sqlitePath: fixture.database, version: "test", stop: stop)
        let summary = try BatchEngine.run(options)
        #expect(summary.interrupted == SIGTERM)
        #expect(summary.converted == 0)
        #expect(try OutdirSnapshot(fixture.out, database: fixture.database) == before)
        options.stop = nil
        #expect(try BatchEngine.run(options).converted == 3)
    }

    /// The same from inside the process, where the moment is exact: the stop is requested as
    /// the k-th input is settled, for each k, run after run into one OUTDIR.
    @Test(arguments: [1, 2])
    func aStopAtAnyInputEndsLikeACleanRun(jobs: Int) throws {
        let fixture = try BatchFixture("aStopAtAnyInput\(jobs)")
        defer { fixture.remove() }
        let input = try fixture.folder("in", ["seeds/000_5860c8c99ad472da.txt", "seeds/001_081dc9eb37983e65.txt",
                                              "seeds/002_3939e620a62260ff.txt", "docx/03_word_2019_town.docx", "bad/truncated.docx"])
        func options(_ out: String, stop: BatchStop? = nil) -> BatchOptions {
            BatchOptions(paths: [input.path], outputDirectory: fixture.work.appendingPathComponent(out), jobs: jobs,
                         sqlitePath: fixture.work.appendingPathComponent(out + ".db").path, version: "test", stop: stop)
        }
        _ = try BatchEngine.run(options("clean"))
        let reference = try OutdirSnapshot(fixture.work.appendingPathComponent("clean"),
                                           database: fixture.work.appendingPathComponent("clean.db").path)
        /// Requests a stop when the `at`-th input of the run is settled.
        final class StopAt: BatchObserver {
            let stop = BatchStop()
            let at: Int
            init(_ at: Int) { self.at = at }
            func finished(_ entry: IndexEntry, progress: BatchProgress) { if progress.done == at { stop.request(SIGINT) } }
            func tick(_ progress: BatchProgress) {}
            func ended(_ progress: BatchProgress) {}
        }
        for at in [1, 2, 4] {
            let observer = StopAt(at)
            let summary = try BatchEngine.run(options("out", stop: observer.stop), observer: observer)
            #expect(summary.interrupted == SIGINT, "stop at \(at)")
            #expect(summary.converted + summary.upToDate + summary.failed == at, "stop at \(at)")
        }
        #expect(try BatchEngine.run(options("out")).interrupted == nil)
        #expect(try OutdirSnapshot(fixture.work.appendingPathComponent("out"), database: fixture.work.appendingPathComponent("out.db").path)
                == reference)
    }
}
