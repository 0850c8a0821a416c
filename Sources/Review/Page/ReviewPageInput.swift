import Normalize

// The review page's inputs: plain values, so the page renders from whatever the review
// gathered (one batch, `nianbao review PATH…`, a test) without reading files itself.

/// One report as the page shows it: where it came from, what it is, and its rebuilt tables.
public struct PageReport: Sendable, Equatable {
    /// The report's canonical path, the key findings name it by.
    public var path: String
    public var organ: String?
    public var year: Int?
    /// The template edition (`2021`, `2019`).
    public var edition: String
    public var title: String?
    public var status: PageReportStatus
    public var tables: [PageTable]

    public init(path: String, organ: String? = nil, year: Int? = nil, edition: String,
                title: String? = nil, status: PageReportStatus, tables: [PageTable] = []) {
        self.path = path
        self.organ = organ
        self.year = year
        self.edition = edition
        self.title = title
        self.status = status
        self.tables = tables
    }
}

/// How a report came through: converted with every check holding, converted with open
/// findings, or not converted.
public enum PageReportStatus: String, Sendable, CaseIterable {
    case ok, findings, failed
}

/// A table of a report rebuilt from its canonical cells. A cell is addressed
/// `table.row.column` by the table's `id`, the row's `key` and the column's key.
public struct PageTable: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The column headings, in order, one per key of `columnKeys`.
    public var columnLabels: [String]
    public var columnKeys: [String]
    public var rows: [PageRow]

    public init(id: String, title: String, columnLabels: [String], columnKeys: [String], rows: [PageRow]) {
        self.id = id
        self.title = title
        self.columnLabels = columnLabels
        self.columnKeys = columnKeys
        self.rows = rows
    }

    /// The address of the cell at `row` and the column keyed `column`.
    public func address(row: PageRow, column: String) -> String {
        "\(id).\(row.key).\(column)"
    }
}

/// One row of a rebuilt table: its printed label, its key, and the raw text of its cells in
/// the order of the table's columns (`nil` for a blank cell).
public struct PageRow: Sendable, Equatable {
    public var key: String
    public var label: String
    public var raw: [String?]

    public init(key: String, label: String, raw: [String?]) {
        self.key = key
        self.label = label
        self.raw = raw
    }
}

/// A finding as the page lists it, with the reviewer's decision on it, if any.
public struct PageFinding: Sendable, Equatable {
    /// A stable identifier (the decision's fingerprint, say); the page's anchor for it.
    public var id: String
    /// The report the finding is on (for a finding across reports, the later report).
    public var path: String
    public var organ: String?
    public var year: Int?
    public var rule: String
    public var at: String
    public var ok: Bool?
    public var severity: Check.Severity
    public var message: String
    /// The addresses (`table.row.column`) of the cells of this report the finding read; the
    /// page highlights them.
    public var cells: [String]
    /// For a finding across reports, the other report's path.
    public var otherPath: String?
    /// Where in the source the finding is: `第3页`, `表 applications 行 new_received`,
    /// `规范化文本第 41 行`.
    public var location: String
    public var decision: PageDecision?
    public var comment: String?

    public init(id: String, path: String, organ: String? = nil, year: Int? = nil, rule: String, at: String,
                ok: Bool?, severity: Check.Severity, message: String, cells: [String] = [],
                otherPath: String? = nil, location: String = "", decision: PageDecision? = nil,
                comment: String? = nil) {
        self.id = id
        self.path = path
        self.organ = organ
        self.year = year
        self.rule = rule
        self.at = at
        self.ok = ok
        self.severity = severity
        self.message = message
        self.cells = cells
        self.otherPath = otherPath
        self.location = location
        self.decision = decision
        self.comment = comment
    }

    /// Whether the page lists the finding: a broken check, or an undecided one across
    /// reports (`cross_…`, where `null` means the chain cannot be followed, which a
    /// reviewer must see). An undecided check on one report is a blank, not a finding.
    public var isListed: Bool { Check.isFailing(rule: rule, ok: ok) }

    /// Whether the finding is listed and a reviewer has not dismissed it.
    public var isOpen: Bool { isListed && decision != .dismissed }
}

/// A reviewer's decision on a finding.
public enum PageDecision: String, Sendable, CaseIterable {
    case confirmed, dismissed
}

/// Which reports of one organ the review has, year by year.
public struct PageCoverage: Sendable, Equatable {
    public var organ: String
    /// The status of each year the review looked at for this organ.
    public var statuses: [Int: PageCoverageStatus]

    public init(organ: String, statuses: [Int: PageCoverageStatus]) {
        self.organ = organ
        self.statuses = statuses
    }

    /// The years with a status, in order.
    public var years: [Int] { statuses.keys.sorted() }
}

/// Whether an organ's report for a year is there: one converted file, none, a file that did
/// not convert, or more than one file.
public enum PageCoverageStatus: String, Sendable, CaseIterable {
    case present, missing, failed, duplicate
}
