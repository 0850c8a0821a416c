import FoundationEssentials
import Glibc

/// Turns a legacy word-processor file into DOCX bytes for the DOCX reader.
public protocol LegacyConverting: Sendable {
    /// The DOCX made from `data`, a file of `kind`; throws `ExtractError.needsLibreOffice` or
    /// `.libreOfficeFailed`.
    func docx(from data: Data, kind: LegacyKind) throws -> Data
}

/// LibreOffice (`soffice --headless --convert-to docx`) as the converter of legacy files.
///
/// Every run gets a private, temporary profile (`-env:UserInstallation=…`), removed with the
/// run's folder afterwards: a user's own LibreOffice, running or not, is neither used nor
/// disturbed, and two runs never block each other on one profile's lock. The process runs
/// in a group of its own with a time limit; past it the group is killed.
public struct LibreOffice: LegacyConverting {
    /// Where the program is, or why there is none.
    public enum Location: Sendable, Equatable {
        case found(String)
        case missing(String)
    }

    /// Names an executable to use instead of looking on `PATH`.
    public static let programVariable = "NIANBAO_SOFFICE"
    /// Sets the time limit, in seconds, of converting one file (for tests, and for machines
    /// where the default is too short or too long).
    public static let timeLimitVariable = "NIANBAO_SOFFICE_TIMEOUT"
    /// The names LibreOffice's launcher has on `PATH`, in the order they are looked for.
    public static let programNames = ["soffice", "libreoffice"]
    /// The time limit of converting one file: LibreOffice starts in 1–3 s (the first start of a
    /// fresh profile is the slow one) and converts a report in about 0.15 s, so two minutes
    /// leave room for a loaded, shared machine and a very long document, while a LibreOffice
    /// stuck on a file (a loop in a damaged file, a dialog it cannot show) is stopped instead of
    /// holding a batch worker for ever.
    public static let defaultTimeLimit: Double = 120
    /// What a run of several files adds to the limit per file: over 60 times the measured 0.15 s
    /// of a report. A run that passes it is stopped and the files it did not convert are
    /// converted one at a time, each with the single-file limit, so one stuck file costs the
    /// others nothing but time.
    public static let secondsPerFileInRun: Double = 10
    /// Files given to one LibreOffice process: its start-up (~1 s) is paid once per run, and a
    /// run stopped for its time limit costs at most this many files a second try.
    public static let maxFilesPerRun = 50
    /// The DOCX filter LibreOffice is asked for, by name (its short name is ambiguous for some
    /// inputs, such as HTML).
    static let docxFilter = "docx:MS Word 2007 XML"

    public let location: Location
    /// The limit for converting one file, in seconds.
    public let timeLimit: Double

    public init(location: Location, timeLimit: Double = LibreOffice.defaultTimeLimit) {
        self.location = location
        self.timeLimit = timeLimit
    }

    /// The converter as the environment sets it: `NIANBAO_SOFFICE` when set (it must name an
    /// executable file), else `soffice` or `libreoffice` on `PATH`; `NIANBAO_SOFFICE_TIMEOUT`
    /// seconds (a positive number) as the time limit, else `defaultTimeLimit`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> LibreOffice {
        let limit = environment[timeLimitVariable].flatMap(Double.init).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        return LibreOffice(location: locate(environment), timeLimit: limit ?? defaultTimeLimit)
    }

    static func locate(_ environment: [String: String]) -> Location {
        if let named = environment[programVariable], !named.isEmpty {
            return isExecutable(named) ? .found(named) : .missing("\(programVariable)=\(named) is not an executable file")
        }
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in programNames {
            for directory in directories where !directory.isEmpty {
                let candidate = directory + "/" + name
                if isExecutable(candidate) { return .found(candidate) }
            }
        }
        return .missing("neither soffice nor libreoffice is on PATH")
    }

    private static func isExecutable(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// The time limit of one run converting `count` files.
    public func timeLimit(files count: Int) -> Double {
        timeLimit + Double(max(0, count - 1)) * min(Self.secondsPerFileInRun, timeLimit)
    }

    public func docx(from data: Data, kind: LegacyKind) throws -> Data {
        guard case .found = location else { throw missingError(kind) }
        let workspace = try LegacyWorkspace()
        defer { workspace.remove() }
        let input = workspace.inputs.appendingPathComponent("document." + kind.fileExtension)
        do {
            try data.write(to: input)
        } catch {
            throw ExtractError.libreOfficeFailed("the legacy \(kind.shown) file cannot be handed to LibreOffice: "
                                                 + "\(workspace.root.path) cannot be written")
        }
        let results = run([(input, kind)], workspace: workspace)
        switch results[0] {
        case .success(let url):
            guard let docx = try? Data(contentsOf: url) else {
                throw ExtractError.libreOfficeFailed("LibreOffice's DOCX of the legacy \(kind.shown) file cannot be read back")
            }
            return docx
        case .failure(let error): throw error
        }
    }

    /// Converts `inputs` (files in `workspace.inputs`, each with its kind's extension and a
    /// distinct name) in one LibreOffice process, into `workspace.outputs`; for each input, the
    /// DOCX it became, or why there is none. `cancelled` is asked while it runs.
    public func run(_ inputs: [(url: URL, kind: LegacyKind)], workspace: LegacyWorkspace,
                    cancelled: () -> Bool = { false }) -> [Result<URL, ExtractError>] {
        guard case .found(let program) = location else { return inputs.map { .failure(missingError($0.kind)) } }
        guard !inputs.isEmpty else { return [] }
        let arguments = [program, "-env:UserInstallation=" + workspace.profile.absoluteString,
                         "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                         "--convert-to", Self.docxFilter, "--outdir", workspace.outputs.path] + inputs.map(\.url.path)
        let stderrPath = workspace.root.appendingPathComponent("stderr.txt").path
        let limit = timeLimit(files: inputs.count)
        let outcome = ChildProcess.run(arguments, stderrPath: stderrPath, timeLimit: limit, cancelled: cancelled)
        let said = Self.reason(fromStderr: stderrPath)
        return inputs.map { input in
            let output = workspace.outputs.appendingPathComponent(
                input.url.deletingPathExtension().lastPathComponent + ".docx")
            // FoundationEssentials gives a file's size as `UInt`.
            if outcome != .timedOut, outcome != .cancelled, let size = try? FileManager.default.attributesOfItem(
                atPath: output.path)[.size] as? UInt, size > 0 {
                return .success(output)
            }
            let what = "the legacy \(input.kind.shown) file"
            switch outcome {
            case .timedOut:
                return .failure(.libreOfficeFailed(
                    "LibreOffice ran past the time limit of \(Self.seconds(limit)) converting \(what) and was stopped "
                    + "(\(Self.timeLimitVariable) sets the limit)"))
            case .cancelled:
                return .failure(.libreOfficeFailed("LibreOffice was stopped before it converted \(what)"))
            case .notStarted(let code):
                return .failure(.libreOfficeFailed("LibreOffice (\(program)) could not be started: \(String(cString: strerror(code)))"))
            case .signaled(let signal):
                return .failure(.libreOfficeFailed("LibreOffice could not convert \(what) to DOCX: it was killed by signal \(signal)"))
            case .exited(let status):
                let why = said ?? (status == 0 ? "it wrote no DOCX" : "it exited with status \(status) and wrote no DOCX")
                return .failure(.libreOfficeFailed("LibreOffice could not convert \(what) to DOCX: \(why)"))
            }
        }
    }

    func missingError(_ kind: LegacyKind) -> ExtractError {
        guard case .missing(let why) = location else { return .needsLibreOffice(kind: kind.shown, reason: "") }
        return .needsLibreOffice(kind: kind.shown, reason: why)
    }

    /// LibreOffice's own words on what failed: its last line naming an error (it prints
    /// `Error: source file could not be loaded`), else nothing (its other lines are noise
    /// such as Java warnings).
    static func reason(fromStderr path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
        let text = String(decoding: data.prefix(1 << 16), as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).last { $0.lowercased().contains("error") }
        return line.map { "soffice says: " + OneLine.fold(String($0)) }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : NumberText.fixed(value, places: 1) + " s"
    }
}

/// A private temporary folder for LibreOffice runs: `in/` for the copies handed to it,
/// `out/` for its DOCX files, `profile/` for its user profile. `remove()` deletes it all.
public final class LegacyWorkspace: @unchecked Sendable {
    public let root: URL
    public var inputs: URL { root.appendingPathComponent("in", isDirectory: true) }
    public var outputs: URL { root.appendingPathComponent("out", isDirectory: true) }
    var profile: URL { root.appendingPathComponent("profile", isDirectory: true) }

    public init() throws {
        let temporary = FileManager.default.temporaryDirectory
        var template = Array(temporary.appendingPathComponent("nianbao-soffice-XXXXXX").path.utf8CString)
        guard mkdtemp(&template) != nil else {
            throw ExtractError.libreOfficeFailed(
                "no temporary folder for LibreOffice can be made in \(temporary.path): \(String(cString: strerror(errno)))")
        }
        root = URL(fileURLWithPath: String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self),
                   isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("in"), withIntermediateDirectories: false)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("out"), withIntermediateDirectories: false)
        } catch {
            remove()
            throw ExtractError.libreOfficeFailed("no temporary folder for LibreOffice can be made in \(root.path)")
        }
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}
