import Foundation
@testable import Extract

/// The files of `samples/bad/` (made by `samples/bad/make_bad.py`), found from this file's path.
enum BadSamples {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples/bad")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// The error `DocumentReader` throws for the sample, or `nil` when it reads.
    static func error(_ name: String) throws -> ExtractError? {
        let bytes = try data(name)
        do {
            _ = try DocumentReader.read(data: bytes)
            return nil
        } catch let error as ExtractError {
            return error
        }
    }
}
