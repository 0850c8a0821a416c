#!/usr/bin/env python3
"""Writes text dumps of the DOCX samples with faults like the seeds', and their expected files.

Run from the repository root:  python3 samples/dumps/make_dumps.py [--pdf]

Shapes (see samples/dumps/README.md):
  tab/    (a) one table row per line, cells separated by TAB (seeds 000-002)
  cell/   (b) one cell per line, each starting with a TAB, a blank line between rows (seeds 003, 004)
  layout/ (c) `pdftotext -layout` of a PDF that LibreOffice makes from the DOCX
  raw/    (d) plain `pdftotext` of the same PDF

Shapes a and b are written from the DOCX sample's expected file (its data: title, organ, year,
edition, section texts, every table row), laid out as the national template's tables (the merged
cells of the real template, samples/real/template_2021_blank_wps.docx), then faults are
injected at random places with a seeded RNG. The seed and every fault applied are recorded in
the dump's expected file (`features`) and in README.md. Every fault keeps the information except
`value_blank`, which blanks a cell in the dump and in the expected file alike (raw "").

Shapes c and d are only made with --pdf (needs soffice, fonts-noto-cjk and pdftotext); their
expected tables are the DOCX sample's. Output is deterministic for a/b; c/d depend on the installed
LibreOffice and fonts, and the committed .txt files are what the tests read.
"""
import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCX = os.path.join(ROOT, "samples", "docx")
OUT = os.path.join(ROOT, "samples", "dumps")
BASE_SEED = 20250601

# ---------------------------------------------------------------------------------------------
# The national template's labels
# ---------------------------------------------------------------------------------------------

APP_ROWS_2021 = [
    ("new_received", None, None, "一、本年新收政府信息公开申请数量"),
    ("carried_over", None, None, "二、上年结转政府信息公开申请数量"),
    ("disclosed", "G", None, "（一）予以公开"),
    ("partially_disclosed", "G", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld.state_secret", "G", "（三）不予公开", "1.属于国家秘密"),
    ("withheld.prohibited_by_law", "G", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("withheld.three_safeties_one_stability", "G", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("withheld.third_party_rights", "G", "（三）不予公开", "4.保护第三方合法权益"),
    ("withheld.internal_affairs", "G", "（三）不予公开", "5.属于三类内部事务信息"),
    ("withheld.process_information", "G", "（三）不予公开", "6.属于四类过程性信息"),
    ("withheld.enforcement_files", "G", "（三）不予公开", "7.属于行政执法案卷"),
    ("withheld.query_items", "G", "（三）不予公开", "8.属于行政查询事项"),
    ("unavailable.not_held", "G", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "G", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear_after_correction", "G", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "G", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "G", "（五）不予处理", "2.重复申请"),
    ("not_processed.publication", "G", "（五）不予处理", "3.要求提供公开出版物"),
    ("not_processed.mass_repeated", "G", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("not_processed.confirm_or_reissue", "G", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_handling.overdue_correction", "G", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_handling.overdue_fee", "G", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_handling.other", "G", "（六）其他处理", "3.其他"),
    ("result_total", "G", None, "（七）总计"),
    ("carried_forward", None, None, "四、结转下年度继续办理"),
]
GROUP = "三、本年度办理结果"
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANTS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
REVIEW_HEADS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

DISCLOSURE_2021 = [
    ("第二十条第（一）项", "disclosure_rules", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
    ("第二十条第（五）项", "disclosure_licensing", ["信息内容", "本年处理决定数量"],
     [("administrative_licensing", "行政许可")]),
    ("第二十条第（六）项", "disclosure_enforcement", ["信息内容", "本年处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")]),
    ("第二十条第（八）项", "disclosure_fees", ["信息内容", "本年收费金额（单位：万元）"],
     [("administrative_fees", "行政事业性收费")]),
]
DISCLOSURE_2019 = [
    ("第二十条第（一）项", "disclosure_rules", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("regulations", "规章"), ("normative_documents", "规范性文件")]),
    ("第二十条第（五）项", "disclosure_licensing", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_licensing", "行政许可"), ("other_external_management", "其他对外管理服务事项")]),
    ("第二十条第（六）项", "disclosure_enforcement", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")]),
    ("第二十条第（八）项", "disclosure_fees", ["信息内容", "上一年项目数量", "本年增/减"],
     [("administrative_fees", "行政事业性收费")]),
    ("第二十条第（九）项", "disclosure_procurement", ["信息内容", "采购项目数量", "采购总金额（单位：万元，保留4位小数）"],
     [("government_procurement", "政府集中采购")]),
]


class Cell:
    """One grid cell of the template: text, horizontal span, vertical-merge continuation."""

    def __init__(self, text="", span=1, cont=False, role="label"):
        self.text, self.span, self.cont, self.role = text, span, cont, role

    def __repr__(self):
        return f"Cell({self.text!r},{self.span},{self.cont},{self.role})"


class Row:
    def __init__(self, kind, cells, key=None, table=None):
        self.kind, self.cells, self.key, self.table = kind, cells, key, table
        self.before = []  # extra lines (page-break blank lines, repeated headers) before this row


def spread(values, width):
    """Value cells for `values` on a grid of `width` columns (the last value spans the rest)."""
    cells = [Cell(v, role="value") for v in values]
    if len(values) < width:
        cells[-1].span = width - len(values) + 1
    return cells


def disclosure_rows(edition, tables):
    rows = []
    for caption, tid, header, body in (DISCLOSURE_2021 if edition == "2021" else DISCLOSURE_2019):
        rows.append(Row("caption", [Cell(caption, 4, role="caption")], table=tid))
        hcells = [Cell(h, role="header") for h in header]
        if len(header) < 4:
            hcells[-1].span = 4 - len(header) + 1
        rows.append(Row("header", hcells, table=tid))
        for key, label in body:
            rows.append(Row("data", [Cell(label)] + spread(tables[tid][key], 3), key=key, table=tid))
    return rows


def application_rows(edition, tables, extra):
    t = tables["applications"]
    rows = [
        Row("header", [Cell(NOTE, 3, role="note"), Cell("申请人情况", 7, role="header")], table="applications"),
        Row("header", [Cell("", 3, True, "note"), Cell("自然人", role="header"), Cell("法人或其他组织", 5, role="header"),
                       Cell("总计", role="header")], table="applications"),
        Row("header", [Cell("", 3, True, "note"), Cell("", cont=True, role="header")]
            + [Cell(a, role="header") for a in APPLICANTS] + [Cell("", cont=True, role="header")], table="applications"),
    ]
    one_row_other = edition == "2019" or any(e.get("key") == "other_handling" for e in extra)
    first_in_group = True
    last_sub = None
    for key, group, sub, label in APP_ROWS_2021:
        if key.startswith("other_handling.") and one_row_other:
            if key != "other_handling.other":
                continue
            values = t.get("other_handling") or next(e["raw"] for e in extra if e.get("key") == "other_handling")
            rows.append(Row("data", [Cell("", cont=True, role="group"), Cell("（六）其他处理", 2)]
                            + [Cell(v, role="value") for v in values], key="other_handling", table="applications"))
            last_sub = None
            continue
        values = t[key]
        if group is None:
            cells = [Cell(label, 3)]
        else:
            g = Cell(GROUP if first_in_group else "", cont=not first_in_group, role="group")
            first_in_group = False
            if sub is None:
                cells = [g, Cell(label, 2)]
            else:
                s = Cell(sub if sub != last_sub else "", cont=sub == last_sub, role="sub")
                cells = [g, s, Cell(label)]
            last_sub = sub
        rows.append(Row("data", cells + [Cell(v, role="value") for v in values], key=key, table="applications"))
    for e in extra:
        if e.get("key") is None:
            rows.append(Row("data", [Cell(e["label"], 3)] + [Cell(v, role="value") for v in e["raw"]],
                            key="extra:" + e["label"], table="applications"))
    return rows


def review_rows(tables):
    t = tables["review_litigation"]
    values = t["administrative_review"] + t["litigation_direct"] + t["litigation_after_review"]
    return [
        Row("header", [Cell("行政复议", 5, role="header"), Cell("行政诉讼", 10, role="header")], table="review_litigation"),
        Row("header", [Cell(h, role="header") for h in REVIEW_HEADS]
            + [Cell("未经复议直接起诉", 5, role="header"), Cell("复议后起诉", 5, role="header")], table="review_litigation"),
        Row("header", [Cell("", cont=True, role="header") for _ in REVIEW_HEADS]
            + [Cell(h, role="header") for h in REVIEW_HEADS * 2], table="review_litigation"),
        Row("data", [Cell(v, role="value") for v in values], key="values", table="review_litigation"),
    ]


# ---------------------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------------------

FW = {str(d): chr(0xFF10 + d) for d in range(10)}
FW.update({".": "．", "+": "＋", "-": "－"})


def fullwidth(s):
    return "".join(FW.get(c, c) for c in s)


def cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def label_prefix_len(label):
    m = re.match(r"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)", label)
    return len(m.group(0)) if m else 0


def split_points(label, parts, rng):
    """Cut points for wrapping `label` into `parts` fragments, never inside its number prefix."""
    lo = max(label_prefix_len(label) + 2, 2)
    hi = len(label) - 2
    if hi - lo < parts - 1:
        return None
    return sorted(rng.sample(range(lo, hi + 1), parts - 1))


def insert_space(label, rng):
    """A space between two CJK characters of the label (after the number prefix when there is one)."""
    start = label_prefix_len(label)
    spots = [i for i in range(max(start, 1), len(label)) if cjk(label[i - 1]) and cjk(label[i])]
    if start and start < len(label) and rng.random() < 0.3:
        return label[:start] + " " + label[start:]
    if not spots:
        return None
    i = rng.choice(spots)
    return label[:i] + " " + label[i:]


def halfwidth_label(label):
    return label.replace("（", "(").replace("）", ") ", 1).replace("）", ")") if label.startswith("（") else label


class Dump:
    def __init__(self, name, shape, exp, seed):
        self.name, self.shape, self.exp, self.seed = name, shape, exp, seed
        self.rng = random.Random(seed)
        self.tables = copy.deepcopy(exp["tables"])
        self.extra = copy.deepcopy((exp.get("extra_rows") or {}).get("applications", []))
        self.faults = []
        self.full = shape == "tab" and self.rng.random() < 0.5  # merged cells emitted as empty cells
        self.blank_cont = " " if shape == "cell" and self.rng.random() < 0.5 else ""

    def log(self, cls, where, detail=""):
        self.faults.append(cls + (f" {where}" if where else "") + (f" ({detail})" if detail else ""))

    # -- building -------------------------------------------------------------------------------
    def build(self):
        ed = self.exp["edition"]
        self.dis = disclosure_rows(ed, self.tables)
        self.app = application_rows(ed, self.tables, self.extra)
        self.rev = review_rows(self.tables)
        self.inject()

    def data_rows(self, rows):
        return [r for r in rows if r.kind == "data"]

    def where(self, r):
        return f"{r.table}.{r.key}" if r.key else f"{r.table} header"

    def inject(self):
        rng = self.rng
        classes = ["label_wrap", "label_spaces", "fullwidth", "value_spaces", "header_split", "group_repeat",
                   "page_break_blank", "merged_label_spread", "truncated_note", "header_repeat"]
        if self.shape == "tab":
            classes += ["drift_col0", "drift_col0", "merged_mixed", "trailing_tab"]
        else:
            classes += ["value_pushed", "value_pushed"]
        k = rng.randint(4, 7)
        chosen = []
        for c in rng.sample(classes, k):
            if c not in chosen:
                chosen.append(c)
        # a few dumps change the information: one value left blank (expected raw "")
        if rng.random() < 0.2:
            chosen.append("value_blank")
        self.used = set()  # rows taken by a structural fault
        for c in chosen:
            getattr(self, "f_" + c)()

    def pick(self, rows, pred=lambda r: True, structural=True):
        cands = [r for r in rows if r.kind == "data" and pred(r) and not (structural and id(r) in self.used)]
        if not cands:
            return None
        r = self.rng.choice(cands)
        if structural:
            self.used.add(id(r))
        return r

    def label_cell(self, r):
        labels = [c for c in r.cells if c.role in ("label",) and c.text]
        return labels[-1] if labels else None

    def f_label_wrap(self):
        n = self.rng.randint(1, 3)
        for _ in range(n):
            r = self.pick(self.app, lambda r: (self.label_cell(r) and len(self.label_cell(r).text) >= 8
                                              and not getattr(r, "drift", False)))
            if not r:
                return
            c = self.label_cell(r)
            parts = 3 if len(c.text) > 24 and self.rng.random() < 0.5 else 2
            cuts = split_points(c.text, parts, self.rng)
            if not cuts:
                continue
            frags = [c.text[i:j] for i, j in zip([0] + cuts, cuts + [len(c.text)])]
            r.wrap = frags
            r.wrap_values_at = 0 if self.rng.random() < 0.5 else self.rng.randrange(len(frags))
            r.wrap_blank = self.shape == "tab" and self.rng.random() < 0.35
            if self.shape == "tab":
                detail = f"{' | '.join(frags)}; values on fragment {r.wrap_values_at + 1}" \
                    + ("; empty line between fragments" if r.wrap_blank else "")
            else:
                detail = f"{' | '.join(frags)}; continuation lines without a TAB"
            self.log("label_wrap", self.where(r), detail)
        if self.shape == "cell" and self.rng.random() < 0.6:  # header cells wrapped too (seed 004: 商业 / 企业)
            h = self.app[2] if self.rng.random() < 0.5 else self.rev[2]
            for c in h.cells:
                if c.role == "header" and len(c.text) == 4:
                    c.wrap = [c.text[:2], c.text[2:]]
            self.log("label_wrap", self.where(h), "four-character header cells as two lines")

    def f_label_spaces(self):
        n = self.rng.randint(2, 6)
        rows = self.dis + self.app + self.rev
        done = []
        for _ in range(n):
            r = self.rng.choice(rows)
            cands = [c for c in r.cells if c.role in ("label", "header", "sub", "group") and len(c.text) >= 3
                     and not hasattr(c, "wrap")]
            if not cands or hasattr(r, "wrap"):
                continue
            c = self.rng.choice(cands)
            t = insert_space(c.text, self.rng)
            if t:
                done.append(f"{c.text} → {t}")
                c.text = t
        if done:
            self.log("label_spaces", "", "; ".join(done))

    def f_fullwidth(self):
        rows = self.dis + self.app + self.rev
        done = []
        for _ in range(self.rng.randint(3, 10)):
            r = self.rng.choice([r for r in rows if r.kind == "data"])
            vals = [c for c in r.cells if c.role == "value" and re.search(r"[0-9.+-]", c.text)]
            if vals:
                c = self.rng.choice(vals)
                c.text = fullwidth(c.text)
                done.append(f"{self.where(r)} value {c.text}")
        for _ in range(self.rng.randint(1, 3)):
            r = self.rng.choice([r for r in self.app if r.kind == "data"])
            c = self.label_cell(r)
            if c and not hasattr(r, "wrap"):
                old = c.text
                if re.match(r"^\d", old):
                    c.text = fullwidth(old[:2]) + old[2:]
                elif old.startswith("（"):
                    c.text = halfwidth_label(old)
                if c.text != old:
                    done.append(f"label {old} → {c.text}")
        if done:
            self.log("fullwidth", "", "; ".join(done))

    def f_value_spaces(self):
        mode = self.rng.choice(["trailing", "leading", "mixed", "ideographic"])
        rows = [r for r in self.app + self.rev + self.dis if r.kind == "data"]
        if self.rng.random() < 0.5:
            targets = rows  # everywhere, like seed 004
        else:
            targets = self.rng.sample(rows, min(len(rows), self.rng.randint(2, 6)))
        for r in targets:
            for c in r.cells:
                if c.role == "value" and c.text:
                    m = mode if mode != "mixed" else self.rng.choice(["trailing", "leading", "both"])
                    c.text = {"trailing": c.text + " ", "leading": " " + c.text, "both": " " + c.text + " ",
                              "ideographic": "\u3000\u3000" + c.text}[m]
        self.log("value_spaces", "all value rows" if targets is rows else ", ".join(self.where(r) for r in targets), mode)

    def f_header_split(self):
        tables = [self.app, self.rev]
        self.rng.shuffle(tables)
        for t in tables[: self.rng.randint(1, 2)]:
            h = t[2] if t is self.app else self.rng.choice([t[1], t[2]])
            if any(hasattr(c, "wrap") for c in h.cells):
                continue
            if self.shape == "tab":
                h.split = True
            else:
                for c in h.cells:
                    if c.role == "header" and len(c.text) >= 4:
                        c.wrap = [c.text[: len(c.text) // 2], c.text[len(c.text) // 2:]]
            self.log("header_split", self.where(h), "header row written over two lines, labels cut in halves")

    def f_group_repeat(self):
        r = self.pick(self.app, lambda r: r.cells[0].role == "group" and r.cells[0].cont)
        if r:
            r.cells[0] = Cell(GROUP, role="group")
            r.cells[0].repeat = True
            self.log("group_repeat", self.where(r), "三、本年度办理结果 written again after a page break")

    def f_page_break_blank(self):
        for _ in range(self.rng.randint(1, 2)):
            t = self.rng.choice([self.app, self.app, self.dis])
            i = self.rng.randrange(4 if t is self.app else 1, len(t))
            t[i].before.append("blank")
            self.log("page_break_blank", f"before {self.where(t[i])}")

    def f_header_repeat(self):
        r = self.pick(self.app, lambda r: r.key not in ("new_received",), structural=False)
        if r:
            r.before.append("header")
            self.log("header_repeat", f"before {self.where(r)}", "page break, the three header rows printed again")

    def f_merged_label_spread(self):
        """The text of a vertically merged cell spread over the rows it spans (seed 002)."""
        opts = []
        grp = [r for r in self.app if r.kind == "data" and r.cells[0].role == "group"]
        if grp and not any(getattr(r, "drift", False) for r in grp[:2]):
            opts.append(("group", grp[:2]))
        for sub in ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]:
            rs = [r for r in self.app if r.kind == "data" and len(r.cells) > 2 and r.cells[1].role == "sub"
                  and self.sub_of(r) == sub]
            if len(rs) >= 2:
                opts.append(("sub", rs[:2]))
        if not opts:
            return
        kind, (r1, r2) = self.rng.choice(opts)
        i = 0 if kind == "group" else 1
        c1 = r1.cells[i]
        if c1.cont or getattr(c1, "repeat", False) or hasattr(r1, "wrap") or hasattr(r2, "wrap") \
                or getattr(r2, "drift", False) or not r2.cells[i].cont or id(r2) in self.used:
            return
        text = c1.text.strip()
        cut = self.rng.randint(label_prefix_len(text) + 1, len(text) - 1)
        c1.text, r2.cells[i] = text[:cut], Cell(text[cut:], role=c1.role)
        r2.cells[i].spread = True
        self.used.add(id(r2))
        self.log("merged_label_spread", f"{self.where(r1)} / {self.where(r2)}", f"{text[:cut]} | {text[cut:]}")

    def sub_of(self, r):
        for x in self.app:
            if x.kind == "data" and len(x.cells) > 2 and x.cells[1].role == "sub" and x.cells[1].text:
                last = x.cells[1].text
            if x is r:
                return last if len(r.cells) > 2 and r.cells[1].role == "sub" else None
        return None

    def f_truncated_note(self):
        c = self.app[0].cells[0]
        if self.rng.random() < 0.25:
            c.text = ""
            self.log("truncated_note", "applications header", "note left out")
        else:
            cut = self.rng.randint(4, 16)
            c.text = c.text[cut:]
            self.log("truncated_note", "applications header", c.text)

    def f_drift_col0(self):
        n = self.rng.randint(1, 3)
        for _ in range(n):
            r = self.pick(self.app, lambda r: r.cells[0].role == "group" and r.cells[0].cont
                          and (len(r.cells) == 9 + 0 or r.cells[1].cont))
            if not r:
                return
            r.drift = True
            r.drift_gap = self.rng.random() < 0.6
            r.drift_trail = self.rng.random() < 0.5
            self.log("drift_col0", self.where(r), "label at column 0" + (", one empty cell after it" if r.drift_gap else "")
                     + (", trailing empty cell" if r.drift_trail else ""))

    def f_merged_mixed(self):
        rows = self.rng.sample([r for r in self.dis + self.app if r.kind == "data" and any(c.span > 1 for c in r.cells)],
                               self.rng.randint(2, 5))
        for r in rows:
            r.flip = True
        self.log("merged_mixed", ", ".join(self.where(r) for r in rows),
                 "these rows emit merged cells " + ("not at all" if self.full else "as empty cells"))

    def f_trailing_tab(self):
        rows = self.rng.sample([r for r in self.dis + self.app + self.rev], self.rng.randint(3, 8))
        for r in rows:
            r.trail = True
        self.log("trailing_tab", ", ".join(self.where(r) for r in rows), "an extra empty cell at the end of the line")

    def f_value_pushed(self):
        rows = [r for r in self.app + self.rev if r.kind == "data" and not getattr(r, "drift", False)]
        done = []
        for _ in range(self.rng.randint(1, 4)):
            r = self.rng.choice(rows)
            vals = [c for c in r.cells if c.role == "value" and c.text.strip()]
            if vals:
                c = self.rng.choice(vals[-3:])
                c.pushed = True
                done.append(f"{self.where(r)} value {c.text.strip()}")
        if done:
            self.log("value_pushed", "", "value on the line after its cell's TAB: " + "; ".join(done))

    def f_value_blank(self):
        r = self.pick(self.app, lambda r: r.key in self.tables["applications"], structural=False)
        vals = [i for i, c in enumerate(r.cells) if c.role == "value"]
        j = self.rng.choice(vals)
        col = vals.index(j)
        r.cells[j].text = ""
        self.tables["applications"][r.key][col] = ""
        self.log("value_blank", f"{self.where(r)} column {col + 1}", "cell left empty; expected raw \"\"")

    # -- writing ----------------------------------------------------------------------------------
    def cells_of(self, r, full):
        out = []
        for c in r.cells:
            t = c.text if not c.cont else self.blank_cont
            out.append((t, c))
            if full:
                out += [("", None)] * (c.span - 1)
        return out

    def tab_lines(self, rows, before=True):
        lines = []
        for r in rows:
            for b in (r.before if before else []):
                if b == "blank":
                    lines.append("")
                else:
                    lines += self.tab_lines(self.app[:3], before=False)
            full = self.full != bool(getattr(r, "flip", False))
            cells = self.cells_of(r, full)
            if getattr(r, "drift", False):
                while cells and cells[0][0] == "" and (cells[0][1] is None or cells[0][1].role != "value"):
                    cells.pop(0)
                lab = 1
                if r.drift_gap:
                    cells.insert(lab, ("", None))
                if r.drift_trail:
                    cells.append(("", None))
            if getattr(r, "split", False):
                a = [t[: (len(t) + 1) // 2] if len(t) >= 4 else t for t, _ in cells]
                b = [t[(len(t) + 1) // 2:] if len(t) >= 4 else "" for t, _ in cells]
                lines += ["\t".join(a), "\t".join(b)]
                continue
            if hasattr(r, "wrap"):
                li = next(i for i, (t, c) in enumerate(cells) if c is self.label_cell(r))
                head = [t for t, _ in cells[:li]]
                tail = [t for t, _ in cells[li + 1:]]
                for k, frag in enumerate(r.wrap):
                    if k > 0 and r.wrap_blank and k == 1:
                        lines.append("")
                    pre = head if k == 0 else [""] * len(head)
                    if k == r.wrap_values_at:
                        post = tail
                    else:
                        post = [""] * len(tail) if (full or self.rng.random() < 0.5) else []
                    lines.append("\t".join(pre + [frag] + post))
                continue
            texts = [t for t, _ in cells]
            if getattr(r, "trail", False):
                texts.append("")
            lines.append("\t".join(texts))
        return lines

    def cell_lines(self, rows, before=True):
        lines = []
        for r in rows:
            for b in (r.before if before else []):
                if b == "blank":
                    lines.append("")
                else:
                    lines += self.cell_lines(self.app[:3], before=False)
            for t, c in self.cells_of(r, False):
                if c is not None and hasattr(c, "wrap"):
                    lines += ["\t" + c.wrap[0]] + c.wrap[1:]
                elif hasattr(r, "wrap") and c is self.label_cell(r):
                    lines += ["\t" + r.wrap[0]] + r.wrap[1:]
                elif c is not None and getattr(c, "pushed", False):
                    lines += ["\t", t]
                else:
                    lines.append("\t" + t)
            lines.append("")
        return lines

    def table_lines(self, rows):
        if self.shape == "tab":
            return self.tab_lines(rows)
        return self.cell_lines(rows)

    def disclosure_lines(self):
        # Section 二: captions as table rows, or (tab, half the dumps) as paragraphs with a blank line
        caption_para = self.shape == "tab" and self.rng.random() < 0.4
        caption_spaces = self.shape == "cell" and self.rng.random() < 0.5
        if caption_para:
            self.features_extra.append("section 二 captions as paragraphs")
        if caption_spaces:
            self.features_extra.append("section 二 captions with two spaces (第二十条  第（一）项)")
        out = []
        block = []
        for r in self.dis:
            if r.kind == "caption":
                out += self.table_lines(block)
                block = []
                text = r.cells[0].text
                if caption_spaces:
                    text = text.replace("条第", "条  第")
                if caption_para:
                    out += [text, ""]
                else:
                    block.append(Row("caption", [Cell(text, 4, role="caption")], table=r.table))
                    block[-1].before = r.before
            else:
                block.append(r)
        out += self.table_lines(block)
        return out

    def prose(self, text, md_bold, spaced):
        lines = [l for l in text.split("\n") if l.strip()]
        out = []
        for l in lines:
            if md_bold and self.rng.random() < 0.3:
                m = re.match(r"^(（[一二三四五六七八九十]+）[^。：]{1,14})([。：].*)$", l)
                if m:
                    l = "**" + m.group(1) + "**" + m.group(2)
            if spaced:
                l = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", l)
            out.append(l)
        return out

    def text(self):
        rng, exp = self.rng, self.exp
        self.features_extra = []
        md = rng.random() < 0.4
        spaced = rng.random() < 0.3
        bookmark = rng.random() < 0.5
        para_gap = self.shape == "tab" and rng.random() < 0.6
        lines = []
        title = exp["title"]
        tvar = rng.choice(["plain", "md", "spaced", "lead"])
        if tvar == "md" or md:
            title_line = "# " + title
        elif tvar == "spaced":
            title_line = re.sub(r"(\d{4})", r" \1 ", title)
        elif tvar == "lead":
            title_line = " " + title
        else:
            title_line = title
        lines += ["", title_line, ""] if para_gap else [title_line]
        intro = (f"根据《中华人民共和国政府信息公开条例》规定，现公布{exp['organ']}{exp['year']}年政府信息公开工作年度报告。"
                 "报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                 "存在的主要问题及改进情况、其他需要报告的事项等部分组成。")
        if bookmark:
            intro = "[bookmark: _GoBack]" + intro
        lines += [intro] + ([""] if para_gap else [])
        for s in exp["sections"]:
            head = f"{s['number']}、{s['title']}"
            lines += [("## " + head) if md else head] + ([""] if para_gap else [])
            if s["number"] == "二":
                lines += self.disclosure_lines() + [""]
            elif s["number"] == "三":
                lines += self.table_lines(self.app) + [""]
            elif s["number"] == "四":
                lines += self.table_lines(self.rev) + [""]
            for l in self.prose(s.get("text", ""), md, spaced):
                lines += [l] + ([""] if para_gap else [])
        feats = [f"shape {self.shape}", f"seed {self.seed}"]
        if self.shape == "tab":
            feats.append("merged cells emitted as empty cells" if self.full else "merged cells not emitted (vertical-merge continuations as empty cells)")
        else:
            feats.append("empty merged cells as a TAB and a space" if self.blank_cont else "empty merged cells as a lone TAB")
        if md:
            feats.append("Markdown # and ** marks")
        if bookmark:
            feats.append("[bookmark: _GoBack] before the intro")
        if spaced:
            feats.append("spaces between CJK and digits in prose")
        feats.append("title " + tvar if not md else "title md")
        self.features = feats + self.features_extra + ["fault " + f for f in self.faults]
        return "\n".join(lines) + "\n"


def expected_for(exp, src, features, tables=None, sections=True):
    out = {"format": "nianbao-expected/1", "source": src, "features": features,
           "title": exp["title"], "organ": exp["organ"], "year": exp["year"], "edition": exp["edition"]}
    if sections:
        out["sections"] = exp["sections"]
    out["tables"] = tables if tables is not None else exp["tables"]
    if exp.get("extra_rows"):
        out["extra_rows"] = exp["extra_rows"]
    return out


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def stems():
    return sorted(f[:-5] for f in os.listdir(DOCX) if f.endswith(".docx"))


# Samples whose PDF (LibreOffice rendering) a reader of the text cannot read as the DOCX reads:
# 08 shows tracked deletions as struck-through text, which a text dump keeps as plain digits.
PDF_SKIP = {"08_word_tracked_changes": "LibreOffice prints tracked deletions struck through; the text dump keeps them"}


def make_pdf_dumps(log):
    tmp = tempfile.mkdtemp(prefix="dumps_pdf_")
    names = [s for s in stems() if s not in PDF_SKIP]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp]
                   + [os.path.join(DOCX, s + ".docx") for s in names], check=True, capture_output=True)
    for shape, args in (("layout", ["-layout"]), ("raw", [])):
        os.makedirs(os.path.join(OUT, shape), exist_ok=True)
        for s in names:
            exp = json.load(open(os.path.join(DOCX, s + ".expected.json"), encoding="utf-8"))
            txt = os.path.join(OUT, shape, s + ".txt")
            subprocess.run(["pdftotext", "-enc", "UTF-8"] + args + [os.path.join(tmp, s + ".pdf"), txt], check=True)
            feats = [f"shape {shape}", "pdftotext " + ("-layout " if args else "") + "of the LibreOffice PDF of docx/" + s + ".docx"]
            write_json(os.path.join(OUT, shape, s + ".expected.json"),
                       expected_for(exp, f"dumps/{shape}/{s}.txt", feats, sections=False))
            log.append((shape, s, None, feats))


def main():
    log = []
    for shape in ("tab", "cell"):
        os.makedirs(os.path.join(OUT, shape), exist_ok=True)
        for i, s in enumerate(stems()):
            exp = json.load(open(os.path.join(DOCX, s + ".expected.json"), encoding="utf-8"))
            seed = BASE_SEED + i * 10 + (0 if shape == "tab" else 1)
            d = Dump(s, shape, exp, seed)
            d.build()
            text = d.text()
            with open(os.path.join(OUT, shape, s + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            write_json(os.path.join(OUT, shape, s + ".expected.json"),
                       expected_for(exp, f"dumps/{shape}/{s}.txt", d.features, tables=d.tables))
            log.append((shape, s, seed, d.features))
    if "--pdf" in sys.argv:
        make_pdf_dumps(log)
    if "--pdf" not in sys.argv:  # keep the committed c/d entries
        old = json.load(open(os.path.join(OUT, "faults.json"), encoding="utf-8")) if os.path.exists(os.path.join(OUT, "faults.json")) else []
        log += [(e["shape"], e["dump"], e["seed"], e["features"]) for e in old if e["shape"] in ("layout", "raw")]
    write_json(os.path.join(OUT, "faults.json"), [{"shape": a, "dump": b, "seed": c, "features": d} for a, b, c, d in log])
    write_readme(log)


FAULTS = [
    ("label_wrap", "a, b", "a row label cut into 2-3 fragments on consecutive lines; shape a: the values on the first "
     "or on a later fragment, sometimes an empty line between the fragments (seed 002); shape b: continuation lines "
     "without a TAB (seed 003), and four-character header cells as two lines (商业 / 企业, seed 004)"),
    ("drift_col0", "a", "a row's empty merged cells dropped so its label starts at column 0 (`3.其他`, `（七）总计`, "
     "`5.要求…`, `（六）其他处理`; seeds 000, 001), sometimes with an empty cell after the label and a trailing one"),
    ("label_spaces", "a, b", "a space inside a label or header (`结果 维持`, `（三）不予 公开`, `1. 属于…`; seeds 000, 002)"),
    ("fullwidth", "a, b", "full-width digits, `．`, `＋`, `－` in values; `１．` item numbers; half-width `(一) ` group labels"),
    ("value_spaces", "a, b", "values written `0 `, ` 0`, ` 0 ` or after U+3000 (seed 004; sample 18)"),
    ("value_pushed", "b", "a value on the line after its cell's TAB (seed 004: `⇥` then `0 `)"),
    ("header_split", "a, b", "a header row written over two lines with its labels cut in halves (seed 002: 结果 / 维持)"),
    ("group_repeat", "a, b", "三、本年度办理结果 written again at a later row, as after a page break (seed 004)"),
    ("merged_label_spread", "a, b", "the text of a vertically merged cell spread over the rows it spans "
     "(seed 002: `三、本年` on （一）, `度办理结果` on （二）)"),
    ("truncated_note", "a, b", "the 勾稽关系 header note cut at its start (seed 003) or left out (seed 004)"),
    ("page_break_blank", "a, b", "an empty line inside a table, left by a page break"),
    ("header_repeat", "a, b", "the three header rows of table 三 printed again mid-table after a page break"),
    ("merged_mixed", "a", "merged cells emitted as empty cells on some rows and not at all on others"),
    ("trailing_tab", "a", "an extra empty cell at the end of a line (seeds 000, 001)"),
    ("value_blank", "a, b", "changes the information: one value cell left empty; the expected raw is \"\" (null)"),
]


def write_readme(log):
    import collections
    per_class = collections.Counter()
    dumps_with = collections.Counter()
    for shape, name, seed, feats in log:
        seen = set()
        for f in feats:
            if f.startswith("fault "):
                per_class[(shape, f.split()[1])] += 1
                seen.add(f.split()[1])
        for k in seen:
            dumps_with[k] += 1
    shapes = collections.Counter(shape for shape, *_ in log)
    L = ["# Text dumps of the DOCX samples, with injected faults", "",
         "Written by `python3 samples/dumps/make_dumps.py` (add `--pdf` to remake the pdftotext dumps; needs",
         "soffice, fonts-noto-cjk and pdftotext). Tests: `Tests/NormalizeTests/DumpFaultTests.swift`.", "",
         "Each `X.txt` has `X.expected.json` beside it (format `docs/expected-format.md`): title, organ, year,",
         "edition, tables and extra rows of `samples/docx/X.expected.json`, never nianbao's output. `features`",
         "lists the dump's shape, its RNG seed and every fault applied, with where it was applied.", "",
         "| folder | shape | dumps |", "|---|---|---|",
         f"| `tab/` | (a) one table row per line, cells separated by TAB (seeds 000-002); per dump merged cells either emitted as empty cells or not emitted (vertical-merge continuations stay as empty cells) | {shapes['tab']} |",
         f"| `cell/` | (b) one cell per line starting with a TAB, a blank line between rows (seeds 003, 004); empty merged cells as a lone TAB or TAB + space | {shapes['cell']} |",
         f"| `layout/` | (c) `pdftotext -layout` of the LibreOffice PDF of the DOCX | {shapes['layout']} |",
         f"| `raw/` | (d) plain `pdftotext` of the same PDF | {shapes['raw']} |", "",
         "Shapes a and b lay the tables out as the national template does (real WPS template: section 二 as one",
         "4-column table with the 第二十条 captions as spanning rows; table 三 on a 10-column grid with the group",
         "label 三、本年度办理结果 and the sub-group labels vertically merged; table 四 on 15 columns), and write the",
         "title, an intro, the section headings and prose around them, some dumps with Markdown `#`/`**` marks,",
         "`[bookmark: _GoBack]`, spaces between CJK and digits, a blank line between paragraphs.", "",
         "Seeds: shape a of the i-th sample (sorted) uses seed " + str(BASE_SEED) + " + 10·i, shape b the same + 1.",
         "", "## Fault classes", "", "| class | shapes | what | times applied (a / b) |", "|---|---|---|---|"]
    for k, sh, what in FAULTS:
        L.append(f"| `{k}` | {sh} | {what} | {per_class[('tab', k)]} / {per_class[('cell', k)]} |")
    L += ["", "Every fault keeps the information except `value_blank`. Several faults are applied per dump, and",
          "on the same rows where they combine (a wrapped label with full-width digits and spaces, a drifted",
          "row with full-width item numbers, …).", "",
          "## Shapes c and d", "",
          "Made from the PDF LibreOffice renders from each DOCX; the expected tables are the DOCX sample's,",
          "checked against the page images where the rendering could differ:", "",
          "- `08_word_tracked_changes` is left out: LibreOffice prints tracked deletions struck through and the",
          "  text dump keeps the deleted digits as plain text.",
          "- `01`: LibreOffice wraps 273 (自然人 of 一、本年新收) inside its narrow cell as `2` over `73`",
          "  (the run split of the DOCX); the page reads 273, so the expected raw stays `273`.",
          "- `18`: cells of the WPS template are top-aligned where others are centred, so in `-layout` the 总计",
          "  of some rows sits one line above the row's other values; the page shows them in one row.",
          "- Shape d tests only that every cell is right or null (the product may leave a table null when the",
          "  plain text does not let it rebuild the order).", "",
          "## Dumps", "", "| shape | dump | seed | faults |", "|---|---|---|---|"]
    for shape, name, seed, feats in log:
        if shape in ("tab", "cell"):
            faults = "; ".join(f[6:] for f in feats if f.startswith("fault "))
            L.append(f"| {shape} | {name} | {seed} | {faults.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
