import FoundationEssentials

/// A DOCX file as an OPC package: a zip of parts linked by relationships.
///
/// Parts are read on demand, each checked against the zip-bomb limits before it is inflated.
struct DocxPackage {
    /// One `Relationship` of a `.rels` part, with its target resolved to a part name.
    struct Relationship {
        var type: String
        var target: String
    }

    /// Relationship types, transitional and Strict spellings.
    enum RelationshipType {
        static let transitionalBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        static let strictBase = "http://purl.oclc.org/ooxml/officeDocument/relationships/"

        static func matches(_ type: String, _ name: String) -> Bool {
            type == transitionalBase + name || type == strictBase + name
        }
    }

    private let archive: ZipArchive
    private let limits: ReadLimits

    init(data: Data, limits: ReadLimits) throws {
        archive = try ZipArchive(data: data)
        self.limits = limits
        if archive.entryCount > limits.maxEntries {
            throw ExtractError.limitExceeded(
                "the zip lists \(archive.entryCount) entries, over the limit of \(limits.maxEntries)")
        }
    }

    func contains(_ part: String) -> Bool { archive.index(of: part) != nil }

    /// The bytes of a part, or `nil` when the zip has no such entry.
    func read(_ part: String) throws -> Data? {
        guard let index = archive.index(of: part) else { return nil }
        return try archive.read(at: index, limits: limits)
    }

    /// The relationships of a part ("" for the package itself), or none when it has no
    /// `.rels` part. External targets are left out.
    func relationships(of part: String) throws -> [Relationship] {
        let directory = Self.directory(of: part)
        let fileName = part.split(separator: "/").last.map(String.init) ?? ""
        let relsName = directory + "_rels/" + fileName + ".rels"
        guard let data = try read(relsName) else { return [] }
        let walker = try WordXMLWalker(data: data, partName: relsName, limits: limits)
        var result: [Relationship] = []
        while let node = try walker.next() {
            guard node.kind == .start else { continue }
            let (localName, namespaceURI) = walker.currentName
            guard localName == "Relationship", namespaceURI == OOXMLNamespace.packageRelationships,
                  walker.plainAttribute("TargetMode") != "External",
                  let type = walker.plainAttribute("Type"), let target = walker.plainAttribute("Target")
            else { continue }
            result.append(Relationship(type: type, target: Self.resolve(target, from: directory)))
        }
        return result
    }

    /// The main document part: the package's `officeDocument` relationship, else
    /// `word/document.xml`; `nil` when neither names an entry.
    func mainDocumentPart() throws -> String? {
        let main = try relationships(of: "").first { RelationshipType.matches($0.type, "officeDocument") }
        if let main, contains(main.target) { return main.target }
        return contains("word/document.xml") ? "word/document.xml" : nil
    }

    /// The part a relationship of `type` of `source` points to, else `fallback` when present.
    func relatedPart(of source: String, type: String, fallback: String,
                     relationships: [Relationship]) -> String? {
        if let related = relationships.first(where: { RelationshipType.matches($0.type, type) }),
           contains(related.target) {
            return related.target
        }
        return contains(fallback) ? fallback : nil
    }

    /// What the DOCX reader says of OpenDocument text; `DocumentReader` hands such a file to
    /// LibreOffice instead (one whose `mimetype` entry is not first, where ODF puts it).
    static let openDocumentTextMessage =
        "an OpenDocument text file (ODT), not DOCX; convert it first with: soffice --headless --convert-to docx FILE"

    /// Why a zip without a Word main part is not a DOCX, naming what it is.
    func notWordError() throws -> ExtractError {
        if contains("xl/workbook.xml") {
            return .unsupportedFormat("an Excel workbook (XLSX), not a Word document")
        }
        if contains("ppt/presentation.xml") {
            return .unsupportedFormat("a PowerPoint presentation (PPTX), not a Word document")
        }
        if let index = archive.index(of: "mimetype") {
            var small = limits
            small.maxEntryBytes = min(limits.maxEntryBytes, 256)
            let mimeType = (try? archive.read(at: index, limits: small))
                .flatMap { String(data: $0, encoding: .utf8) }?
                .trimmingWhitespace() ?? ""
            if mimeType.hasPrefix("application/vnd.oasis.opendocument.") {
                let kind = mimeType.dropFirst("application/vnd.oasis.opendocument.".count)
                switch kind {
                case "text", "text-template":
                    return .unsupportedFormat(Self.openDocumentTextMessage)
                case "spreadsheet", "spreadsheet-template":
                    return .unsupportedFormat("an OpenDocument spreadsheet (ODS), not a Word document")
                case "presentation", "presentation-template":
                    return .unsupportedFormat("an OpenDocument presentation (ODP), not a Word document")
                default:
                    return .unsupportedFormat(
                        "an OpenDocument file (\(mimeType)), not DOCX; if it is a text document, convert it first with: soffice --headless --convert-to docx FILE")
                }
            }
        }
        if contains("[Content_Types].xml") {
            return .unsupportedFormat("an Office Open XML package without a Word document part, not DOCX")
        }
        return .unsupportedFormat("a zip archive without a Word document (no word/document.xml), not DOCX")
    }

    /// "word/" for "word/document.xml", "" for a part at the root.
    static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A relationship target as a part name: absolute targets drop their "/", relative ones
    /// are joined to the source's directory; "." and ".." segments are resolved.
    static func resolve(_ target: String, from directory: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
