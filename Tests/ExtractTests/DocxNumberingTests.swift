import Foundation
import Testing
@testable import Extract
import TestSupport

/// Automatic numbering (numbering.xml), paragraph styles and outline levels.
@Suite struct DocxNumberingTests {
    /// One abstract numbering (id 1) with these levels, used by num 1.
    static func definitions(_ levels: String, extraNums: String = "") -> String {
        "<w:abstractNum w:abstractNumId=\"1\">\(levels)</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>\(extraNums)"
    }

    static func level(_ ilvl: Int, _ format: String, _ text: String, start: Int = 1, extra: String = "") -> String {
        "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>\(extra)</w:lvl>"
    }

    static func numbered(_ text: String, numId: Int = 1, ilvl: Int = 0) -> String {
        para(text, "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
    }

    static func labels(format: String, text: String, count: Int, start: Int = 1) throws -> [String?] {
        let body = (1...count).map { _ in numbered("") }.joined()
        return try DocxFixture.paragraphs(body, numbering: definitions(level(0, format, text, start: start))).map(\.numberingLabel)
    }

    @Test func labelGoesInFrontOfTheText() throws {
        let paragraphs = try DocxFixture.paragraphs(Self.numbered("总体情况") + Self.numbered("主动公开"),
                                                    numbering: Self.definitions(Self.level(0, "chineseCounting", "%1、")))
        #expect(paragraphs == [Paragraph(text: "一、总体情况", numberingLabel: "一、"),
                               Paragraph(text: "二、主动公开", numberingLabel: "二、")])
    }

    @Test func chineseCounting() throws {
        let labels = try Self.labels(format: "chineseCounting", text: "%1", count: 23)
        #expect(labels == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
                           "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三"])
        #expect(try Self.labels(format: "chineseCountingThousand", text: "（%1）", count: 1, start: 99) == ["（九十九）"])
        #expect(NumberFormat.format(100, as: "chineseCountingThousand") == "一百")
        #expect(NumberFormat.format(101, as: "chineseCountingThousand") == "一百零一")
        #expect(NumberFormat.format(110, as: "chineseCounting") == "一百一十")
        #expect(NumberFormat.format(2024, as: "chineseCountingThousand") == "二千零二十四")
    }

    @Test(arguments: [
        ("decimal", "%1.", ["1.", "2.", "3."]),
        ("ideographTraditional", "%1、", ["甲、", "乙、", "丙、"]),
        ("decimalFullWidth", "%1．", ["１．", "２．", "３．"]),
        ("decimalEnclosedCircle", "%1", ["①", "②", "③"]),
        ("decimalEnclosedCircleChinese", "%1", ["①", "②", "③"]),
        ("lowerLetter", "%1)", ["a)", "b)", "c)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C."]),
        ("lowerRoman", "%1.", ["i.", "ii.", "iii."]),
        ("upperRoman", "%1.", ["I.", "II.", "III."]),
        ("bullet", "\u{F0B7}", ["\u{F0B7}", "\u{F0B7}", "\u{F0B7}"]),
        ("none", "%1", [nil, nil, nil]),
    ] as [(String, String, [String?])])
    func formats(format: String, text: String, expected: [String?]) throws {
        #expect(try Self.labels(format: format, text: text, count: 3) == expected)
    }

    @Test func formatsBeyondTheirFirstRun() {
        #expect(NumberFormat.format(10, as: "ideographTraditional") == "癸")
        #expect(NumberFormat.format(12, as: "decimalFullWidth") == "１２")
        #expect(NumberFormat.format(20, as: "decimalEnclosedCircle") == "⑳")
        #expect(NumberFormat.format(21, as: "decimalEnclosedCircle") == "21")
        #expect(NumberFormat.format(26, as: "lowerLetter") == "z")
        #expect(NumberFormat.format(27, as: "lowerLetter") == "aa")
        #expect(NumberFormat.format(54, as: "upperLetter") == "BBB")
        #expect(NumberFormat.format(1994, as: "upperRoman") == "MCMXCIV")
        #expect(NumberFormat.format(4, as: "lowerRoman") == "iv")
    }

    @Test func suffixSpaceAddsASpaceAndTabOrNothingAddNothing() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1">\(Self.level(0, "decimal", "%1.", extra: "<w:suff w:val=\"space\"/>"))</w:abstractNum>\
            <w:abstractNum w:abstractNumId="2">\(Self.level(0, "decimal", "%1.", extra: "<w:suff w:val=\"nothing\"/>"))</w:abstractNum>\
            <w:abstractNum w:abstractNumId="3">\(Self.level(0, "decimal", "%1.", extra: "<w:suff w:val=\"tab\"/>"))</w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>\
            <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
            """
        let texts = try DocxFixture.texts(Self.numbered("甲", numId: 1) + Self.numbered("乙", numId: 2) + Self.numbered("丙", numId: 3),
                                          numbering: numbering)
        #expect(texts == ["1. 甲", "1.乙", "1.丙"])
    }

    @Test func multiLevelLabelsAndDeeperLevelsRestart() throws {
        // Each placeholder takes the format of its own level: %2 of a chineseCounting level is 二.
        let numbering = Self.definitions(Self.level(0, "chineseCounting", "%1、") + Self.level(1, "chineseCounting", "（%2）")
                                         + Self.level(2, "decimal", "%2.%3"))
        let body = Self.numbered("甲") + Self.numbered("乙", ilvl: 1) + Self.numbered("丙", ilvl: 1)
            + Self.numbered("丁", ilvl: 2) + Self.numbered("戊", ilvl: 2) + Self.numbered("己")
            + Self.numbered("庚", ilvl: 1) + Self.numbered("辛", ilvl: 2)
        let texts = try DocxFixture.texts(body, numbering: numbering)
        #expect(texts == ["一、甲", "（一）乙", "（二）丙", "二.1丁", "二.2戊", "二、己", "（一）庚", "一.1辛"])
    }

    @Test func lvlRestartZeroNeverRestarts() throws {
        let numbering = Self.definitions(Self.level(0, "decimal", "%1.")
                                         + Self.level(1, "lowerLetter", "%2)", extra: "<w:lvlRestart w:val=\"0\"/>"))
        let body = Self.numbered("a") + Self.numbered("b", ilvl: 1) + Self.numbered("c") + Self.numbered("d", ilvl: 1)
        #expect(try DocxFixture.texts(body, numbering: numbering) == ["1.a", "a)b", "2.c", "b)d"])
    }

    @Test func lvlRestartNamesTheLevelThatRestarts() throws {
        // Level 3 (ilvl 2) restarts only when level 1 (ilvl 0) is used, not level 2.
        let numbering = Self.definitions(Self.level(0, "decimal", "%1") + Self.level(1, "decimal", "%1.%2")
                                         + Self.level(2, "decimal", "(%3)", extra: "<w:lvlRestart w:val=\"1\"/>"))
        let body = Self.numbered("", ilvl: 0) + Self.numbered("", ilvl: 2) + Self.numbered("", ilvl: 1)
            + Self.numbered("", ilvl: 2) + Self.numbered("", ilvl: 0) + Self.numbered("", ilvl: 2)
        #expect(try DocxFixture.texts(body, numbering: numbering) == ["1", "(1)", "1.1", "(2)", "2", "(1)"])
    }

    @Test func numsSharingAnAbstractContinueAndStartOverrideRestarts() throws {
        let numbering = Self.definitions(Self.level(0, "decimal", "%1."), extraNums: """
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
            <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
            """)
        let body = Self.numbered("", numId: 1) + Self.numbered("", numId: 2) + Self.numbered("", numId: 1)
            + Self.numbered("", numId: 3) + Self.numbered("", numId: 3) + Self.numbered("", numId: 4) + Self.numbered("", numId: 2)
        #expect(try DocxFixture.texts(body, numbering: numbering) == ["1.", "2.", "3.", "1.", "2.", "5.", "4."])
    }

    @Test func numIdZeroAndUnknownNumbersGiveNoLabel() throws {
        let numbering = Self.definitions(Self.level(0, "decimal", "%1."))
        let styles = """
            <w:style w:type="paragraph" w:styleId="List"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            """
        let body = Self.numbered("零", numId: 0) + Self.numbered("未知", numId: 9)
            + para("样式编号取消", "<w:pStyle w:val=\"List\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
            + para("样式编号", "<w:pStyle w:val=\"List\"/>")
        let paragraphs = try DocxFixture.paragraphs(body, styles: styles, numbering: numbering)
        #expect(paragraphs.map(\.text) == ["零", "未知", "样式编号取消", "1.样式编号"])
        #expect(paragraphs.map(\.numberingLabel) == [nil, nil, nil, "1."])
    }

    @Test func numberingInheritedFromTheStyleChain() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="7">\(Self.level(0, "chineseCounting", "%1、"))\(Self.level(1, "chineseCounting", "（%2）"))</w:abstractNum>\
            <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
            """
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/>\
            <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="H3"><w:basedOn w:val="H2"/></w:style>\
            <w:style w:type="character" w:styleId="H1Char"><w:name w:val="Heading 1 Char"/></w:style>
            """
        let body = para("总体情况", "<w:pStyle w:val=\"H1\"/>") + para("主动公开", "<w:pStyle w:val=\"H2\"/>")
            + para("依申请", "<w:pStyle w:val=\"H3\"/>") + para("正文") + para("直接", "<w:pStyle w:val=\"H1\"/><w:outlineLvl w:val=\"9\"/>")
        let paragraphs = try DocxFixture.paragraphs(body, styles: styles, numbering: numbering)
        #expect(paragraphs == [
            Paragraph(text: "一、总体情况", numberingLabel: "一、", style: "heading 1", outlineLevel: 0),
            Paragraph(text: "（一）主动公开", numberingLabel: "（一）", style: "heading 2", outlineLevel: 1),
            Paragraph(text: "（二）依申请", numberingLabel: "（二）", style: "H3", outlineLevel: 1),
            Paragraph(text: "正文"),
            Paragraph(text: "二、直接", numberingLabel: "二、", style: "heading 1"),
        ])
    }

    @Test func stylesAndNumberingAreFoundThroughTheMainPartRelationships() throws {
        var zip = TestZipWriter()
        zip.add("_rels/.rels", DocxFixture.packageRels)
        zip.add("word/document.xml", DocxFixture.document(para("甲", "<w:pStyle w:val=\"S\"/>")))
        zip.add("word/_rels/document.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="parts/s.xml"/>\
            <Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering" Target="../n.xml"/>\
            </Relationships>
            """)
        zip.add("word/parts/s.xml", DocxFixture.styles("""
            <w:style w:type="paragraph" w:styleId="S"><w:name w:val="标题样式"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            """))
        zip.add("n.xml", DocxFixture.numbering(Self.definitions(Self.level(0, "decimalEnclosedCircle", "%1"))))
        // Decoys at the fallback paths, which must not be used when relationships name others.
        zip.add("word/styles.xml", DocxFixture.styles("<w:style w:type=\"paragraph\" w:styleId=\"S\"><w:name w:val=\"错\"/></w:style>"))
        let paragraphs = try DocxReader.read(data: zip.data()).blocks
        #expect(paragraphs == [.paragraph(Paragraph(text: "①甲", numberingLabel: "①", style: "标题样式"))])
    }

    @Test func levelOverrideAndWord2010CustomFormat() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
            <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>\
            <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>\
            \(Self.level(0, "upperRoman", "%1．"))</w:lvlOverride></w:num>
            """
        let texts = try DocxFixture.texts(Self.numbered("", numId: 1) + Self.numbered("", numId: 2), numbering: numbering)
        #expect(texts == ["001", "III．"])
    }

    @Test func legalNumberingShowsShallowerLevelsAsDecimals() throws {
        let numbering = Self.definitions(Self.level(0, "chineseCounting", "%1、")
                                         + Self.level(1, "decimal", "%1.%2", extra: "<w:isLgl/>"))
        #expect(try DocxFixture.texts(Self.numbered("") + Self.numbered("", ilvl: 1), numbering: numbering) == ["一、", "1.1"])
    }

    @Test func numberedParagraphsInTablesAndTextBoxesCountInReadingOrder() throws {
        let numbering = Self.definitions(Self.level(0, "decimal", "%1."))
        let body = Self.numbered("甲")
            + "<w:tbl><w:tr><w:tc>\(Self.numbered("乙"))\(Self.numbered("丙"))</w:tc></w:tr></w:tbl>"
            + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>丁</w:t><w:pict><v:textbox><w:txbxContent>\(Self.numbered("戊"))</w:txbxContent></v:textbox></w:pict></w:r></w:p>"
        let blocks = try DocxFixture.blocks(body, numbering: numbering)
        #expect(blocks == [
            .paragraph(Paragraph(text: "1.甲", numberingLabel: "1.")),
            .table(Table(rows: [TableRow(cells: [TableCell(text: "2.乙\n3.丙", column: 0)])], geometry: .exact)),
            .paragraph(Paragraph(text: "4.丁", numberingLabel: "4.")),
            .paragraph(Paragraph(text: "5.戊", numberingLabel: "5.")),
        ])
    }
}
