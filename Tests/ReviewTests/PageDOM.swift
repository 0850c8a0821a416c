import Foundation

/// Just enough reading of the review page's HTML (as rendered, or as a browser's
/// `--dump-dom` serializes it) for the tests: the findings' opening tags with their
/// attributes, and an element's markup by its `id`.
struct PageDOM {
    var html: String

    /// One `<details class="finding …">` as its opening tag has it.
    struct Finding {
        var attributes: [String: String]
        var id: String { attributes["data-id"] ?? "" }
        /// Whether the element carries `hidden` (what the page's filters set).
        var hidden: Bool { attributes["hidden"] != nil }
        var severity: String { attributes["data-severity"] ?? "" }
        var organ: String { attributes["data-organ"] ?? "" }
        var rule: String { attributes["data-rule"] ?? "" }
    }

    /// Every finding of the page, in the page's order.
    var findings: [Finding] {
        let tag = try! NSRegularExpression(pattern: "<details\\b[^>]*>")
        let attribute = try! NSRegularExpression(pattern: "([a-zA-Z-]+)(?:=\"([^\"]*)\")?")
        let ns = html as NSString
        return tag.matches(in: html, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            let text = ns.substring(with: match.range)
            let inner = String(text.dropFirst("<details".count).dropLast())
            let innerNS = inner as NSString
            var attributes: [String: String] = [:]
            for a in attribute.matches(in: inner, range: NSRange(location: 0, length: innerNS.length)) {
                let name = innerNS.substring(with: a.range(at: 1))
                let value = a.range(at: 2).location == NSNotFound ? "" : innerNS.substring(with: a.range(at: 2))
                attributes[name] = value
            }
            guard attributes["class"]?.split(separator: " ").contains("finding") == true else { return nil }
            return Finding(attributes: attributes)
        }
    }

    /// The visible findings' ids, in order.
    var shown: [String] { findings.filter { !$0.hidden }.map(\.id) }

    /// The markup of the finding with this `data-id`, from its opening tag to its `</details>`.
    func finding(_ id: String) -> String? {
        guard let start = html.range(of: "data-id=\"\(id)\"") else { return nil }
        let open = html[..<start.lowerBound].range(of: "<details", options: .backwards)!.lowerBound
        guard let end = html[start.upperBound...].range(of: "</details>") else { return nil }
        return String(html[open..<end.upperBound])
    }

    /// The opening tag of the grid's cell for an organ and year.
    func gridCell(organ: String, year: Int) -> String? {
        guard let at = html.range(of: "data-organ=\"\(organ)\" data-year=\"\(year)\"") else { return nil }
        let open = html[..<at.lowerBound].range(of: "<td", options: .backwards)!.lowerBound
        let close = html[at.upperBound...].range(of: ">")!.upperBound
        return String(html[open..<close])
    }
}
