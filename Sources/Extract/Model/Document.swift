/// The one document model that every reader (DOCX, PDF, text) produces.
///
/// A document is a sequence of blocks in reading order. Paragraph text is what a reader of
/// the original would see, automatic numbering included (`一、总体情况`). Tables keep their
/// merged-cell structure; `Normalize` turns them into canonical grids.
public struct Document: Sendable, Equatable {
    /// The kind of source the blocks were read from.
    public var format: SourceFormat
    /// Paragraphs and tables in reading order.
    public var blocks: [Block]
    /// What the reader had to do to read the input at all, for the report's `warnings`
    /// (text with a few bytes that are not UTF-8, shown as U+FFFD).
    public var warnings: [String]
    /// The organ the source's metadata names as publisher (a portal page's `发布机构`), for
    /// the report's `organ` only when the report itself names none.
    public var publisher: String?
    /// The pages (1-based) of a PDF that were read by OCR because they had no text layer
    /// (scans); empty for every other document. A document with any has format `.pdfOCR`.
    public var ocrPages: [Int]

    public init(format: SourceFormat, blocks: [Block], warnings: [String] = [], publisher: String? = nil, ocrPages: [Int] = []) {
        self.format = format
        self.blocks = blocks
        self.warnings = warnings
        self.publisher = publisher
        self.ocrPages = ocrPages
    }
}

/// The kind of input a document was read from, as `source.format` records it.
public enum SourceFormat: String, Sendable, Equatable {
    case docx
    case pdf
    /// A PDF of which some or all pages were scans, read by OCR (`Document.ocrPages`).
    case pdfOCR = "pdf-ocr"
    case text
    /// Legacy word-processor files, read as the DOCX LibreOffice makes of them: a Word binary,
    /// a WPS Office file (the same binary, with WPS's mark), OpenDocument text, RTF.
    case doc, wps, odt, rtf
    /// A web page (HTML), also when saved under a `.doc` name.
    case html
    /// A web archive (`.mht`/`.mhtml`, MIME `multipart/related`) holding a web page.
    case mht

    /// True when the source's paragraphs are the author's own (not lines a converter broke),
    /// so they are never joined.
    public var hasAuthoredParagraphs: Bool {
        switch self {
        case .docx, .doc, .wps, .odt, .rtf, .html, .mht: return true
        case .pdf, .pdfOCR, .text: return false
        }
    }
}

/// One block of the body in reading order.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case table(Table)
}
