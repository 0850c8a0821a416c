import Foundation
@testable import Extract
@testable import Normalize
import Testing
import TestSupport

/// Text of the PDF samples as tools other than `pdftotext -layout`/plain extract it
/// (`samples/text/make_pdf_text_dumps.py`: `pdftotext -raw` and `-tsv`, pdfminer's pdf2txt,
/// markitdown, pdfplumber plain and `layout=True`, PyMuPDF, pymupdf4llm), checked against the
/// PDF's expected file: every cell right or null (never a wrong number, except the known
/// cells below), nulls warned of, and title, organ, year, edition.
///
/// Why dumps lose cells (null with a warning): `-raw`, pdf2txt, pdfplumber, PyMuPDF and the
/// TSV word list give one cell per line or a row's numbers space-separated on one line, in an
/// order the checks often cannot confirm; markitdown's PDF table finder merges columns into
/// one cell (`9 2`), which makes the row unplaceable; pdfplumber's layout mode spaces the
/// digits of some numbers (`447 228`, `3 9 4`).
@Suite struct PdfTextDumpTests {
    static let dumps = Samples.files(in: "text/pdf-tools", ext: "txt").map { String($0.dropLast(4)) }

    static func stem(_ dump: String) -> String { String(dump.prefix { $0 != "." }) }

    static func expected(_ dump: String) -> String {
        let name = stem(dump) + ".expected.json"
        return FileManager.default.fileExists(atPath: Samples.url("pdf/" + name).path) ? "pdf/" + name : "pdf/real/" + name
    }

    /// Dumps read in full: every cell right, and title, organ, year, edition.
    static let complete: Set<String> = [
        "02_word_2021_town_autonumber.pdfplumber-layout",
        "02_word_2021_town_autonumber.pdftotext-tsv",
        "02_word_2021_town_autonumber.pymupdf",
        "03_word_2019_town.pdfplumber-layout",
        "03_word_2019_town.pdftotext-tsv",
        "03_word_2019_town.pymupdf",
        "04_word_2019_city_department.pdfplumber-layout",
        "04_word_2019_city_department.pdftotext-tsv",
        "04_word_2019_city_department.pymupdf",
        "04_word_2019_city_department.pymupdf4llm",
        "06_word_2021_other_handling_one_row.pdfplumber-layout",
        "06_word_2021_other_handling_one_row.pdftotext-tsv",
        "06_word_2021_other_handling_one_row.pymupdf",
        "06_word_2021_other_handling_one_row.pymupdf4llm",
        "07_word_label_variants.pdfplumber-layout",
        "07_word_label_variants.pdftotext-tsv",
        "07_word_label_variants.pymupdf",
        "07_word_label_variants.pymupdf4llm",
        "11_word_split_table_repeated_header.pdfplumber-layout",
        "11_word_split_table_repeated_header.pymupdf",
        "11_word_split_table_repeated_header.pymupdf4llm",
        "12_word_split_table_gridbefore_unbalanced.pdfplumber-layout",
        "12_word_split_table_gridbefore_unbalanced.pdftotext-tsv",
        "12_word_split_table_gridbefore_unbalanced.pymupdf",
        "12_word_split_table_gridbefore_unbalanced.pymupdf4llm",
        "13_word_nested_table_gridafter.pdfplumber-layout",
        "13_word_nested_table_gridafter.pdftotext-tsv",
        "13_word_nested_table_gridafter.pymupdf",
        "13_word_nested_table_gridafter.pymupdf4llm",
        "18_wps_template_filled.pymupdf",
        "18_wps_template_filled.pymupdf4llm",
        "21_pdf_fake_bold_letter_spaced.pdftotext-tsv",
        "22_pdf_table_without_rules.pdftotext-tsv",
        "31_variant_header_at_page_bottom.pymupdf",
        "31_variant_header_at_page_bottom.pymupdf4llm",
        "32_variant_small_font_narrow_wrap.pymupdf",
        "34_variant_rows_across_pages.pymupdf",
        "34_variant_rows_across_pages.pymupdf4llm",
        "36_variant_dashed_inner_blue_fill.pymupdf",
        "hongze_district_2023.pymupdf4llm",
        "huaian_city_2024.pymupdf",
        "huaian_city_2024.pymupdf4llm"
    ]

    /// Cells that still come out wrong, and why. Each is a known limit, not accepted as right:
    /// - markitdown (01, 04, 31, 36): its PDF tables put digits of a number in
    ///   different cells or rows (`447` / `228`, `| 4 | 1 | | 1 | 6 |` on the row above its
    ///   label), and 04's `无` of a merged cell lands in the 本年增/减 column;
    /// - pymupdf4llm of 36:
    ///   a row's values are printed on the line of the row above or below (vertically centred
    ///   cells), and the one-cell-per-line reading takes them for that row's.
    static let knownWrong: [String: Set<String>] = [
        "01_word_2021_county.markitdown": ["disclosure_licensing.administrative_licensing.decisions", "disclosure_fees.administrative_fees.amount"],
        "04_word_2019_city_department.markitdown": ["disclosure_fees.administrative_fees.change"],
        "31_variant_header_at_page_bottom.markitdown": ["applications.unavailable.needs_creation.natural_person", "applications.unavailable.needs_creation.commercial_enterprise", "applications.unavailable.needs_creation.legal_service_organization", "applications.unavailable.needs_creation.total"],
        "36_variant_dashed_inner_blue_fill.markitdown": ["applications.unavailable.needs_creation.natural_person", "applications.unavailable.needs_creation.research_institution", "applications.unavailable.needs_creation.legal_service_organization", "applications.unavailable.needs_creation.other_organization", "applications.unavailable.needs_creation.total", "applications.other_handling.overdue_fee.natural_person", "applications.other_handling.overdue_fee.legal_service_organization"],
        "36_variant_dashed_inner_blue_fill.pymupdf4llm": ["applications.other_handling.overdue_fee.natural_person", "applications.other_handling.overdue_fee.legal_service_organization"],
    ]

    /// Header fields that differ: pdfplumber's layout mode prints the title with its organ
    /// and year on other lines; markitdown and pymupdf4llm drop or space the title
    /// (`2 0 2 3年`, sample 22); the TSV word list breaks the title into one word per line.
    static let knownHeader: [String: Set<String>] = [
        "01_word_2021_county.pdfplumber-layout": ["title"],
        "18_wps_template_filled.markitdown": ["title", "organ"],
        "18_wps_template_filled.pdfplumber-layout": ["title"],
        "21_pdf_fake_bold_letter_spaced.markitdown": ["title"],
        "21_pdf_fake_bold_letter_spaced.pdf2txt": ["title", "organ"],
        "21_pdf_fake_bold_letter_spaced.pdfplumber": ["title"],
        "21_pdf_fake_bold_letter_spaced.pdfplumber-layout": ["title"],
        "21_pdf_fake_bold_letter_spaced.pdftotext-raw": ["title", "organ"],
        "21_pdf_fake_bold_letter_spaced.pymupdf": ["title", "organ"],
        "21_pdf_fake_bold_letter_spaced.pymupdf4llm": ["title", "organ"],
        "22_pdf_table_without_rules.markitdown": ["title", "organ"],
        "22_pdf_table_without_rules.pdf2txt": ["title", "organ"],
        "22_pdf_table_without_rules.pdfplumber": ["title", "organ"],
        "22_pdf_table_without_rules.pdfplumber-layout": ["title"],
        "22_pdf_table_without_rules.pdftotext-raw": ["title", "organ"],
        "22_pdf_table_without_rules.pymupdf": ["title", "organ"],
        "22_pdf_table_without_rules.pymupdf4llm": ["title", "organ"],
        "30_variant_landscape_shaded_thick_border.markitdown": ["title", "organ", "year"],
        "30_variant_landscape_shaded_thick_border.pdfplumber-layout": ["title"],
        "31_variant_header_at_page_bottom.markitdown": ["title", "organ", "year"],
        "31_variant_header_at_page_bottom.pdfplumber-layout": ["title"],
        "32_variant_small_font_narrow_wrap.markitdown": ["title", "organ", "year"],
        "32_variant_small_font_narrow_wrap.pdfplumber-layout": ["title"],
        "33_variant_2019_edition_separate.markitdown": ["title", "organ", "year"],
        "33_variant_2019_edition_separate.pdfplumber-layout": ["title"],
        "34_variant_rows_across_pages.markitdown": ["title", "organ"],
        "34_variant_rows_across_pages.pdfplumber-layout": ["title"],
        "36_variant_dashed_inner_blue_fill.markitdown": ["title", "organ", "year"],
        "36_variant_dashed_inner_blue_fill.pdfplumber-layout": ["title"],
        "hongze_district_2023.markitdown": ["edition"],
        "hongze_district_2023.pdfplumber-layout": ["title"],
        "huaian_city_2024.pdfplumber-layout": ["title"],
    ]

    /// Null cells with no warning (to be looked into): the 2019 edition sample 33's section
    /// 二 rows via PyMuPDF and pdfplumber's layout mode.
    static let nullWithoutWarning: Set<String> = [
        "33_variant_2019_edition_separate.pdfplumber-layout", "33_variant_2019_edition_separate.pymupdf",
    ]

    @Test func corpusIsComplete() {
        #expect(Self.dumps.count >= 160)
        for tool in ["pdftotext-raw", "pdftotext-tsv", "pdf2txt", "markitdown", "pdfplumber", "pdfplumber-layout", "pymupdf", "pymupdf4llm"] {
            #expect(Self.dumps.filter { $0.hasSuffix("." + tool) }.count == 20, "\(tool)")
        }
        #expect(Self.complete.isSubset(of: Set(Self.dumps)))
        #expect(Set(Self.knownWrong.keys).isSubset(of: Set(Self.dumps)))
    }

    /// Every dump: every cell right or null (never a wrong number), header fields right.
    /// (The dumps read in full are checked once, cell by cell with their extra rows, below.)
    @Test(arguments: dumps.filter { !complete.contains($0) })
    func rightOrNull(dump: String) throws {
        let check = RightOrNull(knownWrong: Self.knownWrong[dump] ?? [], knownHeader: Self.knownHeader[dump] ?? [],
                                nullWithoutWarning: Self.nullWithoutWarning.contains(dump))
        try check.check(input: "text/pdf-tools/\(dump).txt", expected: Self.expected(dump))
    }

    /// The dumps read in full also keep their extra rows.
    @Test(arguments: complete.sorted())
    func completeDumpsEveryCell(dump: String) throws {
        try ExpectedFile.compare(input: "text/pdf-tools/\(dump).txt", expected: Self.expected(dump), checkSections: false)
    }
}

/// The rules the PDF-tool dumps called for, one at a time.
@Suite struct PdfTextRuleTests {
    static func report(_ text: String) throws -> Report {
        try ReportBuilder.build(TextReader.read(data: Data(text.utf8)), source: SourceInfo(path: "t.txt", format: .text, sha256: ""))
    }

    @Test func runTogetherNumbersAreFound() {
        #expect(CellValue.runTogetherNumbers("9 2") == ["9", "2"])
        #expect(CellValue.runTogetherNumbers("1<br>0<br>2") == ["1", "0", "2"])
        #expect(CellValue.runTogetherNumbers("133") == nil)
        #expect(CellValue.runTogetherNumbers("0.5 万元") == nil)
        #expect(CellValue.runTogetherNumbers("三、 （一）予以公开") == nil)
    }

    /// markitdown of a PDF: two value columns in one cell. `9 2` read 92, and the row's other
    /// values moved left; now the row is null with a warning.
    @Test func rowWithNumbersRunTogetherIsNull() throws {
        let text = """
        三、收到和处理政府信息公开申请情况
        | 项目 |  | 自然人 | 商业企业 |
        | --- | --- | --- | --- |
        | 一、本年新收政府信息公开申请数量 |  | 9 2 | 0 0 | 1 1 | 13 |
        | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
        """
        let report = try Self.report(text)
        let apps = report.tables.first { $0.id == "applications" }!
        let row = apps.rows.first { $0.key == "new_received" }!
        #expect(row.cells.allSatisfy { $0 == .missing })
        #expect(report.warnings.contains { $0.contains("applications.new_received") && $0.contains("9 2") })
        #expect(apps.rows.first { $0.key == "carried_over" }!.cells.map(\.raw) == ["0", "0", "0", "0", "0", "0", "0"])
    }

    /// pdfplumber writes a table row on one line, one space apart (`2.重复申请 1 0 0 0 0 0 1`).
    /// Three numbers or more at the end of such a line are the row's values; a row with fewer
    /// numbers than columns shows no column for them, and is null with a warning, never filled
    /// from the left. One number after a label (`…逾期不补正、 16`, or prose) stays text.
    @Test func oneSpacedRowsAreSplitAndShortOnesAreNull() throws {
        let shapes = TextShapes.segments(of: "2.重复申请 1 0 0 0 0 0 1")
        #expect(shapes.map(\.text) == ["2.重复申请", "1", "0", "0", "0", "0", "0", "1"])
        #expect(shapes.dropFirst().allSatisfy { $0.isNumeric && $0.unplaced })
        #expect(TextShapes.segments(of: "1.申请人无正当理由逾期不补正、 16").count == 1)
        #expect(TextShapes.segments(of: "行政许可    447    228").allSatisfy { !$0.unplaced })
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        1.信访举报投诉类申请 0 0 0 0 0 0 0
        2.重复申请 1 0 0 0 0 0 1
        3.要求提供公开出版物 0 0 0 0 0 0 0
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 11 3 0 1 1 0
        3.其他 0 0 0 0 0 0 0
        """
        let report = try Self.report(text)
        let apps = report.tables.first { $0.id == "applications" }!
        func raw(_ key: String) -> [String] { apps.rows.first { $0.key == key }!.cells.map(\.raw) }
        #expect(raw("not_processed.duplicate") == ["1", "0", "0", "0", "0", "0", "1"])
        #expect(raw("new_received") == ["5", "1", "0", "0", "0", "0", "6"])
        #expect(apps.rows.first { $0.key == "other_handling.overdue_correction" }!.cells.allSatisfy { $0.number == nil })
        #expect(report.warnings.contains { $0.contains("overdue_correction") })
    }

    /// Values printed on the lines above and below a label with none (hongze via pdfplumber:
    /// `10 0 0 0 0 0 10` / `1.本机关不掌握相关政府信息` / `3 0 0 0 0 0 3`): either may be the
    /// row's. The line below was taken; now the row is null with a warning.
    @Test func labelBetweenTwoValueLinesIsNull() throws {
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 13 0 0 0 0 0 13
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        8.属于行政查询事项 0 0 0 0 0 0 0
        10 0 0 0 0 0 10
        1.本机关不掌握相关政府信息
        3 0 0 0 0 0 3
        2.没有现成信息需要另行制作
        3.补正后申请内容仍不明确 0 0 0 0 0 0 0
        """
        let report = try Self.report(text)
        let apps = report.tables.first { $0.id == "applications" }!
        #expect(apps.rows.first { $0.key == "unavailable.not_held" }!.cells.allSatisfy { $0.number == nil })
        #expect(report.warnings.contains { $0.contains("unavailable.not_held") })
        #expect(apps.rows.first { $0.key == "withheld.query_items" }!.cells.map(\.raw) == ["0", "0", "0", "0", "0", "0", "0"])
    }

    @Test func pdftotextTSVIsReadAsItsText() {
        let tsv = PdftotextTSV.header + "\n" + """
        1\t1\t0\t0\t0\t0\t0.000000\t0.000000\t612.000000\t792.000000\t-1\t###PAGE###
        4\t1\t0\t0\t0\t0\t90.1\t35.7\t321.3\t18.2\t-1\t###LINE###
        5\t1\t0\t0\t0\t0\t90.10\t35.70\t98.00\t18.20\t100\t某县人民政府
        5\t1\t0\t0\t0\t1\t190.10\t35.70\t98.00\t18.20\t100\t2024年报告
        4\t1\t1\t0\t0\t0\t90.1\t55.7\t321.3\t18.2\t-1\t###LINE###
        5\t1\t1\t0\t0\t0\t460.90\t219.00\t6.36\t13.00\t100\t8
        1\t2\t0\t0\t0\t0\t0.000000\t0.000000\t612.000000\t792.000000\t-1\t###PAGE###
        4\t2\t0\t0\t0\t0\t90.1\t35.7\t321.3\t18.2\t-1\t###LINE###
        5\t2\t0\t0\t0\t0\t90.10\t35.70\t98.00\t18.20\t100\t行政许可
        """
        #expect(PdftotextTSV.rewrite(tsv) == "某县人民政府 2024年报告\n8\n\u{0C}行政许可")
        #expect(PdftotextTSV.rewrite("level\tpage\n") == nil)
    }

    /// pdfplumber's layout mode spaced a number's digits (`447 228`): two cells for a one-column
    /// row. Leaving the last out read 447; the row is null now, with a warning.
    @Test func disclosureRowWithTooManyCellsIsNull() throws {
        let text = """
        二、主动公开政府信息情况
        第二十条第（五）项
        信息内容\t本年处理决定数量
        行政许可\t447\t228
        """
        let report = try Self.report(text)
        let licensing = report.tables.first { $0.id == "disclosure_licensing" }!
        #expect(licensing.rows[0].cells == [.missing])
        #expect(report.warnings.contains { $0.contains("行政许可") && $0.contains("null") })
    }

    /// Space-aligned columns where a number sits in the column just before the value columns:
    /// the row's columns were miscounted, and its values would all sit one column off.
    @Test func alignedRowWithNumberBeforeTheValueColumnsIsUnreadable() {
        let cells = ["二、上年结转", "5", "2", "0", "0", "0", "0", "7", ""].enumerated().map {
            SourceCell(text: $1, column: $0, span: 1, isContinuation: false)
        }
        let row = SourceRow(cells: cells, geometry: .aligned, columnCount: 9, segment: 1, isRepeatedHeader: false)
        let split = RowSplit(row, slots: 7)
        #expect(split.labels == ["二、上年结转"])
        #expect(split.values.allSatisfy { $0.raw.isEmpty || $0.unreadable })
        let exact = SourceRow(cells: cells, geometry: .exact, columnCount: 9, segment: 1, isRepeatedHeader: false)
        #expect(!RowSplit(exact, slots: 7).values.contains { $0.unreadable })
    }
}

/// A row of markup cells with an empty gap cell among its values (markitdown's PDF table of a
/// 2019 section 三, `| 27 |  | 7 | 1 | 2 | 4 | 0 | 41 |`): exactly as many values as columns,
/// so the gap has no slot and is dropped; with one value short, the blank is a choice left open.
@Suite struct GapCellTests {
    @Test func aGapAmongExactlyAsManyValuesAsSlotsIsDropped() {
        let row = ["27", "", "7", "1", "2", "4", "0", "41"].map { CellValue(source: $0) }
        #expect(RowSplit.fit(row, slots: 7)?.map(\.raw) == ["27", "7", "1", "2", "4", "0", "41"])
    }

    @Test func aBlankAmongTooFewValuesIsNotGuessed() {
        // Six values and two blanks for seven slots: which blank is the real empty cell is a choice.
        let short = ["27", "", "", "7", "1", "2", "4", "41"].map { CellValue(source: $0) }
        #expect(RowSplit.fit(short, slots: 7) == nil)
        // Seven cells once the trailing blank goes: the blank inside is a cell of its own, kept.
        let blankCell = ["27", "", "7", "1", "2", "4", "41", ""].map { CellValue(source: $0) }
        #expect(RowSplit.fit(blankCell, slots: 7)?.map(\.raw) == ["27", "", "7", "1", "2", "4", "41"])
    }
}
