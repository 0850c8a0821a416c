import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reads an input file by its path's bytes, with the checks every input gets.
///
/// Paths are bytes on Linux: a name that is not UTF-8 (an old GBK archive unpacked as is) is
/// opened by its bytes, never by a lossy decoding of them. The file is opened without
/// blocking and checked on the open descriptor, so a named pipe or a device is refused
/// before anything is read from it and nothing can change between the check and the read.
enum InputFile {
    /// Reads the file at `path` (bytes, no NUL).
    static func read(path: [UInt8], limits: ReadLimits) throws -> Data {
        let fd = path.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                var cPath = Array(chars)
                cPath.append(0)
                return open(cPath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            }
        }
        guard fd >= 0 else {
            let code = errno
            throw kindError(path) ?? openError(code, path: path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ExtractError.unreadable("the file cannot be read (\(String(cString: strerror(errno))))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ExtractError.unreadable("it is a directory")
        case S_IFSOCK: throw ExtractError.unreadable("it is not a regular file (a socket)")
        case S_IFCHR, S_IFBLK: throw ExtractError.unreadable("it is not a regular file (a device)")
        default: throw ExtractError.unreadable("it is not a regular file (a named pipe or other special file)")
        }
        let size = Int(info.st_size)
        if size > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(size) bytes, over the limit of \(limits.maxInputBytes)")
        }
        // Read to the end, not to the size fstat gave: a file that grows or shrinks while it is
        // read is read as it is, and never past the limit.
        var data = Data(count: max(size, 0))
        var filled = 0
        while true {
            if filled == data.count { data.count += max(1 << 16, data.count / 2) }
            let n = data.withUnsafeMutableBytes { raw in Glibc.read(fd, raw.baseAddress! + filled, raw.count - filled) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ExtractError.unreadable("the file cannot be read (\(String(cString: strerror(errno))))")
            }
            if n == 0 { break }
            filled += n
            if filled > limits.maxInputBytes {
                throw ExtractError.limitExceeded("the input is over the limit of \(limits.maxInputBytes) bytes")
            }
        }
        data.count = filled
        return data
    }

    /// A socket cannot be opened at all (`ENXIO`): when `open` fails on something that is
    /// there, its kind says why.
    static func kindError(_ path: [UInt8]) -> ExtractError? {
        var cPath = path.map { CChar(bitPattern: $0) }
        cPath.append(0)
        var info = stat()
        guard stat(cPath, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK else { return nil }
        return .unreadable("it is not a regular file (a socket)")
    }

    /// Why `open` failed, said the way a user thinks of it.
    static func openError(_ code: Int32, path: [UInt8]) -> ExtractError {
        switch code {
        case ENOENT:
            if let target = linkTarget(path) { return .unreadable("it is a symbolic link to \(target), which does not exist") }
            return .unreadable("no such file")
        case ELOOP: return .unreadable("a loop of symbolic links")
        case EACCES, EPERM: return .unreadable("permission denied")
        case ENOTDIR: return .unreadable("a part of the path is not a folder")
        case ENAMETOOLONG: return .unreadable("the path is too long")
        default: return .unreadable("the file cannot be opened (\(String(cString: strerror(code))))")
        }
    }

    /// The target of a symbolic link, or `nil` when `path` is not one.
    static func linkTarget(_ path: [UInt8]) -> String? {
        var cPath = path.map { CChar(bitPattern: $0) }
        cPath.append(0)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(cPath, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
