/// A paragraph of body text.
public struct Paragraph: Sendable, Equatable {
    /// The visible text, with the numbering label that the source renders automatically
    /// already in front (`（一）主动公开情况`). Line breaks inside the paragraph are `\n`.
    public var text: String
    /// The automatic numbering label alone, when the source numbered the paragraph
    /// (DOCX `w:numPr`); `nil` when the label, if any, is typed text.
    public var numberingLabel: String?
    /// The paragraph style's name or id, when the source has one.
    public var style: String?
    /// Outline level, 0 for a top-level heading, when the source marks one.
    public var outlineLevel: Int?
    /// The 1-based page the paragraph starts on, when the source is paginated (PDF).
    public var page: Int?

    public init(text: String, numberingLabel: String? = nil, style: String? = nil,
                outlineLevel: Int? = nil, page: Int? = nil) {
        self.text = text
        self.numberingLabel = numberingLabel
        self.style = style
        self.outlineLevel = outlineLevel
        self.page = page
    }
}
