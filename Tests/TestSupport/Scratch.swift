import Foundation

/// Unique temporary folders, so tests can run in parallel.
public enum Scratch {
    /// A new empty folder under the system's temporary folder; `name` (the calling test's,
    /// by default) is part of its name, to tell leftovers apart.
    public static func directory(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-\(safe)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
