/// Why a batch could not run at all (a single input's failure is an `IndexEntry`, not this).
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when a PATH argument does not exist.
    case pathNotFound(String)
    /// Thrown when OUTDIR or an output file cannot be created or written.
    case cannotWrite(String)
    /// Thrown when the SQLite database cannot be opened or written.
    case database(String)
    /// Thrown when another batch holds OUTDIR's lock; `process` is its id when it is known.
    case busy(String, process: Int32?)

    /// True for mistakes in what the user asked (exit status 64), not failures while running.
    public var isUsageError: Bool {
        if case .pathNotFound = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .pathNotFound(let path): return "\(path): no such file or folder"
        case .cannotWrite(let what): return what
        case .database(let what): return "SQLite: \(what)"
        case .busy(let outdir, let process):
            let holder = process.map { "another batch (process \($0))" } ?? "another batch"
            return "\(outdir) is in use by \(holder); wait for it or choose another -o"
        }
    }
}
