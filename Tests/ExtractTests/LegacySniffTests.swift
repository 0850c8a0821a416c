import Foundation
import Testing
@testable import Extract
import TestSupport

/// Legacy kinds are told from their bytes: RTF's `{\rtf`, an ODF zip's `mimetype`, an OLE
/// compound file's WordDocument stream (its FIB's encryption flag, WPS's mark).
@Suite struct LegacySniffTests {
    func kind(_ name: String) throws -> LegacyKind? { try DocumentReader.legacyKind(of: Samples.data("legacy/" + name)) }

    @Test func samplesAreTheirKind() throws {
        #expect(try kind("01_word_2021_county.doc") == .doc)
        #expect(try kind("01_word_2021_county.odt") == .odt)
        #expect(try kind("01_word_2021_county.rtf") == .rtf)
        #expect(try kind("18_wps_template_filled.wps") == .wps)
        #expect(try DocumentReader.legacyKind(of: Samples.data("docx/01_word_2021_county.docx")) == nil)
    }

    @Test func encryptedFlagIsRefused() throws {
        #expect(throws: ExtractError.encrypted(kind: "Word document")) { try kind("encrypted_flag.doc") }
        // The same file without the flag is a plain .doc: the flag alone decides.
        #expect(try kind("01_word_2021_county.doc") == .doc)
    }

    @Test func rtfHeads() {
        #expect(InputKind.sniff(Data("{\\rtf1\\ansi x}".utf8)) == .rtf)
        #expect(InputKind.sniff(Data([0xEF, 0xBB, 0xBF] + Array("{\\rtf1".utf8))) == .rtf)
        #expect(InputKind.sniff(Data("{\\rt".utf8)) == .text)
        #expect(InputKind.sniff(Data(" {\\rtf1".utf8)) == .text)
    }

    /// Only OpenDocument *text* is converted; a spreadsheet's zip stays with the DOCX reader,
    /// which names it.
    @Test func openDocumentTypes() throws {
        let odt = try Samples.data("legacy/01_word_2021_county.odt")
        #expect(LegacySniff.isOpenDocumentText(odt))
        var ods = [UInt8](odt)
        let type = Array("application/vnd.oasis.opendocument.text".utf8)
        let at = try #require(ods.firstRange(of: type)).lowerBound
        ods.replaceSubrange(at..<(at + type.count), with: Array("application/vnd.oasis.opendocument.sheet".utf8))
        #expect(!LegacySniff.isOpenDocumentText(Data(ods)))
        #expect(!LegacySniff.isOpenDocumentText(try Samples.data("docx/01_word_2021_county.docx")))
    }

    /// Every cut of a .doc, and every flipped byte of its first sectors, sniffs without a trap.
    @Test func damagedWordBinariesNeverTrap() throws {
        let bytes = [UInt8](try Samples.data("legacy/01_word_2021_county.doc"))
        for cut in stride(from: 0, to: bytes.count, by: 997) { _ = try? LegacySniff.oleKind(Data(bytes.prefix(cut))) }
        for offset in stride(from: 8, to: min(bytes.count, 4096), by: 3) {
            var damaged = bytes
            damaged[offset] ^= 0xFF
            _ = try? LegacySniff.oleKind(Data(damaged))
        }
    }
}

/// An ODT whose `mimetype` entry is not first (against ODF, but seen) still goes to LibreOffice.
@Suite struct MisplacedMimetypeTests {
    final class Asked: LegacyConverting, @unchecked Sendable {
        var kinds: [LegacyKind] = []
        func docx(from data: Data, kind: LegacyKind) throws -> Data {
            kinds.append(kind)
            return try Samples.data("docx/01_word_2021_county.docx")
        }
    }

    @Test func odtWithMimetypeLastIsConverted() throws {
        var writer = TestZipWriter()
        writer.add("content.xml", "<office:document-content/>")
        writer.add("mimetype", "application/vnd.oasis.opendocument.text")
        let zip = writer.data()
        #expect(!LegacySniff.isOpenDocumentText(zip))
        let asked = Asked()
        let document = try DocumentReader.read(data: zip, legacy: asked)
        #expect(asked.kinds == [.odt])
        #expect(document.format == .odt)
    }
}
