import FoundationEssentials

/// Namespace URIs the DOCX reader matches elements by.
enum OOXMLNamespace {
    /// WordprocessingML, transitional (what Word and WPS write).
    static let wordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// WordprocessingML, ISO 29500 Strict.
    static let wordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    /// Markup compatibility (`mc:AlternateContent`).
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// OPC package relationships (`.rels` parts).
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func isWord(_ uri: String) -> Bool { uri == wordTransitional || uri == wordStrict }
}

/// The WordprocessingML elements the DOCX reader acts on, by local name, mapped once from
/// the element's namespace URI and local name. An element of another namespace, or one not
/// listed, has no tag and is descended into as if transparent (so that text boxes inside
/// drawings are found) unless a parser skips it.
enum WordTag: String, CaseIterable {
    // Document structure.
    case document, body, p, pPr, pStyle, numPr, ilvl, numId, outlineLvl, sectPr
    case pPrChange, rPrChange, rPr
    // Runs and their content.
    case r, t, tab, ptab, br, cr, noBreakHyphen, softHyphen, sym
    case delText, instrText, delInstrText, fldChar, fldSimple, fldData
    // Wrappers that are descended into, or skipped as tracked deletions.
    case hyperlink, ins, del, moveTo, moveFrom, smartTag, smartTagPr, customXml, customXmlPr
    case sdt, sdtPr, sdtEndPr, sdtContent
    case txbxContent
    // Tables.
    case tbl, tblPr, tblPrEx, tblGrid, gridCol, tr, trPr, gridBefore, gridAfter, tblHeader
    case tc, tcPr, gridSpan, vMerge, hMerge
    // styles.xml.
    case styles, style, name, basedOn
    // numbering.xml.
    case numbering, abstractNum, num, abstractNumId, numStyleLink, lvl, start, numFmt, lvlText
    case lvlRestart, suff, isLgl, lvlOverride, startOverride

    private static let byName: [String: WordTag] =
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
    /// Every tag, indexed by `WordXMLWalker`'s element codes.
    static let all = allCases

    /// The tag for an element, or `nil` when it is not a WordprocessingML element we act on.
    static func tag(namespaceURI: String, localName: String) -> WordTag? {
        OOXMLNamespace.isWord(namespaceURI) ? byName[localName] : nil
    }
}

/// One node of a Word XML part as the parsers see it.
struct WordNode {
    enum Kind { case start, end, text }
    var kind: Kind
    /// The element's tag (`nil` for text and for elements the reader does not know).
    var tag: WordTag?
    var depth: Int
    /// True for an element written `<x/>`: no end node follows.
    var isEmpty: Bool
}

/// Walks one Word XML part, resolving markup compatibility on the way.
///
/// `mc:AlternateContent` yields exactly one branch: the first `mc:Choice`, else the
/// `mc:Fallback`; the other branches are skipped unread and the `mc:` elements themselves
/// never reach the parsers.
final class WordXMLWalker {
    private let reader: XMLStreamReader
    /// Open `mc:AlternateContent` elements: their depth and whether a branch was taken.
    private var alternates: [(depth: Int, chosen: Bool)] = []

    /// Set when the part's bytes are not in the encoding it declares and were read anyway
    /// (see `XMLPartEncoding`), for the report's warnings.
    let encodingWarning: String?

    init(data: Data, partName: String, limits: ReadLimits) throws {
        let prepared = XMLPartEncoding.prepare(data, partName: partName)
        reader = try XMLStreamReader(data: prepared.data, partName: partName, maxDepth: limits.maxXMLDepth,
                                     encoding: prepared.forcedEncoding)
        encodingWarning = prepared.warning
    }

    /// The next node of the part, or `nil` at its end.
    func next() throws -> WordNode? {
        while try reader.read() {
            switch reader.kind {
            case .text:
                return WordNode(kind: .text, tag: nil, depth: reader.depth, isEmpty: false)
            case .elementStart, .elementEnd:
                let code = reader.elementCode(Self.code)
                if code == Self.markupCompatibilityCode {
                    try markupCompatibility(isStart: reader.kind == .elementStart)
                    continue
                }
                return WordNode(kind: reader.kind == .elementStart ? .start : .end,
                                tag: code >= 0 ? WordTag.all[code] : nil,
                                depth: reader.depth, isEmpty: reader.isEmptyElement)
            }
        }
        return nil
    }

    /// An element name's code: its index in `WordTag.all`, `markupCompatibilityCode` for an
    /// `mc:` element, else -1 (no tag).
    private static func code(namespaceURI: String, localName: String) -> Int {
        if namespaceURI == OOXMLNamespace.markupCompatibility { return markupCompatibilityCode }
        return WordTag.tag(namespaceURI: namespaceURI, localName: localName).flatMap { WordTag.all.firstIndex(of: $0) } ?? -1
    }

    private static let markupCompatibilityCode = -2

    /// The next node inside `parent`, or `nil` once `parent`'s end has been read.
    func next(inside parent: WordNode) throws -> WordNode? {
        if parent.isEmpty || parent.kind != .start { return nil }
        guard let node = try next() else { return nil }
        if node.kind == .end && node.depth == parent.depth { return nil }
        return node
    }

    /// Reads past the whole subtree of `node` (an element start) without interpreting it.
    func skip(_ node: WordNode) throws {
        try skipRaw(depth: node.depth, isEmpty: node.isEmpty || node.kind != .start)
    }

    /// The concatenated text inside `node` (an element start such as `w:t`), read to its end.
    func text(of node: WordNode) throws -> String {
        var text = ""
        while let inner = try next(inside: node) {
            if inner.kind == .text { text += reader.value }
        }
        return text
    }

    /// The value of the current element's attribute `name` in its own (Word) namespace, or
    /// the unprefixed attribute of that name.
    func attribute(_ name: String) -> String? {
        reader.attribute(name, namespaceURI: reader.namespaceURI.isEmpty ? nil : reader.namespaceURI)
    }

    /// The current element's unprefixed attribute `name` (as in `.rels` parts).
    func plainAttribute(_ name: String) -> String? {
        reader.attribute(name, namespaceURI: nil)
    }

    /// The current element's local name and namespace URI, for reporting what a part is.
    var currentName: (localName: String, namespaceURI: String) { (reader.localName, reader.namespaceURI) }

    private func markupCompatibility(isStart: Bool) throws {
        let depth = reader.depth
        let localName = reader.localName
        guard isStart else {
            if localName == "AlternateContent", alternates.last?.depth == depth { alternates.removeLast() }
            return
        }
        switch localName {
        case "AlternateContent":
            if !reader.isEmptyElement { alternates.append((depth, false)) }
        case "Choice", "Fallback":
            guard let open = alternates.last, open.depth == depth - 1 else { return }
            if open.chosen {
                try skipRaw(depth: depth, isEmpty: reader.isEmptyElement)
            } else {
                alternates[alternates.count - 1].chosen = true
            }
        default:
            break
        }
    }

    private func skipRaw(depth: Int, isEmpty: Bool) throws {
        if isEmpty { return }
        if reader.depth == depth, reader.kind == .elementStart, try reader.skipElement() { return }
        while try reader.read() {
            if reader.kind == .elementEnd && reader.depth == depth { return }
        }
    }
}

@available(*, unavailable, message: "wraps a libxml2 reader, which must stay on one thread")
extension WordXMLWalker: Sendable {}

/// Reads `w:val`-style values.
enum WordValue {
    /// An `ST_OnOff` value: absent (the element alone) or "1", "true", "on" mean on.
    static func isOn(_ value: String?) -> Bool {
        guard let value else { return true }
        return !["0", "false", "off"].contains(value.lowercased())
    }

    /// A decimal integer value.
    static func integer(_ value: String?) -> Int? {
        guard let value else { return nil }
        return Int(value.trimmingSpaces())
    }
}
