@testable import Batch
import Foundation
import Normalize
@testable import Review

/// Reports made for the tests: every canonical cell of the edition 0 unless `values` says
/// otherwise (an address mapped to `nil` is a blank cell).
enum Fixture {
    static let prose = [
        Section(number: "一", title: "总体情况", text: "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息120条。"),
        Section(number: "五", title: "存在的主要问题及改进情况", text: "主动公开的深度和广度有待加强，下一步将完善制度。"),
    ]

    static func record(_ path: String, organ: String? = "云溪县教育局", year: Int? = 2022, edition: Edition = .e2021,
                       values: [String: String?] = [:], sections: [Section] = prose, checks: [Check] = []) -> ReportRecord {
        var cells: [CellRecord] = []
        for table in Template.tables(edition) {
            for (r, row) in table.rows.enumerated() {
                for column in table.columns {
                    let address = "\(table.id).\(row.key).\(column.key)"
                    let value: String? = values.keys.contains(address) ? values[address]! : "0"
                    cells.append(CellRecord(table: table.id, rowIndex: r, row: row.key, isExtra: false, column: column.key,
                                            columnLabel: column.label, label: row.label, value: value, raw: value ?? ""))
                }
            }
        }
        return ReportRecord(path: path, sha256: String(repeating: "0", count: 64), format: "docx", title: nil, organ: organ, year: year,
                            edition: edition.rawValue, cells: cells, sections: sections, checks: checks, repairs: [], warnings: [])
    }

    static func review(_ records: [ReportRecord], organs: OrganDirectory = OrganDirectory(),
                       decisions: Decisions = Decisions()) throws -> [ReviewFinding] {
        try CrossReportReview.run(records, organs: organs, decisions: decisions).findings
    }

    /// The findings of `rule` (at `at`, when given).
    static func of(_ findings: [ReviewFinding], _ rule: String, at: String? = nil) -> [ReviewFinding] {
        findings.filter { $0.check.rule == rule && (at == nil || $0.check.at == at) }
    }

    static func organs(_ csv: String) throws -> OrganDirectory { try OrganDirectory(csv: Data(csv.utf8)) }

    /// A report JSON (`"schema": "nianbao/1"`) of `record`, as `ReportRecord(json:)` reads it.
    static func json(_ record: ReportRecord) -> String {
        func s(_ x: String?) -> String { x.map(JSONText.string) ?? "null" }
        var tables: [String] = []
        var order: [String] = []
        var byTable: [String: [CellRecord]] = [:]
        for c in record.cells {
            if byTable[c.table] == nil { order.append(c.table) }
            byTable[c.table, default: []].append(c)
        }
        for id in order {
            let cells = byTable[id]!
            var columns: [String] = []
            for c in cells where !columns.contains(c.column) { columns.append(c.column) }
            var rows: [String] = []
            var rowOrder: [String] = []
            var byRow: [String: [CellRecord]] = [:]
            for c in cells {
                if byRow[c.row] == nil { rowOrder.append(c.row) }
                byRow[c.row, default: []].append(c)
            }
            for key in rowOrder {
                let rc = byRow[key]!
                rows.append("{\"key\": \(s(key)), \"label\": \(s(rc[0].label)), \"values\": [\(rc.map { $0.value ?? "null" }.joined(separator: ", "))], "
                            + "\"raw\": [\(rc.map { s($0.raw) }.joined(separator: ", "))]}")
            }
            tables.append("{\"id\": \(s(id)), \"title\": \"\", \"columns\": [\(columns.map { "{\"key\": \(s($0)), \"label\": \"\"}" }.joined(separator: ", "))], "
                          + "\"rows\": [\(rows.joined(separator: ", "))], \"extra_rows\": []}")
        }
        let sections = record.sections.map { "{\"number\": \(s($0.number)), \"title\": \(s($0.title)), \"text\": \(s($0.text))}" }
        return """
            {"schema": "nianbao/1", "source": {"path": \(s(record.path)), "format": "docx", "sha256": \(s(record.sha256))},
             "title": \(s(record.title)), "organ": \(s(record.organ)), "year": \(record.year.map(String.init) ?? "null"),
             "edition": \(s(record.edition)), "sections": [\(sections.joined(separator: ", "))],
             "tables": [\(tables.joined(separator: ",\n"))], "checks": [], "repairs": [], "warnings": []}
            """
    }
}
