import FoundationEssentials

/// The paragraph properties the reader uses, as written in one `w:pPr` (direct formatting or a
/// style's). `nil` means "not said here", so that values can be inherited.
struct ParagraphProperties: Equatable {
    var styleId: String?
    var numId: Int?
    var numberingLevel: Int?
    /// The raw `w:outlineLvl` value; 9 means body text (no outline level).
    var outlineLevel: Int?
}

extension WordXMLWalker {
    /// Reads a `w:pPr` element to its end. Property changes (`w:pPrChange`, the old formatting
    /// of a tracked change), the paragraph mark's run properties and section properties are
    /// skipped unread.
    func paragraphProperties(_ pPr: WordNode) throws -> ParagraphProperties {
        var properties = ParagraphProperties()
        while let node = try next(inside: pPr) {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .pStyle: properties.styleId = attribute("val")
            case .ilvl: properties.numberingLevel = WordValue.integer(attribute("val"))
            case .numId: properties.numId = WordValue.integer(attribute("val"))
            case .outlineLvl: properties.outlineLevel = WordValue.integer(attribute("val"))
            case .numPr: break
            default: try skip(node)
            }
        }
        return properties
    }
}

/// The paragraph styles of `styles.xml`, for names, outline levels and style numbering.
struct DocxStyles {
    struct Style {
        var name: String?
        var basedOn: String?
        var properties = ParagraphProperties()
    }

    var paragraphStyles: [String: Style] = [:]
    /// The style a paragraph without `w:pStyle` has (`w:default="1"`, usually "Normal").
    var defaultParagraphStyle: String?

    /// Reads `styles.xml`; only paragraph styles are kept.
    init(data: Data, partName: String, limits: ReadLimits) throws {
        let walker = try WordXMLWalker(data: data, partName: partName, limits: limits)
        while let node = try walker.next() {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .styles: continue
            case .style:
                let type = walker.attribute("type") ?? "paragraph"
                let id = walker.attribute("styleId")
                let isDefault = walker.attribute("default").map { WordValue.isOn($0) } ?? false
                guard type == "paragraph", let id else { try walker.skip(node); continue }
                var style = Style()
                while let inner = try walker.next(inside: node) {
                    guard inner.kind == .start else { continue }
                    switch inner.tag {
                    case .name: style.name = walker.attribute("val")
                    case .basedOn: style.basedOn = walker.attribute("val")
                    case .pPr: style.properties = try walker.paragraphProperties(inner)
                    default: try walker.skip(inner)
                    }
                }
                paragraphStyles[id] = style
                if isDefault && defaultParagraphStyle == nil { defaultParagraphStyle = id }
            default:
                try walker.skip(node)
            }
        }
    }

    init() {}

    /// The style and the styles it is based on, nearest first; stops at a cycle.
    func chain(from id: String?) -> [Style] {
        var result: [Style] = []
        var seen: Set<String> = []
        var current = id
        while let id = current, !seen.contains(id), let style = paragraphStyles[id] {
            seen.insert(id)
            result.append(style)
            current = style.basedOn
        }
        return result
    }

    /// The name a paragraph style is shown by, else its id.
    func displayName(of id: String) -> String {
        paragraphStyles[id]?.name ?? id
    }
}
