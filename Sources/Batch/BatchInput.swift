import Extract
import FoundationEssentials
import Glibc

/// One file a batch was given, found directly or below a folder argument.
public struct BatchInput: Sendable, Equatable {
    /// The input's canonical path (see `CanonicalPath`): what `index.jsonl`, `cells.csv`, the
    /// database and the outputs' `source.path` name it by, whatever spelling the user gave.
    public var path: String
    /// Its path relative to the PATH argument it came from (its name, for a file argument):
    /// outputs go to `OUTDIR/<relative>.json` and `.txt`.
    public var relative: String
    /// True for the names of `extensions` (case-insensitive); others are skipped and counted.
    /// A directory with such a name is a candidate too: it fails as "is a directory" instead
    /// of vanishing from the counts.
    public var isCandidate: Bool

    /// The names a batch converts, each with how the summary counts it. The name only picks
    /// the files up; what a file is, is read from its bytes (a `.doc` that is a DOCX reads as
    /// DOCX). Legacy kinds go through LibreOffice; HTML and MHT through their own reader.
    public static let kinds: [(extensions: [String], shown: String)] = [
        (["docx"], "DOCX"), (["pdf"], "PDF"), (["txt"], "text"), (["html", "htm"], "HTML"), (["mht", "mhtml"], "MHT"),
        (["doc"], ".doc"), (["wps"], ".wps"), (["odt"], ".odt"), (["rtf"], ".rtf"),
    ]
    public static let extensions: Set<String> = Set(kinds.flatMap(\.extensions))
    /// The extensions as the skip message and the summary list them.
    public static let extensionList = kinds.flatMap { $0.extensions.map { "." + $0 } }.joined(separator: " ")

    /// How the summary counts an input of this name: `DOCX`, `PDF`, `text`, `.doc` …, or
    /// `other` for a name the batch skips.
    public static func kind(of name: String) -> String {
        let ext = PathText.pathExtension(name).lowercased()
        return kinds.first { $0.extensions.contains(ext) }?.shown ?? "other"
    }

    /// Every file under `paths`, each input once (the first argument that reaches it names its
    /// outputs), sorted by canonical path so the order never depends on how paths were spelled
    /// or on the order of arguments. Folders are walked recursively; hidden files and folders
    /// (`.name`) are left out, and so is `excluding` (the output folder, when it lies inside
    /// an input folder).
    public static func collect(_ paths: [String], excluding: URL? = nil) throws -> [BatchInput] {
        let fm = FileManager.default
        let excluded = excluding.map { CanonicalPath.of($0.path) }
        var out: [BatchInput] = []
        var seen: Set<String> = []
        func add(_ input: BatchInput) {
            if seen.insert(input.path).inserted { out.append(input) }
        }
        for argument in paths {
            var isDirectory = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else { throw BatchError.pathNotFound(argument) }
            let name = PathText.lastComponent(argument)
            if !isDirectory || isCandidate(name) {
                add(BatchInput(path: CanonicalPath.of(argument), relative: name, isCandidate: isCandidate(name)))
                if !isDirectory { continue }
            }
            // Walked from its canonical path: a folder given through a symbolic link is walked too.
            // Inside it, folders are entered in name order, a symbolic link to a folder is not.
            func walk(_ folder: String, _ relativeFolder: String) {
                guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
                for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                    let full = folder == "/" ? "/" + name : folder + "/" + name
                    let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                    let canonical = CanonicalPath.of(full)
                    var status = stat()
                    if lstat(full, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                        if canonical == excluded { continue }
                        walk(full, relative)
                        // A folder is walked; one named like a report is also an input that fails.
                        if !isCandidate(name) { continue }
                    }
                    add(BatchInput(path: canonical, relative: relative, isCandidate: isCandidate(relative)))
                }
            }
            walk(CanonicalPath.of(argument), "")
        }
        return out.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    static func isCandidate(_ name: String) -> Bool {
        extensions.contains(PathText.pathExtension(name).lowercased())
    }
}
