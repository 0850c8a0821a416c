import Foundation
import Testing
@testable import Extract
import TestSupport

/// A part is read in the encoding it is written in where libxml2 alone cannot: UTF-32, and a
/// part declaring UTF-8 while written, whole, in GB18030 (before: "Document is empty", and
/// "Input is not proper UTF-8").
@Suite struct DocxPartEncodingTests {
    static let county = Samples.url("docx/01_word_2021_county.docx")

    /// utf32_part.docx: one paragraph, 一、总体情况 本年度收到申请10件。, in UTF-32 with a BOM.
    @Test func utf32PartIsRead() throws {
        let document = try DocxReader.read(data: try BadSamples.data("utf32_part.docx"))
        #expect(document.blocks == [.paragraph(Paragraph(text: "一、总体情况 本年度收到申请10件。"))])
        #expect(document.warnings.isEmpty)
    }

    /// utf8_declared_gb18030_part.docx is sample 01 with document.xml re-encoded in GB18030:
    /// it reads exactly as sample 01, with a warning that the declaration was wrong.
    @Test func gb18030PartDeclaredUTF8ReadsLikeTheUTF8Original() throws {
        let document = try DocxReader.read(data: try BadSamples.data("utf8_declared_gb18030_part.docx"))
        let original = try DocxReader.read(data: try Data(contentsOf: Self.county))
        #expect(document.blocks == original.blocks)
        #expect(document.warnings == ["word/document.xml declares UTF-8 but is written in GB18030; it was read as GB18030"])
        #expect(original.warnings.isEmpty)
    }

    /// Bytes that are neither UTF-8 nor GB18030 are still refused, on one line.
    @Test func neitherUTF8NorGB18030IsRefused() throws {
        let error = try #require(try BadSamples.error("docx_invalid_utf8_two_line_error.docx"))
        #expect(error.description == "malformed Word XML: word/document.xml: line 2: Input is not proper UTF-8, indicate encoding ! Bytes: 0xFF 0xFE 0x20 0x72")
    }

    @Test func declaredEncodingIsReadFromTheDeclaration() {
        #expect(XMLPartEncoding.declaredEncoding(Data("<?xml version='1.0' encoding='GB18030'?><a/>".utf8)) == "GB18030")
        #expect(XMLPartEncoding.declaredEncoding(Data("\u{FEFF}<?xml version=\"1.0\" encoding = \"utf-8\" ?><a/>".utf8)) == "utf-8")
        #expect(XMLPartEncoding.declaredEncoding(Data("<?xml version=\"1.0\"?><a encoding='x'/>".utf8)) == nil)
        #expect(XMLPartEncoding.declaredEncoding(Data("<a/>".utf8)) == nil)
        #expect(XMLPartEncoding.declaredEncoding(Data("<?xml encoding=".utf8)) == nil)
    }
}
