import Batch
import Foundation
import Testing
import TestSupport

/// The built `nianbao` binary run as a separate process, for what only a process shows:
/// signals, exit statuses, the OUTDIR lock held across processes.
enum BatchProcess {
    /// The binary beside the test bundle (`Nianbao.binary()`).
    static var binary: String { (try? Nianbao.binary().path) ?? "nianbao" }

    struct Result {
        var status: Int32
        /// True when the process ended by a signal (`status` is then the signal's number).
        var signalled: Bool
        var stderr: String
        var pid: Int32
    }

    /// Runs `nianbao ARGUMENTS`; when `signal` is given, sends it once standard error holds
    /// `afterLines` lines (progress lines: one per input settled), so the stop lands at a
    /// point defined by progress, not by a clock. `whileRunning` runs at that point, before
    /// the signal.
    ///
    /// Started with `posix_spawn` and every signal unblocked and at its default action, as
    /// from a shell: Foundation's `Process` passes on the calling thread's signal mask, and
    /// the test runner's threads block SIGINT and SIGTERM.
    static func run(_ arguments: [String], signal: Int32? = nil, afterLines: Int = 0, environment extra: [String: String] = [:],
                    whileRunning: ((Int32) throws -> Void)? = nil) throws -> Result {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EMFILE) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        close(pipeEnds[1])
        let reader = FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var stderr = Data()
        if signal != nil || whileRunning != nil {
            while stderr.filter({ $0 == 0x0A }).count < afterLines {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                stderr.append(chunk)
            }
            try whileRunning?(pid)
            if let signal { kill(pid, signal) }
        }
        stderr.append(reader.readDataToEndOfFile())
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let termination = status & 0x7f  // WTERMSIG; 0 when it exited
        return Result(status: termination == 0 ? (status >> 8) & 0xff : termination, signalled: termination != 0,
                      stderr: String(decoding: stderr, as: UTF8.self), pid: pid)
    }
}

/// What a batch leaves in OUTDIR that a user reads: every output, the index without its
/// timing field, `cells.csv`, and the database's reports and cells.
struct OutdirSnapshot: Equatable, CustomStringConvertible {
    var files: [String: Data] = [:]
    var index: [String] = []
    var database: [String?] = []

    init(_ out: URL, database path: String? = nil) throws {
        let fm = FileManager.default
        for case let relative as String in fm.enumerator(atPath: out.path)! {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), relative.hasSuffix(".json") || relative.hasSuffix(".txt") || relative == "cells.csv" else { continue }
            files[relative] = try Data(contentsOf: out.appendingPathComponent(relative))
        }
        for var line in try indexLines(out) {
            line["ms"] = nil
            index.append(String(decoding: try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]), as: UTF8.self))
        }
        if let path {
            let db = try SQLiteDatabase(path: path)
            database = try db.column("SELECT path || ' ' || sha256 || ' ' || failing_checks FROM reports ORDER BY path")
                + db.column("SELECT count(*) || ' ' || total(value) || ' ' || group_concat(raw, '') FROM cells")
        }
    }

    var description: String { "\(files.count) files, index:\n" + index.joined(separator: "\n") }
}

/// A folder of inputs for subprocess batches: seeds, DOCX and PDF samples and one bad file,
/// enough that a batch runs for a few tenths of a second with a debug build.
func sampleInputs(in work: URL) throws -> URL {
    let input = work.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input.appendingPathComponent("docx"), withIntermediateDirectories: true)
    for name in ["seeds/000_5860c8c99ad472da.txt", "seeds/001_081dc9eb37983e65.txt", "seeds/002_3939e620a62260ff.txt",
                 "docx/01_word_2021_county.docx", "docx/03_word_2019_town.docx", "docx/07_word_label_variants.docx",
                 "pdf/01_word_2021_county.pdf", "bad/truncated.docx"] {
        let target = name.hasPrefix("docx/") ? name : (name as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: Samples.path(name), toPath: input.appendingPathComponent(target).path)
    }
    return input
}
