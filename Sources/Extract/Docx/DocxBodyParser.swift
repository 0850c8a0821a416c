import FoundationEssentials

/// Reads the body of a main document part (`word/document.xml`) in one streaming pass.
///
/// Reading order and visibility:
/// - Paragraphs and tables come out in document order; empty paragraphs are kept.
/// - Text of tracked insertions and moves-to counts; deletions and moves-from do not.
/// - Of a complex field (`w:fldChar` begin … separate … end) only the result runs count,
///   never the instructions; fields nest. Each block container (the body, a table cell, a
///   text box) keeps its own field stack, so an unbalanced field cannot hide text beyond it.
/// - Hyperlinks, simple fields, content controls, smart tags and custom XML are descended
///   into; of `mc:AlternateContent` only one branch is read (see `WordXMLWalker`).
/// - Text boxes (`w:txbxContent`, in a drawing or a VML fallback) are read once and placed as
///   blocks right after the paragraph that anchors them, in the same container, because the
///   anchor is the only position the file gives them in the reading order.
/// - Headers, footers, notes and comments live in other parts and are never read here.
final class DocxBodyParser {
    private let walker: WordXMLWalker
    private let partName: String
    private let styles: DocxStyles
    private var numbering: DocxNumbering
    private let limits: ReadLimits
    /// The open complex fields of the current container, innermost last: true once the
    /// field's `separate` has been read (its result is showing).
    private var fields: [Bool] = []
    private var cellCount = 0

    init(data: Data, partName: String, styles: DocxStyles, numbering: DocxNumbering, limits: ReadLimits) throws {
        walker = try WordXMLWalker(data: data, partName: partName, limits: limits)
        self.partName = partName
        self.styles = styles
        self.numbering = numbering
        self.limits = limits
    }

    /// Set when the part was not in the encoding it declares (see `XMLPartEncoding`).
    var encodingWarning: String? { walker.encodingWarning }

    /// Reads the whole part and returns the body's blocks.
    func parse() throws -> [Block] {
        guard let root = try walker.next(), root.kind == .start else {
            throw ExtractError.malformedXML("\(partName): no root element")
        }
        guard root.tag == .document else {
            let (localName, _) = walker.currentName
            throw ExtractError.unsupportedFormat(
                "\(partName) is not a WordprocessingML document (its root element is <\(localName)>), not DOCX")
        }
        var blocks: [Block] = []
        while let node = try walker.next(inside: root) {
            guard node.kind == .start else { continue }
            if node.tag == .body {
                blocks += try blockContent(of: node)
            } else {
                try walker.skip(node)
            }
        }
        return blocks
    }

    // MARK: Blocks

    /// The blocks inside a container element (body, cell, text box), read to its end.
    private func blockContent(of container: WordNode) throws -> [Block] {
        let outerFields = fields
        fields = []
        defer { fields = outerFields }
        var blocks: [Block] = []
        while let node = try walker.next(inside: container) {
            if node.kind == .start { try block(node, into: &blocks) }
        }
        return blocks
    }

    /// Handles one element start met at block level.
    private func block(_ node: WordNode, into blocks: inout [Block]) throws {
        switch node.tag {
        case .p:
            try paragraph(node, into: &blocks)
        case .tbl:
            let (table, onlyCell) = try self.table(node)
            // A table of one cell holding a table is a layout frame (a page saved from a web
            // editor, a box drawn around the report): what it frames is read in its place.
            if let onlyCell, onlyCell.contains(where: { if case .table = $0 { true } else { false } }) {
                blocks += onlyCell
            } else {
                blocks.append(.table(table))
            }
        case .sectPr, .sdtPr, .sdtEndPr, .customXmlPr, .del, .moveFrom:
            try walker.skip(node)
        default:
            break  // sdt, sdtContent, customXml, ins and unknown elements: descend.
        }
    }

    // MARK: Paragraphs

    /// Reads a `w:p`; appends the paragraph, then the blocks of the text boxes it anchors.
    private func paragraph(_ p: WordNode, into blocks: inout [Block]) throws {
        var properties = ParagraphProperties()
        var text = ""
        var anchored: [Block] = []
        var label: DocxNumbering.Label?
        var numbered = false
        func number() {
            if numbered { return }
            numbered = true
            label = numberingLabel(for: properties)
        }
        while let node = try walker.next(inside: p) {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .pPr:
                properties = try walker.paragraphProperties(node)
            case .t:
                let content = try walker.text(of: node)
                if isShowing { text += content }
            case .tab, .ptab:
                if isShowing { text += "\t" }
            case .br:
                let type = walker.attribute("type")
                if isShowing && (type == nil || type == "textWrapping") { text += "\n" }
            case .cr:
                if isShowing { text += "\n" }
            case .noBreakHyphen:
                if isShowing { text += "-" }
            case .sym:
                if isShowing, let code = walker.attribute("char").flatMap({ UInt32($0, radix: 16) }),
                   let scalar = Unicode.Scalar(code) {
                    text.unicodeScalars.append(scalar)
                }
            case .fldChar:
                field(walker.attribute("fldCharType"))
            case .txbxContent:
                number()
                anchored += try blockContent(of: node)
            case .rPr, .del, .moveFrom, .delText, .instrText, .delInstrText, .fldData,
                 .sdtPr, .sdtEndPr, .customXmlPr, .smartTagPr, .pPrChange:
                try walker.skip(node)
            default:
                break  // r, hyperlink, fldSimple, ins, moveTo, sdt, smartTag, drawings: descend.
            }
        }
        number()
        if let label {
            text = label.label + label.separator + text
        }
        let chain = styles.chain(from: properties.styleId ?? styles.defaultParagraphStyle)
        let outline = properties.outlineLevel ?? chain.lazy.compactMap(\.properties.outlineLevel).first
        blocks.append(.paragraph(Paragraph(
            text: text,
            numberingLabel: label.flatMap { $0.label.isEmpty ? nil : $0.label },
            style: properties.styleId.map { styles.displayName(of: $0) },
            outlineLevel: outline.flatMap { (0...8).contains($0) ? $0 : nil })))
        blocks += anchored
    }

    /// True when text read now is visible: not inside any field's instructions.
    private var isShowing: Bool { !fields.contains(false) }

    private func field(_ type: String?) {
        switch type {
        case "begin": fields.append(false)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
        case "end": if !fields.isEmpty { fields.removeLast() }
        default: break
        }
    }

    /// Advances the numbering for a paragraph and returns its label, from direct `w:numPr`
    /// or the paragraph style's (following `w:basedOn`).
    private func numberingLabel(for properties: ParagraphProperties) -> DocxNumbering.Label? {
        let styleId = properties.styleId ?? styles.defaultParagraphStyle
        let chain = styles.chain(from: styleId)
        guard let numId = properties.numId ?? chain.lazy.compactMap(\.properties.numId).first, numId != 0 else {
            return nil
        }
        let level = properties.numberingLevel ?? chain.lazy.compactMap(\.properties.numberingLevel).first
        return numbering.advance(numId: numId, level: level, styleId: styleId)
    }

    // MARK: Tables

    /// Reads a `w:tbl`; also returns the blocks of its cell when it has exactly one.
    private func table(_ tbl: WordNode) throws -> (Table, onlyCell: [Block]?) {
        var rows: [TableRow] = []
        var firstCell: (blocks: [Block]?, cells: Int) = (nil, 0)
        while let node = try walker.next(inside: tbl) {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .tr:
                if let row = try row(node, firstCell: &firstCell) { rows.append(row) }
            case .tblPr, .tblGrid, .sdtPr, .sdtEndPr, .customXmlPr, .del, .moveFrom:
                try walker.skip(node)
            default:
                break  // sdt and customXml around rows: descend.
            }
        }
        let single = rows.count == 1 && rows[0].cells.count == 1 && firstCell.cells == 1
        return (Table(rows: rows, geometry: .exact), single ? firstCell.blocks : nil)
    }

    /// The widest `w:gridSpan` or `w:gridBefore` taken as written; larger values are clamped.
    /// Word's own tables have at most 63 columns; a value near `Int.max` (fuzzing found
    /// `9223372036854775807`) overflowed the column arithmetic and trapped.
    static let maxGridColumns = 1_000

    /// A grid column count from a `w:val`: not below 0, not above `maxGridColumns`.
    static func gridCount(_ value: String?, default fallback: Int) -> Int {
        min(max(WordValue.integer(value) ?? fallback, 0), maxGridColumns)
    }

    /// Reads a `w:tr`; `nil` for a row deleted as a tracked change. `firstCell` counts the
    /// table's cells and keeps the blocks of its first one.
    private func row(_ tr: WordNode, firstCell: inout (blocks: [Block]?, cells: Int)) throws -> TableRow? {
        var cells: [TableCell] = []
        var column = 0
        var isHeader = false
        var isDeleted = false
        while let node = try walker.next(inside: tr) {
            guard node.kind == .start else { continue }
            switch node.tag {
            case .trPr:
                while let property = try walker.next(inside: node) {
                    guard property.kind == .start else { continue }
                    switch property.tag {
                    case .gridBefore: column = Self.gridCount(walker.attribute("val"), default: 0)
                    case .tblHeader: isHeader = WordValue.isOn(walker.attribute("val"))
                    case .del: isDeleted = true
                    default: try walker.skip(property)
                    }
                }
            case .tc:
                cellCount += 1
                if cellCount > limits.maxCells {
                    throw ExtractError.limitExceeded("\(partName) has more than \(limits.maxCells) table cells")
                }
                let (cell, continuesLeft, blocks) = try self.cell(node, column: column)
                if firstCell.cells == 0 { firstCell.blocks = blocks }
                firstCell.cells += 1
                if continuesLeft, !cells.isEmpty {
                    cells[cells.count - 1].columnSpan += cell.columnSpan
                } else {
                    cells.append(cell)
                }
                column += cell.columnSpan
            case .tblPrEx, .sdtPr, .sdtEndPr, .customXmlPr:
                try walker.skip(node)
            default:
                break  // sdt and customXml around cells: descend.
            }
        }
        return isDeleted ? nil : TableRow(cells: cells, isRepeatedHeader: isHeader)
    }

    /// Reads a `w:tc`. Its paragraphs become the text, joined with "\n"; tables inside become
    /// `nestedTables`; the blocks are returned too. Also says whether the cell is a legacy `w:hMerge` continuation, which
    /// widens the cell on its left.
    private func cell(_ tc: WordNode, column: Int) throws -> (TableCell, continuesLeft: Bool, blocks: [Block]) {
        var span = 1
        var merge = VerticalMerge.none
        var continuesLeft = false
        var blocks: [Block] = []
        let outerFields = fields
        fields = []
        defer { fields = outerFields }
        while let node = try walker.next(inside: tc) {
            guard node.kind == .start else { continue }
            guard node.tag == .tcPr else {
                try block(node, into: &blocks)
                continue
            }
            while let property = try walker.next(inside: node) {
                guard property.kind == .start else { continue }
                switch property.tag {
                case .gridSpan:
                    span = max(Self.gridCount(walker.attribute("val"), default: 1), 1)
                case .vMerge:
                    merge = walker.attribute("val") == "restart" ? .restart : .continuation
                case .hMerge:
                    continuesLeft = walker.attribute("val") != "restart"
                default:
                    try walker.skip(property)
                }
            }
        }
        var texts: [String] = []
        var nested: [Table] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): texts.append(paragraph.text)
            case .table(let table): nested.append(table)
            }
        }
        let cell = TableCell(text: texts.joined(separator: "\n"), column: column, columnSpan: span,
                             verticalMerge: merge, nestedTables: nested)
        return (cell, continuesLeft, blocks)
    }
}

@available(*, unavailable, message: "wraps a libxml2 reader, which must stay on one thread")
extension DocxBodyParser: Sendable {}
