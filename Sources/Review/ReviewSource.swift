import Batch
import FoundationEssentials
import Normalize

/// A report in a review as the review keeps it for the whole run: what places it (path,
/// organ, year, edition) and its own failing findings' fingerprints and severities (so the
/// open counts are known before any file is written), a few hundred bytes. Its whole record
/// (cells, prose, every check) is read again from its JSON output when a rule or a writer
/// needs it (`load()`), one organ's reports at a time, so a review of a batch of any size
/// holds no more than a group of records at once. A report converted in this process
/// (`nianbao review FILE…`) has no JSON and keeps its record.
public struct ReviewSource: Sendable {
    public let path: String
    public let sha256: String
    public let organ: String?
    public let year: Int?
    public let edition: String
    public let title: String?
    /// The organ's key (`OrganDirectory.key(of:)`), `nil` for a report that names no organ.
    public let organKey: String?
    /// The report's own failing findings, in order: the fingerprint a decision matches
    /// (`Fingerprint.hash`) and the severity.
    let failing: [(fingerprint: UInt64, severity: Check.Severity)]
    let storage: Storage

    enum Storage: Sendable {
        case record(ReportRecord)
        /// The JSON output's path (a path, not a `URL`: a review keeps one per report).
        case json(String)
    }

    /// A report kept in memory.
    public init(_ record: ReportRecord, organs: OrganDirectory) {
        self.init(record, storage: .record(record), organs: organs)
    }

    /// A report read from its JSON output at `url`, read again there when needed.
    init(_ record: ReportRecord, json url: URL, organs: OrganDirectory) {
        self.init(record, storage: .json(url.path), organs: organs)
    }

    private init(_ record: ReportRecord, storage: Storage, organs: OrganDirectory) {
        path = record.path
        sha256 = record.sha256
        organ = record.organ
        year = record.year
        edition = record.edition
        title = record.title
        let key = organs.key(ofReport: record.organ)
        organKey = key == record.organ ? record.organ : key  // one string where the key is the name
        failing = record.checks.filter(\.isFailing).map { (Fingerprint.hash($0), $0.severity) }
        self.storage = storage
    }

    /// The whole record; `nil` when its JSON can no longer be read as it was (removed or
    /// rewritten by another program since the review began).
    public func load() -> ReportRecord? {
        switch storage {
        case .record(let record): return record
        case .json(let json):
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: json)), let record = try? ReportRecord(json: data),
                  record.path == path, record.sha256 == sha256 else { return nil }
            return record
        }
    }
}
