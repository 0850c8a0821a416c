import Batch
import FoundationEssentials
import Glibc

/// Text kept on disk instead of in memory until it is written out in another order: pieces
/// are appended to a file that has no name (created beside the output, then unlinked at
/// once, so nothing is left behind even when the process is killed) and read back by the
/// `Chunk` each append returns. The review page's finding items go here.
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

    deinit { close(fd) }

    func append(_ text: String) throws -> Chunk {
        let chunk = Chunk(offset: size, count: text.utf8.count)
        buffer.append(contentsOf: text.utf8)
        size += chunk.count
        if buffer.count >= Self.bufferSize { try flush() }
        return chunk
    }

    func read(_ chunk: Chunk) throws -> String {
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
