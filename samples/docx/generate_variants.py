#!/usr/bin/env python3
"""Variant DOCX samples (30_… upward): layouts seen in real reports that samples 01–21 do
not cover.  Run `python3 samples/docx/generate_variants.py`; it writes the .docx files and
their .expected.json beside this file.

It reuses the building blocks of ../generate_docx.py (imported, not changed): the same
report prose, the same value generators, the same Builder that records, paragraph by
paragraph, what a reader sees.  Every expected value is the text the generator put into
the document (normalized as docs/expected-format.md says), never nianbao's output.

Needs python-docx and lxml.  The tests need none of this.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import generate_docx as G  # noqa: E402
from generate_docx import tc, tr, tbl, run, seq, t, RPR_CELL  # noqa: E402

OUT = HERE
WD = [754, 921, 3271] + [685] * 7


def cbr(*parts):
    """A cell text with line breaks (w:br) between the parts: read as the parts joined."""
    items = []
    for i, p in enumerate(parts):
        if i:
            items.append(("<w:r>%s<w:br/></w:r>" % RPR_CELL, ""))
        items.append(run(p, RPR_CELL))
    return seq(*items)


# ---------------------------------------------------------------------------
# Section 三 with other header shapes, extra columns/rows, repeated header rows
# ---------------------------------------------------------------------------
def apps_header(o, extra_col):
    hdr = o.get("apps_header", "std")
    ex = [tc("", 600)] if extra_col else []
    cols7 = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    if hdr == "two_rows":
        # 申请人情况 over one row of seven leaf labels; no 法人或其他组织 row
        r1 = tr([tc("项目", sum(WD[:3]), 3, "restart"), tc("申请人情况", sum(WD[3:]), 7)] + ex)
        r2 = tr([tc("", sum(WD[:3]), 3, "continue")] + [tc(c, WD[3 + i]) for i, c in enumerate(cols7)] + ex)
        return [r1, r2]
    if hdr == "title_row":
        # a title row inside the table, then the template's three header rows with the
        # leaf labels as one paragraph each and 法人或其他组织 vertically merged into nothing
        r0 = tr([tc("三、收到和处理政府信息公开申请情况", sum(WD), 10)] + ex)
        return [r0] + [x.replace("</w:tr>", "".join(ex) + "</w:tr>") if ex else x for x in G.apps_header_rows(WD, False)]
    rows = G.apps_header_rows(WD, False)
    if ex:
        rows = [x[:-len("</w:tr>")] + "".join(ex) + "</w:tr>" for x in rows]
    return rows


def apps_variant(cells, edition, o):
    if not o.get("apps_variant"):
        return ORIG_APPS(cells, edition, o)
    extra_col = o.get("extra_col", False)
    ex = [tc("", 600)] if extra_col else []
    keys = G.printed_app_keys(edition, o.get("other_one_row", False))
    labels = dict(G.APP_LABEL)
    labels.update(o.get("labels", {}))
    subl = dict(G.SUB)
    subl.update(o.get("sub_labels", {}))
    g3 = o.get("g3_label", G.G3)
    rows = apps_header(o, extra_col)
    first_g3, cur_sub = True, None
    repeat_at = o.get("repeat_header_at")

    def vals(k):
        return [tc(c, WD[3 + i]) for i, c in enumerate(cells[k])]

    group_rows = o.get("group_rows", False)
    for k in keys:
        fresh = False
        if group_rows:
            # labels in one column spanning three grid columns; 三、本年度办理结果 and each
            # （三）…（六） group on a row of its own with no values
            sub = k.split(".")[0] if "." in k else None
            heads = []
            if k == "disclosed":
                heads.append(g3)
            if sub and sub != cur_sub:
                heads.append(subl[sub])
            for h in heads:
                rows.append(tr([tc(h, sum(WD[:3]), 3, jc="left")] + [tc("", WD[3 + i]) for i in range(7)] + ex))
            cur_sub = sub
            rows.append(tr([tc(labels[k], sum(WD[:3]), 3, jc="left")] + vals(k) + ex))
            continue
        if k == repeat_at:
            # the table goes on after a page break; the header rows copied in as plain rows
            rows += apps_header(o, extra_col)
            fresh = True
        lab = labels[k]
        if k in ("new_received", "carried_over", "carried_forward"):
            row = tr([tc(lab, sum(WD[:3]), 3, jc="left")] + vals(k) + ex)
        else:
            if first_g3 or fresh:
                c0 = [tc(g3, WD[0], 1, "restart")]
            else:
                c0 = [tc("", WD[0], 1, "continue")]
            sub = k.split(".")[0] if "." in k else None
            if sub:
                if sub != cur_sub or fresh:
                    c1 = tc(subl[sub], WD[1], 1, "restart")
                else:
                    c1 = tc("", WD[1], 1, "continue")
                mid = [c1, tc(lab, WD[2], jc="left")]
            else:
                mid = [tc(lab, WD[1] + WD[2], 2, jc="left")]
            cur_sub = sub
            row = tr(c0 + mid + vals(k) + ex)
            first_g3 = False
        rows.append(row)
    for _ in range(o.get("trailing_empty_rows", 0)):
        rows.append(tr([tc("", sum(WD[:3]), 3)] + [tc("", WD[3 + i]) for i in range(7)] + ex))
    grid = WD + ([600] if extra_col else [])
    if o.get("header_table"):
        # the header rows in a table of their own, the body in the next (a page break between)
        nh = len(apps_header(o, extra_col))
        return [tbl(grid, rows[:nh]), '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', tbl(grid, rows[nh:])]
    return [tbl(grid, rows)]


# ---------------------------------------------------------------------------
# Section 四 with other header shapes
# ---------------------------------------------------------------------------
def review_variant(cells15, o):
    shape = o.get("review_shape")
    if not shape:
        return ORIG_REVIEW(cells15, o)
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    w = 649
    if shape == "two_rows":
        # two header rows: 行政复议 | 行政诉讼 merged horizontally, then all 15 leaf labels;
        # the 未经复议直接起诉 / 复议后起诉 row of the template left out
        r1 = tr([tc("行政复议", w * 5, 5), tc("行政诉讼", w * 10, 10)])
        r2 = tr([tc(f, w) for f in five * 3])
        rows = [r1, r2, tr([tc(c, w) for c in cells15])]
        return [tbl([w] * 15, rows)]
    if shape == "three_groups":
        # 行政复议 | 行政诉讼（未经复议直接起诉）| 行政诉讼（复议后起诉）as three merged
        # group cells, then the leaf labels, then the values; a trailing empty row
        r1 = tr([tc("行政复议", w * 5, 5), tc("行政诉讼（未经复议直接起诉）", w * 5, 5), tc("行政诉讼（复议后起诉）", w * 5, 5)])
        r2 = tr([tc(f, w) for f in five * 3])
        rows = [r1, r2, tr([tc(c, w) for c in cells15]), tr([tc("", w) for _ in range(15)])]
        return [tbl([w] * 15, rows)]
    if shape == "label_column":
        # a leading label column: 项目 merged over the three header rows, 数量 before the values
        r1 = tr([tc("项目", 1200, 1, "restart"), tc("行政复议", w * 5, 5), tc("行政诉讼", w * 10, 10)])
        r2 = tr([tc("", 1200, 1, "continue")] + [tc(f, w, 1, "restart") for f in five]
                + [tc("未经复议直接起诉", w * 5, 5), tc("复议后起诉", w * 5, 5)])
        r3 = tr([tc("", 1200, 1, "continue")] + [tc("", w, 1, "continue") for _ in five] + [tc(f, w) for f in five * 2])
        rows = [r1, r2, r3, tr([tc("数量", 1200)] + [tc(c, w) for c in cells15])]
        return [tbl([1200] + [w] * 15, rows)]
    raise ValueError(shape)


# ---------------------------------------------------------------------------
# Section 二 as separate tables, each with its caption as the table's first row
# ---------------------------------------------------------------------------
def disclosure_variant(cells, edition, o):
    mode = o.get("disc_mode")
    if not mode:
        return ORIG_DISC(cells, edition, o)
    spec = [list(x) for x in (G.DISC21 if edition == "2021" else G.DISC19)]
    colnames = o.get("disc_colnames", {})
    rownames = o.get("disc_rownames", {})
    chunks = []
    for tid, cap, cols, rws in spec:
        cols = [colnames.get(c, c) for c in cols]
        n = len(cols)
        wd = [2435] + [int(7305 / n)] * n
        rows = []
        if mode == "caption_rows":
            rows.append(tr([tc(cap, sum(wd), n + 1, jc="left")]))
        else:
            chunks.append(G.para_xml([t(cap)], jc="left", ind=False)[0])
        rows.append(tr([tc("信息内容", wd[0])] + [tc(c, wd[1]) for c in cols]))
        rows += [tr([tc(rownames.get(rl, rl), wd[0])] + [tc(v, wd[1]) for v in cells[tid][rk]]) for rk, rl in rws]
        for _ in range(o.get("disc_trailing_empty_rows", 0)):
            rows.append(tr([tc("", wd[0])] + [tc("", wd[1]) for _ in cols]))
        chunks.append(tbl(wd, rows))
    return chunks


ORIG_APPS, ORIG_REVIEW, ORIG_DISC = G.apps_table, G.review_table, G.disclosure_tables
G.apps_table, G.review_table, G.disclosure_tables = apps_variant, review_variant, disclosure_variant


# ---------------------------------------------------------------------------
# The samples
# ---------------------------------------------------------------------------
def V30():
    s = G.base("30_word_apps_two_row_header_label_breaks", "如东县人民政府", 2023, "2021", 35, 6000, we="我县",
               office="如东县人民政府办公室", apps_variant=True, apps_header="two_rows")
    s["sub_labels"] = {"withheld": cbr("（三）不予", "公开"), "unavailable": "（四）无法　提供",
                       "not_processed": ["（五）不予", "处理"]}
    s["labels"] = {"unavailable.not_held": cbr("1.本机关不掌握相关", "政府信息"),
                   "partially_disclosed": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                   "result_total": cbr("（七）", "总计"),
                   "new_received": ["一、本年新收政府信息", "公开申请数量"]}
    s["g3_label"] = cbr("三、本年度", "办理结果")
    s["features"] = ["table 三 header in two rows: 项目 | 申请人情况 over the seven leaf labels (no 法人或其他组织 row)",
                     "label cells broken by w:br (（三）不予/公开, 1.本机关不掌握相关/政府信息, （七）/总计, 三、本年度/办理结果)",
                     "label with U+3000 inside (（四）无法　提供)", "labels as two paragraphs in one cell", "checks balance"]
    return s


def V31():
    s = G.base("31_word_cell_value_forms", "南通市崇川区人民政府", 2022, "2021", 300, 9000, we="我区",
               office="崇川区人民政府办公室")
    a, c = s["apps"], s["apps_cells"]
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    c["disclosed"] = [x.translate(fw) for x in c["disclosed"]]  # full-width digits
    c["new_received"] = ["{:,}".format(v) for v in a["new_received"]]  # thousands separators
    c["result_total"] = ["{:,}".format(v) for v in a["result_total"]]
    marks = iter(["—", "/", "无", "-", "——", "／"])
    for k in ["withheld.state_secret", "withheld.prohibited_by_law", "withheld.enforcement_files",
              "withheld.query_items", "not_processed.publication", "not_processed.mass_repeated"]:
        if not any(a[k]):
            c[k] = [next(marks, "—")] * 7
    c["carried_over"] = [" %s " % x for x in c["carried_over"]]  # spaces around
    c["carried_forward"] = ["\u3000" + x for x in c["carried_forward"]]  # U+3000 before the value
    dc = s["disc_cells"]
    dc["disclosure_fees"]["administrative_fees"] = ["0.00"]
    dc["disclosure_licensing"]["administrative_licensing"] = ["3,456"]
    dc["disclosure_rules"]["regulations"] = ["—", "—", "—"]
    dc["disclosure_enforcement"]["administrative_coercion"] = ["无"]
    rv = s["review_cells"]
    s["review_cells"] = [x.translate(fw) for x in rv[:5]] + ["/"] * 5 + rv[10:]
    s["features"] = ["full-width digits in a whole row (（一）予以公开) and in 四", "thousands separators (1,234) in 三 and 二",
                     "null markers —, /, 无, -, ——, ／ in all-zero rows", "values with spaces and U+3000 around them",
                     "fees 0.00", "a 四 group printed as /"]
    return s


def V32():
    s = G.base("32_word_extra_empty_column_and_rows", "海安市人民政府", 2024, "2021", 60, 9000, we="我市",
               office="海安市人民政府办公室", apps_variant=True, extra_col=True, trailing_empty_rows=2,
               disc_mode="caption_paragraphs", disc_trailing_empty_rows=1, review_shape="three_groups")
    s["features"] = ["table 三 with an extra empty column at the right (11 grid columns)",
                     "two empty rows at the end of table 三", "each section 二 table with an empty last row",
                     "table 四 with three merged group cells (行政复议 | 行政诉讼（未经复议直接起诉）| 行政诉讼（复议后起诉）) and an empty last row",
                     "checks balance"]
    return s


def V33():
    s = G.base("33_word_disclosure_caption_rows", "启东市人民政府", 2023, "2021", 25, 5000, we="我市",
               office="启东市人民政府办公室", disc_mode="caption_rows")
    s["features"] = ["section 二 as four separate tables, each with its 第二十条 caption as its own first (merged) row",
                     "checks balance"]
    return s


def V34():
    s = G.base("34_word_review_two_row_header", "如皋市人民政府", 2024, "2021", 40, 7000, we="我市",
               office="如皋市人民政府办公室", review_shape="two_rows", review_scale=5)
    s["features"] = ["table 四 with a two-row header: 行政复议 | 行政诉讼 merged horizontally, then the 15 leaf labels",
                     "checks balance"]
    return s


def V35():
    organ = "南通市通州区财政局"
    s = G.base("35_word_title_two_paragraphs_chinese_year", organ, 2023, "2021", 6, 300, we="我局",
               office="通州区财政局办公室")
    s["title"] = organ + "二〇二三年政府信息公开工作年度报告"
    s["title_items"] = [t(organ, rpr=G.RPR_TITLE), t("二〇二三年政府信息公开工作年度报告", rpr=G.RPR_TITLE)]
    s["features"] = ["title in two paragraphs (organ / year line)", "year written 二〇二三年 in the title", "checks balance"]
    return s


def V36():
    s = G.base("36_word_whole_body_in_layout_table", "海门区人民政府", 2024, "2021", 30, 4000, we="我区",
               office="海门区人民政府办公室")
    s["layout_table"] = True
    s["features"] = ["the whole report (title, headings, prose, tables) inside a one-cell layout table, as pages saved from a web editor",
                     "checks balance"]
    return s


def V37():
    s = G.base("37_word_apps_header_rows_repeated_inside", "泰州市海陵区人民政府", 2023, "2021", 80, 9000, we="我区",
               office="海陵区人民政府办公室", apps_variant=True, apps_header="title_row",
               repeat_header_at="unavailable.not_held")
    s["features"] = ["table 三 with a title row inside the table above the three header rows",
                     "one w:tbl continued after a page break: the title and header rows repeated as ordinary rows before （四）无法提供, the group label 三、本年度办理结果 repeated",
                     "checks balance"]
    return s


def V38():
    s = G.base("38_word_2019_province_wording", "泰兴市自然资源和规划局", 2020, "2019", 20, 500, we="我局",
               office="泰兴市自然资源和规划局办公室", disc_mode="caption_paragraphs")
    s["labels"] = {
        "withheld.state_secret": "1．属于国家秘密",
        "withheld.prohibited_by_law": "2．其他法律、行政法规禁止公开",
        "withheld.three_safeties_one_stability": "3．危及\"三安全一稳定\"",
        "withheld.third_party_rights": "4．保护第三方合法权益",
        "withheld.internal_affairs": "5．属于三类内部事务信息",
        "withheld.process_information": "6．属于四类过程性信息",
        "withheld.enforcement_files": "7．属于行政执法案卷",
        "withheld.query_items": "8．属于行政查询事项",
        "unavailable.not_held": "1．本机关不掌握相关政府信息",
        "unavailable.needs_creation": "2．没有现成信息需要另行制作",
        "unavailable.unclear_after_correction": "3．补正后申请内容仍不明确",
        "not_processed.petition_complaint": "1．信访举报投诉类申请",
        "not_processed.duplicate": "2．重复申请",
        "not_processed.publication": "3．要求提供公开出版物",
        "not_processed.mass_repeated": "4．无正当理由大量反复申请",
        "not_processed.confirm_or_reissue": "5．要求行政机关确认或重新出具已获取信息",
        "partially_disclosed": "（二）部分公开（区分处理的,只计这一情形,不计其他情形）",
        "carried_over": "二、上年结转政府信息公开申请数量",
    }
    s["disc_colnames"] = {"本年增/减": "本年增／减", "采购总金额（单位：万元）": "采购总金额（万元）",
                          "本年新制作数量": "本年制作数量"}
    s["disc_rownames"] = {"规范性文件": "行政规范性文件"}
    s["features"] = ["edition 2019 with a province's wording: full-width １． item numbers, 其他法律、行政法规, straight quotes, half-width commas",
                     "section 二 columns 本年增／减, 采购总金额（万元）, 本年制作数量; row 行政规范性文件", "checks balance"]
    return s


def V39():
    s = G.base("39_word_apps_group_heading_rows", "靖江市人民政府", 2024, "2021", 45, 8000, we="我市",
               office="靖江市人民政府办公室", apps_variant=True, group_rows=True)
    s["features"] = ["table 三 with every label in one column spanning three grid columns",
                     "三、本年度办理结果 and the groups （三）…（六） each on a row of their own with no values", "checks balance"]
    return s


def V40():
    s = G.base("40_word_zero_cells_blank_and_units", "兴化市人民政府", 2023, "2021", 15, 3000, we="我市",
               office="兴化市人民政府办公室")
    a, c = s["apps"], s["apps_cells"]
    for k in c:
        c[k] = ["" if v == 0 else str(v) for v in a[k]]  # zeros left blank, as many authors do
    c["new_received"] = [x + "件" if x else "" for x in c["new_received"]]
    s["disc_cells"]["disclosure_fees"]["administrative_fees"] = ["0.5万元"]
    s["review_cells"] = ["" if x == "0" else x for x in s["review_cells"]]
    s["features"] = ["zero cells left blank in 三 and 四", "counts written with a unit (3件) in 一、本年新收",
                     "fees written 0.5万元", "checks cannot be made where cells are blank"]
    return s


def V41():
    s = G.base("41_word_review_label_column", "泰州市姜堰区人民政府", 2022, "2021", 35, 5000, we="我区",
               office="姜堰区人民政府办公室", review_shape="label_column", review_scale=4)
    s["features"] = ["table 四 with a leading label column (项目 merged over the header rows, 数量 before the 15 values)",
                     "checks balance"]
    return s


def V42():
    s = G.base("42_word_apps_header_own_table", "丹阳市人民政府", 2024, "2021", 50, 6000, we="我市",
               office="丹阳市人民政府办公室", apps_variant=True, header_table=True)
    s["features"] = ["table 三 header rows in a w:tbl of their own, the body rows in the next w:tbl after a page break",
                     "checks balance"]
    return s


def V43():
    s = G.base("43_word_item_numbering_and_heading_marks", "丹徒区人民政府", 2023, "2021", 40, 6000, we="我区",
               office="丹徒区人民政府办公室")
    circled = "①②③④⑤⑥⑦⑧"
    labels = {}
    for k, lab in G.APP_ROWS:
        if k.startswith("withheld."):
            n, rest = lab.split(".", 1)
            labels[k] = circled[int(n) - 1] + rest  # ①属于国家秘密
        elif k.startswith("unavailable."):
            n, rest = lab.split(".", 1)
            labels[k] = "（%s）%s" % (n, rest)  # （1）本机关不掌握相关政府信息
        elif k.startswith("not_processed.") or k.startswith("other_handling."):
            n, rest = lab.split(".", 1)
            labels[k] = "%s、%s" % (n, rest)  # 1、信访举报投诉类申请
    s["labels"] = labels
    s["heading_marks"] = {"一": "．", "二": ". ", "三": "、 ", "四": "，", "五": "．", "六": "."}
    s["features"] = ["items of （三） numbered ①…⑧, of （四） （1）…（3）, of （五）（六） 1、…5、",
                     "typed section headings with 一． / 二. / 三、+space / 四， / 六. after the number", "checks balance"]
    return s


def V44():
    organ = "清河县人民政府"
    s = G.base("44_word_title_full_width_year", organ, 2024, "2021", 25, 3000, we="我县", office="清河县人民政府办公室")
    # Word documents often carry the year in full-width digits: the title reads with ASCII digits.
    s["title"] = organ + "２０２４年政府信息公开工作年度报告"
    s["expected_title"] = organ + "2024年政府信息公开工作年度报告"
    s["features"] = ["title year in full-width digits (２０２４年): the year is not part of the organ, the title folded to ASCII digits",
                     "checks balance"]
    return s


def V45():
    s = G.base("45_word_2019_amount_in_yuan", "宝应县财政局", 2019, "2019", 20, 500, we="我局", office="宝应县财政局办公室")
    # A real 2019 report prints its procurement total in 元 under the 万元 column: 86000元 is 8.6 万元.
    s["disc_cells"]["disclosure_procurement"]["government_procurement"][1] = "86000元"
    # A money amount in a column of counts (上一年项目数量 of 行政事业性收费) has no count to give: null.
    s["disc_cells"]["disclosure_fees"]["administrative_fees"][0] = "2万元"
    s["features"] = ["edition 2019", "procurement amount printed in 元 (86000元) under 采购总金额（单位：万元）: 8.6",
                     "a money amount (2万元) in the count column 上一年项目数量: null with a warning", "checks balance"]
    return s


VARIANTS = [V30, V31, V32, V33, V34, V35, V36, V37, V38, V39, V40, V41, V42, V43, V44, V45]


class MarkBuilder(G.Builder):
    """Typed section headings with the mark after the number varied (一． / 二. / 三、 with a
    space / 四，), as reports typed by hand have them."""

    def __init__(self, marks):
        super().__init__()
        self.marks = marks

    def heading(self, number, title, mode="typed", items=None):
        mark = self.marks.get(number, "、")
        self.p(t(number + mark, rpr=G.RPR_HEI), t(title, rpr=G.RPR_HEI), ppr=G.HEAD_PPR, count=False)
        self.cur = {"number": number, "title": title, "lines": []}
        self.sections.append(self.cur)


def wrap_in_layout_table(b):
    inner = "".join(b.body)
    cell = '<w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>%s<w:p/></w:tc>' % inner
    b.body = [tbl([9000], [tr([cell], cant_split=False)],
                  tblpr='<w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'), "<w:p/>"]


def main():
    # `python3 generate_variants.py 44 45` writes only those; no argument writes them all.
    wanted = sys.argv[1:]
    for f in VARIANTS:
        if wanted and f.__name__[1:] not in wanted:
            continue
        G._rev[0], G._bm[0], G._sdt[0] = 100, 0, 500
        s = f()
        b = MarkBuilder(s["heading_marks"]) if s.get("heading_marks") else G.Builder()
        G.write_report(b, s)
        if s.get("layout_table"):
            wrap_in_layout_table(b)
        G.save_docx(b, s, os.path.join(OUT, s["name"] + ".docx"))
        e = G.expected(b, s)
        with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", s["name"])


if __name__ == "__main__":
    main()
