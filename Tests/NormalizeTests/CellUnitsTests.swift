import Foundation
@testable import Normalize
import Testing
import TestSupport

/// Units against their column's, and numbers too long to be counts (issue 11, items 9 and 10).
@Suite struct CellUnitsTests {
    static let yuan = "万元"

    @Test(arguments: [
        // raw, the column's money unit (nil: counts), the number expected (nil: null)
        ("86000元", yuan, "8.6"),
        ("5元", yuan, "0.0005"),
        ("0.5万元", yuan, "0.5"),
        ("96171.6", yuan, "96171.6"),
        ("3件", nil, "3"),
        ("12", nil, "12"),
        ("2万元", nil, nil),
        ("300元", nil, nil),
        ("3件", yuan, nil),
        ("123456789012345", nil, "123456789012345"),
        ("1234567890123456", nil, nil),
    ] as [(String, String?, String?)])
    func aCellAgainstItsColumn(raw: String, unit: String?, number: String?) {
        var cell = CellValue(source: raw)
        switch CellUnits.verdict(cell, columnUnit: unit) {
        case .keep: break
        case .converted(let converted, _): cell = converted
        case .null: cell.number = nil
        }
        #expect(cell.number == number, "\(raw) under \(unit ?? "counts")")
        #expect(cell.raw == raw, "raw is kept")
    }

    /// How a cell's text reads as a number (`CellValue.parseNumber`, which works on UTF-8
    /// bytes): each expected value is the number a reader sees in the text.
    @Test(arguments: [
        ("1,234", "1234"), ("007", "7"), ("0", "0"), ("000", "0"), ("0.50", "0.50"),
        ("-3", "-3"), ("\u{2212}3", "-3"), ("+8", "8"), ("-0", "0"), ("-0.0", "0.0"),
        ("5件", "5"), ("12万元", "12"), ("3元", "3"), ("2次", "2"),
        ("1.2.3", nil), (".5", nil), ("5.", nil), ("件", nil), ("-", nil), ("—", nil),
        ("1\u{301}", nil), ("a1", nil), ("1 2", nil), ("--5", nil), ("1e3", nil), ("", nil),
    ] as [(String, String?)])
    func aCellsTextReadsAsANumber(raw: String, number: String?) {
        #expect(CellValue.parseNumber(raw) == number, "\(raw.debugDescription)")
    }

    @Test func theUnitAtTheEndIsFound() {
        #expect(CellValue.unitSuffix("0.5万元") == "万元")
        #expect(CellValue.unitSuffix("3元") == "元")
        #expect(CellValue.unitSuffix("3件") == "件")
        #expect(CellValue.unitSuffix("件3") == nil)
        #expect(CellValue.unitSuffix("") == nil)
    }

    @Test func theColumnUnitComesFromItsLabel() {
        #expect(CellUnits.columnUnit("采购总金额（单位：万元）") == "万元")
        #expect(CellUnits.columnUnit("本年收费金额（单位：万元）") == "万元")
        #expect(CellUnits.columnUnit("本年处理决定数量") == nil)
    }

    @Test func anAmountInYuanIsConvertedAndAMismatchIsNullWithAWarning() throws {
        let json = try Samples.reportJSON(Samples.convert("docx/45_word_2019_amount_in_yuan.docx"))
        let cells = ReportCells(json)
        #expect(sameJSON(cells.cell("disclosure_procurement", "government_procurement", 1)?.value, NSNumber(value: 8.6)))
        let repairs = json["repairs"] as? [[String: Any]] ?? []
        #expect(repairs.contains { $0["action"] as? String == "amount: 86000元 converted to the column's unit: 8.6 万元" })
        #expect(cells.cell("disclosure_fees", "administrative_fees", 0)?.value is NSNull)
        let warnings = json["warnings"] as? [String] ?? []
        #expect(warnings.contains("disclosure_fees.administrative_fees.previous_year: a sum of money (2万元) in a column of counts; it is null"))
    }

    /// A cell of 100,000 digits (from a fuzzed DOCX) was a 100,002-digit JSON number that
    /// Python's json refuses and JavaScript reads as Infinity.
    @Test func aNumberLongerThanAnyCountIsNullWithItsDigitsKept() throws {
        let run = try Nianbao.run(["convert", "samples/bad/docx_100k_digit_cell_json_number.docx"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let cell = try #require(ReportCells(json).cell("applications", "new_received", 0))
        #expect(cell.value is NSNull)
        #expect(cell.raw.count > 100_000 && cell.raw.allSatisfy(\.isNumber))
        #expect((json["warnings"] as? [String] ?? []).contains { $0.hasPrefix("applications.new_received.natural_person: the cell holds") })
        #expect(!run.stdout.contains("11111111111111111111,"), "no long number is written as a JSON number")
    }
}
