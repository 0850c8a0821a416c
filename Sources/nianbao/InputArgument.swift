import Extract
import FoundationEssentials
import Glibc

/// The FILE argument of `convert` and `inspect`: a path, or `-` for standard input.
///
/// Swift decodes the command line as UTF-8 and replaces bytes that are not; a file whose name
/// is not UTF-8 would then be "no such file". The argument's own bytes are taken from the
/// process's argv instead, and shown with such bytes written as `\xFF`.
struct InputArgument {
    /// The argument as Swift decoded it.
    var text: String
    /// The path's bytes as the shell passed them.
    var bytes: [UInt8]

    init(_ text: String) {
        self.text = text
        bytes = Self.argvBytes(decodingTo: text) ?? Array(text.utf8)
    }

    /// The file's name for a one-line message.
    var shown: String { text == "-" ? "-" : DisplayName.of(bytes: bytes) }

    /// The input's bytes: standard input to its end (refused as soon as it passes the size
    /// limit), or the file.
    func read(limits: ReadLimits) throws -> Data {
        text == "-" ? try DocumentReader.readStream(fileDescriptor: STDIN_FILENO, limits: limits)
            : try DocumentReader.readFile(pathBytes: bytes, limits: limits)
    }

    /// The bytes of the first process argument (after the program's name) whose lossy
    /// UTF-8 decoding is `text`.
    static func argvBytes(decodingTo text: String) -> [UInt8]? {
        for i in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
            if String(decoding: bytes, as: UTF8.self) == text { return bytes }
        }
        return nil
    }
}
