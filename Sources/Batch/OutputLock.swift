import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OUTDIR/.batch-lock`: one batch at a time writes into an OUTDIR. The lock is a `flock(2)`
/// on that file, held as long as the descriptor is open, so the kernel releases it when the
/// process ends in any way (a crash or SIGKILL never leaves a stale lock). The file holds the
/// holder's process id, so a second batch can say who is in the way. The file itself stays:
/// removing it would let a third batch lock a new file while the second still holds the old.
final class OutputLock {
    static let name = ".batch-lock"

    private let fd: Int32

    /// Takes the lock or throws `BatchError.busy` at once (never waits: a batch can run for hours).
    init(in directory: URL) throws {
        let path = directory.appendingPathComponent(OutputLock.name).path
        // O_CLOEXEC: a child process (the crash check) must not inherit the lock.
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.error("cannot create \(path)") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let busy = errno == EWOULDBLOCK
            let failure = busy ? BatchError.busy(directory.path, process: OutputLock.holder(fd)) : AtomicFile.error("cannot lock \(path)")
            close(fd)
            throw failure
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit { close(fd) }

    /// The process id the holder wrote, `nil` when it has not written it yet.
    private static func holder(_ fd: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: bytes[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
