import FoundationEssentials

/// Makes the bytes of a Word XML part readable by libxml2 where its own encoding detection
/// fails, converting them to UTF-8 with iconv first.
///
/// libxml2 reads every encoding a part declares that it or iconv knows (GB18030, GBK, Big5,
/// UTF-16 …), except two cases met in the wild:
/// - UTF-32 (with or without a byte-order mark): libxml2 2.9 sees an empty document;
/// - a part that declares UTF-8 (or nothing, which means UTF-8) but is written in GB18030, as
///   some converters leave it: refused as "not proper UTF-8". It is read as GB18030 only when
///   every byte of it is GB18030 and it is not UTF-8 at all, and a warning says so.
enum XMLPartEncoding {
    /// Bytes to give libxml2, with the encoding that overrides the declaration (`nil`: the
    /// part's own bytes, read as they declare), and a warning when the declaration was wrong.
    struct Prepared {
        var data: Data
        var forcedEncoding: String?
        var warning: String?
    }

    /// How far into a part its XML declaration may end.
    static let maxDeclarationBytes = 256

    static func prepare(_ data: Data, partName: String) -> Prepared {
        let head = [UInt8](data.prefix(4))
        if let utf32 = utf32Name(head),
           let utf8 = IconvConverter(from: utf32, to: "UTF-8")?.convert(withoutUTF32BOM(data)) {
            return Prepared(data: Data(utf8), forcedEncoding: "UTF-8", warning: nil)
        }
        let declared = declaredEncoding(data)?.uppercased()
        guard declared == nil || declared == "UTF-8" || declared == "UTF8", !head.starts(with: [0xFE, 0xFF]),
              !head.starts(with: [0xFF, 0xFE]), String(validating: data, as: UTF8.self) == nil,
              let utf8 = IconvConverter(from: "GB18030", to: "UTF-8")?.convert([UInt8](data)),
              String(validating: utf8, as: UTF8.self) != nil
        else { return Prepared(data: data, forcedEncoding: nil, warning: nil) }
        return Prepared(data: Data(utf8), forcedEncoding: "UTF-8",
                        warning: "\(partName) declares UTF-8 but is written in GB18030; it was read as GB18030")
    }

    /// "UTF-32LE"/"UTF-32BE" when the part starts with a UTF-32 byte-order mark or with `<` as
    /// a UTF-32 character (XML 1.0 appendix F).
    private static func utf32Name(_ head: [UInt8]) -> String? {
        switch head {
        case [0xFF, 0xFE, 0x00, 0x00], [0x3C, 0x00, 0x00, 0x00]: return "UTF-32LE"
        case [0x00, 0x00, 0xFE, 0xFF], [0x00, 0x00, 0x00, 0x3C]: return "UTF-32BE"
        default: return nil
        }
    }

    /// The bytes after a UTF-32 byte-order mark, if any (iconv's UTF-32LE/BE would keep it).
    private static func withoutUTF32BOM(_ data: Data) -> [UInt8] {
        let bytes = [UInt8](data)
        let bom: [[UInt8]] = [[0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]]
        return bom.contains { bytes.starts(with: $0) } ? Array(bytes.dropFirst(4)) : bytes
    }

    /// The `encoding` of an ASCII-compatible XML declaration (`<?xml version="1.0"
    /// encoding="UTF-8"?>`), or `nil` when there is no declaration or it names none.
    static func declaredEncoding(_ data: Data) -> String? {
        var bytes = [UInt8](data.prefix(maxDeclarationBytes))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: bytes) else { return nil }
        let declaration = bytes[..<end]
        guard let at = find(Array("encoding".utf8), in: Array(declaration)) else { return nil }
        var rest = declaration[(declaration.startIndex + at + "encoding".utf8.count)...].drop { $0 == 0x20 || $0 == 0x09 }
        guard rest.first == UInt8(ascii: "=") else { return nil }
        rest = rest.dropFirst().drop { $0 == 0x20 || $0 == 0x09 }
        guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return String(decoding: value, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if Array(bytes[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }
}
