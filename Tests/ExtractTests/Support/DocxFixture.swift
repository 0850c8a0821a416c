import Foundation
@testable import Extract
import TestSupport

/// Builds DOCX bytes from inline XML for tests.
enum DocxFixture {
    static let wordNamespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    /// A `word/document.xml` whose body is `body`.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(wordNamespaces)><w:body>\(body)</w:body></w:document>
        """
    }

    /// A `word/styles.xml` holding `styles`.
    static func styles(_ styles: String) -> String {
        "<?xml version=\"1.0\"?><w:styles \(wordNamespaces)>\(styles)</w:styles>"
    }

    /// A `word/numbering.xml` holding `definitions`.
    static func numbering(_ definitions: String) -> String {
        "<?xml version=\"1.0\"?><w:numbering \(wordNamespaces)>\(definitions)</w:numbering>"
    }

    /// A minimal DOCX: package rels, document, and optional styles and numbering parts.
    static func docx(body: String, styles: String? = nil, numbering: String? = nil) -> Data {
        var zip = TestZipWriter()
        zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        zip.add("_rels/.rels", packageRels)
        zip.add("word/document.xml", document(body))
        if let styles { zip.add("word/styles.xml", self.styles(styles)) }
        if let numbering { zip.add("word/numbering.xml", self.numbering(numbering)) }
        return zip.data()
    }

    /// Reads a DOCX built from `body` and returns its blocks.
    static func blocks(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> [Block] {
        try DocxReader.read(data: docx(body: body, styles: styles, numbering: numbering)).blocks
    }

    /// The texts of the top-level paragraphs.
    static func texts(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> [String] {
        try blocks(body, styles: styles, numbering: numbering).compactMap {
            if case .paragraph(let paragraph) = $0 { return paragraph.text }
            return nil
        }
    }

    /// The paragraphs (top-level).
    static func paragraphs(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> [Paragraph] {
        try blocks(body, styles: styles, numbering: numbering).compactMap {
            if case .paragraph(let paragraph) = $0 { return paragraph }
            return nil
        }
    }

    /// The top-level tables.
    static func tables(_ body: String) throws -> [Table] {
        try blocks(body).compactMap {
            if case .table(let table) = $0 { return table }
            return nil
        }
    }

}

/// A one-line paragraph `w:p` with one run of text.
func para(_ text: String, _ pPr: String = "") -> String {
    "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}
