import FoundationEssentials

/// A word-processor file nianbao reads by having LibreOffice convert it to DOCX first: a
/// legacy Word binary (`.doc`), a WPS Office file (the same OLE Word binary), OpenDocument
/// text (`.odt`) or RTF. Each is recognized from its bytes, never from its name.
public enum LegacyKind: String, Sendable, Equatable, CaseIterable {
    case doc, wps, odt, rtf

    /// What `source.format` records for a report read from this kind.
    public var sourceFormat: SourceFormat {
        switch self {
        case .doc: return .doc
        case .wps: return .wps
        case .odt: return .odt
        case .rtf: return .rtf
        }
    }

    /// How messages name the kind: `.doc`, `.wps`, `.odt`, `.rtf`.
    public var shown: String { "." + rawValue }

    /// The extension the copy handed to LibreOffice gets. A WPS file is an OLE Word binary:
    /// named `.doc` it goes to LibreOffice's Word filter (a `.wps` name suggests Microsoft
    /// Works, another format).
    public var fileExtension: String { self == .wps ? "doc" : rawValue }
}

/// Recognizing the legacy kinds from bytes, one small function per container, so that other
/// kinds (HTML, MHT) can be added to `InputKind.sniff` beside them.
enum LegacySniff {
    /// True when `head`, a file's first bytes (at least 256 of them), may be a legacy file: an
    /// OLE compound file, RTF, or an ODF zip of text. Cheap: for a batch to find its legacy
    /// inputs without reading the others whole.
    static func mayBeLegacy(head: Data) -> Bool {
        let bytes = [UInt8](head.prefix(256))
        return bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) || isRTF(bytes) || isOpenDocumentText(head)
    }

    /// RTF starts with `{\rtf` (after a UTF-8 byte-order mark, which some tools write).
    static func isRTF(_ head: [UInt8]) -> Bool {
        let magic = Array("{\\rtf".utf8)
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
        return body.starts(with: magic)
    }

    /// The MIME types of OpenDocument text and its template.
    static let openDocumentTextTypes: Set<String> = [
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template",
    ]

    /// True for a zip whose first entry is `mimetype`, stored uncompressed, holding the MIME
    /// type of OpenDocument text: the layout ODF (part 3, §3.3) requires so that the type can
    /// be read from fixed offsets, as done here. (A zip with the entry elsewhere is read as
    /// DOCX, which names it an ODT file that needs converting.)
    static func isOpenDocumentText(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(256))
        guard head.count >= 30, head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        func uint16(_ at: Int) -> Int { Int(head[at]) | Int(head[at + 1]) << 8 }
        let method = uint16(8), nameLength = uint16(26), extraLength = uint16(28)
        let nameEnd = 30 + nameLength
        guard method == 0, nameLength == 8, nameEnd <= head.count,
              Array(head[30..<nameEnd]) == Array("mimetype".utf8) else { return false }
        let size = Int(head[22]) | Int(head[23]) << 8 | Int(head[24]) << 16 | Int(head[25]) << 24
        let start = nameEnd + extraLength
        guard size > 0, size <= 100, start + size <= head.count,
              let type = String(bytes: head[start..<(start + size)], encoding: .utf8) else { return false }
        return openDocumentTextTypes.contains(type.trimmingWhitespace())
    }

    /// What an OLE compound file is, or why it cannot be read: a Word binary is `.doc` (or
    /// `.wps` when WPS Office's mark is in it); a Word binary with the FIB's encryption flag
    /// set, or an encrypted OOXML package, is refused as encrypted; any other compound file
    /// (Excel, PowerPoint, Outlook …) is not a Word document.
    static func oleKind(_ data: Data) throws -> LegacyKind {
        // A directory this reader cannot follow goes to LibreOffice as a `.doc` all the same:
        // its own reader decides (and says so when it cannot read it either), so a file is
        // never lost to a gap in this one.
        guard let directory = CompoundFileDirectory(data: data) else { return .doc }
        // A password-protected DOCX is a compound file too, holding the encrypted package.
        if directory.isEncryptedPackage { throw ExtractError.encrypted(kind: "Word document") }
        guard directory.streamNames.contains(WordBinary.streamName) else {
            if directory.streamNames.contains("Workbook") || directory.streamNames.contains("Book") {
                throw ExtractError.unsupportedFormat("a legacy Excel workbook (.xls), not a Word document")
            }
            if directory.streamNames.contains("PowerPoint Document") {
                throw ExtractError.unsupportedFormat("a legacy PowerPoint presentation (.ppt), not a Word document")
            }
            throw ExtractError.unsupportedFormat("an OLE compound file without a Word document (no WordDocument stream), not a Word file")
        }
        if let fib = directory.streamHead(WordBinary.streamName, count: WordBinary.fibHeadBytes),
           WordBinary.isEncrypted(fib: fib) {
            throw ExtractError.encrypted(kind: "Word document")
        }
        return WordBinary.hasWPSMark(data) ? .wps : .doc
    }
}

/// The few facts of the Word binary format (MS-DOC) the sniffing needs.
enum WordBinary {
    static let streamName = "WordDocument"
    /// The FIB's base starts the WordDocument stream: `wIdent` (0xA5EC) at 0, the flags at 0x0A.
    static let fibHeadBytes = 12
    static let wordIdent: UInt16 = 0xA5EC
    /// `fEncrypted`, bit 8 of the flags word (MS-DOC 2.5.2, FibBase).
    static let encryptedFlag: UInt16 = 0x0100

    static func isEncrypted(fib: [UInt8]) -> Bool {
        guard fib.count >= fibHeadBytes else { return false }
        let ident = UInt16(fib[0]) | UInt16(fib[1]) << 8
        let flags = UInt16(fib[0x0A]) | UInt16(fib[0x0B]) << 8
        return ident == wordIdent && flags & encryptedFlag != 0
    }

    /// WPS Office writes the custom document property `KSOProductBuildVer` (its build, such as
    /// `2052-11.1.0.11830`) into every file it saves; Word and LibreOffice never do. It is
    /// looked for in the bytes (ASCII or UTF-16LE, as the property set's code page has it),
    /// which decides only the label `.wps`: both kinds are read alike.
    static let wpsMark = "KSOProductBuildVer"

    static func hasWPSMark(_ data: Data) -> Bool {
        let ascii = Data(wpsMark.utf8)
        let utf16 = Data(wpsMark.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.firstRange(of: ascii) != nil || data.firstRange(of: utf16) != nil
    }
}
