import FoundationEssentials

/// A web archive (`.mht`/`.mhtml`, Word's "single file web page"): a MIME `multipart/related`
/// message whose first `text/html` part is the page, in quoted-printable or base64, with its
/// charset in the part's `Content-Type`.
struct MHTArchive {
    /// The page's bytes, decoded from their transfer encoding.
    let html: Data
    /// The part's `charset`, if it names one.
    let charset: String?

    /// Finds the page, or throws `ExtractError.unsupportedFormat` when the archive holds none.
    init(data: Data) throws {
        let bytes = [UInt8](data)
        let (headers, bodyStart) = Self.headers(bytes, from: 0)
        guard let contentType = headers["content-type"], let boundary = Self.parameter("boundary", in: contentType) else {
            throw ExtractError.unsupportedFormat("a web archive (MHT) without a multipart boundary, not readable")
        }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [(start: Int, end: Int)] = []
        var cursor = bodyStart
        var partStart: Int?
        while cursor <= bytes.count {
            let lineEnd = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[cursor..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            if line.starts(with: delimiter) {
                if let s = partStart { parts.append((s, cursor)) }
                let rest = line.dropFirst(delimiter.count)
                if rest.starts(with: [0x2D, 0x2D]) { partStart = nil; break }  // the closing "--boundary--"
                partStart = lineEnd + 1
            }
            cursor = lineEnd + 1
        }
        if let s = partStart, s < bytes.count { parts.append((s, bytes.count)) }
        for part in parts {
            let (partHeaders, contentStart) = Self.headers(bytes, from: part.start, end: part.end)
            let type = partHeaders["content-type"]?.lowercased() ?? "text/plain"
            guard type.hasPrefix("text/html") else { continue }
            let body = Array(bytes[min(contentStart, part.end)..<part.end])
            switch partHeaders["content-transfer-encoding"]?.lowercased().trimmingSpaces() {
            case "quoted-printable": html = Data(Self.quotedPrintable(body))
            case "base64":
                guard let decoded = Data(base64Encoded: Data(body.filter { $0 > 0x20 }), options: .ignoreUnknownCharacters) else {
                    throw ExtractError.unsupportedFormat("a web archive (MHT) whose page is not valid base64")
                }
                html = decoded
            default: html = Data(body)
            }
            charset = partHeaders["content-type"].flatMap { Self.parameter("charset", in: $0) }
            return
        }
        throw ExtractError.unsupportedFormat("a web archive (MHT) without a web page (no text/html part)")
    }

    /// The headers from `start` to the first empty line (names lower-cased, folded lines
    /// joined), and where the body after them starts.
    static func headers(_ bytes: [UInt8], from start: Int, end: Int? = nil) -> ([String: String], Int) {
        let end = end ?? bytes.count
        var headers: [String: String] = [:]
        var last: String?
        var cursor = start
        while cursor < end {
            let lineEnd = bytes[cursor..<end].firstIndex(of: 0x0A) ?? end
            var line = bytes[cursor..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            cursor = lineEnd + 1
            if line.isEmpty { return (headers, cursor) }
            let text = String(decoding: line, as: UTF8.self)
            if let first = line.first, first == 0x20 || first == 0x09, let name = last {
                headers[name, default: ""] += " " + text.trimmingSpaces()
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let name = text[..<colon].lowercased().trimmingSpaces()
            if headers[name] == nil { headers[name] = text[text.index(after: colon)...].trimmingSpaces() }
            last = name
        }
        return (headers, end)
    }

    /// A parameter of a header value (`boundary="----=_NextPart_…"`, `charset=gb2312`).
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == name else { continue }
            var v = pair[1].trimmingSpaces()
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v.isEmpty ? nil : v
        }
        return nil
    }

    /// Decodes quoted-printable: `=XX` is a byte, `=` at a line's end a soft line break.
    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "=") {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 2; continue }
                if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A { i += 3; continue }
                if i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                    out.append(h << 4 | l); i += 3; continue
                }
            }
            out.append(b)
            i += 1
        }
        return out
    }
}

/// Reads a web archive's page into the document model (format `.mht`).
public enum MHTReader {
    public static func read(data: Data, limits: ReadLimits = .standard) throws -> Document {
        if data.isEmpty { throw ExtractError.empty }
        if data.count > limits.maxInputBytes {
            throw ExtractError.limitExceeded("the input is \(data.count) bytes, over the limit of \(limits.maxInputBytes)")
        }
        let archive = try MHTArchive(data: data)
        return try HTMLReader.read(data: archive.html, limits: limits, charset: archive.charset, format: .mht)
    }
}
