import Foundation
import Testing
import TestSupport

/// `nianbao convert` on legacy files when LibreOffice is missing, fails, or hangs: one line,
/// exit 1, nothing on standard output. LibreOffice is replaced by `NIANBAO_SOFFICE`.
@Suite struct LegacyCommandTests {
    static let needs = "reading it needs LibreOffice (Debian: apt-get install libreoffice-writer-nogui)"

    @Test(arguments: [("01_word_2021_county.doc", ".doc"), ("01_word_2021_county.odt", ".odt"),
                      ("01_word_2021_county.rtf", ".rtf"), ("18_wps_template_filled.wps", ".wps")])
    func missingSofficeNamesTheKind(name: String, kind: String) throws {
        let run = try Nianbao.run(["convert", "samples/legacy/\(name)"], environment: ["NIANBAO_SOFFICE": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nianbao: samples/legacy/\(name): the input is a legacy \(kind) file; \(Self.needs): "
                + "NIANBAO_SOFFICE=/nonexistent is not an executable file\n")
    }

    @Test func noSofficeOnPath() throws {
        let run = try Nianbao.run(["convert", "samples/legacy/03_word_2019_town.doc"],
                                  environment: ["PATH": "/nonexistent-bin", "NIANBAO_SOFFICE": ""])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: samples/legacy/03_word_2019_town.doc: the input is a legacy .doc file; \(Self.needs): "
                + "neither soffice nor libreoffice is on PATH\n")
    }

    /// A LibreOffice that never ends is stopped at the limit, its whole process group with it.
    @Test func hangingSofficeIsStoppedAtTheLimit() throws {
        let work = try Scratch.directory()
        let pidFile = work.appendingPathComponent("child.pid")
        let fake = try Self.script(in: work, "sleep 60 & echo $! > '\(pidFile.path)'; wait")
        let start = Date()
        let run = try Nianbao.run(["convert", "samples/legacy/01_word_2021_county.doc"],
                                  environment: ["NIANBAO_SOFFICE": fake, "NIANBAO_SOFFICE_TIMEOUT": "1"], timeout: 30)
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "nianbao: samples/legacy/01_word_2021_county.doc: LibreOffice ran past the time limit of 1 s "
                + "converting the legacy .doc file and was stopped (NIANBAO_SOFFICE_TIMEOUT sets the limit)\n")
        let pid = try #require(Int32(String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        usleep(200_000)
        // Gone, or a zombie waiting for init to reap it (killed all the same).
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
            .split(separator: ")").last?.split(separator: " ").first
        #expect(state == nil || state == "Z", "the fake soffice's child (pid \(pid)) outlived the time limit: state \(state ?? "")")
    }

    @Test func failingSofficeSaysWhy() throws {
        let work = try Scratch.directory()
        let fake = try Self.script(in: work, "echo 'Warning: failed to launch javaldx' >&2; echo 'Error: source file could not be loaded' >&2")
        let run = try Nianbao.run(["convert", "samples/legacy/01_word_2021_county.rtf"], environment: ["NIANBAO_SOFFICE": fake])
        #expect(run.status == 1)
        #expect(run.stderr == "nianbao: samples/legacy/01_word_2021_county.rtf: LibreOffice could not convert the legacy .rtf file "
                + "to DOCX: soffice says: Error: source file could not be loaded\n")
        let silent = try Self.script(in: work, "exit 3", name: "silent")
        let other = try Nianbao.run(["convert", "samples/legacy/01_word_2021_county.odt"], environment: ["NIANBAO_SOFFICE": silent])
        #expect(other.stderr == "nianbao: samples/legacy/01_word_2021_county.odt: LibreOffice could not convert the legacy .odt file "
                + "to DOCX: it exited with status 3 and wrote no DOCX\n")
    }

    /// The private profile and the copies handed to LibreOffice are gone afterwards.
    @Test func nothingIsLeftInTheTemporaryFolder() throws {
        let work = try Scratch.directory()
        let tmp = work.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let fake = try Self.script(in: work, "exit 0")
        let run = try Nianbao.run(["convert", "samples/legacy/01_word_2021_county.doc"],
                                  environment: ["NIANBAO_SOFFICE": fake, "TMPDIR": tmp.path])
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }

    static func script(in folder: URL, _ body: String, name: String = "soffice") throws -> String {
        let url = folder.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }
}
