import Foundation
import Testing

/// The built `nianbao` binary, run as a user would run it from the repository's root.
public enum Nianbao {
    /// What one run gave.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// `nianbao` in the products folder that holds this test bundle (`.build/debug/`).
    public static func binary() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the bundle's executable is in X.xctest/Contents/MacOS.
        while folder.pathComponents.contains(where: { $0.hasSuffix(".xctest") }) { folder.deleteLastPathComponent() }
        let binary = folder.appendingPathComponent("nianbao")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BinaryMissing(path: binary.path)
        }
        return binary
    }

    public struct BinaryMissing: Error, CustomStringConvertible {
        var path: String
        public var description: String { "no nianbao binary at \(path): build it with `swift build --build-tests`" }
    }

    /// Runs `nianbao ARGUMENTS` in the repository's root; a run longer than `timeout` seconds
    /// is killed and reported as a hang.
    /// `environment` adds to (or, for a value, replaces in) this process's environment.
    public static func run(_ arguments: [String], stdin: Data? = nil, executable: URL? = nil,
                           environment extra: [String: String] = [:], timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = try executable ?? binary()
        process.arguments = arguments
        process.currentDirectoryURL = Samples.root
        // In an AddressSanitizer build the binary checks for leaks at exit; fontconfig's
        // process-long cache (made on first use by poppler) is not one of ours.
        var environment = ProcessInfo.processInfo.environment
        let suppressions = "suppressions=" + Samples.root.appendingPathComponent("fuzz/lsan.supp").path + ":print_suppressions=0"
        environment["LSAN_OPTIONS"] = [suppressions, environment["LSAN_OPTIONS"]].compactMap { $0 }.joined(separator: ":")
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        // Read both pipes while the process runs, so a full pipe never blocks it.
        nonisolated(unsafe) var stdoutData = Data(), stderrData = Data()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { stdoutData = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: readers) { stderrData = err.fileHandleForReading.readDataToEndOfFile() }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            Issue.record("nianbao \(arguments.joined(separator: " ")) ran over \(Int(timeout)) s (a hang)")
        }
        readers.wait()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Runs a bash command line in the repository's root with the binary's path as `$0`
    /// (for redirections and pipes: `"$0" convert x > /dev/full`).
    public static func shell(_ script: String, timeout: TimeInterval = 120) throws -> Result {
        try run(["-c", script, binary().path], executable: URL(fileURLWithPath: "/bin/bash"), timeout: timeout)
    }
}
