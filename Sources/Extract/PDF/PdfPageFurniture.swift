/// Removes running headers, footers and page numbers: lines near the top or bottom edge that
/// read as a page number (`-3-`, `- 3 -`, `第 3 页 共 6 页`, `3/6`, a lone number), or whose
/// text (digits aside) recurs at the same height on most pages.
enum PdfPageFurniture {
    static func remove(from pages: inout [PdfPageContent]) {
        var seen: [String: Set<Int>] = [:]
        for page in pages {
            for line in page.lines where zone(line, page, fraction: 0.12) {
                seen[key(line), default: []].insert(page.number)
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        let pageCount = pages.count
        for p in pages.indices {
            let page = pages[p]
            pages[p].lines.removeAll { line in
                (zone(line, page, fraction: 0.09) && isPageNumber(line.text))
                    || (pageCount >= 2 && zone(line, page, fraction: 0.12) && (seen[key(line)]?.count ?? 0) >= needed)
            }
        }
    }

    /// True when a line lies in the top or bottom `fraction` of the page, outside any table.
    static func zone(_ line: PdfLine, _ page: PdfPageContent, fraction: Double) -> Bool {
        let top = line.y1 <= page.height * fraction
        let bottom = line.y0 >= page.height * (1 - fraction)
        guard top || bottom else { return false }
        return !page.tables.contains { line.midY >= $0.y0 && line.midY <= $0.y1 }
    }

    static func key(_ line: PdfLine) -> String {
        let text = String(String.UnicodeScalarView(line.text.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if PdfText.isWhitespace(s) { return nil }
            return PdfText.isDigit(s) ? "#" : s
        }))
        return "\(PdfInt.clamped((line.y0 / 6).rounded()))|\(text)"
    }

    /// `3`, `-3-`, `- 3 -`, `—3—`, `第3页`, `第 3 页 共 6 页`, `共6页 第3页`, `3/6`, `Page 3 of 6`.
    static func isPageNumber(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.filter { !PdfText.isWhitespace($0) }.map { folded($0) })
        guard !s.isEmpty, s.count <= 20 else { return false }
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < s.count, PdfText.isDigit(s[i]) { i += 1 }
            return i > start && i - start <= 4
        }
        func take(_ c: Unicode.Scalar) -> Bool { if i < s.count, s[i] == c { i += 1; return true }; return false }
        func takeWord(_ w: String) -> Bool {
            let ws = Array(w.unicodeScalars)
            guard i + ws.count <= s.count, Array(s[i..<(i + ws.count)]) == ws else { return false }
            i += ws.count
            return true
        }
        let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FF0D}", "\u{2015}"]
        // -3-, 3
        i = 0
        while i < s.count, dashes.contains(s[i]) { i += 1 }
        if digits() {
            while i < s.count, dashes.contains(s[i]) { i += 1 }
            if i == s.count { return true }
            if take("/"), digits(), i == s.count { return true }
        }
        // 第3页(共6页) / 共6页第3页
        i = 0
        if take("第"), digits(), take("页") {
            if i == s.count { return true }
            _ = take(",") || take("，") || take("/")
            if take("共"), digits(), take("页"), i == s.count { return true }
        }
        i = 0
        if take("共"), digits(), take("页") {
            _ = take(",") || take("，")
            if take("第"), digits(), take("页"), i == s.count { return true }
        }
        i = 0
        let lower = s.map { Unicode.Scalar(String($0).lowercased()) ?? $0 }
        if Array(lower.prefix(4)) == Array("page".unicodeScalars) {
            i = 4
            if digits() {
                if i == s.count { return true }
                let rest = String(String.UnicodeScalarView(lower[i...]))
                if rest.hasPrefix("of") { i += 2; if digits(), i == s.count { return true } }
            }
        }
        return false
    }

    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF10...0xFF19).contains(s.value) ? Unicode.Scalar(s.value - 0xFF10 + 0x30)! : s
    }
}
