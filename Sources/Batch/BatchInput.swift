import Foundation

/// One file a batch was given, found directly or below a folder argument.
public struct BatchInput: Sendable, Equatable {
    /// The file as the user would name it: the PATH argument joined with the path below it.
    public var path: String
    /// Its path relative to the PATH argument it came from (its name, for a file argument):
    /// outputs go to `OUTDIR/<relative>.json` and `.txt`.
    public var relative: String
    /// True for `.docx`, `.pdf` and `.txt` files (by name, case-insensitive); others are skipped and counted.
    public var isCandidate: Bool

    public static let extensions: Set<String> = ["docx", "pdf", "txt"]

    /// Every file under `paths`, in argument order, each folder's files sorted by path.
    /// Folders are walked recursively; hidden files and folders (`.name`) are left out, and so
    /// is `excluding` (the output folder, when it lies inside an input folder).
    public static func collect(_ paths: [String], excluding: URL? = nil) throws -> [BatchInput] {
        let fm = FileManager.default
        let excluded = excluding?.standardizedFileURL.resolvingSymlinksInPath().path
        var out: [BatchInput] = []
        for argument in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: argument, isDirectory: &isDirectory) else { throw BatchError.pathNotFound(argument) }
            if !isDirectory.boolValue {
                let name = (argument as NSString).lastPathComponent
                out.append(BatchInput(path: argument, relative: name, isCandidate: isCandidate(name)))
                continue
            }
            let root = URL(fileURLWithPath: argument, isDirectory: true)
            guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey],
                                             options: [.skipsHiddenFiles]) else { continue }
            let rootPath = root.standardizedFileURL.path
            var found: [BatchInput] = []
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: [.isDirectoryKey])
                if values?.isDirectory == true {
                    if let excluded, url.standardizedFileURL.resolvingSymlinksInPath().path == excluded { walker.skipDescendants() }
                    continue
                }
                let full = url.standardizedFileURL.path
                var relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
                if relative.isEmpty { relative = url.lastPathComponent }
                let shown = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                found.append(BatchInput(path: shown, relative: relative, isCandidate: isCandidate(relative)))
            }
            out += found.sorted { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        }
        return out
    }

    static func isCandidate(_ name: String) -> Bool {
        extensions.contains((name as NSString).pathExtension.lowercased())
    }
}
