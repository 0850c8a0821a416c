import Extract

/// One converted report: the JSON document of `shared/spec/report-json.md` §3 as Swift values.
public struct Report: Sendable, Equatable {
    public var source: SourceInfo
    public var title: String?
    public var organ: String?
    public var year: Int?
    public var edition: Edition
    public var sections: [Section]
    public var tables: [CanonicalTable]
    public var checks: [Check]
    public var repairs: [Repair]
    public var warnings: [String]
    /// The paragraphs before section 一 other than the title (not part of the JSON contract;
    /// the normalized text keeps them).
    public var preamble: [String]
    /// Every canonical cell without a number, and why (not part of the JSON contract; the
    /// warnings say the same in words, `inspect` lists these).
    public var nullCells: [NullCell] = []
    /// The page of the source each canonical table starts on, where the source is paginated
    /// (not part of the JSON contract; the findings' locations say it).
    public var tablePages: [String: Int] = [:]

    /// The canonical table with this id, if the edition has it.
    public func table(_ id: String) -> CanonicalTable? { tables.first { $0.id == id } }
}

/// A canonical cell left without a number, and the reason, as a code:
/// `no_token` (the source has no value there: a blank cell, a missing row or table),
/// `null_marker` (the source prints `—`, `/`, `无`), `unreadable` (numbers that cannot be told
/// apart: run together in one cell, or on a line two rows share), and the solver's
/// `ambiguous`, `contradicts`, `unread` (`GridSolver.Reason`).
public struct NullCell: Sendable, Equatable {
    public var table: String
    public var row: String
    public var column: String
    public var reason: String
}

/// Where a report came from.
public struct SourceInfo: Sendable, Equatable {
    /// The path as the user gave it (`-` for standard input).
    public var path: String
    public var format: SourceFormat
    /// Lower-case hex SHA-256 of the input bytes.
    public var sha256: String

    public init(path: String, format: SourceFormat, sha256: String) {
        self.path = path
        self.format = format
        self.sha256 = sha256
    }
}

/// A numbered section of the report (一 … 六) with its prose, tables left out.
public struct Section: Sendable, Equatable {
    public var number: String
    public var title: String
    public var text: String

    public init(number: String, title: String, text: String) {
        self.number = number
        self.title = title
        self.text = text
    }
}

/// A canonical table: always the edition's full grid.
public struct CanonicalTable: Sendable, Equatable {
    public var id: String
    public var title: String
    public var columns: [TemplateEntry]
    public var rows: [CanonicalRow]
    public var extraRows: [ExtraRow]

    public func row(_ key: String) -> CanonicalRow? { rows.first { $0.key == key } }
}

/// One canonical row; `cells` has one entry per column.
public struct CanonicalRow: Sendable, Equatable {
    public var key: String
    public var label: String
    public var cells: [CellValue]
}

/// A row the source has that the edition's grid does not.
public struct ExtraRow: Sendable, Equatable {
    /// A canonical key of the other edition where the row is one, else `nil`.
    public var key: String?
    public var label: String
    public var cells: [CellValue]
}

/// A choice a repair had to make.
public struct Repair: Sendable, Equatable {
    public var table: String
    public var row: String
    public var action: String
}
