import Batch

/// The reports grouped by organ (`OrganDirectory.key(of:)`), each group ordered by year, then
/// by path (UTF-8 order, as the batch orders inputs). Reports that name no organ or no year
/// are kept apart in `ungrouped`: no check across reports can place them.
public struct OrganGroups: Sendable {
    /// Organ key → its reports, by year then path.
    public var groups: [String: [ReviewedReport]] = [:]
    public var ungrouped: [ReviewedReport] = []

    public init(_ reports: [ReviewedReport]) {
        for report in reports {
            guard let key = report.organKey, report.year != nil else {
                ungrouped.append(report)
                continue
            }
            groups[key, default: []].append(report)
        }
        for key in groups.keys {
            groups[key]!.sort { a, b in a.year! != b.year! ? a.year! < b.year! : OrganGroups.pathOrder(a.path, b.path) }
        }
        ungrouped.sort { OrganGroups.pathOrder($0.path, $1.path) }
    }

    /// The organ keys, sorted.
    public var keys: [String] { groups.keys.sorted() }

    /// An organ's reports of one year, by path.
    func reports(of key: String, year: Int) -> [ReviewedReport] {
        (groups[key] ?? []).filter { $0.year == year }
    }

    /// The report a year's chain goes through: the first by path (later ones are duplicates).
    func primary(of key: String, year: Int) -> ReviewedReport? { reports(of: key, year: year).first }

    /// Paths in byte order.
    static func pathOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
