import Batch
import Extract
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where results go: standard output, or the file `-o` names.
///
/// - A regular file (or a path that does not exist yet) is replaced atomically: a failure
///   never leaves a partial file, and a replaced file keeps its permissions.
/// - A symbolic link is followed: the file it points to is replaced, the link kept.
/// - A named pipe, a device, `/dev/stdout` or `/dev/fd/N` is written into directly; it is
///   never replaced by a file (not even when run as root).
/// - A directory, a missing folder or a path that cannot be written is an `OutputError`.
enum Output {
    /// Symbolic links followed before a chain is called a loop (Linux's own limit is 40).
    static let maxLinkHops = 40

    static func write(_ text: String, to path: String?) throws(OutputError) {
        let data = Data(text.utf8)
        guard let path, path != "-" else {
            try StandardStream.output.writeOutput(data, name: "standard output")
            return
        }
        if let fd = descriptorAlias(path) {
            try StandardStream(fd: fd).writeOutput(data, name: path)
            return
        }
        let target = try resolveLinks(path)
        var info = stat()
        guard lstat(target, &info) == 0 else {
            guard errno == ENOENT else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
            try replace(target, with: data, shownAs: path, mode: nil)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: try replace(target, with: data, shownAs: path, mode: info.st_mode & 0o7777)
        case S_IFDIR: throw OutputError(path: path, reason: "it is a directory")
        default: try writeInPlace(target, data, shownAs: path)  // a named pipe, a device, a socket
        }
    }

    /// The descriptor a path stands for when it names one of this process's open files
    /// (`/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`).
    static func descriptorAlias(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        case "/dev/stdin": return 0
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// The path after following every symbolic link at its end (relative targets are taken
    /// from the link's folder); a chain longer than `maxLinkHops` is a loop.
    static func resolveLinks(_ path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<maxLinkHops {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n >= 0 else { return current }  // not a link (or not there): the path itself
            let target = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = PathText.folder(current)
            current = target.hasPrefix("/") || folder.isEmpty ? target : folder + "/" + target
        }
        throw OutputError(path: path, reason: "a loop of symbolic links")
    }

    /// Replaces (or creates) a regular file atomically, keeping `mode` when it had one.
    static func replace(_ target: String, with data: Data, shownAs path: String, mode: mode_t?) throws(OutputError) {
        let folder = PathText.folder(target)
        var info = stat()
        if !folder.isEmpty, stat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
            throw OutputError(path: path, reason: "the folder \(folder) does not exist")
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: target))
        } catch {
            throw OutputError(path: path, reason: String(describing: error).components(separatedBy: ": ").last ?? "")
        }
        if let mode { chmod(target, mode) }
    }

    /// Writes into a pipe or device as it is (opening a named pipe waits for its reader).
    static func writeInPlace(_ target: String, _ data: Data, shownAs path: String) throws(OutputError) {
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try StandardStream(fd: fd).writeOutput(data, name: path)
    }
}

/// An output that cannot be written: exit status 74, one line.
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(Diagnostics.shown(path)): cannot write the output: \(reason)" }
}

extension StandardStream {
    /// Writes all of `data` for the command's output. A reader that went away (`EPIPE`:
    /// `nianbao convert x | head -1`) ends the process quietly with status 0: there is no one
    /// left to tell.
    func writeOutput(_ data: Data, name: String) throws(OutputError) {
        guard let failure = write(data) else { return }
        if failure == EPIPE { exit(0) }
        throw OutputError(path: name, reason: String(cString: strerror(failure)))
    }
}

enum Diagnostics {
    /// Prints one line to standard error and exits with `code`. When standard error itself
    /// cannot be written, the exit status still says what happened.
    static func fail(_ message: String, code: Int32) -> Never {
        warn(message)
        exit(code)
    }

    /// Prints one line to standard error (`message` folded to one line by `OneLine`).
    static func warn(_ message: String) {
        let line = "nianbao: " + OneLine.fold(message) + "\n"
        StandardStream.error.write(line)
    }

    /// A file name as printed in a one-line message (see `DisplayName`).
    static func shown(_ path: String) -> String { DisplayName.of(path) }
}
