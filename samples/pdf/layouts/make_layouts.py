"""PDF layouts nobody had tried yet (samples/pdf/layouts/L1_… upward).

Made as samples/pdf/make_variants.py makes its variants (whose helpers this script imports):
python-docx writes a full report (title, intro, sections 一–六 with prose, tables 二 三 四),
LibreOffice prints it to PDF (`soffice --headless --convert-to pdf`), and each PDF's
`*.expected.json` is written from the data put into the document, never from nianbao's output.
Then run `python3 samples/tools/expected_values.py` (fills `values`) and
`sh samples/text/make_pdftotext_dumps.sh` (the pdftotext dumps of these PDFs).

    python3 samples/pdf/layouts/make_layouts.py [L1 L2 ...]

This folder is not samples/pdf itself on purpose: the PDF sample tests glob samples/pdf/*.pdf.

Layout faults (letters as in the brief):
 a  narrow group-label columns: 三、本年度办理结果 and （三）不予公开 … print one character per line
 b  full-width digits (６６, ０) in value cells (expected raw folded to ASCII)
 c  long row labels wrapped over three lines, numbers vertically centred beside them
 d  a page header line and a footer `第N页 共M页` (or `- N -`) breaking table 三, rows split across the page
 e  table 三's header rows alone at the bottom of a page
 f  narrow value columns in a small font, header words wrap
 g  landscape pages
 h  wide numbers (4–6 digits) in some cells
"""
import importlib.util
import json
import os
import sys

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
spec = importlib.util.spec_from_file_location("mv", os.path.join(HERE, "..", "make_variants.py"))
mv = importlib.util.module_from_spec(spec)
_argv = sys.argv
sys.argv = [sys.argv[0]]
spec.loader.exec_module(mv)
sys.argv = _argv
gen = mv.gen

FW = str.maketrans("0123456789.", "０１２３４５６７８９．")

# ---------------------------------------------------------------------------
# Page header and footer
# ---------------------------------------------------------------------------
PAGE = {"header": None, "footer": "dash"}


def field(p, instr, shown):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", shown), ("end", None)):
        run = p.add_run()
        mv.set_run_font(run, 10.5, "宋体")
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = " %s " % text
        elif kind == "text":
            run.text = text
            continue
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        run._element.append(e)


def header_footer(section):
    """Replaces make_variants' footer: `第N页 共M页` or `- N -`, and a header line if asked."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if PAGE["footer"] == "of":
        mv.set_run_font(p.add_run("第"), 10.5, "宋体")
        field(p, "PAGE", "1")
        mv.set_run_font(p.add_run("页 共"), 10.5, "宋体")
        field(p, "NUMPAGES", "1")
        mv.set_run_font(p.add_run("页"), 10.5, "宋体")
    else:
        mv.set_run_font(p.add_run("- "), 10.5, "宋体")
        field(p, "PAGE", "1")
        mv.set_run_font(p.add_run(" -"), 10.5, "宋体")
    if PAGE["header"]:
        h = section.header.paragraphs[0]
        h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        mv.set_run_font(h.add_run(PAGE["header"]), 9, "宋体")


mv.footer_page_number = header_footer


def all_landscape(doc):
    for sec in doc.sections:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------
RESULT_ROWS_21 = [k for k in gen.app_keys("2021") if k not in ("new_received", "carried_over", "result_total", "carried_forward")]


def result_rows(ed):
    return [k for k in gen.app_keys(ed) if k not in ("new_received", "carried_over", "result_total", "carried_forward")]


def bump(s, key, col, n):
    """Adds n applications of result row key in column col, keeping every check."""
    a = s["apps"]
    for k in (key, "result_total", "new_received"):
        a[k][col] += n
        a[k][6] += n


def check(s):
    a, ed = s["apps"], s["edition"]
    for k, v in a.items():
        assert v[6] == sum(v[:6]), (s["name"], k)
    for c in range(7):
        assert a["result_total"][c] == sum(a[k][c] for k in result_rows(ed)), (s["name"], c)
        assert a["new_received"][c] + a["carried_over"][c] == a["result_total"][c] + a["carried_forward"][c]
    r = [int(x) for x in s["review_cells"]]
    for i in range(3):
        assert r[i * 5 + 4] == sum(r[i * 5:i * 5 + 4])
    assert a["result_total"][6] > 0


def cells_from(s, fullwidth=()):
    s["apps_cells"] = {k: [str(v) for v in vs] for k, vs in s["apps"].items()}
    for k, c in fullwidth:
        s["apps_cells"][k][c] = s["apps_cells"][k][c].translate(FW)


def review_nonzero(s, vals):
    """Review row values (4 per row), totals computed."""
    out = []
    for row in vals:
        out += [str(v) for v in row] + [str(sum(row))]
    s["review_cells"] = out


def sample(name, organ, year, edition, scale, big, we):
    s = mv.sample(name, organ, year, edition, scale, big, we)
    s["name"] = name
    return s


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------
def build(s, o):
    PAGE["header"] = o.get("page_header")
    PAGE["footer"] = o.get("footer", "dash")
    doc, sections = mv.build(s, o)
    if o.get("all_landscape"):
        all_landscape(doc)
    if o.get("pad3"):
        pad_heading(doc, "三、", o["pad3"])
    return doc, sections


def render(s, o, name):
    doc, sections = build(s, o)
    return mv.to_pdf(doc, name), sections


def write(name, s, o, features):
    check(s)
    pdf, sections = render(s, o, name)
    with open(os.path.join(OUT, name + ".pdf"), "wb") as fh:
        fh.write(pdf)
    e = mv.expected(s, sections, name, features, "layouts/")
    e["format"] = "nianbao-expected/2"
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", name, "pages", len(mv.page_texts(pdf)) - 1)
    for w in wrapped_numbers(pdf, e):
        print("  WARNING: %s: number %s not printed whole (wrapped in its cell?)" % (name, w))


def wrapped_numbers(pdf, e):
    """Cell values of 2+ characters that plain pdftotext does not print as one word."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf")
        with open(p, "wb") as fh:
            fh.write(pdf)
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], check=True, capture_output=True).stdout.decode()
    words = set(gen.norm_cell(w) for w in txt.split())
    bad = []
    for tid, rows in e["tables"].items():
        for rk, vs in rows.items():
            for v in vs:
                if len(v) >= 2 and v not in words:
                    bad.append("%s.%s=%s" % (tid, rk, v))
    return bad


def find_filler(s, o, name, ok, lo=0, hi=45):
    for filler in range(lo, hi):
        o = dict(o, filler=filler)
        pdf, _ = render(s, o, name)
        if ok(mv.page_texts(pdf)):
            return o
    raise SystemExit("%s: no filler gives the wanted page break" % name)


def header_alone(pages):
    """Some page holds table 三's three header rows, whole, and none of its body rows."""
    for p in pages:
        if "申请人情况" in p:
            q = p.replace(" ", "")
            rest = q.split("申请人情况", 1)[1]
            whole = "和）" in rest and "自然人" in rest and "商业" in rest and "机构" in rest and "其他" in rest
            return whole and "本年新收" not in rest and "新收" not in rest and "予以公开" not in rest
    return False


def row_split(pages):
    """A page ends inside table 三's body: the next page goes on with it, no header row."""
    for i, p in enumerate(pages[:-1]):
        if "申请人情况" in p and "四、结转" not in p.replace(" ", "") and "结转下" not in p:
            nxt = pages[i + 1]
            if "申请人情况" not in nxt and "总计" in nxt:
                return True
    return False


# ---------------------------------------------------------------------------
# The layouts
# ---------------------------------------------------------------------------
LONG = ["other_handling.overdue_correction", "other_handling.overdue_fee", "not_processed.confirm_or_reissue",
        "partially_disclosed", "unavailable.needs_creation", "unavailable.not_held"]


def label_split(pages):
    """A long row label of table 三 begins on one page and ends on the next: the row is cut by the break.
    Returns the row key, or None."""
    for i, p in enumerate(pages[:-1]):
        if "申请人情况" not in p and "本年度办理结果" not in p.replace(" ", ""):
            continue
        lines = [l.strip() for l in pages[i + 1].splitlines() if l.strip()]
        lines = [l for l in lines if l != PAGE["header"] and "年政府信息公开工作年度报告" not in l.replace(" ", "")]
        if not lines:
            continue
        first = lines[0].split()[0]
        for k in LONG:
            lab = gen.APP_LABEL[k]
            alone = len(lines[0].split()) == 1  # a label's last line, no numbers on it
            if alone and first in lab and not lab.startswith(first) and lab[:4] in p.replace(" ", ""):
                return k
    return None


def pad_heading(doc, start, pt):
    """Space before the section heading that starts with start (moves the tables below it down)."""
    from docx.shared import Pt
    for p in doc.paragraphs:
        if p.text.startswith(start):
            p.paragraph_format.space_before = Pt(pt)
            return


def find_break(s, o, name, ok, fillers=range(0, 4), pads=range(0, 64, 4)):
    """Filler paragraphs before table 三 and space before heading 三, until ok(pages)."""
    for filler in fillers:
        for pad in pads:
            o2 = dict(o, filler=filler, pad3=pad)
            pdf, _ = render(s, o2, name)
            if ok(mv.page_texts(pdf)):
                return o2
    raise SystemExit("%s: no filler/pad gives the wanted page break" % name)


def L1():
    name = "L1_vertical_group_labels"
    s = sample(name, "宿迁市宿城区人民政府", 2024, "2021", 60, 3000, "我区")
    bump(s, "disclosed", 0, 1250)
    bump(s, "unavailable.not_held", 0, 66)
    cells_from(s, fullwidth=[("disclosed", 1), ("withheld.state_secret", 0), ("unavailable.not_held", 0),
                             ("carried_forward", 6), ("not_processed.duplicate", 0), ("other_handling.other", 3)])
    review_nonzero(s, [[5, 2, 1, 0], [3, 1, 0, 2], [1, 0, 1, 0]])
    write(name, s, dict(apps_widths=[0.75, 0.75, 4.6] + [1.6, 1.2, 1.2, 1.3, 1.3, 1.2, 1.6], footer="of", page_header="宿迁市宿城区人民政府办公室"),
          ["(a) narrow group-label columns (0.75cm): 三、本年度办理结果, （三）不予公开, （四）无法提供, （五）不予处理, "
           "（六）其他处理 print one character per line, interleaved with the rows in -layout text",
           "(b) full-width digits in six value cells of table 三 (expected raw folded)",
           "(d) page header line 宿迁市宿城区人民政府办公室 and footer 第N页 共M页 (PAGE/NUMPAGES fields)",
           "(h) wide numbers: 予以公开 自然人 4 digits", "edition 2021"])


def L2():
    name = "L2_labels_wrapped_three_lines"
    s = sample(name, "徐州市铜山区柳新镇人民政府", 2023, "2021", 30, 800, "我镇")
    bump(s, "partially_disclosed", 1, 17)
    cells_from(s, fullwidth=[("new_received", 0), ("result_total", 0), ("withheld.third_party_rights", 6)])
    s["disc_cells"]["disclosure_licensing"]["administrative_licensing"] = ["１２０６"]
    review_nonzero(s, [[2, 1, 0, 1], [1, 0, 0, 1], [0, 1, 0, 0]])
    write(name, s, dict(apps_widths=[1.0, 1.2, 2.3] + [1.55] * 7, size=10.5, footer="dash"),
          ["(c) narrow label column (2.3cm): long row labels (1.申请人无正当理由逾期不补正…, 5.要求行政机关确认或重新出具已获取信息, "
           "（二）部分公开（…）) wrap over three or more lines, the numbers vertically centred beside them",
           "(b) full-width digits in table 三 (一、本年新收 自然人, （七）总计 自然人, 4.保护第三方合法权益 总计) and "
           "in 行政许可 (１２０６)", "footer - N -", "edition 2021"])


def L3():
    name = "L3_page_header_footer_row_split"
    s = sample(name, "淮安市淮安区人民政府", 2024, "2021", 80, 5000, "我区")
    bump(s, "disclosed", 0, 23456)
    bump(s, "unavailable.not_held", 0, 1834)
    bump(s, "partially_disclosed", 1, 312)
    cells_from(s)
    s["disc_cells"]["disclosure_enforcement"]["administrative_penalty"] = ["18342"]
    review_nonzero(s, [[12, 3, 2, 4], [6, 2, 1, 3], [2, 1, 0, 1]])
    title = s["title"]
    o = dict(cant_split=False, apps_widths=[1.2, 1.4, 3.2] + [1.8, 1.3, 1.1, 1.1, 1.1, 1.1, 1.8],
             footer="of", page_header=title)
    o = find_break(s, o, name, label_split)
    pdf, _ = render(s, o, name)
    split_key = label_split(mv.page_texts(pdf))
    write(name, s, o, ["(d) page header line (the report title, 9pt, right) and footer 第N页 共M页 break table 三 mid-table; "
                       "rows allowed to split: row %s is cut by the page break (label lines on both pages)" % split_key,
                       "(h) wide numbers: 予以公开 自然人 and 总计 5 digits, 本机关不掌握 4 digits, 行政处罚 18342",
                       "filler paragraphs %d, %dpt before heading 三" % (o["filler"], o["pad3"]), "edition 2021"])


def L4():
    name = "L4_header_rows_alone_vertical"
    s = sample(name, "连云港市海州区新坝镇人民政府", 2022, "2021", 40, 600, "我镇")
    bump(s, "withheld.process_information", 0, 9)
    cells_from(s, fullwidth=[("carried_over", 0), ("withheld.process_information", 0), ("withheld.process_information", 6)])
    review_nonzero(s, [[3, 0, 1, 1], [2, 1, 0, 0], [0, 0, 1, 0]])
    o = dict(apps_widths=[0.8, 0.8, 6.2] + [1.3] * 7, footer="dash")
    o = find_break(s, o, name, header_alone, fillers=range(0, 8))
    write(name, s, o, ["(e) table 三 starts at the bottom of a page: only its three header rows there, its body on the next "
                       "page, header not repeated",
                       "(a) narrow group-label columns (0.8cm): 三、本年度办理结果 and the sub-group labels one character per line",
                       "(b) full-width digits in three cells of table 三", "footer - N -",
                       "filler paragraphs %d, %dpt before heading 三" % (o["filler"], o["pad3"]), "edition 2021"])


def L5():
    name = "L5_small_font_narrow_values"
    s = sample(name, "南通市崇川区人民政府", 2024, "2021", 70, 2000, "我区")
    bump(s, "disclosed", 0, 2310)
    bump(s, "unavailable.needs_creation", 4, 45)
    cells_from(s, fullwidth=[("disclosed", 6)])
    review_nonzero(s, [[8, 2, 1, 1], [4, 1, 1, 2], [1, 1, 0, 0]])
    write(name, s, dict(size=7.5, apps_widths=[1.0, 1.3, 4.0] + [1.3, 1.0, 1.0, 1.0, 1.0, 1.0, 1.3], review_width=0.98, disc_one_table=True,
                        footer="of"),
          ["(f) 7.5pt tables with narrow (1.0cm; 自然人 and 总计 1.3cm) value columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 and the "
           "table 四 headers (结果维持, 未经复议直接起诉 …) wrap onto 2-3 lines",
           "(h) wide numbers: 予以公开 自然人 4 digits and 总计 4 digits in narrow columns",
           "(b) full-width 予以公开 总计", "section 二 as the template's one table", "footer 第N页 共M页", "edition 2021"])


def L6():
    name = "L6_landscape_wide_numbers"
    s = sample(name, "苏州市吴中区人民政府", 2024, "2021", 200, 9000, "我区")
    bump(s, "disclosed", 0, 104528)
    bump(s, "disclosed", 1, 8817)
    bump(s, "partially_disclosed", 0, 2465)
    bump(s, "unavailable.not_held", 0, 13092)
    bump(s, "other_handling.other", 5, 66)
    cells_from(s, fullwidth=[("other_handling.other", 5)])
    s["disc_cells"]["disclosure_licensing"]["administrative_licensing"] = ["286417"]
    s["disc_cells"]["disclosure_enforcement"]["administrative_penalty"] = ["35021"]
    review_nonzero(s, [[21, 6, 3, 5], [11, 4, 2, 6], [3, 2, 1, 1]])
    write(name, s, dict(all_landscape=True, apps_widths=[0.8, 0.8, 10.0] + [1.9, 1.6, 1.5, 1.5, 1.5, 1.5, 2.0],
                        review_width=1.6, footer="dash", page_header="苏州市吴中区人民政府"),
          ["(g) every page landscape (A4 29.7 x 21cm)",
           "(h) wide numbers: 予以公开 自然人 6 digits, 总计 6 digits, 本机关不掌握 5 digits, 行政许可 286417; "
           "value columns of different widths",
           "(a) narrow group-label columns (0.8cm), labels one character per line",
           "(b) full-width ６６ in 3.其他 / 其他", "page header line 苏州市吴中区人民政府, footer - N -", "edition 2021"])


def L7():
    name = "L7_2019_vertical_fullwidth_footer"
    s = sample(name, "盐城市亭湖区人民政府", 2019, "2019", 50, 900, "我区")
    bump(s, "disclosed", 0, 1320)
    bump(s, "other_handling", 0, 6)
    cells_from(s, fullwidth=[("disclosed", 0), ("other_handling", 0), ("other_handling", 6),
                             ("unavailable.not_held", 6), ("carried_over", 6)])
    review_nonzero(s, [[4, 1, 0, 1], [2, 0, 1, 1], [1, 0, 0, 0]])
    write(name, s, dict(apps_widths=[0.75, 0.75, 4.6] + [1.6, 1.2, 1.2, 1.3, 1.3, 1.2, 1.6], footer="of", page_header="盐城市亭湖区人民政府办公室"),
          ["edition 2019, year 2019: section 二 as five separate tables, （六）其他处理 one row",
           "(a) narrow group-label columns (0.75cm), labels one character per line",
           "(b) full-width digits in five cells of table 三 (1326 as １３２６ …)",
           "(d) page header line and footer 第N页 共M页", "(h) 4-digit 予以公开"])


def L8():
    name = "L8_2019_landscape_wrapped_labels"
    s = sample(name, "扬州市江都区人民政府", 2019, "2019", 45, 1500, "我区")
    bump(s, "unavailable.not_held", 0, 212)
    bump(s, "disclosed", 0, 4071)
    cells_from(s, fullwidth=[("result_total", 6)])
    review_nonzero(s, [[6, 1, 1, 2], [3, 2, 0, 1], [1, 1, 0, 0]])
    o = dict(landscape=True, apps_widths=[1.2, 1.4, 3.0] + [2.6] * 7, review_width=1.6, footer="of")
    write(name, s, o, ["edition 2019, year 2019", "(g) tables 三 and 四 on a landscape page (section break)",
                       "(c) narrow label column (3.0cm) between wide value columns: long labels wrap over 2-3 lines, numbers "
                       "vertically centred", "(h) 4-digit 予以公开 and 总计", "(b) full-width （七）总计 / 总计",
                       "footer 第N页 共M页"])


if __name__ == "__main__":
    only = sys.argv[1:] or None
    for f in (L1, L2, L3, L4, L5, L6, L7, L8):
        if only is None or f.__name__ in only:
            f()
