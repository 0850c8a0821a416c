import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OUTDIR/.batch-lock`: one batch at a time writes into an OUTDIR.
///
/// Between processes the lock is an `fcntl(2)` write lock on that file: the kernel releases it
/// when the process ends in any way (a crash or SIGKILL never leaves a stale lock), a child
/// process never inherits it (a `flock(2)` lock would be held by every child between its fork
/// and its exec, long enough for a batch started just after this one ends to be refused), and
/// `F_GETLK` names the holder. Record locks are per process, so within one process a
/// registry of the OUTDIRs locked keeps two runs apart; it also keeps a second run from
/// opening and closing the file, which would drop the first run's lock.
/// The file stays after the run, holding the last holder's process id for a human reader.
final class OutputLock {
    static let name = ".batch-lock"

    private static let registryLock = Lock()
    nonisolated(unsafe) private static var locked: Set<String> = []

    private let fd: Int32
    private let key: String

    /// Takes the lock or throws `BatchError.busy` at once (never waits: a batch can run for hours).
    init(in directory: URL) throws {
        key = CanonicalPath.of(directory.path)
        let key = self.key
        guard OutputLock.registryLock.withLock({ OutputLock.locked.insert(key).inserted }) else {
            throw BatchError.busy(directory.path, process: getpid())
        }
        let path = directory.appendingPathComponent(OutputLock.name).path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            OutputLock.release(key)
            throw AtomicFile.error("cannot create \(path)")
        }
        var lock = OutputLock.wholeFile(F_WRLCK)
        while fcntl(fd, F_SETLK, &lock) != 0 {
            if errno == EINTR { continue }
            let failure: BatchError
            if errno == EACCES || errno == EAGAIN {
                var probe = OutputLock.wholeFile(F_WRLCK)
                let known = fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != Int16(F_UNLCK)
                failure = .busy(directory.path, process: known ? probe.l_pid : nil)
            } else {
                failure = AtomicFile.error("cannot lock \(path)")
            }
            close(fd)
            OutputLock.release(key)
            throw failure
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(fd)
        OutputLock.release(key)
    }

    private static func release(_ key: String) {
        _ = registryLock.withLock { locked.remove(key) }
    }

    private static func wholeFile(_ type: Int32) -> flock {
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 0
        lock.l_len = 0  // to the end of the file, however long
        return lock
    }
}
