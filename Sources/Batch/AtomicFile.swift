import Extract
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files replaced all at once: bytes go to a temporary file in the same directory, which is
/// then renamed over the destination, so a reader (or a run interrupted at any point) sees
/// the old file or the new one, never a partial one. Temporary names start with `.` and end
/// with `.tmp-PID-N`; `removeStale(in:)` clears ones a killed run left behind.
public enum AtomicFile {
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = Lock()

    public static func temporaryURL(for url: URL) -> URL {
        let n = counterLock.withLock { () -> Int in
            counter += 1
            return counter
        }
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(n)")
    }

    /// Writes `data` to `url` atomically, creating missing parent directories.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { emit in try emit(data) }
    }

    /// Writes what `fill` hands to `emit`, in order, to `url` atomically: each piece goes to
    /// the temporary file as it comes, so a large file is never held whole in memory.
    public static func write(to url: URL, _ fill: (_ emit: (Data) throws -> Void) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: directory.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let temporary = temporaryURL(for: url)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AtomicFile.error("cannot create \(temporary.path)") }
        do {
            try fill { data in
                let ok = data.withUnsafeBytes { raw -> Bool in
                    var offset = 0
                    while offset < raw.count {
                        let n = posixWrite(fd, raw.baseAddress! + offset, raw.count - offset)
                        if n < 0 { if errno == EINTR { continue }; return false }
                        offset += n
                    }
                    return true
                }
                guard ok else { throw AtomicFile.error("cannot write \(temporary.path)") }
            }
        } catch {
            close(fd)
            unlink(temporary.path)
            throw error
        }
        guard close(fd) == 0 else {
            let failure = AtomicFile.error("cannot write \(temporary.path)")
            unlink(temporary.path)
            throw failure
        }
        try commit(temporary, to: url)
    }

    public static func write(_ text: String, to url: URL) throws { try write(Data(text.utf8), to: url) }

    /// Renames a finished temporary file over `url`.
    static func commit(_ temporary: URL, to url: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            let failure = AtomicFile.error("cannot rename to \(url.path)")
            unlink(temporary.path)
            throw failure
        }
    }

    /// Removes temporary files of earlier runs directly in `directory`, or anywhere below it
    /// when `recursive` (after a run that died: its workers write in subfolders). Only safe
    /// while no other process writes there (the batch holds OUTDIR's lock).
    static func removeStale(in directory: URL, recursive: Bool = false) {
        let fm = FileManager.default
        let paths: [String]
        if recursive {
            paths = (try? fm.subpathsOfDirectory(atPath: directory.path)) ?? []
        } else {
            paths = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        }
        for path in paths {
            let name = PathText.lastComponent(path)
            if isTemporary(name) { unlink(directory.appendingPathComponent(path).path) }
        }
    }

    /// True for a name `temporaryURL(for:)` makes: `.NAME.tmp-PID-N`.
    static func isTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.ranges(of: ".tmp-").last else { return false }
        let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    static func error(_ what: String) -> BatchError {
        BatchError.cannotWrite("\(what): \(String(cString: strerror(errno)))")
    }
}

/// `write(2)`, named apart from `AtomicFile.write`.
private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
