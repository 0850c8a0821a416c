#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into fuzz/corpus/<target>/.

    python3 fuzz/make_corpus.py

FuzzDocxXML: the samples' word/document.xml with revision ids and run formatting stripped
(smaller, same structure), and a few small hand-written parts (merges, markup compatibility,
a DTD). FuzzText: the seed dumps, the encoding fixtures and small dumps. FuzzPDF: small PDFs
written here (text, a ruled table, an image, blank pages) and the encrypted and truncated
fault files (the samples' PDFs are too large to fuzz quickly). Files the fuzzer adds while it runs go to a scratch corpus, not here.
"""
import glob
import os
import re
import shutil
import sys
import xml.dom.minidom
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "samples", "bad"))
import make_bad  # noqa: E402  (its PDF and DOCX helpers)

W = make_bad.W


def out(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def shrink(xml_bytes):
    text = xml_bytes.decode("utf-8")
    smaller = re.sub(r' w:rsid\w*="[^"]*"', "", text)
    smaller = re.sub(r' w14:\w+="[^"]*"', "", smaller)
    candidate = re.sub(r"<w:rPr>(?:(?!<w:rPr>|<w:rPrChange).)*?</w:rPr>", "", smaller, flags=re.S)
    for attempt in (candidate, smaller, text):
        try:
            xml.dom.minidom.parseString(attempt.encode())
            return attempt.encode()
        except Exception:
            continue
    return xml_bytes


def docx_corpus():
    for name in ["01_word_2021_county", "03_word_2019_town", "08_word_tracked_changes", "09_word_fields_sdt_links",
                 "10_word_textbox_breaks_symbols", "12_word_split_table_gridbefore_unbalanced",
                 "13_word_nested_table_gridafter", "16_strict_ooxml"]:
        with zipfile.ZipFile(os.path.join(ROOT, "samples", "docx", name + ".docx")) as z:
            out("FuzzDocxXML", name + ".xml", shrink(z.read("word/document.xml")))
    p = make_bad.para
    table = ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
             "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p("项目") + "</w:tc>"
             "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + p("申请人情况") + "</w:tc></w:tr>"
             "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("") + "</w:tc><w:tc>" + p("自然人") + "</w:tc>"
             "<w:tc>" + p("总计") + "</w:tc></w:tr>"
             "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc>" + p("1") + "</w:tc><w:tc>"
             "<w:tbl><w:tr><w:tc>" + p("嵌套") + "</w:tc></w:tr></w:tbl>" + p("2") + "</w:tc></w:tr></w:tbl>")
    out("FuzzDocxXML", "small_table.xml", make_bad.body(p("某县2023年政府信息公开工作年度报告") + p("三、收到和处理政府信息公开申请情况") + table))
    out("FuzzDocxXML", "alternate_content.xml", make_bad.body(
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent>'
        "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" + p("文本框") + "</w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve"> 一 </w:t>'
        '<w:tab/><w:br/><w:sym w:char="F0FC"/><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText></w:r></w:p>'))
    # Styles and numbering definitions inside the body: the target feeds the same bytes to
    # document.xml, styles.xml and numbering.xml.
    out("FuzzDocxXML", "numbering_styles.xml", make_bad.body(
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr>'
        '<w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="（%1.%2）"/><w:lvlRestart w:val="1"/><w:suff w:val="space"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        + "".join(f'<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="{i % 2}"/><w:numId w:val="{1 + i % 2}"/></w:numPr>'
                  f"</w:pPr><w:r><w:t>第{i}项</w:t></w:r></w:p>" for i in range(4))))
    out("FuzzDocxXML", "doctype.xml", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "b">]>'
        f'<w:document xmlns:w="{W}"><w:body>' + p("&a;") + "</w:body></w:document>")


def text_corpus():
    files = sorted(glob.glob(os.path.join(ROOT, "samples", "seeds", "*.txt")))
    files += [os.path.join(ROOT, "samples", "text", n) for n in
              ["seed000.gb18030.txt", "seed000.utf16le.txt", "seed000.cr.txt", "seed000.utf8bom.txt"]]
    files += sorted(glob.glob(os.path.join(ROOT, "samples", "dumps", "*", "0[1-4]_*.txt")))
    files += [os.path.join(ROOT, "samples", "bad", "no_tables.txt")]
    # Markup tables (pipe, grid, simple, HTML with rowspan/colspan) as converters write them.
    files += [os.path.join(ROOT, "samples", "text", "converters", "01_word_2021_county." + tool + ".txt")
              for tool in ["pandoc-gfm", "pandoc-md", "pandoc-grid", "pandoc-plain", "markitdown"]]
    # Web pages and web archives (sniffed from their bytes, read by the HTML reader).
    files += [os.path.join(ROOT, "samples", "html", n) for n in
              ["portal_layout_tables_gbk.html", "tracked_changes.html", "portal_plain_qp_gb2312.mht"]]
    for path in files:
        folder = os.path.basename(os.path.dirname(path))
        with open(path, "rb") as f:
            out("FuzzText", folder + "_" + os.path.basename(path), f.read())
    out("FuzzText", "html_small_merges.html",
        "<!DOCTYPE html><html><head><meta charset=gbk><title>x年度报告_公开</title></head><body><p>一、总体情况</p>"
        "<table><tr><td rowspan=2 colspan=2>a</td><td>1</td></tr><tr><td hidden>2</td><td><del>3</del>4</td></tr>"
        "<tr><td><table><tr><td>5</td></tr></table></td></tr></table></body></html>".encode("gb18030"))


def pdf_corpus():
    pdf, text_page = make_bad.pdf, make_bad.text_page
    font = "<< /Font << /F1 FONT >> >>"
    out("FuzzPDF", "text.pdf", pdf([(text_page(["Annual report 2023", "1. Overview", "Text only."]), font)]))
    # A ruled 3 x 3 table with numbers in the cells, and a page number.
    rules = []
    for i in range(4):
        rules.append(f"72 {700 - 30 * i} m 372 {700 - 30 * i} l S")
        rules.append(f"{72 + 100 * i} 700 m {72 + 100 * i} 610 l S")
    cells = []
    for r, row in enumerate([["Item", "New", "Total"], ["Rules", "1", "2"], ["Files", "3", "4"]]):
        for c, value in enumerate(row):
            cells.append(f"BT /F1 10 Tf {80 + 100 * c} {680 - 30 * r} Td ({value}) Tj ET")
    content = ("1 w\n" + "\n".join(rules) + "\n" + "\n".join(cells) + "\nBT /F1 9 Tf 290 40 Td (- 1 -) Tj ET").encode()
    out("FuzzPDF", "ruled_table.pdf", pdf([(text_page(["Report"]), font), (content, font)]))
    for name in ["image_only.pdf", "blank_pages_only.pdf", "encrypted.pdf", "damaged.pdf"]:
        shutil.copyfile(os.path.join(ROOT, "samples", "bad", name), os.path.join(HERE, "corpus", "FuzzPDF", name))


if __name__ == "__main__":
    for target in ["FuzzDocxXML", "FuzzText", "FuzzPDF"]:
        shutil.rmtree(os.path.join(HERE, "corpus", target), ignore_errors=True)
    docx_corpus()
    text_corpus()
    pdf_corpus()
