import Foundation
@testable import Extract
import TestSupport

/// The files of `samples/bad/` (made by `samples/bad/make_bad.py`).
enum BadSamples {
    static func data(_ name: String) throws -> Data { try Samples.data("bad/" + name) }

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
