import Foundation

/// Placeholder: replaced by the real reader.
public enum PdfReader {
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        throw ExtractError.unsupportedFormat("PdfReader is not built yet")
    }
}
