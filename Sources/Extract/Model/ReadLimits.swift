/// Bounds that keep one hostile or enormous input from exhausting the machine.
///
/// Each limit is checked before the work it guards where the input declares its size
/// (zip headers), and again while the work is done, since declared sizes can lie.
public struct ReadLimits: Sendable, Equatable {
    /// The largest input file, in bytes.
    public var maxInputBytes: Int
    /// The largest uncompressed zip entry that is read, in bytes.
    public var maxEntryBytes: Int
    /// The largest ratio of uncompressed to compressed size of a zip entry, above which an
    /// entry over `maxEntryBytes` is refused as a zip bomb (rather than as too large). An entry
    /// within `maxEntryBytes` is inflated whatever its ratio: inflating stops at that limit.
    public var maxCompressionRatio: Int
    /// The most entries a zip archive may list.
    public var maxEntries: Int
    /// The deepest XML element nesting that is accepted.
    public var maxXMLDepth: Int
    /// The most PDF pages that are read.
    public var maxPages: Int
    /// The most table cells in one document.
    public var maxCells: Int
    /// Whether PDF pages without a text layer (scans) are read by OCR (experimental, off by
    /// default: on realistic scans some values are still read wrong). Off, a PDF with no text
    /// on any page is refused with `ExtractError.noTextLayer`, and image pages of a mixed PDF
    /// are left out.
    public var ocr: Bool

    public init(maxInputBytes: Int = 200 << 20, maxEntryBytes: Int = 100 << 20,
                maxCompressionRatio: Int = 200, maxEntries: Int = 10_000,
                maxXMLDepth: Int = 256, maxPages: Int = 2_000, maxCells: Int = 1_000_000, ocr: Bool = false) {
        self.maxInputBytes = maxInputBytes
        self.maxEntryBytes = maxEntryBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxEntries = maxEntries
        self.maxXMLDepth = maxXMLDepth
        self.maxPages = maxPages
        self.maxCells = maxCells
        self.ocr = ocr
    }

    /// The defaults documented in the README.
    public static let standard = ReadLimits()
}
