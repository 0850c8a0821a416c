import Batch

/// What reports are grouped by: the organ's key and the year, and the path that orders them.
public protocol OrganMember: Sendable {
    var path: String { get }
    var year: Int? { get }
    /// The organ's key (`OrganDirectory.key(of:)`), `nil` for a report that names no organ.
    var organKey: String? { get }
}

extension ReviewSource: OrganMember {}
extension ReviewedReport: OrganMember {}

/// The reports grouped by organ (`OrganDirectory.key(of:)`), each group ordered by year, then
/// by path (UTF-8 order, as the batch orders inputs). Reports that name no organ or no year
/// are kept apart in `ungrouped`: no check across reports can place them. The review groups
/// the slim `ReviewSource`s of a whole collection, then loads one group at a time into
/// `ReviewedReport`s for the rules.
public struct OrganGroups<Member: OrganMember>: Sendable {
    /// Organ key → its reports, by year then path.
    public var groups: [String: [Member]] = [:]
    public var ungrouped: [Member] = []

    public init(_ reports: [Member]) {
        for report in reports {
            guard let key = report.organKey, report.year != nil else {
                ungrouped.append(report)
                continue
            }
            groups[key, default: []].append(report)
        }
        for key in groups.keys {
            groups[key]!.sort { a, b in a.year! != b.year! ? a.year! < b.year! : pathOrder(a.path, b.path) }
        }
        ungrouped.sort { pathOrder($0.path, $1.path) }
    }

    /// The organ keys, sorted.
    public var keys: [String] { groups.keys.sorted() }

    /// An organ's reports of one year, by path.
    func reports(of key: String, year: Int) -> [Member] {
        (groups[key] ?? []).filter { $0.year == year }
    }

    /// The report a year's chain goes through: the first by path (later ones are duplicates).
    func primary(of key: String, year: Int) -> Member? { reports(of: key, year: year).first }
}

/// Paths in byte order, the order of every list the review writes.
func pathOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
