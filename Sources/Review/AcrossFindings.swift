import Batch
import FoundationEssentials
import Normalize

/// The findings across reports of a review, decisions applied, kept by path in a spill file
/// (`SpillFile.temporary`) until the writers read a path's (`findings(on:)`): a review of
/// 10,000 reports made 25,000 of them, which held in memory grew the review by about 1.5 KB
/// a report. What stays in memory is each finding's place in the file and what the review's
/// counts take of it. Findings are added a group at a time (`add`, from any thread).
final class AcrossFindings: @unchecked Sendable {
    private let lock = Lock()
    private let spill = SpillFile.temporary()
    private let decisions: Decisions.Index
    private var chunks: [String: [SpillFile.Chunk]] = [:]
    /// Open failing findings by severity.
    private(set) var openCounts: [Check.Severity: Int] = [:]
    /// The paths with at least one open failing finding.
    private(set) var openPaths: Set<String> = []
    /// The paths of `coverage@failed` findings (inputs that could not be converted).
    private(set) var failedPaths: Set<String> = []

    init(decisions: Decisions.Index) {
        self.decisions = decisions
    }

    /// Adds findings, in the rules' order for each of their paths; throws when the spill
    /// file cannot be written.
    func add(_ findings: [ReviewFinding]) throws {
        let decided = decisions.apply(to: findings)
        let encoded = decided.map(Self.encode)
        try lock.withLock {
            for (finding, text) in zip(decided, encoded) {
                chunks[finding.path, default: []].append(try spill.append(text))
                if finding.isOpen {
                    openCounts[finding.check.severity, default: 0] += 1
                    openPaths.insert(finding.path)
                }
                if finding.check.rule == CoverageRule.rule, finding.check.at == "failed" { failedPaths.insert(finding.path) }
            }
        }
    }

    /// The paths with a finding.
    var paths: [String] { lock.withLock { Array(chunks.keys) } }

    /// The findings on `path`, in the order they were added; throws when the spill file
    /// cannot be read back.
    func findings(on path: String) throws -> [ReviewFinding] {
        try lock.withLock {
            try (chunks[path] ?? []).map { try Self.decode(spill.read($0)) }
        }
    }

    /// A finding as one JSON object: its path, decision and comment, and the check as the
    /// report JSON writes it (read back by the same reader, so the fingerprint is the same).
    static func encode(_ f: ReviewFinding) -> String {
        "{\"path\":\(JSONText.string(f.path)),\"decision\":\(f.decision.map { JSONText.string($0.rawValue) } ?? "null"),"
            + "\"comment\":\(f.comment.map(JSONText.string) ?? "null"),\"check\":\(JSONWriter.write(f.check))}"
    }

    static func decode(_ text: String) throws -> ReviewFinding {
        let node = try JSONReader.parse(text)
        guard case .string(let path)? = node["path"], let check = node["check"] else {
            throw BatchError.cannotWrite("a finding across reports could not be read back from the spill file")
        }
        func string(_ key: String) -> String? { if case .string(let s)? = node[key] { return s } else { return nil } }
        return ReviewFinding(path: path, check: try ReportRecord.check(check),
                             decision: string("decision").flatMap(ReviewFinding.Decision.init(rawValue:)), comment: string("comment"))
    }
}
