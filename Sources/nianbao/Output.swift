import Foundation

/// Where results go: standard output in one write, or a file replaced atomically, so a
/// failure never leaves a partial output behind.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        let data = Data(text.utf8)
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

enum Diagnostics {
    /// Prints one line to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("nianbao: \(message)\n".utf8))
        exit(code)
    }
}
