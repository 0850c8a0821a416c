import Foundation
@testable import Extract
import Normalize
import Testing
import TestSupport

/// Text dumps of the DOCX samples as the converters users run write them
/// (`samples/text/make_converter_dumps.sh`: pandoc plain/markdown/grid/pipe/gfm, LibreOffice
/// txt, docx2txt, markitdown, and GB18030/UTF-16 re-encodings), checked against the DOCX
/// sample's expected file. Compared: every table cell, and title, organ, year, edition.
/// Not compared: sections, since pandoc, docx2txt and markitdown drop Word's automatic
/// numbering (02, 15, 17, 19, 20, 21 lose their 一、 headings) and LibreOffice's txt
/// export puts a table's cells one per line, so prose and section breaks differ by tool.
@Suite struct ConverterDumpTests {
    static let dumps = Samples.files(in: "text/converters", ext: "txt").map { String($0.dropLast(4)) }

    /// Dumps read in full: every cell right, and title, organ, year, edition.
    static let complete: Set<String> = [
        "01_word_2021_county.docx2txt",
        "01_word_2021_county.markitdown",
        "01_word_2021_county.pandoc-gfm",
        "01_word_2021_county.pandoc-md",
        "01_word_2021_county.soffice-utf8",
        "02_word_2021_town_autonumber.markitdown",
        "02_word_2021_town_autonumber.pandoc-gfm",
        "02_word_2021_town_autonumber.pandoc-md",
        "02_word_2021_town_autonumber.soffice-utf8",
        "03_word_2019_town.docx2txt",
        "03_word_2019_town.markitdown",
        "03_word_2019_town.pandoc-gfm",
        "03_word_2019_town.pandoc-md",
        "03_word_2019_town.soffice-utf8",
        "04_word_2019_city_department.docx2txt",
        "04_word_2019_city_department.markitdown",
        "04_word_2019_city_department.pandoc-gfm",
        "04_word_2019_city_department.pandoc-md",
        "04_word_2019_city_department.soffice-utf8",
        "05_word_2021_year_2019_tables.docx2txt",
        "05_word_2021_year_2019_tables.markitdown",
        "05_word_2021_year_2019_tables.pandoc-gfm",
        "05_word_2021_year_2019_tables.pandoc-md",
        "05_word_2021_year_2019_tables.soffice-utf8",
        "06_word_2021_other_handling_one_row.docx2txt",
        "06_word_2021_other_handling_one_row.markitdown",
        "06_word_2021_other_handling_one_row.pandoc-gfm",
        "06_word_2021_other_handling_one_row.pandoc-md",
        "06_word_2021_other_handling_one_row.soffice-utf8",
        "07_word_label_variants.docx2txt",
        "07_word_label_variants.markitdown",
        "07_word_label_variants.pandoc-gfm",
        "07_word_label_variants.pandoc-md",
        "07_word_label_variants.soffice-utf8",
        "08_word_tracked_changes.docx2txt",
        "08_word_tracked_changes.markitdown",
        "08_word_tracked_changes.pandoc-gfm",
        "08_word_tracked_changes.pandoc-md",
        "09_word_fields_sdt_links.docx2txt",
        "09_word_fields_sdt_links.markitdown",
        "09_word_fields_sdt_links.pandoc-gfm",
        "09_word_fields_sdt_links.pandoc-md",
        "09_word_fields_sdt_links.soffice-utf8",
        "10_word_textbox_breaks_symbols.soffice-utf8",
        "11_word_split_table_repeated_header.docx2txt",
        "11_word_split_table_repeated_header.markitdown",
        "11_word_split_table_repeated_header.pandoc-gfm",
        "11_word_split_table_repeated_header.pandoc-md",
        "11_word_split_table_repeated_header.soffice-utf8",
        "12_word_split_table_gridbefore_unbalanced.docx2txt",
        "12_word_split_table_gridbefore_unbalanced.markitdown",
        "12_word_split_table_gridbefore_unbalanced.pandoc-gfm",
        "12_word_split_table_gridbefore_unbalanced.pandoc-md",
        "12_word_split_table_gridbefore_unbalanced.soffice-utf8",
        "13_word_nested_table_gridafter.docx2txt",
        "13_word_nested_table_gridafter.pandoc-gfm",
        "13_word_nested_table_gridafter.soffice-utf8",
        "14_word_notes_comments_all_zero.markitdown",
        "14_word_notes_comments_all_zero.pandoc-gfm",
        "14_word_notes_comments_all_zero.pandoc-md",
        "14_word_notes_comments_all_zero.soffice-utf8",
        "15_word_numbering_formats.markitdown",
        "15_word_numbering_formats.pandoc-gfm",
        "15_word_numbering_formats.pandoc-md",
        "15_word_numbering_formats.soffice-utf8",
        "16_strict_ooxml.markitdown",
        "16_strict_ooxml.soffice-utf8",
        "17_libreoffice_resaved.markitdown",
        "17_libreoffice_resaved.pandoc-gfm",
        "17_libreoffice_resaved.pandoc-md",
        "17_libreoffice_resaved.soffice-utf8",
        "18_wps_template_filled.docx2txt",
        "18_wps_template_filled.markitdown",
        "18_wps_template_filled.pandoc-gfm",
        "18_wps_template_filled.pandoc-md",
        "18_wps_template_filled.soffice-utf8",
        "19_word_style_numbering_unbalanced.markitdown",
        "19_word_style_numbering_unbalanced.pandoc-gfm",
        "19_word_style_numbering_unbalanced.pandoc-md",
        "19_word_style_numbering_unbalanced.soffice-utf8",
        "20_word_numbering_start_override.docx2txt",
        "20_word_numbering_start_override.markitdown",
        "20_word_numbering_start_override.pandoc-gfm",
        "20_word_numbering_start_override.pandoc-md",
        "20_word_numbering_start_override.soffice-utf8",
        "21_word_subsection_restart_override.markitdown",
        "21_word_subsection_restart_override.pandoc-gfm",
        "21_word_subsection_restart_override.pandoc-md",
        "21_word_subsection_restart_override.soffice-utf8",
        "30_word_apps_two_row_header_label_breaks.docx2txt",
        "30_word_apps_two_row_header_label_breaks.markitdown",
        "30_word_apps_two_row_header_label_breaks.pandoc-gfm",
        "30_word_apps_two_row_header_label_breaks.pandoc-md",
        "30_word_apps_two_row_header_label_breaks.soffice-utf8",
        "31_word_cell_value_forms.markitdown",
        "31_word_cell_value_forms.pandoc-gfm",
        "31_word_cell_value_forms.pandoc-gfm.gb18030",
        "31_word_cell_value_forms.pandoc-gfm.utf16be",
        "31_word_cell_value_forms.pandoc-gfm.utf16le",
        "31_word_cell_value_forms.pandoc-md",
        "32_word_extra_empty_column_and_rows.docx2txt",
        "32_word_extra_empty_column_and_rows.markitdown",
        "32_word_extra_empty_column_and_rows.pandoc-gfm",
        "32_word_extra_empty_column_and_rows.pandoc-md",
        "32_word_extra_empty_column_and_rows.soffice-utf8",
        "33_word_disclosure_caption_rows.docx2txt",
        "33_word_disclosure_caption_rows.markitdown",
        "33_word_disclosure_caption_rows.pandoc-gfm",
        "33_word_disclosure_caption_rows.pandoc-md",
        "33_word_disclosure_caption_rows.soffice-utf8",
        "34_word_review_two_row_header.docx2txt",
        "34_word_review_two_row_header.markitdown",
        "34_word_review_two_row_header.pandoc-gfm",
        "34_word_review_two_row_header.pandoc-md",
        "34_word_review_two_row_header.soffice-utf8",
        "35_word_title_two_paragraphs_chinese_year.docx2txt",
        "35_word_title_two_paragraphs_chinese_year.markitdown",
        "35_word_title_two_paragraphs_chinese_year.pandoc-gfm",
        "35_word_title_two_paragraphs_chinese_year.pandoc-md",
        "35_word_title_two_paragraphs_chinese_year.soffice-utf8",
        "36_word_whole_body_in_layout_table.docx2txt",
        "36_word_whole_body_in_layout_table.pandoc-gfm",
        "36_word_whole_body_in_layout_table.soffice-utf8",
        "37_word_apps_header_rows_repeated_inside.docx2txt",
        "37_word_apps_header_rows_repeated_inside.markitdown",
        "37_word_apps_header_rows_repeated_inside.pandoc-gfm",
        "37_word_apps_header_rows_repeated_inside.pandoc-md",
        "37_word_apps_header_rows_repeated_inside.soffice-utf8",
        "38_word_2019_province_wording.docx2txt",
        "38_word_2019_province_wording.docx2txt.gb18030",
        "38_word_2019_province_wording.docx2txt.utf16be",
        "38_word_2019_province_wording.docx2txt.utf16le",
        "38_word_2019_province_wording.markitdown",
        "38_word_2019_province_wording.pandoc-gfm",
        "38_word_2019_province_wording.pandoc-md",
        "38_word_2019_province_wording.soffice-utf8",
        "39_word_apps_group_heading_rows.docx2txt",
        "39_word_apps_group_heading_rows.markitdown",
        "39_word_apps_group_heading_rows.pandoc-gfm",
        "39_word_apps_group_heading_rows.pandoc-md",
        "39_word_apps_group_heading_rows.soffice-utf8",
        "40_word_zero_cells_blank_and_units.markitdown",
        "40_word_zero_cells_blank_and_units.pandoc-gfm",
        "40_word_zero_cells_blank_and_units.pandoc-md",
        "41_word_review_label_column.docx2txt",
        "41_word_review_label_column.markitdown",
        "41_word_review_label_column.pandoc-gfm",
        "41_word_review_label_column.pandoc-md",
        "41_word_review_label_column.soffice-utf8",
        "42_word_apps_header_own_table.docx2txt",
        "42_word_apps_header_own_table.markitdown",
        "42_word_apps_header_own_table.pandoc-gfm",
        "42_word_apps_header_own_table.pandoc-md",
        "42_word_apps_header_own_table.pandoc-pipe",
        "42_word_apps_header_own_table.pandoc-plain",
        "42_word_apps_header_own_table.soffice-utf8",
        "43_word_item_numbering_and_heading_marks.docx2txt",
        "43_word_item_numbering_and_heading_marks.markitdown",
        "43_word_item_numbering_and_heading_marks.pandoc-gfm",
        "43_word_item_numbering_and_heading_marks.pandoc-md",
        "43_word_item_numbering_and_heading_marks.soffice-utf8"
    ]

    /// Cells that come out wrong, and why. Each is a known limit, not accepted as right.
    /// - 08 via LibreOffice: its txt export keeps tracked deletions as text, run into the
    ///   inserted number (126 reads 1026, 27 reads 2527): the dump itself says so.
    static let knownWrong: [String: Set<String>] = [
        "08_word_tracked_changes.soffice-utf8": ["disclosure_enforcement.administrative_penalty.decisions",
                                                  "applications.disclosed.natural_person"],
    ]

    /// Header fields that differ, and why. docx2txt prints the page header
    /// (金湖县人民政府办公室 2022年度) before the title of 14, which is then taken as the title.
    /// Where the converter wrote the whole report of 36 (a one-cell layout table) as
    /// `[TABLE]` or one Markdown cell, the title is lost: null is right there.
    static let knownHeader: [String: Set<String>] = [
        "14_word_notes_comments_all_zero.docx2txt": ["title", "organ"],
        "36_word_whole_body_in_layout_table.markitdown": ["title", "organ", "year"],
        "36_word_whole_body_in_layout_table.pandoc-grid": ["title", "organ", "year"],
    ]

    /// Why the other dumps lose cells (they must come out null, never a wrong number):
    /// - pandoc without raw HTML (plain, grid, pipe) writes a table with merged cells as
    ///   `[TABLE]`: 三 (and 四 in grid) lost in every sample but 42 (pipe);
    /// - LibreOffice's txt writes one cell per line with blank lines for merged cells: read in
    ///   full but for 08 (above), 31 (its 四 has a group printed as `/`, so the one-cell-per-line
    ///   order cannot be confirmed by the sums: null with a warning) and 40 (below);
    /// - docx2txt and pandoc drop w:sym cells (10's — in 第二十条第（一）项), and docx2txt drops
    ///   automatic numbering, so 02, 15, 17, 19, 21 lose their section 二…四 headings and tables;
    /// - 40's blank cells are not written by docx2txt or by LibreOffice, so its rows with
    ///   blanks are short and left null.
    /// Null cells with no warning. 10: the converter dropped the w:sym — of three cells and
    /// wrote them blank, and a blank cell is null without a warning.
    static let nullWithoutWarning: Set<String> = [
        "10_word_textbox_breaks_symbols.docx2txt", "10_word_textbox_breaks_symbols.markitdown",
        "10_word_textbox_breaks_symbols.pandoc-gfm", "10_word_textbox_breaks_symbols.pandoc-md",
    ]

    static func stem(_ dump: String) -> String { String(dump.prefix { $0 != "." }) }

    @Test func corpusIsComplete() {
        #expect(Self.dumps.count >= 280)
        for tool in ["pandoc-plain", "pandoc-md", "pandoc-grid", "pandoc-pipe", "pandoc-gfm", "soffice-utf8", "docx2txt", "markitdown"] {
            #expect(Self.dumps.filter { $0.hasSuffix("." + tool) }.count >= 34, "\(tool)")
        }
        #expect(Self.dumps.filter { $0.hasSuffix(".gb18030") || $0.hasSuffix(".utf16le") || $0.hasSuffix(".utf16be") }.count >= 12)
        #expect(Self.complete.isSubset(of: Set(Self.dumps)))
    }

    /// Dumps in which the tool kept nothing of the report (pandoc's pipe tables cannot hold a
    /// table in a table, so it wrote `[TABLE]` for the frame holding the whole report): they
    /// are refused as not a report, not converted into a report of nulls.
    static let nothingLeft: Set<String> = ["36_word_whole_body_in_layout_table.pandoc-pipe"]

    @Test(arguments: nothingLeft.sorted())
    func nothingLeftIsNotAReport(dump: String) throws {
        #expect(throws: ExtractError.notAReport) { try Samples.convert("text/converters/\(dump).txt") }
    }

    /// Every dump: every cell right or null (never a wrong number), header fields right.
    /// (The dumps read in full are checked once, cell by cell with their extra rows, below.)
    @Test(arguments: dumps.filter { !nothingLeft.contains($0) && !complete.contains($0) })
    func rightOrNull(dump: String) throws {
        let check = RightOrNull(knownWrong: Self.knownWrong[dump] ?? [], knownHeader: Self.knownHeader[dump] ?? [],
                                nullWithoutWarning: Self.nullWithoutWarning.contains(dump))
        try check.check(input: "text/converters/\(dump).txt", expected: "docx/\(Self.stem(dump)).expected.json")
    }

    /// The dumps read in full also keep their extra rows.
    @Test(arguments: complete.sorted())
    func completeDumpsEveryCell(dump: String) throws {
        try ExpectedFile.compare(input: "text/converters/\(dump).txt", expected: "docx/\(Self.stem(dump)).expected.json",
                                 checkSections: false)
    }
}

/// The markup-table rewrite, one rule at a time.
@Suite struct MarkupTablesTests {
    @Test func pipeTableRowsBecomeTabRows() {
        let text = "二、主动\n| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 447228 |\n| 行政强制 | --- |\n后文"
        #expect(MarkupTables.rewrite(text) == "二、主动\n信息内容\t本年处理决定数量\n行政许可\t447228\n行政强制\t—\n后文")
    }

    @Test func pipeLinesWithoutARuleStayText() {
        let text = "| 不是表格 |\n正文"
        #expect(MarkupTables.rewrite(text) == text)
    }

    @Test func markitdownEmptyHeaderRowIsDropped() {
        let text = "|  |  |\n| --- | --- |\n| 行政处罚 | 158 |"
        #expect(MarkupTables.rewrite(text) == "行政处罚\t158")
    }

    @Test func gridTableJoinsACellsLines() {
        let text = """
        +----------+------+
        | 行政许可 | 12   |
        | 事项     |      |
        +==========+======+
        | 行政处罚 | 3    |
        +----------+------+
        """
        #expect(MarkupTables.rewrite(text) == "行政许可事项\t12\n行政处罚\t3")
    }

    /// Blank cells of a simple table stay in their columns (sample 40 via pandoc -t markdown
    /// had 四's values moved into the blank cells before them).
    @Test func multilineTableKeepsBlankCellsInPlace() {
        let text = """
          ------------------------------------
          行政复议   其他
          ---------- ---------- ----------
          结果维持   结果纠正   总计

                     1          1
          ------------------------------------
        """
        #expect(MarkupTables.rewrite(text) == "行政复议\t其他\t\n结果维持\t结果纠正\t总计\n\t1\t1")
    }

    @Test func simpleTableEndsAtABlankLine() {
        let text = "  信息内容   本年\n  ---------- ------\n  规章       0\n  规范       —\n\n正文"
        #expect(MarkupTables.rewrite(text) == "信息内容\t本年\n规章\t0\n规范\t—\n\n正文")
    }

    @Test func htmlSpansLeaveEmptySlots() {
        let html = """
        <table><tr><th colspan="2" rowspan="2">项目</th><th>自然人</th></tr>
        <tr><th><p>商业</p><p>企业</p></th></tr>
        <tr><td>一、本年新收</td><td></td><td>3&amp;</td></tr></table>
        """
        #expect(MarkupTables.rewrite(html) == "项目\t\t自然人\n\t\t商业企业\n一、本年新收\t\t3&")
    }

    @Test func oneCellHtmlFrameIsReadInPlace() {
        let html = """
        <table>
        <tr>
        <td><p>标题</p>
        <table><tr><td>行政许可</td><td>5</td></tr></table>
        <p>正文</p></td>
        </tr>
        </table>
        """
        #expect(MarkupTables.rewrite(html) == "标题\n\n行政许可\t5\n\n正文")
    }

    @Test func pandocHardLineBreakBackslashIsDropped() {
        #expect(MarkupTables.rewrite("某县人民政府\\\n2021年报告") == "某县人民政府\n2021年报告")
    }
}
