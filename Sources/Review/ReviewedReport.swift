import Batch
import Normalize

/// A report as the review reads it: its record, the organ it is grouped under, and its cells
/// by address (`table.row.column`, the canonical grid's rows; rows under `extra_rows` are
/// compared only by `cross_year.copy` and `cross_report.duplicate`, which read every cell).
public struct ReviewedReport: Sendable {
    public var record: ReportRecord
    /// The organ's key (`OrganDirectory.key(of:)`), `nil` for a report that names no organ.
    public var organKey: String?
    /// The canonical cells by address.
    let cells: [String: CellRecord]

    public init(_ record: ReportRecord, organs: OrganDirectory) {
        self.record = record
        organKey = organs.key(ofReport: record.organ)
        var cells: [String: CellRecord] = [:]
        cells.reserveCapacity(record.cells.count)
        for cell in record.cells where !cell.isExtra {
            let address = "\(cell.table).\(cell.row).\(cell.column)"
            if cells[address] == nil { cells[address] = cell }
        }
        self.cells = cells
    }

    public var path: String { record.path }
    public var year: Int? { record.year }
    public var edition: String { record.edition }

    /// The cell at `address`, `nil` when the report's edition has no such cell.
    func cell(_ address: String) -> CellRecord? { cells[address] }

    /// The number at `address`, `nil` for a blank, a null or a cell the edition lacks.
    func number(_ address: String) -> FixedPoint? { cells[address]?.value.flatMap(FixedPoint.init) }

    /// The finding's input for the cell at `address` of this report; `other` marks it as
    /// the other report's (`CheckInput.report`).
    func input(_ address: String, other: Bool = false) -> CheckInput {
        let cell = cells[address]
        return CheckInput(cell: address, value: cell?.value, raw: cell?.raw ?? "", section: nil, text: nil,
                          report: other ? record.path : nil)
    }

    /// True when a repair touched the row of `address`, or a warning names the address: a
    /// failure there may be nianbao's reading (`Check.Cause.conversion`).
    func touched(_ address: String) -> Bool {
        let parts = address.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        if record.repairs.contains(where: { $0.table == parts[0] && parts[1].hasPrefix($0.row + ".") }) { return true }
        return record.warnings.contains { $0.contains(address) }
    }
}
