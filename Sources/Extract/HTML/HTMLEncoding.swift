/// Decides the encoding of an HTML page and decodes it to UTF-8, in the order browsers use:
/// a byte-order mark, then the page's own `<meta charset>` or `http-equiv="Content-Type"`,
/// then UTF-8 when the bytes are valid UTF-8, else GB18030 (Chinese portals serve GBK and
/// GB2312 pages, often without saying so).
enum HTMLEncoding {
    /// How far into the page a `<meta>` naming the charset is looked for. Browsers stop at
    /// 1024 bytes; portal pages put long scripts and styles in their head, so further.
    static let metaScanBytes = 16_384

    /// GB2312 and GBK pages routinely hold characters only GBK (or GB18030) has: every label
    /// of the family is read as GB18030, their common superset.
    static let gbFamily: Set<String> = ["gb2312", "gbk", "x-gbk", "cp936", "gb18030", "euc-cn", "csgb2312", "gb_2312-80", "windows-936"]

    struct Decoded {
        var utf8: [UInt8]
        /// The encoding the bytes were read in (an iconv name).
        var encoding: String
        var warnings: [String]
    }

    static func decode(_ bytes: [UInt8], declared override: String? = nil) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8OrLossy(Array(bytes.dropFirst(3)), name: "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]), let out = convert(Array(bytes.dropFirst(2)), from: "UTF-16LE") {
            return Decoded(utf8: out, encoding: "UTF-16LE", warnings: [])
        }
        if bytes.starts(with: [0xFE, 0xFF]), let out = convert(Array(bytes.dropFirst(2)), from: "UTF-16BE") {
            return Decoded(utf8: out, encoding: "UTF-16BE", warnings: [])
        }
        var warnings: [String] = []
        if let label = override ?? declaredCharset(bytes) {
            let name = iconvName(label)
            if name == "UTF-8", String(validating: bytes, as: UTF8.self) != nil {
                return Decoded(utf8: bytes, encoding: name, warnings: [])
            }
            if name != "UTF-8", let out = convert(bytes, from: name) {
                return Decoded(utf8: out, encoding: name, warnings: [])
            }
            warnings.append("the page declares the encoding \(label) but is not written in it; its encoding was guessed")
        }
        if String(validating: bytes, as: UTF8.self) != nil {
            return Decoded(utf8: bytes, encoding: "UTF-8", warnings: warnings)
        }
        if let out = convert(bytes, from: "GB18030") {
            return Decoded(utf8: out, encoding: "GB18030", warnings: warnings)
        }
        var lossy = utf8OrLossy(bytes, name: "UTF-8")
        lossy.warnings = warnings + lossy.warnings
        return lossy
    }

    /// UTF-8 as is, or with each invalid sequence shown as U+FFFD and a warning.
    private static func utf8OrLossy(_ bytes: [UInt8], name: String) -> Decoded {
        if String(validating: bytes, as: UTF8.self) != nil { return Decoded(utf8: bytes, encoding: name, warnings: []) }
        return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: name,
                       warnings: ["the page is neither valid UTF-8 nor GB18030; invalid bytes are shown as U+FFFD"])
    }

    private static func convert(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        IconvConverter(from: name, to: "UTF-8")?.convert(bytes)
    }

    static func iconvName(_ label: String) -> String {
        let l = label.lowercased()
        if l == "utf-8" || l == "utf8" { return "UTF-8" }
        if gbFamily.contains(l) { return "GB18030" }
        if l == "big5" || l == "big5-hkscs" { return "BIG5-HKSCS" }
        return label.uppercased()
    }

    /// The charset a `<meta>` in the page's head names, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(metaScanBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var i = 0
        while let start = find(Array("<meta".utf8), in: head, from: i) {
            let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = Array(head[start..<end])
            if let at = find(Array("charset".utf8), in: tag, from: 0) {
                var k = at + 7
                while k < tag.count, tag[k] == 0x20 { k += 1 }
                if k < tag.count, tag[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < tag.count, tag[k] == 0x20 || tag[k] == 0x22 || tag[k] == 0x27 { k += 1 }
                    var value: [UInt8] = []
                    while k < tag.count, tag[k] > 0x20, tag[k] != 0x22, tag[k] != 0x27, tag[k] != 0x3B, tag[k] != 0x2F || value.isEmpty {
                        if tag[k] == 0x2F { break }
                        value.append(tag[k]); k += 1
                    }
                    if !value.isEmpty, let s = String(validating: value, as: UTF8.self) { return s }
                }
            }
            i = end
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
