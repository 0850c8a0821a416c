import Foundation

/// Placeholder: replaced by the real reader.
public enum DocxReader {
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        throw ExtractError.unsupportedFormat("DocxReader is not built yet")
    }
}
