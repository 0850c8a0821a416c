#!/usr/bin/env python3
"""Deterministic generator of the HTML/MHT sample corpus (samples/html/).

Run `python3 samples/html/make_html.py`, then `python3 samples/tools/expected_values.py`.

Every sample holds the same report as a DOCX sample, so its expected file is that sample's
expected file with `source` and `features` changed (the content is the same document):

- lo_*.html: LibreOffice's "save as HTML" of DOCX samples
  (`soffice --headless --convert-to html`, private profile). When `soffice` is missing the
  committed files are kept.
- portal_*.html: article pages of three portal layouts written here (a TRS-editor page, a
  plain page in GBK, a page laid out in nested tables), the report's body converted from the
  DOCX sample's document.xml by `body_html` below (paragraphs as <p>, tables as <table> with
  rowspan/colspan from vMerge/gridSpan, as the national template draws them).
- tracked_changes.html: a Word "save as web page" style page with <del>/<ins>, msoDel spans,
  <s>/<strike>, hidden cells, scripts, comments and form controls around the true values.
- *.mht: web archives (quoted-printable gb2312; base64 UTF-8).
- word_saved_as_web_page.doc: a Word HTML page under a .doc name.
- bad/: a portal index page and a 404 page (not reports) and a deeply nested page.
"""
import base64
import glob
import json
import os
import quopri
import re
import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
DOCX = os.path.join(SAMPLES, "docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# DOCX samples exported by LibreOffice (stems), and what each export shows.
LO_SAMPLES = {
    "01_word_2021_county": "2021 tables with vMerge as rowspan, gridSpan as colspan, header/footer divs",
    "03_word_2019_town": "2019 single section-二 table with the procurement part",
    "04_word_2019_city_department": "2019 separate tables, cells /, — and blank",
    "05_word_2021_year_2019_tables": "2021 report on 2019 tables",
    "06_word_2021_other_handling_one_row": "（六）其他处理 as one row",
    "07_word_label_variants": "label variants",
    "11_word_split_table_repeated_header": "split table with repeated header rows",
    "13_word_nested_table_gridafter": "nested table in a cell",
    "30_word_apps_two_row_header_label_breaks": "two-row header, labels broken by <br>",
    "34_word_review_two_row_header": "review table with a two-row header",
    "36_word_whole_body_in_layout_table": "whole body inside a one-cell layout table",
}


def expected_of(stem):
    with open(os.path.join(DOCX, stem + ".expected.json"), encoding="utf-8") as f:
        return json.load(f)


def write_expected(name, stem, features):
    data = expected_of(stem)
    data["source"] = "html/" + name
    data["features"] = features + ["same report as docx/%s.docx" % stem]
    data.pop("values", None)  # filled by samples/tools/expected_values.py
    path = os.path.join(HERE, os.path.splitext(name)[0] + ".expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def libreoffice_exports():
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice missing: the committed lo_*.html are kept")
        return
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-profile-html", "--headless", "--norestore",
                        "--convert-to", "html", "--outdir", out]
                       + [os.path.join(DOCX, s + ".docx") for s in LO_SAMPLES],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for stem in LO_SAMPLES:
            shutil.copyfile(os.path.join(out, stem + ".html"), os.path.join(HERE, "lo_%s.html" % stem))


# ---------------------------------------------------------------------------
# A DOCX body as HTML (the typed-heading samples: no automatic numbering is needed).
# ---------------------------------------------------------------------------
SKIPPED = {W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "rPr", W + "pPr", W + "footnoteReference",
           W + "commentReference", W + "txbxContent"}


def run_text(element, out):
    for child in element:
        if child.tag in SKIPPED:
            continue
        if child.tag == W + "t":
            out.append(escape(child.text or ""))
        elif child.tag == W + "br" or child.tag == W + "cr":
            out.append("<br>")
        elif child.tag == W + "tab":
            out.append(" ")
        else:
            run_text(child, out)


def para_html(p):
    out = []
    run_text(p, out)
    return "".join(out)


def cell_props(tc):
    pr = tc.find(W + "tcPr")
    span, vmerge = 1, None
    if pr is not None:
        g = pr.find(W + "gridSpan")
        if g is not None:
            span = int(g.get(W + "val"))
        v = pr.find(W + "vMerge")
        if v is not None:
            vmerge = v.get(W + "val") or "continue"
    return span, vmerge


def table_html(tbl, indent=""):
    rows = []
    for tr in tbl.findall(W + "tr"):
        pr = tr.find(W + "trPr")
        col = 0
        if pr is not None and pr.find(W + "gridBefore") is not None:
            col = int(pr.find(W + "gridBefore").get(W + "val"))
        cells = []
        for tc in tr.findall(W + "tc"):
            span, vmerge = cell_props(tc)
            cells.append([col, span, vmerge, tc])
            col += span
        rows.append(cells)
    out = [indent + '<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse">']
    for r, cells in enumerate(rows):
        out.append(indent + "<tr>")
        for col, span, vmerge, tc in cells:
            if vmerge == "continue":
                continue
            rowspan = 1
            if vmerge == "restart":
                for below in rows[r + 1:]:
                    match = [c for c in below if c[0] == col]
                    if match and match[0][2] == "continue":
                        rowspan += 1
                    else:
                        break
            attrs = (' rowspan="%d"' % rowspan if rowspan > 1 else "") + (' colspan="%d"' % span if span > 1 else "")
            inner = []
            for child in tc:
                if child.tag == W + "p":
                    inner.append("<p>%s</p>" % para_html(child))
                elif child.tag == W + "tbl":
                    inner.append("\n" + table_html(child, indent + "  ") + "\n")
            out.append(indent + "<td%s>%s</td>" % (attrs, "".join(inner)))
        out.append(indent + "</tr>")
    out.append(indent + "</table>")
    return "\n".join(out)


def body_html(stem, drop_title):
    """The DOCX sample's body as HTML; `drop_title` leaves out the paragraphs before section 一
    that hold the title (the portal prints it as the article's heading)."""
    with zipfile.ZipFile(os.path.join(DOCX, stem + ".docx")) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    out = []
    before_first_section = True
    for child in body:
        if child.tag == W + "p":
            text = para_html(child)
            if text.startswith("一、"):
                before_first_section = False
            if drop_title and before_first_section and "年度报告" in text:
                continue
            out.append("<p>%s</p>" % text if text else "<p>&nbsp;</p>")
        elif child.tag == W + "tbl":
            out.append(table_html(child))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Portal layouts.
# ---------------------------------------------------------------------------
NAV = ["首页", "政务公开", "政府信息公开年报", "规范性文件", "政务服务", "互动交流"]


def other_year_title(data):
    return data["title"].replace(str(data["year"]), str(data["year"] - 1))


def trs_page(stem, charset="utf-8"):
    """A TRS-editor portal: nav, breadcrumb, h1 title, metadata line, TRS_Editor body, sidebar
    with another year's report, footer."""
    data = expected_of(stem)
    nav = "".join('<li><a href="/col%d/">%s</a></li>' % (i, n) for i, n in enumerate(NAV))
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="%(charset)s">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2025-01-20 10:00">
<title>%(title)s_政府信息公开年报_%(organ)s</title>
<script>var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>.nav li { float: left } .TRS_Editor p { text-indent: 2em }</style>
</head>
<body>
<div class="header"><div class="logo">%(organ)s门户网站</div><ul class="nav">%(nav)s</ul>
<form class="search"><input type="text" name="q" value="请输入关键字"><button>搜索</button></form></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
<div class="container">
 <div class="article">
  <h1 class="article-title">%(title)s</h1>
  <div class="article-info"><span>发布机构：%(organ)s</span><span>发布日期：2025-01-20</span><span>浏览次数：<script>document.write(123)</script></span></div>
  <div class="TRS_Editor"><div class="Custom_UnionStyle">
%(body)s
  </div></div>
  <div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
 </div>
 <div class="sidebar"><h3>相关年报</h3><ul><li><a href="/zwgk/nb/2023.html">%(other)s</a></li><li><a href="/zwgk/nb/index.html">更多</a></li></ul></div>
</div>
<div class="footer"><p>主办：%(organ)s办公室 &nbsp; 网站标识码：3213230001</p><p>苏ICP备05000000号 &nbsp; 联系电话：0527-85000000</p></div>
</body>
</html>
""" % dict(charset=charset, title=escape(data["title"]), organ=escape(data["organ"]), nav=nav,
           body=body_html(stem, drop_title=True), other=escape(other_year_title(data)))


def plain_page(stem, charset="gb2312"):
    """A plain portal page: the title only in <title> (with the site's suffix), metadata in a
    small table, a list sidebar after the article."""
    data = expected_of(stem)
    return """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s">
<title>%(title)s_政府信息公开年报_%(organ)s</title>
</head>
<body>
<table class="top"><tr><td>%(organ)s</td><td><a href="/">网站首页</a> | <a href="/gk/">信息公开</a> | <a href="/nb/">年报</a></td></tr></table>
<p class="position">您现在的位置：首页 &gt;&gt; 信息公开 &gt;&gt; 年报</p>
<table class="meta" border="0"><tr><th>索引号</th><td>000000000/2025-00012</td><th>发布机构</th><td>%(organ)s</td></tr>
<tr><th>发布日期</th><td>2025年01月20日</td><th>主题分类</th><td>其他</td></tr></table>
<div id="zoom">
%(body)s
</div>
<p class="list-title">往年年报</p>
<ul><li><a href="/nb/2023.html">%(other)s</a></li></ul>
<p class="bottom">版权所有：%(organ)s 技术支持：某某信息技术有限公司</p>
</body>
</html>
""" % dict(charset=charset, title=escape(data["title"]), organ=escape(data["organ"]),
           body=body_html(stem, drop_title=True), other=escape(other_year_title(data)))


def tables_page(stem, charset="utf-8"):
    """An older portal laid out in nested tables: banner row, a sidebar cell and the content
    cell, whose own table holds the title, the metadata and the article."""
    data = expected_of(stem)
    side = "".join('<tr><td><a href="/l%d.html">%s</a></td></tr>' % (i, n) for i, n in enumerate(NAV))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
<title>%(organ)s</title>
</head>
<body>
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="banner">%(organ)s欢迎您 <!-- 顶部导航 --> <a href="/">首页</a> <a href="/gk">政务公开</a></td></tr>
<tr>
<td width="220" valign="top" class="left">
<table width="100%%" border="0">%(side)s<tr><td><a href="/nb/2023.html">%(other)s</a></td></tr></table>
</td>
<td width="780" valign="top" class="right">
<table width="100%%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center"><b>%(title)s</b></td></tr>
<tr><td align="center" class="info">来源：%(organ)s &nbsp; 发布时间：2025-01-20 &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content">
<table width="100%%" border="0"><tr><td>
%(body)s
</td></tr></table>
</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" class="foot">Copyright %(organ)s 版权所有</td></tr>
</table>
</body>
</html>
""" % dict(charset=charset, title=escape(data["title"]), organ=escape(data["organ"]), side=side,
           body=body_html(stem, drop_title=True), other=escape(other_year_title(data)))


def tracked_changes_page(stem):
    """Word's "save as web page" of a report with tracked changes shown, and struck text:
    every deleted or struck piece is a wrong value that must not be read."""
    body = body_html(stem, drop_title=False)
    counter = [0]

    def mark_cell(m):
        counter[0] += 1
        value = m.group(2)
        kind = counter[0] % 4
        if kind == 0:
            return "%s<del cite=\"mailto:张伟\" datetime=\"2025-01-10T08:00\">9%s</del><ins cite=\"mailto:张伟\" datetime=\"2025-01-10T08:00\">%s</ins></p>" % (m.group(1), value, value)
        if kind == 1:
            return "%s<span class=msoDel><del>7</del></span>%s</p>" % (m.group(1), value)
        if kind == 2:
            return "%s<s>8</s>%s<strike>0</strike></p>" % (m.group(1), value)
        return "%s%s<span style='display:none'>55</span></p>" % (m.group(1), value)

    body = re.sub(r"(<td[^>]*><p>)(\d+)</p>", mark_cell, body)
    body = body.replace("<p>一、", "<p><del>一、删去的段落</del></p>\n<p>一、", 1)
    body = body.replace("<table ", "<!-- 表格开始 --><table ", 1)
    return """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<style>
<!-- span.msoDel {mso-style-type:export-only; text-decoration:line-through; color:red;} -->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<div class=WordSection1>
<div style='mso-element:header' id=h1><p class=MsoHeader>页眉：内部资料</p></div>
<p><input type=checkbox checked><img src="seal.png" alt="印章2023年"><select><option>2023年</option></select></p>
%s
<div style='mso-element:footer' id=f1><p class=MsoFooter>第 1 页</p></div>
</div>
</body>
</html>
""" % body


def mime(parts, boundary):
    out = ["MIME-Version: 1.0", 'Content-Type: multipart/related; boundary="%s"' % boundary, "",
           "This is a multi-part message in MIME format.", ""]
    for headers, payload in parts:
        out.append("--" + boundary)
        out += headers
        out.append("")
        out.append(payload)
    out.append("--%s--" % boundary)
    return "\r\n".join(out).encode("ascii")


def mht_quoted_printable(page_bytes):
    qp = quopri.encodestring(page_bytes).decode("ascii").replace("\n", "\r\n")
    image = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).decode("ascii").replace("\n", "\r\n")
    return mime([
        (["Content-Location: file:///C:/report.htm", "Content-Transfer-Encoding: quoted-printable",
          'Content-Type: text/html; charset="gb2312"'], qp),
        (["Content-Location: file:///C:/report_files/image001.png", "Content-Transfer-Encoding: base64",
          "Content-Type: image/png"], image),
    ], "----=_NextPart_01DB6A00.12345670")


def mht_base64(page_bytes):
    b64 = base64.encodebytes(page_bytes).decode("ascii").replace("\n", "\r\n")
    return mime([(["Content-Type: text/html;", '\tcharset="utf-8"', "Content-Transfer-Encoding: base64",
                   "Content-Location: http://www.example.gov.cn/nb/2024.html"], b64)],
                "----MultipartBoundary--abcdef0123456789")


def word_html(stem):
    """HTML as Word saves it ("Web Page, Filtered") in GB2312, later renamed to .doc."""
    body = body_html(stem, drop_title=False)
    return """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>p.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt;}</style>
</head>
<body lang=ZH-CN style='text-justify-trim:punctuation'>
<div class=WordSection1>
%s
</div>
</body>
</html>
""" % body


def bad_pages():
    bad = os.path.join(HERE, "bad")
    os.makedirs(bad, exist_ok=True)
    links = "".join('<li><a href="/nb/%d.html">某某县%d年政府信息公开工作年度报告</a><span>%d-01-20</span></li>' % (y, y, y + 1)
                    for y in range(2024, 2014, -1))
    index = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>政府信息公开年报_某某县人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/gfxwj/">规范性文件</a> <a href="/xzxk/">行政许可</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="list"><ul>%s</ul><div class="page">共10条 第1页 <a href="?p=2">下一页</a></div></div>
<div class="footer">主办：某某县人民政府办公室</div></body></html>
""" % links
    notfound = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>404 页面不存在</title></head>
<body><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除！</p><p><a href="/">返回首页</a> 政府信息公开工作年度报告栏目</p></body></html>
"""
    with open(os.path.join(bad, "portal_index_page.html"), "w", encoding="utf-8") as f:
        f.write(index)
    with open(os.path.join(bad, "not_found_404.html"), "wb") as f:
        f.write(notfound.encode("gb18030"))
    with open(os.path.join(bad, "deep_nesting.html"), "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><body><p>一、总体情况</p>" + "<div>" * 100000 + "二、主动公开政府信息情况"
                + "</div>" * 100000 + "</body></html>\n")


def main():
    libreoffice_exports()
    for stem, feature in LO_SAMPLES.items():
        write_expected("lo_%s.html" % stem, stem, ["LibreOffice 7.4 save as HTML", feature])

    def put(name, content, encoding=None):
        data = content if isinstance(content, bytes) else content.encode(encoding)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        return data

    put("portal_trs_editor.html", trs_page("01_word_2021_county"), "utf-8")
    write_expected("portal_trs_editor.html", "01_word_2021_county",
                   ["portal page, TRS_Editor/Custom_UnionStyle body, UTF-8", "title from the h1",
                    "nav, breadcrumb, search form, metadata line, sidebar with another year's report, footer left out"])
    plain = put("portal_plain_gbk.html", plain_page("03_word_2019_town"), "gb18030")
    write_expected("portal_plain_gbk.html", "03_word_2019_town",
                   ["portal page, plain layout, meta http-equiv charset=gb2312 with GB18030 bytes",
                    "title only in <title>, the site's suffix cut", "metadata in a table outside the article"])
    put("portal_layout_tables.html", tables_page("04_word_2019_city_department"), "utf-8")
    write_expected("portal_layout_tables.html", "04_word_2019_city_department",
                   ["portal page laid out in nested tables (sidebar cell, content cell)", "title from a td class=title",
                    "<title> is the site's name"])
    put("portal_layout_tables_gbk.html", tables_page("38_word_2019_province_wording", "gbk"), "gb18030")
    write_expected("portal_layout_tables_gbk.html", "38_word_2019_province_wording",
                   ["portal page laid out in nested tables, charset=gbk"])
    put("tracked_changes.html", tracked_changes_page("01_word_2021_county"), "utf-8")
    write_expected("tracked_changes.html", "01_word_2021_county",
                   ["Word HTML with <del>/<ins>, span.msoDel, <s>, <strike> and display:none in value cells",
                    "mso-element header/footer, form control, image, comment"])
    put("portal_plain_qp_gb2312.mht", mht_quoted_printable(plain))
    write_expected("portal_plain_qp_gb2312.mht", "03_word_2019_town",
                   ["MHT (multipart/related), page part quoted-printable with charset=gb2312, an image part"])
    trs = trs_page("05_word_2021_year_2019_tables").encode("utf-8")
    put("portal_trs_base64.mht", mht_base64(trs))
    write_expected("portal_trs_base64.mht", "05_word_2021_year_2019_tables",
                   ["MHT, page part base64 UTF-8, folded Content-Type header"])
    put("word_saved_as_web_page.doc", word_html("03_word_2019_town"), "gb18030")
    write_expected("word_saved_as_web_page.doc", "03_word_2019_town",
                   ["Word filtered HTML in GB2312 saved under a .doc name"])
    bad_pages()


if __name__ == "__main__":
    main()
