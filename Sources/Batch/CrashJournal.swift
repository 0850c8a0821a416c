import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// `OUTDIR/.batch-journal`: which inputs are being converted right now, so that the run after
/// a batch died (a runtime trap in the converter kills the whole in-process batch, but so do
/// SIGKILL and the OOM killer) knows which inputs were in flight.
///
/// A worker appends `S<TAB>mode<TAB>path` before converting and `E<TAB>path` after, each line
/// in one `write(2)` to a file opened with `O_APPEND` (`mode` is informational: `1` when the
/// input was converted on its own). A run that finishes, or stops cleanly on a signal,
/// deletes the journal. A journal left behind names the inputs in flight when the run died:
/// the next run checks each of them in a child process (`CrashCheck`) before anything else,
/// and only one whose child dies by a crash signal is marked failed. Those still to be checked
/// are written into the new journal at once, so a run that dies while checking them passes
/// them on again.
final class CrashJournal: @unchecked Sendable {
    static let name = ".batch-journal"
    /// How the `error` of an input whose crash check died begins (see `crashed(_:)`). Entries
    /// of earlier versions ("… crashed on this file in an earlier run (a runtime trap) …")
    /// were marked without a check, often wrongly (a batch killed while converting a good
    /// file alone): they do not match, so those files are converted again.
    static let crashedPrefix = "the converter crashed on this file ("

    /// The `error` of an input whose check died by `signal`.
    static func crashed(_ signal: Int32) -> String {
        "\(crashedPrefix)\(BatchStop.name(signal)) when converted on its own after a batch died); "
            + "it is not retried until the file or nianbao changes; rerun with --force to retry"
    }

    let url: URL
    let fd: Int32

    /// Reads what a dead run left (the inputs it had in flight, sorted), then starts a fresh
    /// journal that already names them.
    static func open(in directory: URL) throws -> (CrashJournal, leftovers: [String]) {
        let url = directory.appendingPathComponent(name)
        var inFlight: Set<String> = []
        if let data = try? Data(contentsOf: url) {
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3, fields[0] == "S" { inFlight.insert(String(fields[2])) }
                if fields.count == 2, fields[0] == "E" { inFlight.remove(String(fields[1])) }
            }
        }
        let leftovers = inFlight.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        try AtomicFile.write(lines(leftovers), to: url)
        let fd = Glibc.open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw AtomicFile.error("cannot open \(url.path)") }
        return (CrashJournal(url: url, fd: fd), leftovers)
    }

    private static func lines(_ paths: [String]) -> String { paths.map { "S\t0\t\($0)\n" }.joined() }

    private init(url: URL, fd: Int32) {
        self.url = url
        self.fd = fd
    }

    deinit { close(fd) }

    func started(_ path: String, alone: Bool) { append("S\t\(alone ? 1 : 0)\t\(path)\n") }
    func ended(_ path: String) { append("E\t\(path)\n") }

    /// The run is over (finished or stopped): nothing is in flight but `pending`, the
    /// leftovers not checked yet, which the next run checks.
    func finish(pending: [String] = []) {
        if pending.isEmpty {
            unlink(url.path)
        } else {
            try? AtomicFile.write(CrashJournal.lines(pending), to: url)
        }
    }

    private func append(_ line: String) {
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
