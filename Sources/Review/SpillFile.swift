import Batch
import FoundationEssentials
import Glibc

/// Text kept on disk instead of in memory until it is written out in another order: pieces
/// are appended to a file that has no name (created beside the output, or in the temporary
/// folder, then unlinked at once, so nothing is left behind even when the process is killed)
/// and read back by the `Chunk` each append returns. The review page's finding items and the
/// findings across reports (`AcrossFindings`) go here. Not for use from two threads at once.
final class SpillFile {
    struct Chunk: Sendable {
        var offset: Int
        var count: Int
    }

    private let fd: Int32
    private let name: String
    private var size = 0
    private var buffer: [UInt8] = []
    /// Appends are written in pieces of about this many bytes.
    private static let bufferSize = 1 << 20

    /// A spill file in `directory` (which must exist).
    init(in directory: URL) throws {
        let url = AtomicFile.temporaryURL(for: directory.appendingPathComponent("spill"))
        name = url.path
        fd = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw BatchError.cannotWrite("cannot create \(url.path): \(String(cString: strerror(errno)))") }
        unlink(url.path)
    }

    /// A spill file in the temporary folder (`TMPDIR`, else `/tmp`); where none can be made
    /// there, one that keeps its pieces in memory (the review goes on, only bigger).
    static func temporary() -> SpillFile {
        (try? SpillFile(in: FileManager.default.temporaryDirectory)) ?? inMemory()
    }

    /// Pieces kept in memory (`fd` -1: nothing is flushed, chunks are read from the buffer).
    static func inMemory() -> SpillFile { SpillFile() }

    private init() {
        fd = -1
        name = "memory"
    }

    deinit { if fd >= 0 { close(fd) } }

    func append(_ text: String) throws -> Chunk {
        let chunk = Chunk(offset: size, count: text.utf8.count)
        buffer.append(contentsOf: text.utf8)
        size += chunk.count
        if fd >= 0, buffer.count >= Self.bufferSize { try flush() }
        return chunk
    }

    func read(_ chunk: Chunk) throws -> String {
        if fd < 0 { return String(decoding: buffer[chunk.offset..<chunk.offset + chunk.count], as: UTF8.self) }
        try flush()
        var bytes = [UInt8](repeating: 0, count: chunk.count)
        var done = 0
        while done < chunk.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, chunk.count - done, off_t(chunk.offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw BatchError.cannotWrite("cannot read back \(name): \(String(cString: strerror(errno)))") }
            done += n
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, buffer.count - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw BatchError.cannotWrite("cannot write \(name): \(String(cString: strerror(errno)))") }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
