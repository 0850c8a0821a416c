import FoundationEssentials
import Glibc

/// Reads any supported input into the one `Document` model.
///
/// The kind of input is decided by its bytes, never by its file name: a zip is opened as
/// DOCX (or, holding OpenDocument text's `mimetype`, converted as ODT), `%PDF` as PDF, an OLE
/// compound file is refused as a password-protected Word document (an encrypted package, or a
/// Word binary with its encryption flag) or converted as a legacy `.doc`/`.wps`, `{\rtf` is
/// converted as RTF, and anything else is tried as text. Legacy files are converted to DOCX
/// by `legacy` (by default LibreOffice as the environment finds it, see `LibreOffice`).
public enum DocumentReader {
    /// Reads a file from disk.
    public static func read(contentsOf url: URL, limits: ReadLimits = .standard,
                            legacy: (any LegacyConverting)? = nil) throws -> Document {
        let data = try readFile(url, limits: limits)
        return try read(data: data, limits: limits, legacy: legacy)
    }

    /// The legacy kind of `data`, or `nil` for DOCX, PDF and text; throws for a compound file
    /// that cannot be read as Word (encrypted, Excel, PowerPoint).
    public static func legacyKind(of data: Data) throws -> LegacyKind? {
        switch InputKind.sniff(data) {
        case .zip: return LegacySniff.isOpenDocumentText(data) ? .odt : nil
        case .ole: return try LegacySniff.oleKind(data)
        case .rtf: return .rtf
        case .pdf, .html, .mht, .text: return nil
        }
    }

    /// True when a file's first bytes (256 are enough) may be those of a legacy kind.
    public static func mayBeLegacy(head: Data) -> Bool { LegacySniff.mayBeLegacy(head: head) }

    /// Reads bytes held in memory (for example standard input).
    public static func read(data: Data, limits: ReadLimits = .standard, legacy: (any LegacyConverting)? = nil) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        if let kind = try legacyKind(of: data) {
            return try LegacyReader.read(data: data, kind: kind, limits: limits, converter: legacy)
        }
        switch InputKind.sniff(data) {
        case .zip:
            do {
                return try DocxReader.read(data: data, limits: limits)
            } catch ExtractError.unsupportedFormat(DocxPackage.openDocumentTextMessage) {
                // OpenDocument text whose `mimetype` entry is not where ODF puts it.
                return try LegacyReader.read(data: data, kind: .odt, limits: limits, converter: legacy)
            }
        case .pdf: return try PdfReader.read(data: data, limits: limits)
        case .html: return try HTMLReader.read(data: data, limits: limits)
        case .mht: return try MHTReader.read(data: data, limits: limits)
        case .text: return try TextReader.read(data: data, limits: limits)
        case .ole, .rtf: preconditionFailure("legacyKind(of:) returns a kind for every compound file and RTF")
        }
    }

    /// Reads a file's bytes with the checks every input gets: it exists (a dangling symbolic
    /// link is named as one, a loop as a loop), it is a regular file (directories, named pipes,
    /// sockets and devices are refused before anything is read, so nothing blocks or reads
    /// forever), it is within the size limit, and it can be read. Messages do not repeat the
    /// path: the caller names the file once.
    public static func readFile(_ url: URL, limits: ReadLimits = .standard) throws -> Data {
        try InputFile.read(path: Array(url.path.utf8), limits: limits)
    }

    /// Reads a file named by the bytes of its path, for names that are not UTF-8.
    public static func readFile(pathBytes: [UInt8], limits: ReadLimits = .standard) throws -> Data {
        try InputFile.read(path: pathBytes, limits: limits)
    }
}

extension DocumentReader {
    /// Reads a stream such as standard input to its end, refusing it as soon as it passes
    /// `limits.maxInputBytes` (so `cat /dev/zero | nianbao convert -` ends at once instead of
    /// filling memory).
    public static func readStream(fileDescriptor fd: Int32 = 0, limits: ReadLimits = .standard) throws -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw ExtractError.unreadable("standard input cannot be read") }
            if n == 0 { return data }
            data.append(contentsOf: chunk[..<n])
            if data.count > limits.maxInputBytes {
                throw ExtractError.limitExceeded("the input is over the limit of \(limits.maxInputBytes) bytes")
            }
        }
    }
}

/// The kind of input, decided from its first bytes.
enum InputKind: Equatable {
    case zip, pdf, ole, rtf, html, mht, text

    static func sniff(_ data: Data) -> InputKind {
        let head = [UInt8](data.prefix(1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
        if LegacySniff.isRTF(head) { return .rtf }
        // A PDF header may follow a little junk; readers accept it within the first 1024 bytes.
        let pdfMagic: [UInt8] = Array("%PDF-".utf8)
        if head.count >= pdfMagic.count {
            for i in 0...(head.count - pdfMagic.count) where head[i] == 0x25 {
                if Array(head[i..<(i + pdfMagic.count)]) == pdfMagic { return .pdf }
            }
        }
        if let web = sniffWeb([UInt8](data.prefix(HTMLSniff.headBytes))) { return web }
        return .text
    }

    /// A web page or a web archive (any file name: Word saves HTML under `.doc`), or `nil`.
    static func sniffWeb(_ head: [UInt8]) -> InputKind? {
        if HTMLSniff.isMHT(head) { return .mht }
        if HTMLSniff.isHTML(head) { return .html }
        return nil
    }
}
