import Normalize

/// What the page's counts, filters, grid and report list take of a listed finding: its
/// severity, whether it is open, its organ, year, path and rule. Its message, cells and
/// location are only in its item (`PageFindingList.item`), so a review of many reports keeps
/// these few fields in memory and the items on disk (`ReviewPageData`). The strings are the
/// ones the finding and its report already hold, not copies.
struct PageFindingFacts: Sendable {
    var severity: Check.Severity
    var isOpen: Bool
    var organ: String?
    var year: Int?
    var path: String
    var rule: String
}

extension PageFinding {
    var facts: PageFindingFacts {
        PageFindingFacts(severity: severity, isOpen: isOpen, organ: organ, year: year, path: path, rule: rule)
    }
}
