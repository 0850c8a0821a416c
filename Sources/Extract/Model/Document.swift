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

    public init(format: SourceFormat, blocks: [Block], warnings: [String] = []) {
        self.format = format
        self.blocks = blocks
        self.warnings = warnings
    }
}

/// The kind of input a document was read from, as `source.format` records it.
public enum SourceFormat: String, Sendable, Equatable {
    case docx
    case pdf
    case text
    /// Legacy word-processor files, read as the DOCX LibreOffice makes of them: a Word binary,
    /// a WPS Office file (the same binary, with WPS's mark), OpenDocument text, RTF.
    case doc, wps, odt, rtf

    /// True when the document was read by the DOCX reader (from DOCX, or from the DOCX
    /// LibreOffice made of a legacy file): paragraphs are the author's, never broken lines.
    public var isWordProcessor: Bool {
        switch self {
        case .docx, .doc, .wps, .odt, .rtf: return true
        case .pdf, .text: return false
        }
    }
}

/// One block of the body in reading order.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case table(Table)
}
