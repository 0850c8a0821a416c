import FoundationEssentials

/// Reads a legacy word-processor file: LibreOffice converts it to DOCX, the DOCX reader reads
/// that, and the document records the original kind as its format.
enum LegacyReader {
    static func read(data: Data, kind: LegacyKind, limits: ReadLimits, converter: (any LegacyConverting)?) throws -> Document {
        let docx = try (converter ?? LibreOffice.fromEnvironment()).docx(from: data, kind: kind)
        var document = try DocxReader.read(data: docx, limits: limits)
        document.format = kind.sourceFormat
        return document
    }
}
