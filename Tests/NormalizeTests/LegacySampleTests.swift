import Extract
import Foundation
import Normalize
import Testing
import TestSupport

/// Every legacy sample (`samples/legacy/make_legacy.sh`: LibreOffice's .doc, .odt, .rtf and a
/// .wps stand-in of DOCX samples) reads exactly as its DOCX: the expected file is the DOCX
/// sample's, every cell, title, organ, year and section; `source.format` names the kind.
@Suite(.enabled(if: !LibreOfficeGate.skipped, LibreOfficeGate.reason))
struct LegacySampleTests {
    static let kinds = ["doc", "odt", "rtf", "wps"]
    static let samples = kinds.flatMap { kind in
        Samples.files(in: "legacy", ext: kind).filter { FileManager.default.fileExists(atPath: Samples.path("legacy/\($0).expected.json")) }
    }

    @Test func fourOfEachKindAndAWPS() {
        for kind in ["doc", "odt", "rtf"] { #expect(Self.samples.filter { $0.hasSuffix("." + kind) }.count >= 4, "\(kind)") }
        #expect(Self.samples.contains("18_wps_template_filled.wps"))
        #expect(Self.samples.contains("08_word_tracked_changes.doc"))
        #expect(Self.samples.contains("03_word_2019_town.doc"))
    }

    @Test(arguments: samples)
    func everyCell(name: String) throws {
        try ExpectedFile.compare(input: "legacy/\(name)", expected: "legacy/\(name).expected.json")
    }

    /// The format each sample must record: its extension, but for the .doc of sample 18, which
    /// WPS Office wrote (LibreOffice keeps WPS's mark, so its bytes say WPS).
    static func format(_ name: String) -> String {
        name.hasPrefix("18_wps_template_filled.") && name.hasSuffix(".doc") ? "wps" : (name as NSString).pathExtension
    }

    @Test(arguments: samples)
    func sourceFormatIsTheKind(name: String) throws {
        let report = try Samples.convert("legacy/\(name)")
        #expect(report.source.format.rawValue == Self.format(name))
        #expect(report.source.sha256 == SHA256.hex(try Samples.data("legacy/\(name)")))
        let json = try Samples.reportJSON(report)
        #expect((json["source"] as? [String: Any])?["format"] as? String == Self.format(name))
    }
}

/// A Word binary with the FIB's encryption flag is refused before LibreOffice is asked.
@Suite struct EncryptedLegacyTests {
    @Test func encryptedDocIsNamedEncrypted() throws {
        #expect(throws: ExtractError.encrypted(kind: "Word document")) {
            try Samples.convert("legacy/encrypted_flag.doc")
        }
        let run = try Nianbao.run(["convert", "legacy/encrypted_flag.doc"].map { $0 == "legacy/encrypted_flag.doc" ? "samples/" + $0 : $0 },
                                  environment: ["NIANBAO_SOFFICE": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nianbao: samples/legacy/encrypted_flag.doc: the Word document is encrypted with a password; remove the password and try again\n")
    }
}
