import FoundationEssentials

/// What happened to one input in a batch.
public enum InputStatus: String, Sendable, Equatable {
    /// Converted, in this run or an earlier one into the same OUTDIR: its `.json` and `.txt` are there.
    case converted
    /// Not converted: it cannot be read as a report. Nothing was written for it.
    case failed
    /// Not a `.docx`, `.pdf` or `.txt` file. (Indexes written before 0.1.0's accumulation
    /// across runs also used it, with `error` "up to date", for inputs whose outputs were
    /// current; those are read as converted. The progress lines still say "skipped" for them.)
    case skipped
}

/// One line of `OUTDIR/index.jsonl`.
public struct IndexEntry: Sendable, Equatable {
    /// The input as found: the PATH argument joined with the path below it.
    public var path: String
    /// Where its outputs are, relative to OUTDIR, without `.json`/`.txt` (`nil` when skipped by name).
    public var output: String?
    /// Lower-case hex SHA-256 of the input's bytes (`nil` when it could not be read or was skipped by name).
    public var sha256: String?
    public var status: InputStatus
    /// Why it failed (one line), or why it was skipped.
    public var error: String?
    public var edition: String?
    public var year: Int?
    public var organ: String?
    /// Checks that fail, as `rule@at`.
    public var failingChecks: [String]
    /// Milliseconds spent on it in the run that converted it (or failed it).
    public var milliseconds: Int
    /// The converter version that wrote the outputs.
    public var version: String?

    public static let upToDate = "up to date"

    /// True when this entry says the outputs were written from these bytes by this version.
    func isCurrent(sha256: String, version: String) -> Bool {
        guard self.sha256 == sha256, self.version == version else { return false }
        return status == .converted || (status == .skipped && error == IndexEntry.upToDate)
    }

    /// The entry as one JSON line (no newline).
    var jsonLine: String {
        let checks = failingChecks.map(JSONText.string).joined(separator: ",")
        return "{\"path\":\(JSONText.string(path)),\"output\":\(JSONText.optional(output)),\"sha256\":\(JSONText.optional(sha256)),"
            + "\"status\":\"\(status.rawValue)\",\"error\":\(JSONText.optional(error)),\"edition\":\(JSONText.optional(edition)),"
            + "\"year\":\(year.map(String.init) ?? "null"),\"organ\":\(JSONText.optional(organ)),\"failing_checks\":[\(checks)],"
            + "\"ms\":\(milliseconds),\"version\":\(JSONText.optional(version))}"
    }

    /// Reads a line written by `jsonLine`; `nil` for a line that is not one (a torn write).
    init?(line: Substring) {
        guard let node = try? JSONReader.parse(Data(line.utf8)), case .string(let path)? = node["path"],
              case .string(let status)? = node["status"], let status = InputStatus(rawValue: status) else { return nil }
        func string(_ key: String) -> String? { if case .string(let s)? = node[key] { return s } else { return nil } }
        self.path = path
        self.status = status
        output = string("output")
        sha256 = string("sha256")
        error = string("error")
        edition = string("edition")
        organ = string("organ")
        version = string("version")
        if case .number(let n)? = node["year"] { year = Int(n) } else { year = nil }
        if case .number(let n)? = node["ms"] { milliseconds = Int(n) ?? 0 } else { milliseconds = 0 }
        failingChecks = (node["failing_checks"]?.items ?? []).compactMap { if case .string(let s) = $0 { return s } else { return nil } }
    }

    public init(path: String, output: String?, sha256: String?, status: InputStatus, error: String? = nil, edition: String? = nil,
                year: Int? = nil, organ: String? = nil, failingChecks: [String] = [], milliseconds: Int = 0, version: String? = nil) {
        self.path = path
        self.output = output
        self.sha256 = sha256
        self.status = status
        self.error = error
        self.edition = edition
        self.year = year
        self.organ = organ
        self.failingChecks = failingChecks
        self.milliseconds = milliseconds
        self.version = version
    }
}

/// `OUTDIR/index.jsonl`: one `IndexEntry` per line, in input order.
public enum IndexFile {
    public static let name = "index.jsonl"

    /// The entries of an index file, by path (later lines win); empty when there is none.
    public static func load(_ url: URL) -> [String: IndexEntry] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        var out: [String: IndexEntry] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if let entry = IndexEntry(line: line) { out[entry.path] = entry }
        }
        return out
    }
}
