import Foundation
import Testing
@testable import Extract
import TestSupport

/// Paragraph text: run content, tracked changes, fields, wrappers, markup compatibility and
/// text boxes.
@Suite struct DocxTextTests {
    @Test func runContentMapsToCharacters() throws {
        let body = """
            <w:p><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t><w:cr/><w:t>四</w:t>\
            <w:br w:type="page"/><w:br w:type="column"/><w:t>五</w:t><w:noBreakHyphen/><w:t>六</w:t>\
            <w:softHyphen/><w:t>七</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2460"/>\
            <w:br w:type="textWrapping"/><w:t xml:space="preserve"> 八 </w:t></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["一\t二\n三\n四五-六七\u{F0FC}①\n 八 "])
    }

    @Test func markersLeaveNoTrace() throws {
        let body = """
            <w:p><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="x"/>\
            <w:commentRangeStart w:id="1"/><w:r><w:t>甲</w:t></w:r><w:commentRangeEnd w:id="1"/>\
            <w:r><w:commentReference w:id="1"/></w:r><w:r><w:footnoteReference w:id="2"/></w:r>\
            <w:r><w:endnoteReference w:id="3"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>乙</w:t></w:r>\
            <w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["甲乙"])
    }

    @Test func runPropertiesAndParagraphMarkPropertiesAreNotText() throws {
        let body = """
            <w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="a"/></w:rPr></w:pPr>\
            <w:r><w:rPr><w:rFonts w:ascii="x"/><w:rPrChange w:id="2"><w:rPr/></w:rPrChange></w:rPr><w:t>正文</w:t></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["正文"])
    }

    @Test func trackedInsertionsCountAndDeletionsDoNot() throws {
        let body = """
            <w:p><w:r><w:t>保留</w:t></w:r>\
            <w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>\
            <w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>\
            <w:moveFrom w:id="3" w:author="a"><w:r><w:t>移出</w:t></w:r></w:moveFrom>\
            <w:moveTo w:id="4" w:author="a"><w:r><w:t>移入</w:t></w:r></w:moveTo>\
            <w:r><w:delText>孤立删除</w:delText></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["保留插入移入"])
    }

    @Test func hyperlinksSimpleFieldsSmartTagsAndCustomXMLAreDescendedInto() throws {
        let body = """
            <w:p><w:hyperlink r:id="rId9"><w:r><w:t>网站</w:t></w:r></w:hyperlink>\
            <w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>\
            <w:smartTag w:uri="u" w:element="e"><w:smartTagPr><w:attr w:name="n" w:val="v"/></w:smartTagPr><w:r><w:t>标记</w:t></w:r></w:smartTag>\
            <w:customXml w:element="c"><w:customXmlPr/><w:r><w:t>定制</w:t></w:r></w:customXml></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["网站3标记定制"])
    }

    @Test func complexFieldsShowOnlyTheirResult() throws {
        let body = """
            <w:p><w:r><w:t>第</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["第7页"])
    }

    @Test func nestedFieldsInsideInstructionsAreHiddenAndInsideResultsShown() throws {
        // IF { MERGEFIELD x \\* result-hidden } = 1 "是" "否": the inner field sits in the outer
        // instructions; then the outer result holds a nested field whose result shows.
        let body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>内层指令结果</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "是" "否"</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>是</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>尾</w:t></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["是2尾"])
    }

    @Test func fieldsCanSpanParagraphs() throws {
        let body = """
            <w:p><w:r><w:t>前</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TOC</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>目录一</w:t></w:r></w:p>\
            <w:p><w:r><w:t>目录二</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p><w:p><w:r><w:instrText>X</w:instrText></w:r></w:p>\
            <w:p><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["前目录一", "目录二", "", "", "结果"])
    }

    @Test func contentControlsUseTheirContent() throws {
        let body = """
            <w:sdt><w:sdtPr><w:alias w:val="标题"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>\
            <w:sdtEndPr/><w:sdtContent>\(para("块级控件"))</w:sdtContent></w:sdt>\
            <w:p><w:r><w:t>甲</w:t></w:r><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>行内控件</w:t></w:r></w:sdtContent></w:sdt></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["块级控件", "甲行内控件"])
    }

    @Test func alternateContentReadsTheFirstChoiceOnly() throws {
        let body = """
            <w:p><w:r><w:t>甲</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>选择一</w:t></w:r></mc:Choice>\
            <mc:Choice Requires="w14"><w:r><w:t>选择二</w:t></w:r></mc:Choice>\
            <mc:Fallback><w:r><w:t>后备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>\
            <w:p><mc:AlternateContent><mc:Fallback><w:r><w:t>只有后备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["甲选择一", "只有后备"])
    }

    @Test func textBoxesComeOnceAfterTheirAnchor() throws {
        let textBox = """
            <w:txbxContent>\(para("框内一"))\(para("框内二"))</w:txbxContent>
            """
        let body = """
            <w:p><w:r><w:t>锚点</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>\
            <a:graphic><a:graphicData><wps:wsp><wps:txbx>\(textBox)</wps:txbx></wps:wsp></a:graphicData></a:graphic>\
            </wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>\(textBox)</v:textbox></v:shape></w:pict>\
            </mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>之后</w:t></w:r></w:p>\(para("下一段"))\
            <w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(para("旧式文本框"))</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["锚点之后", "框内一", "框内二", "下一段", "", "旧式文本框"])
    }

    @Test func emptyParagraphsAreKept() throws {
        let body = "<w:p/><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>\(para("有字"))<w:p><w:r/></w:p>"
        #expect(try DocxFixture.texts(body) == ["", "", "有字", ""])
    }

    @Test func sectionPropertiesAndHeaderReferencesAreNotRead() throws {
        var zip = TestZipWriter()
        zip.add("_rels/.rels", DocxFixture.packageRels)
        zip.add("word/document.xml", DocxFixture.document(
            para("正文") + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId7\"/></w:sectPr>"))
        zip.add("word/_rels/document.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
            </Relationships>
            """)
        zip.add("word/header1.xml", "<w:hdr \(DocxFixture.wordNamespaces)>\(para("页眉"))</w:hdr>")
        zip.add("word/footer1.xml", "<w:ftr \(DocxFixture.wordNamespaces)>\(para("页脚"))</w:ftr>")
        zip.add("word/footnotes.xml", "<w:footnotes \(DocxFixture.wordNamespaces)><w:footnote w:id=\"2\">\(para("脚注"))</w:footnote></w:footnotes>")
        zip.add("word/comments.xml", "<w:comments \(DocxFixture.wordNamespaces)><w:comment w:id=\"1\">\(para("批注"))</w:comment></w:comments>")
        let document = try DocxReader.read(data: zip.data())
        #expect(document.blocks == [.paragraph(Paragraph(text: "正文"))])
    }

    @Test func strictNamespaceIsRead() throws {
        let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        var zip = TestZipWriter()
        zip.add("_rels/.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/main.xml"/>\
            </Relationships>
            """)
        zip.add("word/main.xml", """
            <?xml version="1.0"?><w:document xmlns:w="\(strict)"><w:body><w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>\
            <w:r><w:t>严格</w:t><w:tab/><w:t>格式</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>\(para("格"))</w:tc></w:tr></w:tbl></w:body></w:document>
            """)
        let document = try DocxReader.read(data: zip.data())
        #expect(document.blocks == [
            .paragraph(Paragraph(text: "严格\t格式", outlineLevel: 1)),
            .table(Table(rows: [TableRow(cells: [TableCell(text: "格", column: 0, columnSpan: 2)])], geometry: .exact)),
        ])
    }

    @Test func otherNamespacesAreNotWordText() throws {
        let body = """
            <w:p xmlns:x="urn:other"><w:r><x:t>不是</x:t><w:t>是</w:t></w:r></w:p>
            """
        #expect(try DocxFixture.texts(body) == ["是"])
    }
}
