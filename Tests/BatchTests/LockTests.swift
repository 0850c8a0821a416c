import Batch
import Foundation
import Testing
import TestSupport

/// One batch at a time writes into an OUTDIR.
@Suite struct LockTests {
    @Test func aSecondBatchIntoTheSameOutdirIsRefusedAndNamesTheFirst() throws {
        let work = try Scratch.directory(#function)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = try sampleInputs(in: work)
        let out = work.appendingPathComponent("out")
        nonisolated(unsafe) var second: BatchProcess.Result?
        let first = try BatchProcess.run(["batch", input.path, "-o", out.path, "--jobs", "1"], afterLines: 1) { pid in
            // The first batch has settled one input of eight: it is converting the others.
            second = try BatchProcess.run(["batch", input.path, "-o", out.path, "--jobs", "1"])
            #expect(second?.stderr == "nianbao: \(out.path) is in use by another batch (process \(pid)); wait for it or choose another -o\n")
        }
        #expect(second?.status == 74)
        #expect(first.status == 1, "\(first.stderr)")  // the truncated DOCX
        #expect(!first.stderr.contains("crashed"))
        #expect(try indexLines(out).count == 8)
        // The lock dies with its holder: a killed batch leaves none behind.
        let killed = try BatchProcess.run(["batch", input.path, "-o", out.path, "--force"], signal: SIGKILL, afterLines: 1)
        #expect(killed.signalled)
        #expect(try BatchProcess.run(["batch", input.path, "-o", out.path, "--quiet"]).status == 1)
    }

    /// Within one process too (a library caller with two threads), and the refused run does not
    /// release the first one's lock on its way out.
    @Test func aSecondRunInTheSameProcessIsRefused() throws {
        let fixture = try BatchFixture(#function)
        defer { fixture.remove() }
        let reports = try fixture.folder("reports", ["seeds/000_5860c8c99ad472da.txt", "seeds/001_081dc9eb37983e65.txt"])
        final class Intruder: BatchObserver {
            let options: BatchOptions
            var refusals: [String] = []
            init(_ options: BatchOptions) { self.options = options }
            func finished(_ entry: IndexEntry, progress: BatchProgress) {
                do { _ = try BatchEngine.run(options) } catch { refusals.append("\(error)") }
            }
            func tick(_ progress: BatchProgress) {}
            func ended(_ progress: BatchProgress) {}
        }
        let options = BatchOptions(paths: [reports.path], outputDirectory: fixture.out, jobs: 1, version: "test")
        let intruder = Intruder(options)
        #expect(try BatchEngine.run(options, observer: intruder).converted == 2)
        let refusal = "\(fixture.out.path) is in use by another batch (process \(getpid())); wait for it or choose another -o"
        #expect(intruder.refusals == [refusal, refusal])
        #expect(try BatchEngine.run(options).upToDate == 2)
    }
}
