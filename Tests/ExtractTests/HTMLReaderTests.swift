import Foundation
import Testing
@testable import Extract

/// The HTML reader on small inline pages: tables and merges, what is left out, encodings,
/// layout frames, the title and the report's block in a portal page, web archives, sniffing
/// and limits.
@Suite struct HTMLReaderTests {
    static func read(_ html: String, limits: ReadLimits = .standard) throws -> Document {
        try HTMLReader.read(data: Data(html.utf8), limits: limits)
    }

    static func dump(_ html: String) throws -> String { DocumentDump.text(try read(html)) }

    static func page(_ body: String) -> String { "<!DOCTYPE html><html><head><meta charset=utf-8></head><body>\(body)</body></html>" }

    static func tables(_ d: Document) -> [Table] {
        d.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
    }

    static func paragraphs(_ d: Document) -> [String] {
        d.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
    }

    @Test func rowspanAndColspanBecomeGridColumnsSpansAndMerges() throws {
        let d = try Self.read(Self.page("""
        <table><tr><td colspan=2>A</td><td rowspan=3>B</td><td>C</td></tr>
        <tr><td rowspan=2>D</td><td>E</td><td>F</td></tr>
        <tr><td>G</td><td>H</td></tr></table>
        """))
        let rows = try #require(Self.tables(d).first).rows
        func cells(_ r: Int) -> [String] {
            rows[r].cells.map { "\($0.column)+\($0.columnSpan)\($0.verticalMerge == .restart ? "^" : $0.verticalMerge == .continuation ? "|" : "") \($0.text)" }
        }
        #expect(cells(0) == ["0+2 A", "2+1^ B", "3+1 C"])
        #expect(cells(1) == ["0+1^ D", "1+1 E", "2+1| ", "3+1 F"])
        #expect(cells(2) == ["0+1| ", "1+1 G", "2+1| ", "3+1 H"])
    }

    @Test func rowspanPastTheTableAndHugeSpansAreClamped() throws {
        let d = try Self.read(Self.page("<table><tr><td rowspan=99>A</td><td colspan=999999999>B</td></tr><tr><td>C</td></tr></table>"))
        let rows = try #require(Self.tables(d).first).rows
        #expect(rows.count == 2)
        #expect(rows[0].cells[1].columnSpan == HTMLTableGrid.maxColumnSpan)
        #expect(rows[1].cells.map(\.verticalMerge) == [.continuation, .none])
    }

    @Test func hiddenCellsAndElementsAreLeftOut() throws {
        let d = try Self.read(Self.page("""
        <table><tr><td>规章</td><td style="display: none">99</td><td hidden>98</td><td>1</td></tr>
        <tr style="DISPLAY:NONE"><td>隐藏行</td></tr></table><p hidden>看不见</p><div style="visibility:hidden">也看不见</div>
        """))
        let rows = try #require(Self.tables(d).first).rows
        #expect(rows.count == 1)
        #expect(rows[0].cells.map(\.text) == ["规章", "1"])
        #expect(Self.paragraphs(d).isEmpty)
    }

    @Test func deletionsAndStrikeThroughAreLeftOutInsertionsKept() throws {
        let d = try Self.read(Self.page("""
        <p>本年<del>新增</del><ins>收到</ins>申请<s>9</s><strike>8</strike><span class="MsoNormal msoDel">删</span>12件</p>
        <table><tr><td><del>5</del><ins>6</ins></td></tr><tr><td><span class=msoIns>7</span></td></tr></table>
        """))
        #expect(Self.paragraphs(d) == ["本年收到申请12件"])
        #expect(Self.tables(d).first?.rows.map { $0.cells.map(\.text) } == [["6"], ["7"]])
    }

    @Test func scriptsStylesCommentsFormsAndImagesAreLeftOut() throws {
        let d = try Self.read(Self.page("""
        <script>document.write("脚本")</script><style>p{}</style><noscript>请启用脚本</noscript>
        <!-- 注释 --><p>正文<img alt="图片"><input value="输入"><select><option>选项</option></select><textarea>文本框</textarea><button>按钮</button></p>
        """))
        #expect(Self.paragraphs(d) == ["正文"])
    }

    @Test func blockElementsEndParagraphsAndBreaksAndParagraphsInACellAreLines() throws {
        let d = try Self.read(Self.page("""
        <div>一段<span>连着</span></div><h2>标题</h2><ul><li>甲</li><li>乙</li></ul>
        <table><tr><th>商业<br>企业</th><td><p>第一段</p><p>第二段</p></td></tr></table>
        """))
        #expect(Self.paragraphs(d) == ["一段连着", "标题", "甲", "乙"])
        #expect(Self.tables(d).first?.rows.first?.cells.map(\.text) == ["商业\n企业", "第一段\n第二段"])
    }

    @Test func whitespaceFoldsAndALineEndBetweenChineseCharactersDisappears() throws {
        let d = try Self.read(Self.page("<p>主动公开\n  政府信息 <b>434</b>\t条, and   more&nbsp;</p>"))
        #expect(Self.paragraphs(d) == ["主动公开政府信息 434 条, and more"])
    }

    @Test func linesOfAPreformattedBlockStayLines() throws {
        let d = try Self.read(Self.page("<pre>一、总体情况\n  本年度\n\n二、主动公开政府信息情况</pre>"))
        #expect(Self.paragraphs(d) == ["一、总体情况\n本年度\n二、主动公开政府信息情况"])
    }

    @Test func aOneCellTableFramingATableIsReadInPlace() throws {
        let d = try Self.read(Self.page("""
        <table><tr><td><p>标题</p><table><tr><td>a</td><td>b</td></tr></table><p>结尾</p></td></tr></table>
        """))
        #expect(DocumentDump.text(d) == "document html\nP 标题\nT exact 2 columns\n  R @0+1 a ‖ @1+1 b\nP 结尾\n")
    }

    @Test func aNestedTableInADataCellStaysNested() throws {
        let d = try Self.read(Self.page("<table><tr><td>x</td><td><table><tr><td>1</td></tr></table></td></tr></table>"))
        let table = try #require(Self.tables(d).first)
        #expect(table.rows[0].cells[1].nestedTables.count == 1)
    }

    // MARK: Encodings

    static let gbPage = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>政府信息公开工作年度报告</p></body></html>"

    @Test func metaCharsetGB2312IsReadAsGB18030() throws {
        let bytes = try #require(IconvConverter(from: "UTF-8", to: "GB18030")?.convert(Array(Self.gbPage.utf8)))
        let d = try HTMLReader.read(data: Data(bytes))
        #expect(Self.paragraphs(d) == ["政府信息公开工作年度报告"])
        #expect(HTMLEncoding.declaredCharset(bytes) == "gb2312")
    }

    @Test func undeclaredGBKIsGuessedWhenNotUTF8() throws {
        let html = "<html><body><p>镕堃政府信息</p></body></html>"
        let bytes = try #require(IconvConverter(from: "UTF-8", to: "GBK")?.convert(Array(html.utf8)))
        #expect(HTMLEncoding.decode(bytes).encoding == "GB18030")
        #expect(Self.paragraphs(try HTMLReader.read(data: Data(bytes))) == ["镕堃政府信息"])
        #expect(HTMLEncoding.decode(Array(html.utf8)).encoding == "UTF-8")
    }

    @Test func aByteOrderMarkWinsOverTheMeta() throws {
        let html = "<html><head><meta charset=gbk></head><body><p>年度报告</p></body></html>"
        let d = try HTMLReader.read(data: Data([0xEF, 0xBB, 0xBF] + Array(html.utf8)))
        #expect(Self.paragraphs(d) == ["年度报告"])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(HTMLEncoding.decode(utf16).encoding == "UTF-16LE")
    }

    @Test func aMetaThatLiesIsOverruledWithAWarning() throws {
        let d = try HTMLReader.read(data: Data("<html><head><meta charset=utf-8></head><body><p>".utf8) + Data([0xC4, 0xEA]) + Data("</p></body></html>".utf8))
        #expect(Self.paragraphs(d) == ["年"])
        #expect(d.warnings.count == 1)
    }

    // MARK: Portal pages

    static let portal = """
    <html><head><meta charset=utf-8><meta name="ArticleTitle" content="元数据县2024年政府信息公开工作年度报告">
    <title>标题县2024年政府信息公开工作年度报告_政府信息公开年报_标题县人民政府</title></head><body>
    <div class="nav"><a href="/">首页</a> 规范性文件 行政许可 </div>
    <div class="crumb">当前位置：首页 &gt; 年报</div>
    HEADING
    <div class="info">发布机构：某某县人民政府 发布日期：2025-01-20</div>
    <div class="content"><p>一、总体情况</p><p>2024年工作。</p><p>二、主动公开政府信息情况</p>
    <table><tr><td>信息内容</td><td>本年制发件数</td></tr></table>
    <p>三、收到和处理政府信息公开申请情况</p><table><tr><td>本年新收政府信息公开申请数量</td><td>3</td></tr></table></div>
    <div class="side"><a href="/2023.html">侧栏县2023年政府信息公开工作年度报告</a></div>
    <div class="footer">版权所有 2019年</div></body></html>
    """

    @Test func theReportBlockLeavesNavigationSidebarAndFooterOut() throws {
        let d = try Self.read(Self.portal.replacingOccurrences(of: "HEADING", with: "<h1>标题县2024年政府信息公开工作年度报告</h1>"))
        let text = Self.paragraphs(d)
        #expect(text.first == "标题县2024年政府信息公开工作年度报告")
        #expect(text.dropFirst().first == "一、总体情况")
        for outside in ["首页", "当前位置", "发布机构", "侧栏县", "版权所有"] {
            #expect(!text.joined().contains(outside), "\(outside)")
        }
        #expect(Self.tables(d).count == 2)
        #expect(d.publisher == "某某县人民政府")
    }

    @Test func thePublisherIsReadFromAMetadataTable() throws {
        let page = Self.portal.replacingOccurrences(of: "<div class=\"info\">发布机构：某某县人民政府 发布日期：2025-01-20</div>",
                                                    with: "<table class=meta><tr><th>发布机构</th>\n<td>表格县财政局</td></tr></table>")
        #expect(try Self.read(page).publisher == "表格县财政局")
        let none = Self.portal.replacingOccurrences(of: "发布机构：某某县人民政府", with: "")
        #expect(try Self.read(none).publisher == nil)
    }

    @Test func theTitleIsTheHeadingThenTheMetaThenThePageTitle() throws {
        let h2 = try Self.read(Self.portal.replacingOccurrences(of: "HEADING", with: "<h2 class=bt>标题县2024年政府信息公开工作年度报告</h2>"))
        #expect(Self.paragraphs(h2).first == "标题县2024年政府信息公开工作年度报告")
        let meta = try Self.read(Self.portal.replacingOccurrences(of: "HEADING", with: "<h1>新闻中心</h1>"))
        #expect(Self.paragraphs(meta).first == "元数据县2024年政府信息公开工作年度报告")
        let title = try Self.read(Self.portal.replacingOccurrences(of: "HEADING", with: "")
            .replacingOccurrences(of: "<meta name=\"ArticleTitle\" content=\"元数据县2024年政府信息公开工作年度报告\">", with: ""))
        #expect(Self.paragraphs(title).first == "标题县2024年政府信息公开工作年度报告")
    }

    @Test func aLinkToAnotherYearsReportIsNeverTheTitle() throws {
        let page = Self.portal.replacingOccurrences(of: "HEADING", with: "<h3><a href=\"/2023.html\">链接县2023年政府信息公开工作年度报告</a></h3>")
            .replacingOccurrences(of: "<p>2024年工作。</p>", with: "<p>2024年工作。<a href=\"/2022.html\">2022年政府信息公开年报</a></p>")
        let d = try Self.read(page)
        #expect(Self.paragraphs(d).first == "元数据县2024年政府信息公开工作年度报告")
        #expect(!Self.paragraphs(d).joined().contains("2022"))
    }

    @Test func aTitleInsideTheBlockIsNotRepeated() throws {
        let page = Self.portal.replacingOccurrences(of: "HEADING", with: "")
            .replacingOccurrences(of: "<div class=\"content\">", with: "<div class=\"content\"><p>正文县2024年政府信息公开工作年度报告</p>")
        #expect(Self.paragraphs(try Self.read(page)).first == "正文县2024年政府信息公开工作年度报告")
    }

    @Test func theContentCellOfALayoutTableIsTheBlock() throws {
        let page = Self.page("""
        <table><tr><td><a href="/a">菜单一</a><br><a href="/b">菜单二</a></td><td>
        <p>一、总体情况</p><p>二、主动公开政府信息情况</p><table><tr><td>本年新收政府信息公开申请数量</td><td>1</td></tr></table></td></tr></table>
        """)
        let d = try Self.read(page)
        #expect(Self.paragraphs(d) == ["一、总体情况", "二、主动公开政府信息情况"])
        #expect(Self.tables(d).count == 1)
    }

    // MARK: Office exports, web archives, sniffing, limits

    @Test func officeHeadersAndFootersAreLeftOut() throws {
        let d = try Self.read(Self.page("""
        <div title="header"><p>页眉</p></div><div style='mso-element:footer'><p>第1页</p></div><p>正文</p>
        """))
        #expect(Self.paragraphs(d) == ["正文"])
    }

    @Test func wordsListNumbersAreReadWithoutTheirConditionalMarkers() throws {
        let d = try Self.read(Self.page("""
        <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、</span><![endif]>总体情况<o:p></o:p></p>
        <p><!--[if gte mso 9]><xml>隐藏</xml><![endif]-->正文<span style='mso-hide:all'>藏</span> <![CDATA[x]]></p>
        """))
        #expect(Self.paragraphs(d).first == "一、总体情况")
        #expect(Self.paragraphs(d).dropFirst().first?.hasPrefix("正文") == true)
        #expect(Self.paragraphs(d).joined().contains("藏") == false)
        #expect(HTMLTree.withoutDownlevelConditionals("a<![if !vml]>b<![endif]>c<![x]>") == "abc<![x]>")
    }

    @Test func aQuotedPrintableGB2312ArchiveIsDecoded() throws {
        let html = try #require(IconvConverter(from: "UTF-8", to: "GB18030")?.convert(Array("<html><body><p>年度报告 a=b</p></body></html>".utf8)))
        var qp = ""
        for (i, b) in html.enumerated() {
            qp += b >= 0x80 || b == 0x3D ? String(format: "=%02X", b) : String(UnicodeScalar(b))
            if i % 20 == 19 { qp += "=\r\n" }
        }
        let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\(qp)\r\n--XYZ--\r\n"
        #expect(InputKind.sniff(Data(mht.utf8)) == .mht)
        let d = try DocumentReader.read(data: Data(mht.utf8))
        #expect(d.format == .mht)
        #expect(Self.paragraphs(d) == ["年度报告 a=b"])
    }

    @Test func anArchiveWithoutAPageIsRefused() {
        let mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: image/png\r\n\r\nxx\r\n--B--\r\n"
        #expect(throws: ExtractError.unsupportedFormat("a web archive (MHT) without a web page (no text/html part)")) {
            try DocumentReader.read(data: Data(mht.utf8))
        }
    }

    @Test func onlyADocumentThatStartsAsAPageIsHTML() {
        #expect(InputKind.sniff(Data("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(InputKind.sniff(Data("\u{FEFF}  <!-- saved from url=(0014)about:internet -->\n<HTML lang=zh>".utf8)) == .html)
        #expect(InputKind.sniff(Data("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\">\n<html>".utf8)) == .html)
        #expect(InputKind.sniff(Data("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">".utf8)) == .html)
        #expect(InputKind.sniff(Data("<meta charset=gbk><p>".utf8)) == .html)
        // Text dumps holding table markup stay text.
        #expect(InputKind.sniff(Data("一、总体情况\n<table><tr><td>1</td></tr></table>".utf8)) == .text)
        #expect(InputKind.sniff(Data("<table><tr><td>规章</td></tr></table>".utf8)) == .text)
        #expect(InputKind.sniff(Data("<header>not a page</header>".utf8)) == .text)
        #expect(InputKind.sniff(Data("MIME-Version: 1.0\nContent-Type: text/plain\n\nhello".utf8)) == .text)
    }

    @Test func cellsOverTheLimitAreRefused() {
        let rows = String(repeating: "<tr><td>1</td><td>2</td></tr>", count: 6)
        #expect(throws: ExtractError.limitExceeded("the HTML page has more than 10 table cells")) {
            try Self.read(Self.page("<table>\(rows)</table>"), limits: ReadLimits(maxCells: 10))
        }
    }

    @Test func nestingOverTheLimitIsRefused() {
        let deep = String(repeating: "<div>", count: 40) + "x" + String(repeating: "</div>", count: 40)
        #expect(throws: ExtractError.limitExceeded("the HTML page nests elements deeper than 20 levels")) {
            try Self.read(Self.page(deep), limits: ReadLimits(maxXMLDepth: 20))
        }
        #expect(throws: Never.self) { try Self.read(Self.page(deep)) }
    }

    @Test func inputOverTheSizeLimitIsRefused() {
        #expect(throws: ExtractError.limitExceeded("the input is 98 bytes, over the limit of 50")) {
            try Self.read(Self.page(String(repeating: "x", count: 24)), limits: ReadLimits(maxInputBytes: 50))
        }
    }
}
