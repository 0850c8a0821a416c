import FoundationEssentials
import Glibc

/// Cuts `styles.xml` down to what the reader uses before libxml2 parses it.
///
/// A styles part is mostly table, character, numbering and latent styles (350 KB in a
/// python-docx document, a few hundred elements per table style); only paragraph styles
/// matter here. A byte scan keeps the prolog and the root's start tag as they are (so a
/// DOCTYPE is still seen and refused by the XML reader), then each `<PREFIX:style …>…
/// </PREFIX:style>` whose `type` is `paragraph` or absent, then the root's end tag. When
/// anything is not as expected, the whole part is parsed instead.
enum StylesFilter {
    static func paragraphStyles(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard let rootStart = findRoot(bytes) else { return nil }
        let (prefix, rootTagEnd) = rootStart
        let open = Array("<\(prefix)style".utf8)
        let close = Array("</\(prefix)style>".utf8)
        let rootClose = Array("</\(prefix)styles>".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count / 4)
        out.append(contentsOf: bytes[..<rootTagEnd])
        var i = rootTagEnd
        while let start = find(open, in: bytes, from: i) {
            let after = start + open.count
            guard after < bytes.count else { return nil }
            let next = bytes[after]
            // `<w:styles…` cannot recur; `<w:styleX` is another element: step over it.
            guard next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "\t")
                || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") || next == UInt8(ascii: "/") else {
                i = after
                continue
            }
            guard let tagEnd = bytes[after...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let startTag = bytes[start...tagEnd]
            let end: Int
            if bytes[tagEnd - 1] == UInt8(ascii: "/") {
                end = tagEnd + 1
            } else {
                guard let c = find(close, in: bytes, from: tagEnd) else { return nil }
                end = c + close.count
            }
            if isParagraphStyle(startTag, prefix: prefix) { out.append(contentsOf: bytes[start..<end]) }
            i = end
        }
        guard find(rootClose, in: bytes, from: i) != nil else { return nil }
        out.append(contentsOf: rootClose)
        return Data(out)
    }

    /// The root element's prefix (`w:` or empty) and the index just past its start tag.
    static func findRoot(_ bytes: [UInt8]) -> (String, Int)? {
        var i = 0
        while i < bytes.count {
            guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")), lt + 1 < bytes.count else { return nil }
            let c = bytes[lt + 1]
            if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") {
                // A declaration, comment or DOCTYPE: kept as it is; a DOCTYPE may hold an
                // internal subset with '>' inside, so stop filtering and parse the whole part.
                if bytes[lt...].starts(with: Array("<!DOCTYPE".utf8)) { return nil }
                guard let gt = bytes[lt...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                i = gt + 1
                continue
            }
            guard let gt = bytes[lt...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            var nameEnd = lt + 1
            while nameEnd < gt, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                                  UInt8(ascii: "/")].contains(bytes[nameEnd]) { nameEnd += 1 }
            guard let name = String(bytes: bytes[(lt + 1)..<nameEnd], encoding: .utf8) else { return nil }
            let parts = name.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.last == "styles", parts.count <= 2, bytes[gt - 1] != UInt8(ascii: "/") else { return nil }
            return (parts.count == 2 ? "\(parts[0]):" : "", gt + 1)
        }
        return nil
    }

    static func isParagraphStyle(_ tag: ArraySlice<UInt8>, prefix: String) -> Bool {
        let attribute = Array(" \(prefix)type=".utf8)
        guard let at = find(attribute, in: tag) else { return true }
        let valueStart = at + attribute.count + 1
        return tag[valueStart...].starts(with: Array("paragraph".utf8))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        find(needle, in: haystack[start...])
    }

    /// The index in `haystack` where `needle` first occurs: glibc's `memchr` finds each
    /// candidate first byte and `memcmp` compares the rest (a styles part is hundreds of KB,
    /// and a byte loop in Swift cost ~11 instructions a byte).
    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress else { return nil }
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
                    let at = UnsafeRawPointer(hit) - base
                    if memcmp(hit, pin.baseAddress!, pin.count) == 0 { return haystack.startIndex + at }
                    offset = at + 1
                }
                return nil
            }
        }
    }
}
