import Extract
import Foundation
import Normalize

/// The repository's `samples/`, found from this file's path, so tests need no bundle copy
/// and read nothing outside the repository.
public enum Samples {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    /// `samples/`.
    public static let dir = root.appendingPathComponent("samples")

    /// A file below `samples/`.
    public static func url(_ relative: String) -> URL { dir.appendingPathComponent(relative) }

    /// The path of a file below `samples/`.
    public static func path(_ relative: String) -> String { url(relative).path }

    /// A file's bytes.
    public static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    /// The names of the files in a folder below `samples/` that end in `.ext`, sorted.
    public static func files(in folder: String, ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// A JSON file's top-level object.
    public static func json(_ relative: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data(relative)) as? [String: Any] else {
            throw SampleError(description: "\(relative) is not a JSON object")
        }
        return object
    }

    /// A sample's text-reader document.
    public static func textDocument(_ relative: String) throws -> Document {
        try TextReader.read(data: data(relative))
    }

    /// A sample converted the way `nianbao convert` converts it.
    public static func convert(_ relative: String) throws -> Report {
        try Converter.convert(contentsOf: url(relative), displayPath: relative)
    }

    /// The report as JSON objects, the way another tool would read it.
    public static func reportJSON(_ report: Report) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(JSONWriter.write(report).utf8)) as? [String: Any] else {
            throw SampleError(description: "the report JSON is not an object")
        }
        return object
    }
}

/// A sample that is missing or not what its test expects.
public struct SampleError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
