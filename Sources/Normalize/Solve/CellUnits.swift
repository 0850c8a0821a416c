import Extract

/// Units and lengths of the numbers in the canonical grids, checked once every table is built.
///
/// A cell may print its unit (`3件`, `0.5万元`); `CellValue` reads the number before it. Here the
/// unit is held against its column's: an amount printed in 元 under a 万元 column is converted
/// (`86000元` → 8.6, the conversion in `repairs`); a unit of another kind (a money unit in a
/// count column, a count in an amount column) is `null` with a warning, never the bare number.
/// A number longer than any real count is `null` with a warning, its digits kept in `raw`.
enum CellUnits {
    /// More digits than any count or amount in a report has (counts reach the hundred
    /// thousands, amounts the billions of 万元); past this a cell is two numbers run together or
    /// garbage, and a JSON reader would lose its precision (doubles hold 15 digits exactly).
    static let maxDigits = 15

    /// Units of a count (applications, items, documents).
    static let countUnits: Set<String> = ["件", "个", "条", "项", "次", "人", "份"]
    /// Money units, with their size in 元.
    static let moneyUnits: [String: Int] = ["元": 1, "万元": 10_000]

    /// The money unit a column is kept in, from its label (`采购总金额（单位：万元）`), or nil for
    /// a count column.
    static func columnUnit(_ label: String) -> String? {
        guard let r = label.firstRange(of: "单位：") ?? label.firstRange(of: "单位:") else { return nil }
        let rest = label[r.upperBound...].prefix { $0 != "）" && $0 != ")" }
        return moneyUnits[String(rest)] != nil ? String(rest) : nil
    }

    /// Checks every cell of `tables`; returns the repairs made and the warnings for cells made null.
    static func check(_ tables: inout [CanonicalTable]) -> (repairs: [Repair], warnings: [String]) {
        var repairs: [Repair] = [], warnings: [String] = []
        for t in tables.indices {
            let id = tables[t].id, columns = tables[t].columns
            let units = columns.map { columnUnit($0.label) }
            /// Applies the verdict on each cell of one row; `row` names it in repairs, `place` in warnings.
            func apply(_ cells: inout [CellValue], row: String, place: String) {
                for c in cells.indices where c < units.count {
                    switch verdict(cells[c], columnUnit: units[c]) {
                    case .keep: break
                    case .converted(let cell, let action):
                        cells[c] = cell
                        repairs.append(Repair(table: id, row: row, action: "\(columns[c].key): \(action)"))
                    case .null(let why):
                        cells[c].number = nil
                        warnings.append("\(place).\(columns[c].key): \(why); it is null")
                    }
                }
            }
            for r in tables[t].rows.indices {
                let key = tables[t].rows[r].key
                apply(&tables[t].rows[r].cells, row: key, place: "\(id).\(key)")
            }
            for r in tables[t].extraRows.indices {
                let label = tables[t].extraRows[r].label
                apply(&tables[t].extraRows[r].cells, row: "+" + label, place: "\(id) extra row \(label)")
            }
        }
        return (repairs, warnings)
    }

    enum Verdict: Equatable {
        case keep
        case converted(CellValue, String)
        case null(String)
    }

    /// What becomes of one cell in a column kept in `columnUnit` (nil: a count column).
    static func verdict(_ cell: CellValue, columnUnit: String?) -> Verdict {
        let digits = cell.raw.unicodeScalars.filter { Characters.isASCIIDigit($0) }.count
        if digits > maxDigits {
            return .null("the cell holds \(digits) digits, more than any real count or amount has (\(cell.raw.prefix(20))…)")
        }
        guard let number = cell.number, let unit = CellValue.unitSuffix(cell.raw) else { return .keep }
        switch (columnUnit, moneyUnits[unit]) {
        case (nil, nil): return .keep                       // a count with its count unit
        case (nil, .some): return .null("a sum of money (\(cell.raw)) in a column of counts")
        case (.some, nil): return .null("a count (\(cell.raw)) in a column of \(columnUnit!)")
        case (.some(let column), .some(let size)):
            guard let columnSize = moneyUnits[column], size != columnSize else { return .keep }
            guard let converted = rescale(number, by: size, over: columnSize) else {
                return .null("\(cell.raw) cannot be converted to \(column) exactly")
            }
            var cell = cell
            cell.number = converted
            return .converted(cell, "\(cell.raw) converted to the column's unit: \(converted) \(column)")
        }
    }

    /// `number × size / columnSize` as exact decimal text, or nil when it is not exact.
    /// Sizes are powers of ten, so the conversion moves the decimal point.
    static func rescale(_ number: String, by size: Int, over columnSize: Int) -> String? {
        guard let value = FixedPoint(number) else { return nil }
        var units = value.units, scale = value.scale
        var factor = size, divisor = columnSize
        while factor > 1 { guard factor % 10 == 0 else { return nil }; factor /= 10; units *= 10 }
        while divisor > 1 { guard divisor % 10 == 0 else { return nil }; divisor /= 10; scale += 1 }
        // Trailing zeros of the fraction are dropped (86000元 → 8.6, not 8.6000).
        while scale > 0 && units % 10 == 0 { units /= 10; scale -= 1 }
        let negative = units < 0
        var digits = String(abs(units))
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return (negative ? "-" : "") + digits
    }
}
