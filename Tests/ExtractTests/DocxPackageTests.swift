import Foundation
import Testing
@testable import Extract
import TestSupport

/// The zip container, the main part, refused inputs and the safety limits.
@Suite struct DocxPackageTests {
    static let body = para("正文")

    static func zip(_ entries: [(String, String)]) -> Data {
        var zip = TestZipWriter()
        for (name, text) in entries { zip.add(name, text) }
        return zip.data()
    }

    static func expectError(_ expected: ExtractError, limits: ReadLimits = .standard, _ data: Data,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: expected, sourceLocation: sourceLocation) { try DocxReader.read(data: data, limits: limits) }
    }

    /// The error thrown for `data`, for checks on messages that quote libzip or libxml2.
    static func error(_ data: Data, limits: ReadLimits = .standard) -> ExtractError? {
        do {
            _ = try DocxReader.read(data: data, limits: limits)
            return nil
        } catch let error as ExtractError {
            return error
        } catch {
            return nil
        }
    }

    @Test func documentReaderSendsZipsHere() throws {
        let document = try DocumentReader.read(data: DocxFixture.docx(body: Self.body))
        #expect(document == Document(format: .docx, blocks: [.paragraph(Paragraph(text: "正文"))]))
    }

    @Test func mainPartFallsBackToWordDocumentXML() throws {
        let data = Self.zip([("word/document.xml", DocxFixture.document(Self.body))])
        #expect(try DocxReader.read(data: data).blocks == [.paragraph(Paragraph(text: "正文"))])
    }

    @Test func mainPartIsFoundThroughTheRelationship() throws {
        let data = Self.zip([
            ("_rels/.rels", DocxFixture.packageRels.replacingOccurrences(of: "word/document.xml", with: "/content/main.xml")),
            ("content/main.xml", DocxFixture.document(Self.body)),
            ("word/document.xml", DocxFixture.document(para("诱饵"))),
        ])
        #expect(try DocxReader.read(data: data).blocks == [.paragraph(Paragraph(text: "正文"))])
    }

    @Test func otherZipKindsAreNamed() {
        let xlsxRels = DocxFixture.packageRels.replacingOccurrences(of: "word/document.xml", with: "xl/workbook.xml")
        Self.expectError(.unsupportedFormat("an Excel workbook (XLSX), not a Word document"),
                         Self.zip([("_rels/.rels", xlsxRels), ("xl/workbook.xml", "<workbook/>")]))
        Self.expectError(.unsupportedFormat("an Excel workbook (XLSX), not a Word document"),
                         Self.zip([("xl/workbook.xml", "<workbook/>")]))
        Self.expectError(.unsupportedFormat("a PowerPoint presentation (PPTX), not a Word document"),
                         Self.zip([("ppt/presentation.xml", "<p/>")]))
        Self.expectError(.unsupportedFormat(
            "an OpenDocument text file (ODT), not DOCX; convert it first with: soffice --headless --convert-to docx FILE"),
                         Self.zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]))
        Self.expectError(.unsupportedFormat("an OpenDocument spreadsheet (ODS), not a Word document"),
                         Self.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet")]))
        Self.expectError(.unsupportedFormat("a zip archive without a Word document (no word/document.xml), not DOCX"),
                         Self.zip([("readme.txt", "hello")]))
        Self.expectError(.unsupportedFormat("an Office Open XML package without a Word document part, not DOCX"),
                         Self.zip([("[Content_Types].xml", "<Types/>"), ("docProps/app.xml", "<x/>")]))
    }

    @Test func aMainPartThatIsNotWordprocessingMLIsRefused() {
        Self.expectError(.unsupportedFormat(
            "word/document.xml is not a WordprocessingML document (its root element is <hdr>), not DOCX"),
                         Self.zip([("word/document.xml", "<w:hdr \(DocxFixture.wordNamespaces)/>")]))
    }

    @Test func doctypeAndEntitiesAreRefused() {
        let refused = ExtractError.malformedXML("DTD/entity declarations are not allowed")
        let entity = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x "重复">]>\
            <w:document \(DocxFixture.wordNamespaces)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>
            """
        Self.expectError(refused, Self.zip([("word/document.xml", entity)]))
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>
            """
        Self.expectError(refused, Self.zip([("word/document.xml", laughs)]))
        let external = """
            <?xml version="1.0"?><!DOCTYPE w:document SYSTEM "file:///etc/passwd"><w:document \(DocxFixture.wordNamespaces)/>
            """
        Self.expectError(refused, Self.zip([("word/document.xml", external)]))
        // Styles and relationship parts are held to the same rule.
        Self.expectError(refused, Self.zip([("word/document.xml", DocxFixture.document(Self.body)),
                                            ("word/styles.xml", "<!DOCTYPE s [<!ENTITY e \"x\">]><s>&e;</s>")]))
        Self.expectError(refused, Self.zip([("_rels/.rels", "<!DOCTYPE r><Relationships/>"),
                                            ("word/document.xml", DocxFixture.document(Self.body))]))
    }

    @Test func malformedXMLQuotesLibxml2() {
        let data = Self.zip([("word/document.xml", "<w:document \(DocxFixture.wordNamespaces)><w:body><w:p></w:body>")])
        guard case .malformedXML(let message)? = Self.error(data) else {
            Issue.record("expected malformedXML")
            return
        }
        #expect(message.hasPrefix("word/document.xml: line 1: "))
        #expect(!message.contains("\n"))
        #expect(message.count > "word/document.xml: line 1: ".count)
    }

    @Test func tooDeepNestingIsRefused() {
        var limits = ReadLimits.standard
        limits.maxXMLDepth = 20
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 10) + Self.body + String(repeating: "</w:sdtContent></w:sdt>", count: 10)
        Self.expectError(.limitExceeded("word/document.xml nests elements deeper than 20 levels"), limits: limits,
                         DocxFixture.docx(body: deep))
        let shallow = String(repeating: "<w:sdt><w:sdtContent>", count: 3) + Self.body + String(repeating: "</w:sdtContent></w:sdt>", count: 3)
        #expect(throws: Never.self) { try DocxReader.read(data: DocxFixture.docx(body: shallow), limits: limits) }
        // The same limit holds inside skipped subtrees.
        let hidden = "<w:p><w:pPr>" + String(repeating: "<w:rPr>", count: 30) + String(repeating: "</w:rPr>", count: 30) + "</w:pPr></w:p>"
        Self.expectError(.limitExceeded("word/document.xml nests elements deeper than 20 levels"), limits: limits,
                         DocxFixture.docx(body: hidden))
    }

    @Test func declaredSizeOverTheLimitIsRefusedBeforeInflating() {
        var limits = ReadLimits.standard
        limits.maxEntryBytes = 100
        let document = DocxFixture.document(Self.body)
        Self.expectError(.limitExceeded("zip entry word/document.xml declares \(document.utf8.count) bytes, over the limit of 100"),
                         limits: limits, Self.zip([("word/document.xml", document)]))
    }

    /// Over the size limit and over the ratio: named a zip bomb, refused before inflating.
    @Test func declaredCompressionRatioOverTheLimitIsRefusedBeforeInflating() {
        var zip = TestZipWriter()
        let document = Data(DocxFixture.document(Self.body).utf8)
        let compressed = TestZipWriter.storedDeflate(document).count
        zip.add(.init(name: "word/document.xml", data: document, deflate: true, declaredSize: UInt32(compressed * 201)))
        var limits = ReadLimits.standard
        limits.maxEntryBytes = compressed * 201 - 1
        Self.expectError(.limitExceeded(
            "zip entry word/document.xml declares a compression ratio over 200 (\(compressed * 201) bytes from \(compressed))"),
                         limits: limits, zip.data())
    }

    /// Within the size limit, a ratio over 200 refuses nothing: inflating is counted and stops
    /// at the limit anyway. repetitive_200000_paragraphs.docx: a title, a heading and
    /// 200,000 paragraphs 本年度无。 (7 MB of XML from about 20 KB).
    @Test func repetitiveEntryWithinTheSizeLimitIsRead() throws {
        let data = try BadSamples.data("repetitive_200000_paragraphs.docx")
        let archive = try ZipArchive(data: data)
        let info = try archive.info(at: try #require(archive.index(of: "word/document.xml")))
        let (size, compressed) = (try #require(info.size), try #require(info.compressedSize))
        #expect(size / compressed > 200 && size < UInt64(ReadLimits.standard.maxEntryBytes))
        let document = try DocxReader.read(data: data)
        #expect(document.blocks.count == 200_002)
        #expect(document.blocks.last == .paragraph(Paragraph(text: "本年度无。")))
        #expect(document.blocks.first == .paragraph(Paragraph(text: "某县2023年政府信息公开工作年度报告")))
    }

    @Test func inflatedBytesAreCountedWhenHeadersLie() {
        let big = Data(DocxFixture.document(String(repeating: Self.body, count: 200)).utf8)
        // The header claims 90 bytes; the deflate stream holds far more.
        var zip = TestZipWriter()
        zip.add(.init(name: "word/document.xml", data: big, deflate: true, declaredSize: 90, declaredCompressedSize: nil))
        var limits = ReadLimits.standard
        limits.maxEntryBytes = 100
        Self.expectError(.limitExceeded("zip entry word/document.xml inflates past the limit of 100 bytes"), limits: limits, zip.data())
        Self.expectError(.corruptArchive("zip entry word/document.xml inflates past its declared size of 90 bytes"), zip.data())
    }

    @Test func tooManyEntriesAreRefused() {
        var limits = ReadLimits.standard
        limits.maxEntries = 2
        Self.expectError(.limitExceeded("the zip lists 3 entries, over the limit of 2"), limits: limits,
                         Self.zip([("word/document.xml", DocxFixture.document(Self.body)), ("a", "1"), ("b", "2")]))
    }

    @Test func damagedZipsAreCorruptArchives() {
        let good = DocxFixture.docx(body: Self.body)
        for cut in [10, 30, good.count / 2] {
            guard case .corruptArchive? = Self.error(good.prefix(good.count - cut)) else {
                Issue.record("truncated by \(cut) bytes: expected corruptArchive")
                continue
            }
        }
        guard case .corruptArchive? = Self.error(Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 100)) else {
            Issue.record("garbage after a zip signature: expected corruptArchive")
            return
        }
        // A wrong CRC is found when the entry has been read.
        var bytes = [UInt8](Self.zip([("word/document.xml", DocxFixture.document(Self.body))]))
        let marker = [UInt8]("正文".utf8)
        if let at = (0...(bytes.count - marker.count)).first(where: { Array(bytes[$0..<($0 + marker.count)]) == marker }) {
            bytes[at] ^= 0x01
        }
        guard case .corruptArchive? = Self.error(Data(bytes)) else {
            Issue.record("wrong CRC: expected corruptArchive")
            return
        }
    }

    @Test func emptyAndOversizedInputs() {
        Self.expectError(.empty, Data())
        var limits = ReadLimits.standard
        limits.maxInputBytes = 50
        let data = DocxFixture.docx(body: Self.body)
        Self.expectError(.limitExceeded("the input is \(data.count) bytes, over the limit of 50"), limits: limits, data)
    }
}
