"""Crawled portal-page texts of DOCX samples, as a portal crawler saves them (samples/text/crawled/).

Modelled on the real samples/real/pingtan_2019.page.txt: header lines (标题/发布时间/文号/发布机构/栏目/
原文链接, sometimes 本地目录 and the links.tsv line), a separator `==================== 正文 ====================`,
then the body: the DOCX read with python-docx in body order (paragraphs and tables; a table cell's
paragraphs joined with nothing, a merged cell once).

    python3 samples/text/crawled/make_crawled.py

Body shapes:
  i   the whole report on one line; paragraphs joined with a space or with nothing; table cells run
      together with no separator, a space between a few cells (seeded), as the real page has
  ii  one paragraph per line, each table on one line, cells run together
  iii the 标题 line differs from the body's title (年度 for 年, a prefix); body as i or ii
Expected: the DOCX sample's expected file (title = the body's title as the document prints it),
source/features updated, section texts dropped (the prose is flattened), then
`python3 samples/tools/expected_values.py` fills `values`.

Also writes AMBIGUOUS.md: the rows of table 三 and 四 whose glued digit runs more than one split
could give while keeping each check (row total = sum of the six applicant columns; 四: each total =
sum of its four), and which cells those splits disagree on. A careful reader leaves them null.
"""
import functools
import json
import os
import random
import re
import sys

from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
DOCX = os.path.join(HERE, "..", "..", "docx")
# canonical row labels (for finding a row's printed digits after its label)
LABELS = {k: v for k, v in [
    ("new_received", "一、本年新收政府信息公开申请数量"), ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("disclosed", "（一）予以公开"), ("partially_disclosed", "不计其他情形）"), ("result_total", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"), ("other_handling", "（六）其他处理")]}
SEP = "==================== 正文 ===================="

# (docx stem, shape, join paragraphs with, 标题 variant, 发布机构 given, 本地目录 given)
PLAN = [
    ("01_word_2021_county", "i", " ", None, True, True),
    ("03_word_2019_town", "i", "", None, False, True),
    ("05_word_2021_year_2019_tables", "ii", None, "年度", True, False),
    ("11_word_split_table_repeated_header", "ii", None, None, False, False),
    ("12_word_split_table_gridbefore_unbalanced", "i", "", "prefix", True, True),
    ("18_wps_template_filled", "i", " ", "年度", False, True),
    ("33_word_disclosure_caption_rows", "ii", None, "prefix", True, False),
    ("38_word_2019_province_wording", "i", " ", "年度+prefix", False, True),
]


def ptext(p):
    out = []
    for e in p.iter():
        if e.tag == qn("w:t"):
            out.append(e.text or "")
        elif e.tag == qn("w:tab"):
            out.append(" ")
    return "".join(out)


def cell_texts(tbl):
    """Rows of cell texts; a vertically merged continuation cell is left out (HTML prints it once)."""
    rows = []
    for tr in tbl.iter(qn("w:tr")):
        cells = []
        for tc in tr.iter(qn("w:tc")):
            if tc.getparent() is not tr and tc.getparent().getparent() is not tr:
                continue  # nested table's cells are read with their own table
            vm = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
            if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                continue
            cells.append("".join(ptext(p) for p in tc.iter(qn("w:p"))).strip())
        rows.append(cells)
    return rows


def body_items(path):
    doc = Document(path)
    items = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            t = ptext(child).strip()
            if t:
                items.append(("p", t))
        elif child.tag == qn("w:tbl"):
            items.append(("t", cell_texts(child)))
        elif child.tag == qn("w:sdt"):
            for p in child.iter(qn("w:p")):
                t = ptext(p).strip()
                if t:
                    items.append(("p", t))
    return items


def glue_table(rows, rng, spaced):
    out = []
    for r in rows:
        for c in r:
            if out and spaced and rng.random() < 0.06:
                out.append(" ")
            out.append(c)
    return "".join(out)


def page(stem, shape, joiner, title_variant, organ_given, local_dir, rng):
    exp = json.load(open(os.path.join(DOCX, stem + ".expected.json"), encoding="utf-8"))
    items = body_items(os.path.join(DOCX, stem + ".docx"))
    title = exp["title"]
    head_title = title
    if title_variant and "年度" in title_variant:
        head_title = head_title.replace("年政府信息公开", "年度政府信息公开", 1)
    if title_variant and "prefix" in title_variant:
        head_title = "【政府信息公开年报】" + head_title
    num = 70000 + rng.randrange(20000)
    lines = ["标题: " + head_title, "发布时间: 2025-01-20 15:22", "文号: ",
             "发布机构: " + (exp["organ"] if organ_given else ""), "栏目: 政府信息公开年报",
             "原文链接: https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/202501/t20250120_%d.htm" % num]
    if local_dir:
        lines.append("本地目录: zwgk/zfxxgk/zfxxgknb/202501/%d_%s" % (num, head_title))
        lines.append("页面链接与图片详见 links.tsv(同目录)")
    lines.append(SEP)
    parts = [p if k == "p" else glue_table(p, rng, spaced=(shape == "i")) for k, p in items]
    if shape == "i":
        lines.append(joiner.join(parts) + " ")
    else:
        lines.extend(parts)
    text = "\n".join(lines) + "\n"
    feats = ["crawled portal page text made from docx/%s.docx (python-docx, body order)" % stem,
             "shape %s: %s" % (shape, {"i": "whole report on one line, paragraphs joined with %r, table cells glued, "
                                            "a space between a few cells" % joiner,
                                       "ii": "one paragraph per line, each table on one line, cells glued"}[shape])]
    if head_title != title:
        feats.append("标题 line differs from the body's title: %s" % head_title)
    feats.append("发布机构 %s" % ("given" if organ_given else "empty"))
    exp = dict(exp)
    exp["source"] = "text/crawled/%s.page.txt" % stem
    exp["features"] = feats + ["docx: " + f for f in exp.get("features", [])]
    exp["sections"] = [{"number": s["number"], "title": s["title"]} for s in exp.get("sections", [])]
    exp.pop("values", None)
    for x in exp.get("extra_rows", {}).get("applications", []):
        x.pop("values", None)
    return text, exp, items


# ---------------------------------------------------------------------------
# Ambiguity of glued digit runs
# ---------------------------------------------------------------------------
def splits(s, n):
    """All ways to cut digit string s into n numbers (no leading zeros but 0 itself)."""
    @functools.lru_cache(None)
    def go(i, k):
        if k == 0:
            return [()] if i == len(s) else []
        out = []
        for j in range(i + 1, len(s) + 1):
            w = s[i:j]
            if len(w) > 1 and w[0] == "0":
                break
            for rest in go(j, k - 1):
                out.append((int(w),) + rest)
        return out
    return go(0, n)


def group_splits(groups, n, ok):
    """groups: the space-separated digit runs of a row; cut into n numbers in all, each run whole cells."""
    res = []

    def rec(gi, acc):
        if gi == len(groups):
            if len(acc) == n and ok(acc):
                res.append(tuple(acc))
            return
        for k in range(1, n - len(acc) - (len(groups) - gi - 1) + 1):
            for sp in splits(groups[gi], k):
                rec(gi + 1, acc + list(sp))
    rec(0, [])
    return res


def ambiguity(text, exp):
    """For table 三's rows and table 四's 15 cells: the digit text as printed, the splits that keep the checks."""
    body = text.split(SEP, 1)[1]
    out = []
    apps = exp["tables"]["applications"]
    for key, raw in apps.items():
        glued = "".join(raw)
        if not glued:
            continue
        # find the row's printed value text: the cells as glued (with any spaces the generator put in)
        pat = r"\s?".join(re.escape(c) for c in raw if c)
        lab = LABELS.get(key, "")
        at = body.find(lab[-6:]) if lab else -1
        m = re.compile(pat).search(body, max(at, 0))
        printed = m.group(0) if m else glued
        groups = printed.split()
        sol = group_splits(groups, 7, lambda v: v[6] == sum(v[:6]))
        if len(sol) > 1:
            cols = [i for i in range(7) if len(set(x[i] for x in sol)) > 1]
            out.append(("applications", key, printed, len(sol), cols))
    rv = exp["tables"]["review_litigation"]
    raw15 = rv["administrative_review"] + rv["litigation_direct"] + rv["litigation_after_review"]
    pat = r"\s?".join(re.escape(c) for c in raw15)
    m = re.search(pat, body)
    printed = m.group(0) if m else "".join(raw15)

    def ok15(v):
        return all(v[i * 5 + 4] == sum(v[i * 5:i * 5 + 4]) for i in range(3))
    sol = group_splits(printed.split(), 15, ok15)
    if len(sol) > 1:
        cols = [i for i in range(15) if len(set(x[i] for x in sol)) > 1]
        out.append(("review_litigation", "all three rows", printed, len(sol), cols))
    return out


def main():
    os.makedirs(HERE, exist_ok=True)
    report = []
    for stem, shape, joiner, tv, og, ld in PLAN:
        rng = random.Random("crawled:" + stem)
        text, exp, _ = page(stem, shape, joiner, tv, og, ld, rng)
        with open(os.path.join(HERE, stem + ".page.txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(exp, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        amb = ambiguity(text, exp)
        report.append((stem, shape, amb))
        print("wrote", stem, "shape", shape, "ambiguous rows", len(amb))
    cols7 = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    with open(os.path.join(HERE, "AMBIGUOUS.md"), "w", encoding="utf-8") as fh:
        fh.write("# Glued digit runs more than one split could give (written by make_crawled.py)\n\n"
                 "For each file: rows of table 三 (7 cells, check: 总计 = sum of six) and table 四 (15 cells, "
                 "check: each 总计 = sum of its four) whose printed digits, cut at the spaces the page has and "
                 "nowhere else known, admit more than one split keeping the check. Cells the splits disagree on "
                 "are ones a careful reader leaves null; the expected files keep the DOCX values.\n\n")
        fh.write("| file | table | row | printed | splits | undecided cells |\n|---|---|---|---|---|---|\n")
        for stem, shape, amb in report:
            if not amb:
                fh.write("| %s | – | none | | | |\n" % stem)
            for tid, key, printed, n, cols in amb:
                names = ", ".join(cols7[c] if tid == "applications" else "#%d" % c for c in cols)
                fh.write("| %s | %s | %s | `%s` | %d | %s |\n" % (stem, tid, key, printed, n, names))


if __name__ == "__main__":
    main()
