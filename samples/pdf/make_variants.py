"""PDF layout variants as real government PDFs print them (samples/pdf/30_… upward).

Each report is written with python-docx (the values, prose and canonical labels come from
samples/generate_docx.py's data helpers), printed to PDF by LibreOffice
(`soffice --headless --convert-to pdf`), and its `*.expected.json` is written from the data
put into the document, never from nianbao's output.

    python3 samples/pdf/make_variants.py [OUTDIR]

Needs python-docx, soffice, fonts-noto-cjk and pdftotext (poppler-utils, for sample 31: the
filler before table 三 is grown until only its header rows fit on the first page).
The committed PDFs are what the tests read; the output depends on LibreOffice and fonts.

Samples:
- 30_variant_landscape_shaded_thick_border: tables 三 and 四 on a landscape page; header
  rows with grey fill; thick (2.25pt) outer borders, thin (0.5pt) inner rules; section 二 as
  the template's one table, also shaded.
- 31_variant_header_at_page_bottom: table 三 starts at the bottom of a page: only its three
  header rows are on that page, the body on the next (header not repeated); section 二 as
  four separate tables with caption paragraphs.
- 32_variant_small_font_narrow_wrap: 8pt tables with narrow value columns, so 商业企业,
  社会公益组织, 法律服务机构 wrap onto 2–3 lines on their own; a narrow label column, so long
  row labels wrap onto 2–3 lines and the numbers sit vertically centred beside them.
- 33_variant_2019_edition_separate: a 2019-edition report (year 2019): section 二 as five
  separate small tables, signed 本年增/减 values, procurement amount with 4 decimals,
  （六）其他处理 as one row, header rows filled 25% grey (BFBFBF).
- 34_variant_rows_across_pages: 2021 edition, 10.5pt tables with tall rows and rows allowed
  to split across pages, so a row of table 三 is broken by a page break (label on one page,
  part of it on the next), as in the real 淮安 report.
- 36_variant_dashed_inner_blue_fill: dashed inner rules and a solid outer border in blue,
  captions and header rows filled light blue; section 二 as the template's one table.
- 37_variant_dotted_rules: samples/docx/01_word_2021_county.docx (2021 edition, county) with
  every table's inner rules dotted (w:val="dotted", sz=4: 0.5pt), the outer border solid 0.5pt.
- 38_variant_light_grey_rules: samples/docx/03_word_2019_town.docx (2019 edition, town) with
  every table's rules very light grey: outer E0E0E0 sz=4 (0.5pt), inner E6E6E6 sz=2 (0.25pt),
  the faint grid some templates print.
  37 and 38 change only the DOCX sample's tblBorders (the samples have no cell borders), so
  the reading is the DOCX sample's: the expected file is its expected file with `source`
  changed, as for the plain LibreOffice renderings (samples/pdf/01…18). The pixel-based rule
  finder (100 dpi render) did not see such rules; the vector-path one should.
- known/35_variant_three_line_table (not in the sample tests' folder): table 三 printed as
  a three-line table (rules only above and below the header and below the table). Out of reach
  for the rule-based reader; PdfVariantTests only holds that no cell is given a wrong number.
"""
import copy
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

OUT = sys.argv[1] if len(sys.argv) > 1 else "samples/pdf"
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "..", "generate_docx.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


SHADE = ["D9D9D9"]  # the header fill; a variant may change it

# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------
def set_run_font(run, size, east="宋体", bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(a), east)


def para(doc, text, size=16, east="仿宋_GB2312", align=None, indent=True, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    set_run_font(p.add_run(text), size, east, bold)
    return p


def cell_text(cell, text, size, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Writes text (a string, or a list of paragraphs) into a cell's paragraphs."""
    texts = text if isinstance(text, list) else [text]
    p = cell.paragraphs[0]
    for i, s in enumerate(texts):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = 1.0
        pf.first_line_indent = Pt(0)
        if s:
            set_run_font(p.add_run(s), size, "宋体", bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def shade(cell, fill=None):
    fill = fill or SHADE[0]
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:shd")) is not None:
        return
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def borders(table, outer=4, inner=4, inside=True, color="000000", val="single", outer_val=None, inner_color=None):
    """Table borders in eighths of a point (4 = 0.5pt, 18 = 2.25pt); inside=False leaves
    only the outer frame (the cells' own borders then add the rules they want)."""
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        outer_side = side in ("top", "left", "bottom", "right")
        if outer_side or inside:
            e.set(qn("w:val"), (outer_val or val) if outer_side else val)
            e.set(qn("w:sz"), str(outer if outer_side else inner))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color if outer_side else (inner_color or color))
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def style_borders(table, o):
    """The variant's border style, if it sets one."""
    if "border" in o:
        b = dict(o["border"])
        borders(table, **b)


def three_line(table, header_rows):
    """Only horizontal rules: thick top and bottom, thin under the header rows."""
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side, v in (("top", 12), ("left", None), ("bottom", 12), ("right", None), ("insideH", None), ("insideV", None)):
        e = OxmlElement("w:" + side)
        if v:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(v))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)
    for cell in table.rows[header_rows - 1].cells:
        tcpr = cell._tc.get_or_add_tcPr()
        tb = OxmlElement("w:tcBorders")
        e = OxmlElement("w:bottom")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        tb.append(e)
        tcpr.append(tb)


def new_table(doc, widths_cm, nrows):
    t = doc.add_table(rows=nrows, cols=len(widths_cm))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)
    borders(t)
    return t


def row_props(table, cant_split=True, height_cm=None, header=False):
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        if cant_split:
            cs = OxmlElement("w:cantSplit")
            trpr.append(cs)
        if height_cm:
            row.height = Cm(height_cm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


# ---------------------------------------------------------------------------
# The tables
# ---------------------------------------------------------------------------
def disclosure(doc, s, o):
    """Section 二 as the template's one table, or as separate tables with captions."""
    spec = gen.DISC21 if s["edition"] == "2021" else gen.DISC19
    size = o.get("size", 10.5)
    if o.get("disc_one_table", False):
        layout = []
        for tid, cap, cols, rws in spec:
            layout.append(("cap", cap))
            layout.append(("head", cols))
            for rk, rl in rws:
                layout.append(("row", rl, s["disc_cells"][tid][rk]))
        t = new_table(doc, [3.9] * 4, len(layout))
        for i, item in enumerate(layout):
            cells = t.rows[i].cells
            if item[0] == "cap":
                m = cells[0].merge(cells[3])
                cell_text(m, item[1], size, WD_ALIGN_PARAGRAPH.LEFT, bold=True)
                if o.get("shade"):
                    shade(m)
                continue
            vals = item[1] if item[0] == "head" else item[2]
            first = "信息内容" if item[0] == "head" else item[1]
            n = len(vals)
            if n == 3:
                targets = [cells[1], cells[2], cells[3]]
            elif n == 2:
                targets = [cells[1], cells[2].merge(cells[3])]
            else:
                targets = [cells[1].merge(cells[3])]
            cell_text(cells[0], first, size)
            for c, v in zip(targets, vals):
                cell_text(c, v, size)
            if item[0] == "head" and o.get("shade"):
                for c in [cells[0]] + targets:
                    shade(c)
        if o.get("thick"):
            borders(t, outer=18, inner=4)
        style_borders(t, o)
        row_props(t)
        return
    for tid, cap, cols, rws in spec:
        para(doc, cap, 14, "黑体", WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        n = len(cols)
        wd = [3.9] + [11.7 / n] * n
        t = new_table(doc, wd, 1 + len(rws))
        cell_text(t.rows[0].cells[0], "信息内容", size)
        for j, c in enumerate(cols):
            cell_text(t.rows[0].cells[1 + j], c, size)
        for i, (rk, rl) in enumerate(rws):
            cell_text(t.rows[1 + i].cells[0], rl, size)
            for j, v in enumerate(s["disc_cells"][tid][rk]):
                cell_text(t.rows[1 + i].cells[1 + j], v, size)
        if o.get("shade"):
            for c in t.rows[0].cells:
                shade(c)
        if o.get("thick"):
            borders(t, outer=18, inner=4)
        style_borders(t, o)
        row_props(t)


def applications(doc, s, o):
    """Table 三 in the template's layout: 3 header rows, a 3-column label block, 7 values."""
    ed = s["edition"]
    size = o.get("size", 10.5)
    wd = o.get("apps_widths", [1.2, 1.6, 5.0] + [1.25] * 7)
    keys = gen.app_keys(ed)
    nrows = 3 + len(keys)
    t = new_table(doc, wd, nrows)
    R = t.rows
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    hdr = R[0].cells[0].merge(R[2].cells[2])
    cell_text(hdr, note, size)
    cell_text(R[0].cells[3].merge(R[0].cells[9]), "申请人情况", size)
    cell_text(R[1].cells[3].merge(R[2].cells[3]), "自然人", size)
    cell_text(R[1].cells[4].merge(R[1].cells[8]), "法人或其他组织", size)
    cell_text(R[1].cells[9].merge(R[2].cells[9]), "总计", size)
    for j, h in enumerate(o.get("org_headers", ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])):
        cell_text(R[2].cells[4 + j], h, size)
    if o.get("shade"):
        for r in range(3):
            for c in R[r].cells:
                shade(c)
    groups = {}
    for i, k in enumerate(keys):
        r = 3 + i
        lab = gen.APP_LABEL[k]
        cells = R[r].cells
        if k in ("new_received", "carried_over", "carried_forward"):
            cell_text(cells[0].merge(cells[2]), lab, size, WD_ALIGN_PARAGRAPH.LEFT)
        else:
            groups.setdefault("g3", []).append(r)
            if "." in k:
                sub = k.split(".")[0]
                groups.setdefault(sub, []).append(r)
                cell_text(cells[2], lab, size, WD_ALIGN_PARAGRAPH.LEFT)
            else:
                cell_text(cells[1].merge(cells[2]), lab, size, WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate(s["apps_cells"][k]):
            cell_text(cells[3 + j], v, size)
    g = groups["g3"]
    cell_text(R[g[0]].cells[0].merge(R[g[-1]].cells[0]), gen.G3, size)
    for sub, label in gen.SUB.items():
        if sub in groups:
            rs = groups[sub]
            cell_text(R[rs[0]].cells[1].merge(R[rs[-1]].cells[1]), label, size)
    if o.get("thick"):
        borders(t, outer=18, inner=4)
    style_borders(t, o)
    row_props(t, cant_split=o.get("cant_split", True), height_cm=o.get("row_height"))
    if o.get("three_line"):
        three_line(t, 3)
    return t


def review(doc, s, o):
    size = o.get("size", 10.5)
    w = o.get("review_width", 1.04)
    t = new_table(doc, [w] * 15, 4)
    R = t.rows
    cell_text(R[0].cells[0].merge(R[0].cells[4]), "行政复议", size)
    cell_text(R[0].cells[5].merge(R[0].cells[14]), "行政诉讼", size)
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    for j, f in enumerate(five):
        cell_text(R[1].cells[j].merge(R[2].cells[j]), f, size)
    cell_text(R[1].cells[5].merge(R[1].cells[9]), "未经复议直接起诉", size)
    cell_text(R[1].cells[10].merge(R[1].cells[14]), "复议后起诉", size)
    for j, f in enumerate(five * 2):
        cell_text(R[2].cells[5 + j], f, size)
    for j, v in enumerate(s["review_cells"]):
        cell_text(R[3].cells[j], v, size)
    if o.get("shade"):
        for r in range(3):
            for c in R[r].cells:
                shade(c)
    if o.get("thick"):
        borders(t, outer=18, inner=4)
    style_borders(t, o)
    row_props(t)


# ---------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------
def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = p.add_run()
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
        elif kind == "text":
            run.text = text
            continue
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        run._element.append(e)
    p.add_run(" —")


def build(s, o):
    """Returns (Document, expected sections)."""
    SHADE[0] = o.get("fill", "D9D9D9")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.6))
    sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(2.6)
    footer_page_number(sec)
    rng = random.Random("prose:" + s["name"])
    a = s["apps"]
    ctx = dict(organ=s["organ"], office=s["organ"] + "办公室", we=s["we"], year=s["year"],
               active=200 + rng.randrange(600), apps_new=a["new_received"][6], apps_over=a["carried_over"][6],
               apps_fwd=a["carried_forward"][6])
    intro, overview, subs, sec5, sec6 = gen.prose(ctx, rng)
    para(doc, s["title"], 22, "方正小标宋简体", WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, intro)
    sections = []

    def heading(num, title):
        para(doc, "%s、%s" % (num, title), 16, "黑体")
        sections.append({"number": num, "title": title, "lines": []})

    def body(text):
        para(doc, text)
        sections[-1]["lines"].append(text)

    titles = dict(gen.SEC_TITLES)
    heading("一", titles["一"])
    body(overview)
    for i, (h, txt) in enumerate(subs):
        body("（%s）%s。%s" % ("一二三四五"[i], h, txt))
    heading("二", titles["二"])
    disclosure(doc, s, o)
    for _ in range(o.get("filler", 0)):
        body("持续深化重点领域信息公开，围绕财政资金、公共资源配置、重大建设项目等事项做好信息发布，及时回应社会关切。")
    if o.get("landscape"):
        landscape(doc)
    heading("三", titles["三"])
    applications(doc, s, o)
    heading("四", titles["四"])
    review(doc, s, o)
    if o.get("landscape"):
        portrait(doc)
    heading("五", titles["五"])
    for x in sec5:
        body(x)
    heading("六", titles["六"])
    for x in sec6:
        body(x)
    for x in (s["organ"], "%d年1月20日" % (s["year"] + 1)):
        para(doc, x, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        sections[-1]["lines"].append(x)
    exp = [{"number": x["number"], "title": x["title"], "text": "\n".join(gen.norm_line(l) for l in x["lines"])}
           for x in sections]
    return doc, exp


def to_pdf(doc, name):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, name + ".docx")
        doc.save(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(td, name + ".pdf"), "rb") as fh:
            return fh.read()


def page_texts(pdf):
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf")
        with open(p, "wb") as fh:
            fh.write(pdf)
        out = subprocess.run(["pdftotext", "-layout", p, "-"], check=True, capture_output=True).stdout.decode()
    return out.split("\f")


def expected(s, sections, name, features, folder):
    ed = s["edition"]
    tables = {}
    for tid, cap, cols, rws in (gen.DISC21 if ed == "2021" else gen.DISC19):
        tables[tid] = {rk: [gen.raw_of(c) for c in s["disc_cells"][tid][rk]] for rk, _ in rws}
    tables["applications"] = {k: [gen.raw_of(c) for c in s["apps_cells"][k]] for k in gen.app_keys(ed)}
    rv = [gen.raw_of(c) for c in s["review_cells"]]
    tables["review_litigation"] = {r: rv[i * 5:(i + 1) * 5] for i, r in enumerate(gen.REVIEW_ROWS)}
    return {"format": "nianbao-expected/1", "source": "pdf/%s%s.pdf" % (folder, name), "features": features,
            "title": s["title"], "organ": s["organ"], "year": s["year"], "edition": ed,
            "sections": sections, "tables": tables}


def write(name, s, o, features, folder=""):
    doc, sections = build(s, o)
    pdf = to_pdf(doc, name)
    if o.get("check"):
        o["check"](pdf)
    os.makedirs(os.path.join(OUT, folder), exist_ok=True)
    with open(os.path.join(OUT, folder, name + ".pdf"), "wb") as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, folder, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(s, sections, name, features, folder), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", folder + name)
    return pdf


def sample(name, organ, year, edition, scale, big, we):
    s = gen.base(name, organ, year, edition, scale, big)
    s["we"] = we
    return s


def s30():
    name = "30_variant_landscape_shaded_thick_border"
    s = sample(name, "淮安市清河区人民政府", 2024, "2021", 8, 500, "我区")
    write(name, s, dict(landscape=True, shade=True, thick=True, disc_one_table=True,
                        apps_widths=[2.0, 2.6, 8.5] + [2.0] * 7, review_width=1.6),
          ["tables 三 and 四 on a landscape page (section break)", "header rows with grey fill (D9D9D9)",
           "thick 2.25pt outer borders, 0.5pt inner rules", "section 二 as the template's one table, shaded captions and headers",
           "edition 2021"])


def s31():
    name = "31_variant_header_at_page_bottom"
    s = sample(name, "盱眙县官滩镇人民政府", 2023, "2021", 5, 300, "我镇")

    def split_header(pdf):
        pages = page_texts(pdf)
        for p in pages:
            if "申请人情况" in p:
                return "本年新收" not in p and "予以公开" not in p.split("申请人情况", 1)[1]
        return False
    for filler in range(0, 40):
        o = dict(filler=filler)
        doc, _ = build(s, o)
        if split_header(to_pdf(doc, name)):
            break
    else:
        raise SystemExit("no filler puts only the header of table 三 on a page")
    write(name, s, o, ["table 三 starts at the bottom of a page: only its 3 header rows there, body on the next page",
                       "header rows not repeated", "section 二 as four separate tables with caption paragraphs",
                       "filler paragraphs %d" % filler, "edition 2021"])


def s32():
    name = "32_variant_small_font_narrow_wrap"
    s = sample(name, "涟水县保滩街道办事处", 2022, "2021", 6, 250, "我街道")
    write(name, s, dict(size=8, apps_widths=[1.0, 1.2, 2.6] + [1.05] * 7, review_width=0.98, disc_one_table=True),
          ["8pt tables", "narrow value columns: 商业企业, 社会公益组织, 法律服务机构 wrap onto 2-3 lines",
           "narrow label column: long labels wrap onto 2-3 lines beside vertically centred numbers",
           "section 二 as the template's one table", "edition 2021"])


def s33():
    name = "33_variant_2019_edition_separate"
    s = sample(name, "连云港市赣榆区人民政府", 2019, "2019", 7, 400, "我区")
    write(name, s, dict(shade=True, fill="BFBFBF"),
          ["edition 2019, year 2019", "section 二 as five separate small tables with captions",
           "signed 本年增/减 values", "procurement amount with 4 decimals", "（六）其他处理 as one row",
           "header rows with a 25% grey fill (BFBFBF), darker than the rule finder's 'never ink' level"])


def s34():
    name = "34_variant_rows_across_pages"
    s = sample(name, "淮安市淮阴区王营镇人民政府", 2024, "2021", 9, 600, "我镇")

    def row_broken(pdf):
        # some page must end inside table 三's body: the next page starts without a header row
        pages = page_texts(pdf)
        for i, p in enumerate(pages[:-1]):
            if "申请人情况" in p or "本年度办理结果" in p:
                nxt = pages[i + 1]
                if "申请人情况" not in nxt and ("总计" in nxt or "结转下年度" in nxt):
                    return True
        return False
    for filler in range(0, 40):
        o = dict(filler=filler, cant_split=False, row_height=1.1, apps_widths=[1.4, 1.8, 4.2] + [1.2] * 7)
        doc, _ = build(s, o)
        pdf = to_pdf(doc, name)
        if row_broken(pdf):
            break
    else:
        raise SystemExit("no filler breaks table 三 across pages")
    write(name, s, o, ["table 三 with tall rows (at least 1.1cm) allowed to split, broken across a page",
                       "filler paragraphs %d" % filler, "edition 2021"])


def s36():
    name = "36_variant_dashed_inner_blue_fill"
    s = sample(name, "灌南县新安镇人民政府", 2024, "2021", 6, 300, "我镇")
    write(name, s, dict(shade=True, fill="BDD7EE", disc_one_table=True,
                        border=dict(outer=8, inner=4, val="dashed", outer_val="single", color="2E74B5")),
          ["dashed 0.5pt inner rules (LibreOffice draws 8pt dashes, 2.5pt gaps), solid 1pt outer border, blue",
           "captions and header rows with a light blue fill (BDD7EE, grey 210)",
           "section 二 as the template's one table", "edition 2021"])


def s35():
    name = "35_variant_three_line_table"
    s = sample(name, "灌云县伊山镇人民政府", 2024, "2021", 5, 300, "我镇")
    write(name, s, dict(three_line=True), ["table 三 as a three-line table (horizontal rules only)",
                                            "out of reach: cells must be null or right, never wrong"], folder="known/")


def restyled_docx(name, stem, border, folder=""):
    """A DOCX sample printed with other table borders: every table's tblBorders rewritten in
    place (same position in tblPr); the expected file is the DOCX sample's with `source` changed."""
    from docx.table import Table
    doc = Document(os.path.join(HERE, "..", "docx", stem + ".docx"))
    tbls = list(doc.element.body.iter(qn("w:tbl")))
    for tbl in tbls:
        tblpr = tbl.tblPr
        old = tblpr.find(qn("w:tblBorders"))
        at = list(tblpr).index(old) if old is not None else None
        borders(Table(tbl, doc), **border)
        if at is not None:
            new = tblpr.find(qn("w:tblBorders"))
            tblpr.remove(new)
            tblpr.insert(at, new)
        if tbl.find(".//" + qn("w:tcBorders")) is not None:
            raise SystemExit("%s: cell borders would override the table's" % stem)
    pdf = to_pdf(doc, name)
    with open(os.path.join(HERE, "..", "docx", stem + ".expected.json"), encoding="utf-8") as fh:
        exp = json.load(fh)
    exp["source"] = "pdf/%s%s.pdf" % (folder, name)
    os.makedirs(os.path.join(OUT, folder), exist_ok=True)
    with open(os.path.join(OUT, folder, name + ".pdf"), "wb") as fh:
        fh.write(pdf)
    with open(os.path.join(OUT, folder, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", folder + name, "(%d tables)" % len(tbls))


def s37():
    restyled_docx("37_variant_dotted_rules", "01_word_2021_county",
                  dict(outer=4, inner=4, val="dotted", outer_val="single"))


def s38():
    restyled_docx("38_variant_light_grey_rules", "03_word_2019_town",
                  dict(outer=4, inner=2, color="E0E0E0", inner_color="E6E6E6"))


if __name__ == "__main__":
    only = sys.argv[2:] if len(sys.argv) > 2 else None
    for f in (s30, s31, s32, s33, s34, s35, s36, s37, s38):
        if only is None or f.__name__[1:] in only:
            f()
