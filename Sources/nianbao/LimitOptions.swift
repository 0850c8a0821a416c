import Extract

/// Options that set the `ReadLimits` guarding against hostile or enormous inputs.
struct LimitOptions {
    static let options: [OptionSpec] = [
        .value("max-input-mib", help: "Largest input file, in MiB.", default: "\(ReadLimits.standard.maxInputBytes >> 20)"),
        .value("max-entry-mib", help: "Largest uncompressed DOCX part, in MiB.", default: "\(ReadLimits.standard.maxEntryBytes >> 20)"),
        .value("max-ratio", help: "Largest compression ratio of a DOCX part declaring more than --max-entry-mib (refused as a zip bomb).",
               default: "\(ReadLimits.standard.maxCompressionRatio)"),
        .value("max-entries", help: "Most entries in a DOCX archive.", default: "\(ReadLimits.standard.maxEntries)"),
        .value("max-xml-depth", help: "Deepest XML nesting.", default: "\(ReadLimits.standard.maxXMLDepth)"),
        .value("max-pages", help: "Most PDF pages read.", default: "\(ReadLimits.standard.maxPages)"),
        .value("max-cells", help: "Most table cells in one document.", default: "\(ReadLimits.standard.maxCells)"),
        // Off by default: on realistic scans (samples/scans) OCR still reads some values wrong,
        // and a wrong number is the one thing nianbao must not give.
        .flag("ocr", help: "Experimental: OCR PDF pages without a text layer (scans). Without it such a PDF is refused."),
    ]

    var readLimits: ReadLimits

    init(_ arguments: ParsedArguments) throws(UsageError) {
        let standard = ReadLimits.standard
        /// A limit's value, which must be positive.
        func limit(_ name: String, _ fallback: Int) throws(UsageError) -> Int {
            let value = try arguments.int(name, default: fallback)
            guard value > 0 else { throw UsageError("--\(name) must be a positive number") }
            return value
        }
        // MiB to bytes without overflow: a huge value means "no limit", never a negative one.
        func bytes(_ mib: Int) -> Int { mib > Int.max >> 20 ? Int.max : mib << 20 }
        readLimits = ReadLimits(
            maxInputBytes: bytes(try limit("max-input-mib", standard.maxInputBytes >> 20)),
            maxEntryBytes: bytes(try limit("max-entry-mib", standard.maxEntryBytes >> 20)),
            maxCompressionRatio: try limit("max-ratio", standard.maxCompressionRatio),
            maxEntries: try limit("max-entries", standard.maxEntries),
            maxXMLDepth: try limit("max-xml-depth", standard.maxXMLDepth),
            maxPages: try limit("max-pages", standard.maxPages),
            maxCells: try limit("max-cells", standard.maxCells),
            ocr: arguments.flag("ocr"))
    }
}
