import FoundationEssentials

/// Reads a Word document (DOCX, transitional or Strict OOXML) into the document model.
///
/// The zip is opened in memory with libzip and the Word XML parts are walked once each with
/// libxml2's streaming reader. Only the main document part, its styles and its numbering
/// definitions are read: headers, footers, footnotes, endnotes and comments never reach the
/// body. See `DocxBodyParser` for what counts as text and where text boxes go.
public enum DocxReader {
    /// Reads DOCX bytes.
    ///
    /// - Parameters:
    ///   - data: the bytes of the `.docx` file.
    ///   - limits: the zip-bomb, depth and size limits to enforce.
    /// - Returns: a `Document` with format `.docx`.
    /// - Throws: `ExtractError.corruptArchive` for a damaged zip, `.unsupportedFormat` for a
    ///   zip that is not a Word document (XLSX, PPTX, ODF…), `.malformedXML` for XML that does
    ///   not parse or declares a DTD, `.limitExceeded` when a limit is passed.
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        let package = try DocxPackage(data: data, limits: limits)
        guard let mainPart = try package.mainDocumentPart(),
              !mainPart.hasPrefix("xl/"), !mainPart.hasPrefix("ppt/") else {
            throw try package.notWordError()
        }
        let relationships = try package.relationships(of: mainPart)
        let directory = DocxPackage.directory(of: mainPart)

        var styles = DocxStyles()
        if let part = package.relatedPart(of: mainPart, type: "styles", fallback: directory + "styles.xml",
                                          relationships: relationships),
           let data = try package.read(part) {
            // The filtered part is parsed first; should the byte scan have cut it badly, the whole
            // part decides (its own errors are the ones reported).
            if let filtered = StylesFilter.paragraphStyles(data),
               let parsed = try? DocxStyles(data: filtered, partName: part, limits: limits) {
                styles = parsed
            } else {
                styles = try DocxStyles(data: data, partName: part, limits: limits)
            }
        }
        var definitions = DocxNumberingDefinitions()
        if let part = package.relatedPart(of: mainPart, type: "numbering", fallback: directory + "numbering.xml",
                                          relationships: relationships),
           let data = try package.read(part) {
            definitions = try DocxNumberingDefinitions(data: data, partName: part, limits: limits)
        }

        guard let body = try package.read(mainPart) else { throw try package.notWordError() }
        let parser = try DocxBodyParser(
            data: body, partName: mainPart, styles: styles,
            numbering: DocxNumbering(definitions: definitions, styles: styles), limits: limits)
        let blocks = try parser.parse()
        return Document(format: .docx, blocks: blocks, warnings: parser.encodingWarning.map { [$0] } ?? [])
    }
}
