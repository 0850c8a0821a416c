import Foundation
import Testing
import TestSupport

/// The same input and version give the same bytes in every process: Swift seeds its hashing
/// anew in each process, so anything written in a `Set` or `Dictionary` order shows here.
@Suite struct DeterminismTests {
    /// Every sample folder a user-facing conversion reads (the bad inputs have their own tests).
    static let folders = ["seeds", "docx", "pdf", "dumps", "text", "real"]

    @Test func everySampleGivesTheSameBytesInTwoProcesses() throws {
        let scratch = try Scratch.directory()
        let outputs = ["first", "second"].map { scratch.appendingPathComponent($0) }
        // The two processes run at once, one core each: the suite waits for one batch's time.
        nonisolated(unsafe) var results: [Nianbao.Result?] = [nil, nil]
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let result = try? Nianbao.run(["batch"] + Self.folders.map { "samples/" + $0 }
                                          + ["-o", outputs[i].path, "--quiet", "--jobs", "1"], timeout: 600)
            lock.withLock { results[i] = result }
        }
        for result in results {
            #expect(result?.status == 0 || result?.status == 1, "\(result?.stderr ?? "did not run")")
        }
        let names = try Self.outputs(in: outputs[0])
        #expect(names.count > 1000, "only \(names.count) outputs")
        #expect(names == (try Self.outputs(in: outputs[1])))
        var differing: [String] = []
        for name in names {
            let a = try Data(contentsOf: outputs[0].appendingPathComponent(name))
            let b = try Data(contentsOf: outputs[1].appendingPathComponent(name))
            if a != b { differing.append(name) }
        }
        #expect(differing.isEmpty, "different bytes in two processes: \(differing)")
    }

    /// The `.json` and `.txt` outputs below `folder`, as relative paths, sorted.
    static func outputs(in folder: URL) throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: folder.path)
        var names: [String] = []
        while let name = walker?.nextObject() as? String {
            if name.hasSuffix(".json") || name.hasSuffix(".txt"), !name.hasPrefix("index") { names.append(name) }
        }
        return names.sorted()
    }
}
