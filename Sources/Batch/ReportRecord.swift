import FoundationEssentials
import Normalize

/// A converted report flattened for analysis: what `cells.csv` and the SQLite database hold.
/// Built from a fresh `Report`, or read back from a `.json` output a previous run wrote.
public struct ReportRecord: Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var format: String
    public var title: String?
    public var organ: String?
    public var year: Int?
    public var edition: String
    public var cells: [CellRecord]
    /// The sections' prose (number, title, text), as the JSON has them.
    public var sections: [Section] = []
    /// The findings on this report, as the JSON has them.
    public var checks: [Check]
    public var repairs: [RepairRecord]
    public var warnings: [String]

    /// The findings of severity `error` that fail (the format's identities, impossible values), as
    /// `rule@at`; findings with a missing input (`ok: null`) are not failures, and warnings and
    /// plausibility findings are the review's (`findings.csv`).
    public var failingChecks: [String] { checks.filter { $0.ok == false && $0.severity == .error }.map { "\($0.rule)@\($0.at)" } }
}

/// One cell of a canonical table. Rows of `extra_rows` come after the grid's rows, with
/// `row` written `+KEY` (or `+` when the row has no canonical key), as in the normalized text.
public struct CellRecord: Sendable, Equatable {
    public var table: String
    /// The row's position in its table (grid rows first, then extra rows), from 0.
    public var rowIndex: Int
    public var row: String
    public var isExtra: Bool
    public var column: String
    public var columnLabel: String
    /// The row's label.
    public var label: String
    /// The value as decimal text (`96171.6`), `nil` for `null`.
    public var value: String?
    public var raw: String
}

public struct RepairRecord: Sendable, Equatable {
    public var table: String
    public var row: String
    public var action: String
}

extension ReportRecord {
    /// Flattens a report just converted.
    public init(_ report: Report) {
        var cells: [CellRecord] = []
        for table in report.tables {
            let columns = table.columns
            var index = 0
            func add(row: String, isExtra: Bool, label: String, values: [CellValue]) {
                for (column, cell) in zip(columns, values) {
                    cells.append(CellRecord(table: table.id, rowIndex: index, row: row, isExtra: isExtra, column: column.key,
                                            columnLabel: column.label, label: label, value: cell.number, raw: cell.raw))
                }
                index += 1
            }
            for row in table.rows { add(row: row.key, isExtra: false, label: row.label, values: row.cells) }
            for row in table.extraRows { add(row: "+" + (row.key ?? ""), isExtra: true, label: row.label, values: row.cells) }
        }
        self.init(path: report.source.path, sha256: report.source.sha256, format: report.source.format.rawValue,
                  title: report.title, organ: report.organ, year: report.year, edition: report.edition.rawValue, cells: cells,
                  sections: report.sections, checks: report.checks,
                  repairs: report.repairs.map { RepairRecord(table: $0.table, row: $0.row, action: $0.action) },
                  warnings: report.warnings)
    }

    /// Reads back a report JSON (contract §3) written by `JSONWriter`, keeping numbers as
    /// their decimal text so the record equals the one built from the `Report`.
    public init(json data: Data) throws {
        let root = try JSONReader.parse(data)
        func string(_ node: JSONNode?) -> String? { if case .string(let s)? = node { return s } else { return nil } }
        func need(_ node: JSONNode?, _ what: String) throws -> String {
            guard let s = string(node) else { throw JSONReader.Failure(reason: "missing \(what)") }
            return s
        }
        let source = root["source"]
        var cells: [CellRecord] = []
        for table in root["tables"]?.items ?? [] {
            let id = try need(table["id"], "table id")
            let columns = try (table["columns"]?.items ?? []).map { (try need($0["key"], "column key"), string($0["label"]) ?? "") }
            var index = 0
            for (rows, isExtra) in [(table["rows"]?.items ?? [], false), (table["extra_rows"]?.items ?? [], true)] {
                for row in rows {
                    let key = string(row["key"])
                    let rowName = isExtra ? "+" + (key ?? "") : try need(row["key"], "row key")
                    let label = string(row["label"]) ?? ""
                    let values = row["values"]?.items ?? []
                    let raws = row["raw"]?.items ?? []
                    for (c, column) in columns.enumerated() {
                        var value: String?
                        if c < values.count, case .number(let n) = values[c] { value = n }
                        cells.append(CellRecord(table: id, rowIndex: index, row: rowName, isExtra: isExtra, column: column.0,
                                                columnLabel: column.1, label: label, value: value,
                                                raw: c < raws.count ? string(raws[c]) ?? "" : ""))
                    }
                    index += 1
                }
            }
        }
        var year: Int?
        if case .number(let n)? = root["year"] { year = Int(n) }
        self.init(
            path: try need(source?["path"], "source.path"), sha256: try need(source?["sha256"], "source.sha256"),
            format: string(source?["format"]) ?? "", title: string(root["title"]), organ: string(root["organ"]), year: year,
            edition: try need(root["edition"], "edition"), cells: cells,
            sections: (root["sections"]?.items ?? []).map {
                Section(number: string($0["number"]) ?? "", title: string($0["title"]) ?? "", text: string($0["text"]) ?? "")
            },
            checks: try (root["checks"]?.items ?? []).map(Self.check),
            repairs: (root["repairs"]?.items ?? []).map {
                RepairRecord(table: string($0["table"]) ?? "", row: string($0["row"]) ?? "", action: string($0["action"]) ?? "")
            },
            warnings: (root["warnings"]?.items ?? []).compactMap(string))
    }

    /// A finding as `JSONWriter.check` writes it.
    public static func check(_ c: JSONNode) throws -> Check {
        func string(_ node: JSONNode?) -> String? { if case .string(let s)? = node { return s } else { return nil } }
        func decimal(_ node: JSONNode?) -> String? {
            switch node {
            case .number(let n)?: return n
            case .string(let s)?: return s
            default: return nil
            }
        }
        func bool(_ node: JSONNode?) -> Bool? { if case .bool(let b)? = node { return b } else { return nil } }
        guard let rule = string(c["rule"]) else { throw JSONReader.Failure(reason: "missing check rule") }
        var check = Check(rule: rule, at: string(c["at"]) ?? "", ok: bool(c["ok"]),
                          severity: string(c["severity"]).flatMap(Check.Severity.init(rawValue:)) ?? .error,
                          message: string(c["message"]) ?? "", expected: decimal(c["expected"]), actual: decimal(c["actual"]))
        check.cause = string(c["cause"]).flatMap(Check.Cause.init(rawValue:))
        check.ifBlankZero = bool(c["if_blank_zero"])
        check.inputs = (c["inputs"]?.items ?? []).map { i in
            CheckInput(cell: string(i["cell"]), value: decimal(i["value"]), raw: string(i["raw"]), section: string(i["section"]),
                       text: string(i["text"]), report: string(i["report"]))
        }
        if let l = c["location"], case .object = l {
            func int(_ key: String) -> Int? { if case .number(let n)? = l[key] { return Int(n) } else { return nil } }
            check.location = CheckLocation(table: string(l["table"]), row: string(l["row"]), section: string(l["section"]),
                                           line: int("line"), page: int("page"))
        }
        return check
    }
}
