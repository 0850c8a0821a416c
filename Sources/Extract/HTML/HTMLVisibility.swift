/// Which elements of a page a reader of the report does not see, or that are not the report's
/// text: left out with everything inside them.
enum HTMLVisibility {
    /// Elements never read: code and styling, the head, form controls, images and embedded
    /// objects, and tracked deletions and strike-through (Word's "save as web page" writes a
    /// deletion as `<del>`; struck text is text the author crossed out).
    static let leftOut: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link",
        "del", "s", "strike",
        "input", "select", "option", "textarea", "button", "form-control",
        "img", "svg", "object", "embed", "iframe", "frame", "frameset", "canvas", "video", "audio", "map",
    ]

    /// Word's class for a tracked deletion in its HTML (`<span class=msoDel>`).
    static let deletionClass = "msodel"

    /// Page furniture of office exports, not the report's body (the DOCX reader never reads
    /// headers, footers and notes either): LibreOffice's `<div title="header">`, Word's
    /// `mso-element:header` and the like.
    static let furnitureTitles: Set<String> = ["header", "footer"]
    static let furnitureStyles = ["mso-element:header", "mso-element:footer", "mso-element:footnote",
                                  "mso-element:endnote", "mso-element:comment"]

    /// True when the element and all inside it are left out.
    static func isLeftOut(_ node: HTMLTree.Node) -> Bool {
        guard let name = node.name else { return false }
        if leftOut.contains(name) { return true }
        if node.attributes["hidden"] != nil { return true }
        if let style = node.attributes["style"] {
            let folded = String(style.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" })
            // `mso-hide:all`: Word's HTML for text hidden in the document.
            if folded.contains("display:none") || folded.contains("visibility:hidden") || folded.contains("mso-hide:all") { return true }
            if furnitureStyles.contains(where: folded.contains) { return true }
        }
        if name == "div", let title = node.attributes["title"], furnitureTitles.contains(title.lowercased()) { return true }
        if let classes = node.attributes["class"],
           classes.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).contains(where: { $0 == deletionClass }) {
            return true
        }
        return false
    }
}
