import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `OUTDIR/.batch-journal`: which inputs are being converted right now, so that the run after
/// a crash (a runtime trap in the converter kills the whole in-process batch) can find the
/// file that caused it instead of crashing on it again.
///
/// A worker appends `S<TAB>mode<TAB>path` before converting and `E<TAB>path` after, each line
/// in one `write(2)` to a file opened with `O_APPEND`. A run that finishes deletes the journal.
/// A journal left behind names the inputs in flight when the run died:
/// - started alone (`mode` 1) and never ended: the crash was this file's; it is marked failed
///   and not retried until its bytes or the converter change, or `--force`;
/// - started beside others (`mode` N): one of them crashed; the next run converts these
///   suspects one at a time, first, so a second crash names the culprit exactly.
final class CrashJournal: @unchecked Sendable {
    static let name = ".batch-journal"
    /// The `error` of an input that crashed the converter (also the grouping reason).
    static let crashed = "the converter crashed on this file in an earlier run (a runtime trap); rerun with --force to retry"

    /// Inputs left in flight by a dead run.
    struct Leftovers {
        var culprits: Set<String> = []
        var suspects: Set<String> = []
    }

    let url: URL
    let fd: Int32

    /// Reads what a dead run left, then starts a fresh journal.
    static func open(in directory: URL) throws -> (CrashJournal, Leftovers) {
        let url = directory.appendingPathComponent(name)
        var inFlight: [String: Bool] = [:]  // path → started alone
        if let data = try? Data(contentsOf: url) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3, fields[0] == "S" { inFlight[String(fields[2])] = fields[1] == "1" }
                if fields.count == 2, fields[0] == "E" { inFlight[String(fields[1])] = nil }
            }
        }
        var leftovers = Leftovers()
        for (path, alone) in inFlight {
            if alone { leftovers.culprits.insert(path) } else { leftovers.suspects.insert(path) }
        }
        let fd = Glibc.open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.error("cannot create \(url.path)") }
        return (CrashJournal(url: url, fd: fd), leftovers)
    }

    private init(url: URL, fd: Int32) {
        self.url = url
        self.fd = fd
    }

    deinit { close(fd) }

    func started(_ path: String, alone: Bool) { append("S\t\(alone ? 1 : 0)\t\(path)\n") }
    func ended(_ path: String) { append("E\t\(path)\n") }

    /// The run finished: nothing is in flight.
    func remove() { unlink(url.path) }

    private func append(_ line: String) {
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
