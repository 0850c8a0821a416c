import Extract
import FoundationEssentials

/// The library's front door: a file or bytes in, a `Report` out.
public enum Converter {
    /// Reads and converts a file. `displayPath` is what `source.path` records.
    /// `legacy` converts `.doc`, `.wps`, `.odt` and `.rtf` files to DOCX (by default
    /// LibreOffice as the environment finds it; a batch passes the DOCX it converted ahead).
    public static func convert(contentsOf url: URL, displayPath: String? = nil, limits: ReadLimits = .standard,
                               legacy: (any LegacyConverting)? = nil) throws -> Report {
        let data = try DocumentReader.readFile(url, limits: limits)
        return try convert(data: data, path: displayPath ?? url.path, limits: limits, legacy: legacy)
    }

    /// Converts bytes held in memory (standard input, a download).
    /// `scope` `.content` leaves out what only the JSON uses (checks, findings, the hash).
    public static func convert(data: Data, path: String, limits: ReadLimits = .standard,
                               legacy: (any LegacyConverting)? = nil, scope: ReportScope = .complete) throws -> Report {
        let document = try DocumentReader.read(data: data, limits: limits, legacy: legacy)
        let hash = scope == .complete ? SHA256.hex(data) : ""
        return try ReportBuilder.build(document, source: SourceInfo(path: path, format: document.format, sha256: hash),
                                       scope: scope)
    }
}
