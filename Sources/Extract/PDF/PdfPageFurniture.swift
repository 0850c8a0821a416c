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
            if Characters.isWhitespace(s) { return nil }
            return Characters.isDigit(s) ? "#" : s
        }))
        return "\(PdfInt.clamped((line.y0 / 6).rounded()))|\(text)"
    }

    /// A page number as a PDF prints one at the page's edge, a lone number included.
    static func isPageNumber(_ text: String) -> Bool { Characters.isPageNumber(text, bare: true) }
}
