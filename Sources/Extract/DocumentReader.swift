import Foundation

/// Reads any supported input into the one `Document` model.
///
/// The kind of input is decided by its bytes, never by its file name: a zip is opened as
/// DOCX, `%PDF` as PDF, an OLE compound file is refused as a password-protected Word document
/// (when its directory holds an encrypted package) or as a legacy Word/WPS file, and
/// anything else is tried as text.
public enum DocumentReader {
    /// Reads a file from disk.
    public static func read(contentsOf url: URL, limits: ReadLimits = .standard) throws -> Document {
        let data = try readFile(url, limits: limits)
        return try read(data: data, limits: limits)
    }

    /// Reads bytes held in memory (for example standard input).
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        switch InputKind.sniff(data) {
        case .zip: return try DocxReader.read(data: data, limits: limits)
        case .pdf: return try PdfReader.read(data: data, limits: limits)
        case .ole:
            // A password-protected DOCX is a compound file too, holding the encrypted package.
            if CompoundFileDirectory(data: data)?.isEncryptedPackage == true {
                throw ExtractError.encrypted(kind: "Word document")
            }
            throw ExtractError.unsupportedFormat(
                "a legacy Word/WPS binary file (.doc/.wps), not DOCX; convert it first with: soffice --headless --convert-to docx FILE")
        case .html: return try HTMLReader.read(data: data, limits: limits)
        case .mht: return try MHTReader.read(data: data, limits: limits)
        case .text: return try TextReader.read(data: data, limits: limits)
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
    public static func readStream(_ handle: FileHandle, limits: ReadLimits = .standard) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw ExtractError.unreadable("standard input cannot be read")
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > limits.maxInputBytes {
                throw ExtractError.limitExceeded("the input is over the limit of \(limits.maxInputBytes) bytes")
            }
        }
    }
}

/// The kind of input, decided from its first bytes.
enum InputKind: Equatable {
    case zip, pdf, ole, html, mht, text

    static func sniff(_ data: Data) -> InputKind {
        let head = [UInt8](data.prefix(1024))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole }
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
