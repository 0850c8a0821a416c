import Foundation
import Testing
@testable import Extract

/// A password-protected DOCX is an OLE compound file holding `EncryptionInfo` and
/// `EncryptedPackage` (MS-OFFCRYPTO); it is named as encrypted, not as a legacy `.doc`.
@Suite struct EncryptedDocxTests {
    /// Stands in for LibreOffice: records what it is asked to convert.
    final class AskedConverter: LegacyConverting, @unchecked Sendable {
        var asked: [LegacyKind] = []
        func docx(from data: Data, kind: LegacyKind) throws -> Data {
            asked.append(kind)
            throw ExtractError.libreOfficeFailed("stub")
        }
    }

    /// encrypted.docx: 01_word_2021_county.docx encrypted by msoffcrypto-tool, password "x".
    @Test func encryptedDocxIsNamedEncrypted() throws {
        #expect(try BadSamples.error("encrypted.docx") == .encrypted(kind: "Word document"))
        #expect(ExtractError.encrypted(kind: "Word document").description
                == "the Word document is encrypted with a password; remove the password and try again")
    }

    @Test func itsDirectoryListsTheEncryptedPackage() throws {
        let directory = try #require(CompoundFileDirectory(data: try BadSamples.data("encrypted.docx")))
        #expect(directory.streamNames.contains("EncryptionInfo"))
        #expect(directory.streamNames.contains("EncryptedPackage"))
        #expect(directory.isEncryptedPackage)
    }

    /// Garbage after the OLE signature, and a directory chain that loops, are handed to
    /// LibreOffice as `.doc`: its reader decides whether they can be read (they cannot).
    @Test(arguments: ["legacy_doc.docx", "legacy_wps.docx", "ole_directory_loop.docx"])
    func unreadableCompoundFilesGoToLibreOffice(_ name: String) throws {
        let converter = AskedConverter()
        #expect(throws: ExtractError.libreOfficeFailed("stub")) {
            try DocumentReader.read(data: try BadSamples.data(name), legacy: converter)
        }
        #expect(converter.asked == [.doc])
    }

    /// The encrypted DOCX is refused before LibreOffice could be asked.
    @Test func encryptedDocxNeverReachesLibreOffice() throws {
        let converter = AskedConverter()
        #expect(throws: ExtractError.encrypted(kind: "Word document")) {
            try DocumentReader.read(data: try BadSamples.data("encrypted.docx"), legacy: converter)
        }
        #expect(converter.asked.isEmpty)
    }

    /// Every cut of the encrypted file, and every single flipped header byte, reads without a
    /// trap: as encrypted, as legacy, or (a cut through the signature) as something else.
    @Test func damagedCompoundFilesNeverTrap() throws {
        let bytes = [UInt8](try BadSamples.data("encrypted.docx"))
        for cut in stride(from: 0, to: bytes.count, by: 509) {
            _ = CompoundFileDirectory(data: Data(bytes.prefix(cut)))
        }
        for offset in 8..<512 {
            var damaged = bytes
            damaged[offset] ^= 0xFF
            _ = CompoundFileDirectory(data: Data(damaged))
        }
    }
}
