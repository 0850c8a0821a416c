import Foundation

/// Placeholder: replaced by the real reader.
public enum TextReader {
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        throw ExtractError.unsupportedFormat("TextReader is not built yet")
    }
}
