import FoundationEssentials

/// A reviewer's decisions, from `decisions.csv` (in OUTDIR, read on every run; `review
/// --decisions FILE` adds another, whose rows win). Columns, by header name:
/// `fingerprint,rule,at,path,decision,comment`. `fingerprint` is the finding's (the
/// `fingerprint` column of `findings.csv`); `decision` is `confirmed` or `dismissed`; `path`,
/// when given, must be the finding's path too (a fingerprint holds no path, so one
/// dismissal never silences the same numbers in another report); `rule` and `at` are for the
/// reader and not matched; `comment` is carried into the outputs. A finding whose numbers
/// change gets another fingerprint, so its decision no longer applies and it opens again.
/// The review never writes this file: the reviewer owns it.
public struct Decisions: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var fingerprint: String
        public var path: String
        public var decision: ReviewFinding.Decision
        public var comment: String
    }

    public static let fileName = "decisions.csv"
    public static let header = ["fingerprint", "rule", "at", "path", "decision", "comment"]

    public private(set) var entries: [Entry] = []
    /// Rows that were not used, each with why (for a warning line).
    public private(set) var ignored: [String] = []

    public init() {}

    /// Why a decisions file cannot be used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a decisions file; a file without a `fingerprint` or `decision` column is a `Failure`.
    public init(csv data: Data, name: String) throws {
        let table = CSVTable(data: data)
        guard let f = table.column("fingerprint"), let d = table.column("decision") else {
            throw Failure(description: "\(name): the header needs fingerprint and decision (\(Decisions.header.joined(separator: ",")))")
        }
        let p = table.column("path"), c = table.column("comment")
        for (n, row) in table.rows.enumerated() {
            let fingerprint = CSVTable.field(row, f).lowercased()
            let word = CSVTable.field(row, d).lowercased()
            guard !fingerprint.isEmpty else { ignored.append("\(name), line \(n + 2): no fingerprint"); continue }
            guard let decision = ReviewFinding.Decision(rawValue: word) else {
                if !word.isEmpty { ignored.append("\(name), line \(n + 2): decision \"\(word)\" is not confirmed or dismissed") }
                continue
            }
            entries.append(Entry(fingerprint: fingerprint, path: CSVTable.field(row, p), decision: decision,
                                 comment: CSVTable.field(row, c)))
        }
    }

    /// These decisions, then `other`'s (whose rows win where both match a finding).
    public func adding(_ other: Decisions) -> Decisions {
        var out = self
        out.entries += other.entries
        out.ignored += other.ignored
        return out
    }

    /// The entries by fingerprint, built once for a review's many findings.
    var index: Index { Index(self) }

    struct Index: Sendable {
        private var byFingerprint: [String: [Entry]] = [:]

        init(_ decisions: Decisions) {
            for e in decisions.entries { byFingerprint[e.fingerprint, default: []].append(e) }
        }

        /// No decision at all (most reviews): nothing to match.
        var isEmpty: Bool { byFingerprint.isEmpty }

        /// The last row matching `fingerprint` whose path is empty or `path`.
        func decision(fingerprint: String, path: String) -> Entry? {
            byFingerprint[fingerprint]?.last(where: { $0.path.isEmpty || $0.path == path })
        }

        /// The findings with the decision of the last matching row (fingerprint, and path where given).
        func apply(to findings: [ReviewFinding]) -> [ReviewFinding] {
            guard !byFingerprint.isEmpty else { return findings }
            return findings.map { finding in
                var f = finding
                if let match = decision(fingerprint: f.fingerprint, path: f.path) {
                    f.decision = match.decision
                    f.comment = match.comment.isEmpty ? nil : match.comment
                }
                return f
            }
        }
    }
}
