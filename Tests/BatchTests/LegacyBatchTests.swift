@testable import Batch
import Foundation
import Testing
import TestSupport

/// `batch` converts its legacy inputs ahead of the workers in few LibreOffice processes (one
/// per chunk of up to 50 files), counted here by a wrapper given as NIANBAO_SOFFICE that logs
/// each start.
@Suite struct LegacyBatchTests {
    /// A wrapper around the real LibreOffice that appends a line to `log` at each start.
    static func countingSoffice(in folder: URL, log: URL) throws -> String {
        try script(in: folder, "echo start >> '\(log.path)'\nexec soffice \"$@\"")
    }

    /// A stand-in LibreOffice: for each input it writes, as `OUTDIR/<stem>.docx`, the DOCX
    /// sample 01 (so every input reads as that report), except inputs holding `BROKEN`, for
    /// which it writes nothing. Logs each start.
    static func fakeSoffice(in folder: URL, log: URL) throws -> String {
        let docx = Samples.path("docx/01_word_2021_county.docx")
        return try script(in: folder, """
            echo start >> '\(log.path)'
            out=""; prev=""
            for a in "$@"; do [ "$prev" = --outdir ] && out="$a"; prev="$a"; done
            for a in "$@"; do
              case "$a" in
                *.rtf|*.doc|*.odt) grep -q BROKEN "$a" || cp '\(docx)' "$out/$(basename "${a%.*}").docx" ;;
              esac
            done
            """)
    }

    static func script(in folder: URL, _ body: String) throws -> String {
        let url = folder.appendingPathComponent("soffice")
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }

    static func starts(_ log: URL) -> Int {
        ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    static func index(_ out: URL) throws -> [[String: Any]] {
        try String(contentsOf: out.appendingPathComponent("index.jsonl"), encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// The legacy samples with the real LibreOffice: one process for all of them, every
    /// report as `convert` prints it, the encrypted one failed without LibreOffice.
    @Test(.enabled(if: !LibreOfficeGate.skipped, LibreOfficeGate.reason))
    func legacySamplesInOneLibreOfficeRun() throws {
        let work = try Scratch.directory()
        let log = work.appendingPathComponent("starts.log"), out = work.appendingPathComponent("out")
        let soffice = try Self.countingSoffice(in: work, log: log)
        let run = try Nianbao.run(["batch", Samples.path("legacy"), "-o", out.path, "--jobs", "2"],
                                  environment: ["NIANBAO_SOFFICE": soffice], timeout: 300)
        #expect(run.status == 1, "\(run.stderr)")  // the encrypted sample fails
        #expect(Self.starts(log) == 1, "LibreOffice processes: \(Self.starts(log))")
        #expect(run.stderr.contains("28 inputs (5 .doc, 1 .wps, 4 .odt, 4 .rtf, 14 other) in "), "\(run.stderr)")
        #expect(run.stderr.contains(": 13 converted, 0 up to date, 1 failed, 14 skipped"), "\(run.stderr)")
        #expect(run.stderr.contains("failed, encrypted document: 1 ("), "\(run.stderr)")
        // Byte for byte what `convert` prints for the same canonical path.
        for name in ["08_word_tracked_changes.doc", "03_word_2019_town.rtf"] {
            let single = try Nianbao.run(["convert", "--to", "json", Samples.path("legacy/" + name)])
            #expect(single.status == 0)
            let batch = try String(contentsOf: out.appendingPathComponent(name + ".json"), encoding: .utf8)
            #expect(batch == single.stdout, "\(name): batch and convert differ")
        }
        // Nothing of LibreOffice's is left in OUTDIR (the review's findings.csv, reports.csv and review.html are the batch's own).
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".txt") }
        #expect(Set(left).isSubset(of: ["index.jsonl", "cells.csv", ".batch-lock", "findings.csv", "reports.csv", "review.html"]), "\(left)")
    }

    /// 120 legacy inputs: three LibreOffice runs (50, 50, 20); a rerun starts none; a file the
    /// run could not convert is converted alone and fails with its reason.
    @Test func chunksOfFiftyAndResume() throws {
        let work = try Scratch.directory()
        let inputs = work.appendingPathComponent("in"), out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for i in 0..<120 {
            let name = String(format: "r%03d.rtf", i)
            try Data("{\\rtf1\\ansi report \(i)}".utf8).write(to: inputs.appendingPathComponent(name))
        }
        try Data("{\\rtf1\\ansi BROKEN}".utf8).write(to: inputs.appendingPathComponent("zbroken.rtf"))
        let log = work.appendingPathComponent("starts.log")
        let soffice = try Self.fakeSoffice(in: work, log: log)
        let first = try Nianbao.run(["batch", inputs.path, "-o", out.path], environment: ["NIANBAO_SOFFICE": soffice])
        #expect(first.status == 1)
        // 121 files: chunks of 50, 50, 21; then the broken one alone.
        #expect(Self.starts(log) == 4, "LibreOffice processes: \(Self.starts(log))")
        #expect(first.stderr.contains("121 inputs (121 .rtf) in "), "\(first.stderr)")
        #expect(first.stderr.contains(": 120 converted, 0 up to date, 1 failed"), "\(first.stderr)")
        #expect(first.stderr.contains("failed, LibreOffice failed: 1 ("), "\(first.stderr)")
        let entries = try Self.index(out)
        let broken = try #require(entries.first { ($0["path"] as? String)?.hasSuffix("zbroken.rtf") == true })
        #expect(broken["error"] as? String == "LibreOffice could not convert the legacy .rtf file to DOCX: it wrote no DOCX")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("r007.rtf.json"))) as? [String: Any]
        #expect((report?["source"] as? [String: Any])?["format"] as? String == "rtf")
        #expect((report?["source"] as? [String: Any])?["path"] as? String == inputs.appendingPathComponent("r007.rtf").path)

        // A rerun: everything current, no LibreOffice for it; the failed one is tried again (in
        // the run ahead, then alone for its own reason).
        try FileManager.default.removeItem(at: log)
        let second = try Nianbao.run(["batch", inputs.path, "-o", out.path], environment: ["NIANBAO_SOFFICE": soffice])
        #expect(second.stderr.contains(": 0 converted, 120 up to date, 1 failed"), "\(second.stderr)")
        #expect(Self.starts(log) == 2, "LibreOffice processes on the rerun: \(Self.starts(log))")
        // Deterministic: the same outputs whatever the run.
        try FileManager.default.removeItem(at: log)
        let again = work.appendingPathComponent("again")
        _ = try Nianbao.run(["batch", inputs.path, "-o", again.path, "--jobs", "1"], environment: ["NIANBAO_SOFFICE": soffice])
        #expect(try Data(contentsOf: again.appendingPathComponent("cells.csv")) == Data(contentsOf: out.appendingPathComponent("cells.csv")))
    }

    /// Without LibreOffice every legacy input fails with the one line, and the others convert.
    @Test func withoutLibreOfficeLegacyInputsFail() throws {
        let work = try Scratch.directory()
        let inputs = work.appendingPathComponent("in"), out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Samples.url("legacy/01_word_2021_county.doc"), to: inputs.appendingPathComponent("a.doc"))
        try FileManager.default.copyItem(at: Samples.url("docx/01_word_2021_county.docx"), to: inputs.appendingPathComponent("b.docx"))
        let run = try Nianbao.run(["batch", inputs.path, "-o", out.path], environment: ["NIANBAO_SOFFICE": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("2 inputs (1 DOCX, 1 .doc) in "), "\(run.stderr)")
        #expect(run.stderr.contains(": 1 converted, 0 up to date, 1 failed"), "\(run.stderr)")
        #expect(run.stderr.contains("failed, needs LibreOffice: 1 ("), "\(run.stderr)")
        let entry = try #require(try Self.index(out).first { ($0["path"] as? String)?.hasSuffix("a.doc") == true })
        #expect(entry["error"] as? String == "the input is a legacy .doc file; reading it needs LibreOffice "
                + "(Debian: apt-get install libreoffice-writer-nogui): NIANBAO_SOFFICE=/nonexistent is not an executable file")
    }

    /// The batch picks up every kind it reads by name, HTML and MHT included.
    @Test func extensionsPickedUp() {
        for ext in ["docx", "pdf", "txt", "html", "htm", "mht", "mhtml", "doc", "wps", "odt", "rtf", "DOC"] {
            #expect(BatchInput.isCandidate("a." + ext), "\(ext)")
        }
        #expect(!BatchInput.isCandidate("a.xls"))
    }
}
