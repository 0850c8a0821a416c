/// Recognizes web pages and web archives from their first bytes, for `InputKind.sniff`.
///
/// Only a document that starts as one is taken (after a byte-order mark, whitespace, comments,
/// an XML declaration and the doctype): a text dump holding `<table>` markup somewhere
/// (pandoc's HTML tables, markitdown's) stays text.
enum HTMLSniff {
    /// How many bytes are looked at: enough for a long leading comment or a folded MIME header.
    static let headBytes = 4096

    static let pageStarts = ["<!doctype html", "<html", "<head", "<meta"]

    /// True when the bytes start as an HTML page.
    static func isHTML(_ head: [UInt8]) -> Bool {
        var bytes = ArraySlice(head.prefix(headBytes))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while true {
            bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
            let lower = bytes.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            let text = String(decoding: lower, as: UTF8.self)
            if pageStarts.contains(where: { text.hasPrefix($0) }) {
                // `<html` and `<head` must end their name (`<header>` is not a page's start).
                let name = pageStarts.first { text.hasPrefix($0) }!
                let next = lower.count > name.count ? lower[name.count] : 0x3E
                return name == "<!doctype html" || next == 0x3E || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || next == 0x2F
            }
            if text.hasPrefix("<!--"), let end = find("-->", in: bytes) {
                bytes = bytes[end...].dropFirst(3)
            } else if text.hasPrefix("<?xml"), let end = find("?>", in: bytes) {
                bytes = bytes[end...].dropFirst(2)
            } else if text.hasPrefix("<!doctype"), let end = bytes.firstIndex(of: 0x3E) {
                bytes = bytes[(end + 1)...]  // an XHTML doctype: `<!DOCTYPE html PUBLIC …>` matched above
            } else {
                return false
            }
        }
    }

    /// True when the bytes start with MIME headers of a `multipart/related` message.
    static func isMHT(_ head: [UInt8]) -> Bool {
        let bytes = head.prefix(headBytes)
        // The headers end at the first empty line.
        var end = bytes.endIndex
        for i in bytes.indices.dropFirst() where bytes[i] == 0x0A {
            if bytes[i - 1] == 0x0A || (i >= 2 && bytes[i - 1] == 0x0D && bytes[i - 2] == 0x0A) { end = i; break }
        }
        let text = String(decoding: bytes[..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        let startsAsHeader = text.first.map { $0.isLetter } ?? false
        return startsAsHeader && text.contains("mime-version:") && text.contains("multipart/related")
    }

    private static func find(_ needle: String, in bytes: ArraySlice<UInt8>) -> Int? {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - n.count {
            if bytes[i] == n[0], Array(bytes[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}
