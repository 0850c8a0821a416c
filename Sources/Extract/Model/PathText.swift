/// A path's parts, as text: the last component, its extension, its folder (what `NSString`'s
/// path methods gave, which only the full Foundation has).
public enum PathText {
    /// `a/b.docx` → `b.docx`; trailing slashes do not count; `/` stays `/`.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = path.utf8.count > 1 ? String(path.reversed().drop { $0 == "/" }.reversed()) : path
        if trimmed.isEmpty { return path.isEmpty ? "" : "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `a/b.DOCX` → `DOCX`; empty for `b`, `.hidden` and `b.`.
    public static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// `a/b/c` → `a/b`; `/a` → `/`; `a` → empty.
    public static func folder(_ path: String) -> String {
        let trimmed = String(path.reversed().drop { $0 == "/" }.reversed())
        if trimmed.isEmpty { return path.hasPrefix("/") ? "/" : "" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = String(trimmed[..<slash].reversed().drop { $0 == "/" }.reversed())
        return folder.isEmpty ? "/" : folder
    }
}
