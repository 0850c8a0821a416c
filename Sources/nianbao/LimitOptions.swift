import ArgumentParser
import Extract

/// Options that set the `ReadLimits` guarding against hostile or enormous inputs.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest input file, in MiB.") var maxInputMib: Int = ReadLimits.standard.maxInputBytes >> 20
    @Option(help: "Largest uncompressed DOCX part, in MiB.") var maxEntryMib: Int = ReadLimits.standard.maxEntryBytes >> 20
    @Option(help: "Largest compression ratio of a DOCX part declaring more than --max-entry-mib (refused as a zip bomb).") var maxRatio: Int = ReadLimits.standard.maxCompressionRatio
    @Option(help: "Most entries in a DOCX archive.") var maxEntries: Int = ReadLimits.standard.maxEntries
    @Option(help: "Deepest XML nesting.") var maxXmlDepth: Int = ReadLimits.standard.maxXMLDepth
    @Option(help: "Most PDF pages read.") var maxPages: Int = ReadLimits.standard.maxPages
    @Option(help: "Most table cells in one document.") var maxCells: Int = ReadLimits.standard.maxCells
    // Off by default: on realistic scans (samples/scans) OCR still reads some values wrong,
    // and a wrong number is the one thing nianbao must not give.
    @Flag(help: "Experimental: OCR PDF pages without a text layer (scans). Without it such a PDF is refused.") var ocr = false

    var readLimits: ReadLimits {
        // MiB to bytes without overflow: a huge value means "no limit", never a negative one.
        func bytes(_ mib: Int) -> Int { mib > Int.max >> 20 ? Int.max : mib << 20 }
        return ReadLimits(maxInputBytes: bytes(maxInputMib), maxEntryBytes: bytes(maxEntryMib), maxCompressionRatio: maxRatio,
                          maxEntries: maxEntries, maxXMLDepth: maxXmlDepth, maxPages: maxPages, maxCells: maxCells, ocr: ocr)
    }

    func validate() throws {
        for (name, value) in [("--max-input-mib", maxInputMib), ("--max-entry-mib", maxEntryMib), ("--max-ratio", maxRatio),
                              ("--max-entries", maxEntries), ("--max-xml-depth", maxXmlDepth), ("--max-pages", maxPages),
                              ("--max-cells", maxCells)]
        where value <= 0 {
            throw ValidationError("\(name) must be a positive number")
        }
    }
}
