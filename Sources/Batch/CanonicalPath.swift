import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one name of an input: absolute, `.` and `..` resolved, symbolic links resolved, so
/// `./reports/a.docx`, `reports//a.docx` and `/abs/reports/a.docx` are the same input in
/// `index.jsonl`, `cells.csv`, the database and the outputs' `source.path`.
enum CanonicalPath {
    /// `realpath(3)` of `path`; for a name that does not resolve (a dangling link), its
    /// folder resolved and its own name kept, so the input is still named absolutely.
    static func of(_ path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        let base = realPath(folder) ?? folder
        return (base == "/" ? "" : base) + "/" + url.lastPathComponent
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
