import Extract
import FoundationEssentials
import Glibc
import Normalize

/// A batch's legacy inputs (`.doc`, `.wps`, `.odt`, `.rtf`, told from their bytes) converted
/// to DOCX before the workers start, in few LibreOffice processes: one per chunk of up to
/// `LibreOffice.maxFilesPerRun` files, so LibreOffice's start-up (about a second) is paid per
/// chunk instead of per file. The workers then read the DOCX made of their input's bytes.
///
/// Results are found by the SHA-256 of the bytes converted, so a worker never reads the DOCX of
/// other bytes (a file changed since, or two inputs with the same bytes, converted once). An
/// input without a result here — LibreOffice could not convert it in its chunk, the chunk ran
/// past its time limit, or the file changed — is converted on its own by the worker, which then
/// gets that file's own reason when it fails. Inputs whose outputs are current are not
/// converted (a rerun converts only what it must), and chunks follow the input order, so a run
/// is deterministic and resumable like any other.
final class LegacyPreconversion: LegacyConverting, @unchecked Sendable {
    /// DOCX files by the SHA-256 of the bytes they were made from; written before the workers
    /// start, only read after.
    private let docx: [String: URL]
    private let single: LibreOffice
    private let workspace: LegacyWorkspace?
    /// The LibreOffice processes started ahead of the workers (for the summary and the tests).
    let runs: Int
    /// The inputs converted ahead.
    let files: Int

    private init(docx: [String: URL], single: LibreOffice, workspace: LegacyWorkspace?, runs: Int, files: Int) {
        self.docx = docx
        self.single = single
        self.workspace = workspace
        self.runs = runs
        self.files = files
    }

    /// An input's first bytes, enough to say whether it may be legacy; other inputs are left to
    /// the workers without being read whole here.
    static let headBytes = 1024

    /// Converts the legacy inputs among `inputs` that need converting.
    static func prepare(_ inputs: [BatchInput], options: BatchOptions, previous: [String: IndexEntry],
                        libreOffice: LibreOffice = .fromEnvironment()) -> LegacyPreconversion {
        let none = LegacyPreconversion(docx: [:], single: libreOffice, workspace: nil, runs: 0, files: 0)
        // Without LibreOffice every legacy input fails at once in its worker, with the reason.
        guard case .found = libreOffice.location else { return none }
        var pending: [(sha256: String, data: Data, kind: LegacyKind)] = []
        var seen: Set<String> = []
        for input in inputs where input.isCandidate {
            guard mayBeLegacy(input.path),
                  let data = try? DocumentReader.readFile(URL(fileURLWithPath: input.path), limits: options.limits),
                  let kind = try? DocumentReader.legacyKind(of: data) else { continue }
            let hash = SHA256.hex(data)
            if !options.force, let before = previous[input.path], before.isCurrent(sha256: hash, version: options.version),
               let output = before.output,
               FileManager.default.fileExists(atPath: options.outputDirectory.appendingPathComponent(output + ".json").path) {
                continue
            }
            if seen.insert(hash).inserted { pending.append((hash, data, kind)) }
        }
        guard !pending.isEmpty, let workspace = try? LegacyWorkspace() else { return none }
        var docx: [String: URL] = [:]
        var runs = 0
        for start in stride(from: 0, to: pending.count, by: LibreOffice.maxFilesPerRun) {
            if options.stop?.requested != nil { break }
            let chunk = pending[start..<min(start + LibreOffice.maxFilesPerRun, pending.count)]
            var files: [(url: URL, kind: LegacyKind)] = []
            var hashes: [String] = []
            for (offset, item) in chunk.enumerated() {
                let url = workspace.inputs.appendingPathComponent(NumberText.zeroPadded(start + offset, width: 6) + "." + item.kind.fileExtension)
                guard (try? item.data.write(to: url)) != nil else { continue }
                files.append((url, item.kind))
                hashes.append(item.sha256)
            }
            runs += 1
            let results = libreOffice.run(files, workspace: workspace) { options.stop?.requested != nil }
            for (hash, result) in zip(hashes, results) {
                if case .success(let url) = result { docx[hash] = url }
            }
            // The copies have served; the DOCX files stay until the workers are done.
            for file in files { try? FileManager.default.removeItem(at: file.url) }
        }
        return LegacyPreconversion(docx: docx, single: libreOffice, workspace: workspace, runs: runs, files: docx.count)
    }

    /// True when the file's first bytes are those of an OLE compound file, RTF or an ODF zip.
    /// Only regular files are opened (a named pipe would block the open, a device read for
    /// ever), and without blocking; the worker gives the others their one line.
    static func mayBeLegacy(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: headBytes)
        let count = read(fd, &head, headBytes)
        guard count > 0 else { return false }
        return DocumentReader.mayBeLegacy(head: Data(head.prefix(count)))
    }

    func docx(from data: Data, kind: LegacyKind) throws -> Data {
        if let url = docx[SHA256.hex(data)], let converted = try? Data(contentsOf: url) { return converted }
        return try single.docx(from: data, kind: kind)
    }

    /// Removes the DOCX files and LibreOffice's profile.
    func remove() { workspace?.remove() }
}
