import Foundation
@testable import Extract
import Testing
import TestSupport

@Suite struct DocxStylesFilterTests {
    static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func filtered(_ xml: String) -> String? {
        StylesFilter.paragraphStyles(Data(xml.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func keepsParagraphStylesOnly() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:styles \(Self.ns)><w:docDefaults><w:rPrDefault/></w:docDefaults><w:latentStyles><w:lsdException w:name="x"/></w:latentStyles>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr/></w:style>\
        <w:style w:type="character" w:styleId="C"/>\
        <w:style w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>
        """
        let out = try #require(Self.filtered(xml))
        #expect(out.contains("w:styleId=\"Normal\"") && out.contains("w:styleId=\"H1\""))
        #expect(!out.contains("Table Grid") && !out.contains("w:styleId=\"C\"") && !out.contains("lsdException"))
        #expect(out.hasSuffix("</w:styles>"))
        // What the filtered part says is what the whole part says about paragraph styles.
        let whole = try DocxStyles(data: Data(xml.utf8), partName: "s", limits: .standard)
        let cut = try DocxStyles(data: Data(out.utf8), partName: "s", limits: .standard)
        #expect(whole.paragraphStyles.keys.sorted() == cut.paragraphStyles.keys.sorted())
        #expect(cut.paragraphStyles["H1"]?.properties.outlineLevel == 0)
        #expect(whole.defaultParagraphStyle == cut.defaultParagraphStyle)
    }

    @Test func aDoctypeOrAnUnexpectedRootIsLeftToTheFullParser() {
        #expect(Self.filtered("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><w:styles \(Self.ns)/>") == nil)
        #expect(Self.filtered("<w:document \(Self.ns)></w:document>") == nil)
        #expect(Self.filtered("<w:styles \(Self.ns)><w:style w:type=\"paragraph\">") == nil)
    }
}
