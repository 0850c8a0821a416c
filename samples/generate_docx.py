#!/usr/bin/env python3
"""Deterministic generator of the DOCX sample corpus and its expected outputs.

Run `python3 samples/generate_docx.py` from anywhere: it rewrites every file in
samples/docx/ (the .docx samples and their .expected.json files).

Each sample is built from data (organ, year, edition, table values, prose) and a set of
OOXML features.  The document XML and the expected reading are produced from the same
data by the same helper, so the expectation is the reading a person makes of the
document as Word displays it: tracked deletions and moved-from text are not read,
field instructions are not read (their results are), automatic numbering is read as
Word shows it, text boxes are read once, headers/footers/footnotes/comments are not
part of the report's text.

Needs python-docx and lxml; the LibreOffice sample needs `soffice` (when it is not on
the machine the previously committed file is kept).  The tests need none of this.
"""
import copy
import datetime
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")
WPS_TEMPLATE = os.path.join(HERE, "real", "template_2021_blank_wps.docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
FIXED_DATE = datetime.datetime(2025, 1, 15, 9, 30, 0)
REV_DATE = "2025-01-10T08:00:00Z"

# ---------------------------------------------------------------------------
# Inline items: each is (xml, text).  `text` is what a reader sees.
# ---------------------------------------------------------------------------
RPR_SONG = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
RPR_LANG = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
RPR_CELL = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="20"/></w:rPr>'


def _t(s):
    sp = ' xml:space="preserve"' if (s != s.strip() or "  " in s) else ""
    return "<w:t%s>%s</w:t>" % (sp, escape(s))


def run(s, rpr=RPR_SONG):
    return ("<w:r>%s%s</w:r>" % (rpr, _t(s)), s)


def t(s, cuts=None, rpr=RPR_SONG):
    """Text as one run, or split into several runs at the given character offsets
    (mid-word, mid-number), alternating run properties as an editing history would."""
    if not cuts:
        return run(s, rpr)
    parts, last = [], 0
    for c in list(cuts) + [len(s)]:
        if c > last:
            parts.append(s[last:c])
            last = c
    rprs = [rpr, RPR_LANG]
    return ("".join(run(p, rprs[i % 2])[0] for i, p in enumerate(parts)), s)


def tsplit(s, every=3, rpr=RPR_SONG):
    return t(s, list(range(every, len(s), every)), rpr)


def seq(*items):
    return ("".join(i[0] for i in items), "".join(i[1] for i in items))


def tab():
    return ("<w:r>%s<w:tab/></w:r>" % RPR_SONG, "\t")


def br():
    return ("<w:r>%s<w:br/></w:r>" % RPR_SONG, "\n")


def cr():
    return ("<w:r>%s<w:cr/></w:r>" % RPR_SONG, "\n")


def nbh():
    return ("<w:r>%s<w:noBreakHyphen/></w:r>" % RPR_SONG, "-")


def sym(code, font="宋体"):
    return ('<w:r>%s<w:sym w:font="%s" w:char="%04X"/></w:r>' % (RPR_SONG, font, code), chr(code))


_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def ins(*items):
    x, s = seq(*items)
    return ('<w:ins w:id="%d" w:author="张伟" w:date="%s">%s</w:ins>' % (_rid(), REV_DATE, x), s)


def dele(s, rpr=RPR_SONG):
    return ('<w:del w:id="%d" w:author="张伟" w:date="%s"><w:r>%s<w:delText>%s</w:delText></w:r></w:del>'
            % (_rid(), REV_DATE, rpr, escape(s)), "")


def move_from(s, name="move1"):
    i = _rid()
    return ('<w:moveFromRangeStart w:id="%d" w:author="张伟" w:date="%s" w:name="%s"/>'
            '<w:moveFrom w:id="%d" w:author="张伟" w:date="%s"><w:r>%s<w:t>%s</w:t></w:r></w:moveFrom>'
            '<w:moveFromRangeEnd w:id="%d"/>' % (i, REV_DATE, name, _rid(), REV_DATE, RPR_SONG, escape(s), i), "")


def move_to(s, name="move1"):
    i = _rid()
    return ('<w:moveToRangeStart w:id="%d" w:author="张伟" w:date="%s" w:name="%s"/>'
            '<w:moveTo w:id="%d" w:author="张伟" w:date="%s"><w:r>%s<w:t>%s</w:t></w:r></w:moveTo>'
            '<w:moveToRangeEnd w:id="%d"/>' % (i, REV_DATE, name, _rid(), REV_DATE, RPR_SONG, escape(s), i), s)


def proof(*items):
    x, s = seq(*items)
    return ('<w:proofErr w:type="spellStart"/>%s<w:proofErr w:type="spellEnd"/>' % x, s)


_bm = [0]


def bookmark(name, *items):
    _bm[0] += 1
    x, s = seq(*items)
    return ('<w:bookmarkStart w:id="%d" w:name="%s"/>%s<w:bookmarkEnd w:id="%d"/>' % (_bm[0], name, x, _bm[0]), s)


def hyperlink(rid, *items, anchor=None):
    x, s = seq(*items)
    if anchor:
        return ('<w:hyperlink w:anchor="%s" w:history="1">%s</w:hyperlink>' % (anchor, x), s)
    return ('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>' % (rid, x), s)


def fld_simple(instr, result):
    x, s = run(result)
    return ('<w:fldSimple w:instr="%s">%s</w:fldSimple>' % (escape(instr, {'"': "&quot;"}), x), s)


def fld_complex(instr, *result_items, instr_split=False):
    if instr_split:  # instruction text itself split over runs
        h = len(instr) // 2
        ix = ("<w:r><w:instrText xml:space=\"preserve\">%s</w:instrText></w:r>"
              "<w:r><w:instrText xml:space=\"preserve\">%s</w:instrText></w:r>") % (escape(instr[:h]), escape(instr[h:]))
    else:
        ix = '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % escape(instr)
    x, s = seq(*result_items)
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>%s<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '%s<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (ix, x), s)


_sdt = [500]


def sdt_inline(tag, *items):
    _sdt[0] += 1
    x, s = seq(*items)
    return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w:text/></w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>' % (tag, tag, _sdt[0], x), s)


def smart(element, *items):
    x, s = seq(*items)
    return ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="%s">%s</w:smartTag>' % (element, x), s)


def cxml(element, *items):
    x, s = seq(*items)
    return ('<w:customXml w:uri="http://nianbao.example/report" w:element="%s">%s</w:customXml>' % (element, x), s)


def fnref(fid):
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % fid, "")


def comment(cid, *items):
    x, s = seq(*items)
    return ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
            '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
            % (cid, x, cid, cid), s)


def para_xml(items, ppr="", style=None, num=None, jc=None, ind=True):
    """A paragraph.  num = (numId, ilvl)."""
    pp = ""
    if style:
        pp += '<w:pStyle w:val="%s"/>' % style
    if num:
        pp += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (num[1], num[0])
    pp += ppr
    if ind and not num and not jc:
        pp += '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/>'
    if jc:
        pp += '<w:jc w:val="%s"/>' % jc
    x, s = seq(*items) if items else ("", "")
    return ("<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % pp if pp else "", x), s)


def textbox(paras):
    """A floating text box as Word 2010+ writes it: mc:AlternateContent with a wps shape
    and the VML fallback, both holding the same w:txbxContent."""
    inner = "".join(para_xml([t(p)], ind=False)[0] for p in paras)
    choice = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="720000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing>' % inner)
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:425.2pt;height:56.7pt;z-index:251659264" '
        'strokeweight=".5pt" xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom" xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict>' % inner)
    x = ('<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
         '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fallback))
    return (x, "\n".join(paras))


# ---------------------------------------------------------------------------
# Normalization of a cell or line as the expected-format prescribes
# ---------------------------------------------------------------------------
def norm_cell(s):
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return re.sub(r"[\s\u3000]+", "", s)


CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef"


def norm_line(s):
    s = s.strip(" \t\u3000")
    s = re.sub(r"(?<=[%s])[ \t]+(?=[%s0-9])" % (CJK, CJK), "", s)
    s = re.sub(r"(?<=[0-9])[ \t]+(?=[%s])" % CJK, "", s)
    return s


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------
TBLPR = ('<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>'
         '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>')


def as_item(c):
    if isinstance(c, tuple):
        return c
    return run(c, RPR_CELL)


def tc(content, w, span=1, vmerge=None, jc="center"):
    """content: str, inline item, or list of those (one paragraph each)."""
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    pr += '<w:vAlign w:val="center"/>'
    paras = content if isinstance(content, list) else [content]
    ps = ""
    for c in paras:
        if c is None or c == "":
            ps += '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr></w:p>' % jc
            continue
        if isinstance(c, dict):  # numbered label paragraph
            ps += ('<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr><w:ind w:left="0" w:firstLine="0"/>'
                   '<w:jc w:val="left"/></w:pPr>%s</w:p>' % (c["num"][1], c["num"][0], as_item(c["text"])[0]))
            continue
        ps += '<w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p>' % (jc, as_item(c)[0])
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, ps)


def tr(cells, header=False, grid_before=0, grid_after=0, cant_split=True):
    pr = ""
    if grid_before:
        pr += '<w:gridBefore w:val="%d"/><w:wBefore w:w="%d" w:type="dxa"/>' % (grid_before, 754 * grid_before)
    if grid_after:
        pr += '<w:gridAfter w:val="%d"/><w:wAfter w:w="%d" w:type="dxa"/>' % (grid_after, 2000 * grid_after)
    if cant_split:
        pr += "<w:cantSplit/>"
    if header:
        pr += "<w:tblHeader/>"
    return "<w:tr>%s%s</w:tr>" % ("<w:trPr>%s</w:trPr>" % pr if pr else "", "".join(cells))


def tbl(grid, rows, tblpr=TBLPR):
    return "<w:tbl>%s<w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (
        tblpr, "".join('<w:gridCol w:w="%d"/>' % g for g in grid), "".join(rows))


COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_organization",
        "legal_service_organization", "other_organization", "total"]
G3 = "三、本年度办理结果"
SUB = {"withheld": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理", "other_handling": "（六）其他处理"}
APP_ROWS = [
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    ("disclosed", "（一）予以公开"),
    ("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld.state_secret", "1.属于国家秘密"),
    ("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("withheld.three_safeties_one_stability", "3.危及“三安全一稳定”"),
    ("withheld.third_party_rights", "4.保护第三方合法权益"),
    ("withheld.internal_affairs", "5.属于三类内部事务信息"),
    ("withheld.process_information", "6.属于四类过程性信息"),
    ("withheld.enforcement_files", "7.属于行政执法案卷"),
    ("withheld.query_items", "8.属于行政查询事项"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear_after_correction", "3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "2.重复申请"),
    ("not_processed.publication", "3.要求提供公开出版物"),
    ("not_processed.mass_repeated", "4.无正当理由大量反复申请"),
    ("not_processed.confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_handling.overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_handling.overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_handling.other", "3.其他"),
    ("other_handling", "（六）其他处理"),
    ("result_total", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
]
APP_LABEL = dict(APP_ROWS)
SUBROWS_21 = ["other_handling.overdue_correction", "other_handling.overdue_fee", "other_handling.other"]


def app_keys(edition):
    """Canonical row keys of the applications table for an edition."""
    if edition == "2021":
        return [k for k, _ in APP_ROWS if k != "other_handling"]
    return [k for k, _ in APP_ROWS if k not in SUBROWS_21]


def printed_app_keys(edition, other_one_row):
    if edition == "2019" or other_one_row:
        return app_keys("2019")
    return app_keys("2021")


HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "“": '"', "”": '"'})


def apps_header_rows(wd, repeat):
    hdr_note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    r1 = tr([tc(hdr_note, sum(wd[:3]), 3, "restart"), tc("申请人情况", sum(wd[3:]), 7)], header=repeat)
    r2 = tr([tc("", sum(wd[:3]), 3, "continue"), tc("自然人", wd[3], 1, "restart"),
             tc("法人或其他组织", sum(wd[4:9]), 5), tc("总计", wd[9], 1, "restart")], header=repeat)
    r3 = tr([tc("", sum(wd[:3]), 3, "continue"), tc("", wd[3], 1, "continue"),
             tc(["商业", "企业"], wd[4]), tc(["科研", "机构"], wd[5]), tc("社会公益组织", wd[6]),
             tc("法律服务机构", wd[7]), tc("其他", wd[8]), tc("", wd[9], 1, "continue")], header=repeat)
    return [r1, r2, r3]


def apps_table(cells, edition, o):
    """cells: key -> list of 7 cell contents (str or item).  Returns body XML chunks."""
    wd = [754, 921, 3271] + [685] * 7
    other_one_row = o.get("other_one_row", False)
    keys = printed_app_keys(edition, other_one_row)
    labels = dict(APP_LABEL)
    labels.update(o.get("labels", {}))
    subl = dict(SUB)
    subl.update(o.get("sub_labels", {}))
    g3 = o.get("g3_label", G3)
    if o.get("halfwidth"):
        labels = {k: (v.translate(HALF) if isinstance(v, str) else v) for k, v in labels.items()}
        subl = {k: v.translate(HALF) for k, v in subl.items()}
    repeat = o.get("tblHeader", False)
    split_at = o.get("split_at")
    gb = o.get("grid_before", False)
    numlab = o.get("label_numbering")  # numId for auto-numbered item labels
    chunks, rows = [], apps_header_rows(wd, repeat)
    first_g3, cur_sub, fresh = True, None, False

    def vals(k):
        return [tc(c, wd[3 + i]) for i, c in enumerate(cells[k])]

    for k in keys:
        if k == split_at:
            chunks.append(tbl(wd, rows))
            chunks.append(o.get("split_sep", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))
            rows = apps_header_rows(wd, repeat) if o.get("split_header") else []
            fresh = True
        lab = labels[k]
        if k in ("new_received", "carried_over", "carried_forward"):
            row = tr([tc(lab, sum(wd[:3]), 3, jc="left")] + vals(k))
        else:
            c0 = []
            if first_g3 or fresh:
                text0 = g3 if (first_g3 or o.get("split_repeat_labels")) else ""
                c0 = [tc(text0, wd[0], 1, None if gb else "restart")]
            elif not gb:
                c0 = [tc("", wd[0], 1, "continue")]
            sub = k.split(".")[0] if "." in k else None
            if sub:
                if sub != cur_sub or fresh:
                    text1 = subl[sub] if (sub != cur_sub or o.get("split_repeat_labels")) else ""
                    c1 = tc(text1, wd[1], 1, "restart")
                else:
                    c1 = tc("", wd[1], 1, "continue")
                item = {"num": (numlab[sub], 0), "text": lab.split(".", 1)[1]} if numlab else lab
                mid = [c1, tc(item if not numlab else [item], wd[2], jc="left")]
            else:
                mid = [tc(lab, wd[1] + wd[2], 2, jc="left")]
            cur_sub = sub
            row = tr(c0 + mid + vals(k), grid_before=1 if (gb and not (first_g3 or fresh)) else 0)
            first_g3 = False
        fresh = False
        if o.get("row_sdt") == k:
            row = ('<w:sdt><w:sdtPr><w:tag w:val="row-%s"/><w:id w:val="901"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                   % (k, row))
        rows.append(row)
    for lab, vs in o.get("extra_rows", []):
        rows.append(tr([tc(lab, sum(wd[:3]), 3, jc="left")] + [tc(c, wd[3 + i]) for i, c in enumerate(vs)]))
    chunks.append(tbl(wd, rows))
    return chunks


REVIEW_ROWS = ["administrative_review", "litigation_direct", "litigation_after_review"]
REVIEW_COLS = ["upheld", "corrected", "other", "pending", "total"]


def review_table(cells15, o):
    wd = [649] * 15
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rep = o.get("tblHeader", False)
    rv = o.get("review_label", "行政复议")
    r1 = tr([tc(rv, 649 * 5, 5), tc("行政诉讼", 649 * 10, 10)], header=rep)
    r2 = tr([tc(f, 649, 1, "restart") for f in five] + [tc("未经复议直接起诉", 649 * 5, 5), tc("复议后起诉", 649 * 5, 5)], header=rep)
    r3 = tr([tc("", 649, 1, "continue") for _ in five] + [tc(f, 649) for f in five * 2], header=rep)
    r4 = tr([tc(c, 649) for c in cells15])
    x = tbl(wd, [r1, r2, r3, r4])
    if o.get("nested"):
        # a one-cell layout table holding the real table (as pages pasted from a web editor do)
        x = tbl([9735], [tr([('<w:tc><w:tcPr><w:tcW w:w="9735" w:type="dxa"/></w:tcPr>%s<w:p/></w:tc>' % x)], cant_split=False)],
                tblpr='<w:tblPr><w:tblW w:w="9735" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>')
    return [x]


DISC21 = [
    ("disclosure_rules", "第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
    ("disclosure_licensing", "第二十条第（五）项", ["本年处理决定数量"], [("administrative_licensing", "行政许可")]),
    ("disclosure_enforcement", "第二十条第（六）项", ["本年处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")]),
    ("disclosure_fees", "第二十条第（八）项", ["本年收费金额（单位：万元）"], [("administrative_fees", "行政事业性收费")]),
]
DISC19 = [
    ("disclosure_rules", "第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("regulations", "规章"), ("normative_documents", "规范性文件")]),
    ("disclosure_licensing", "第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_licensing", "行政许可"), ("other_external_management", "其他对外管理服务事项")]),
    ("disclosure_enforcement", "第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("administrative_penalty", "行政处罚"), ("administrative_coercion", "行政强制")]),
    ("disclosure_fees", "第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("administrative_fees", "行政事业性收费")]),
    ("disclosure_procurement", "第二十条第（九）项", ["采购项目数量", "采购总金额（单位：万元）"],
     [("government_procurement", "政府集中采购")]),
]


def disclosure_tables(cells, edition, o):
    """cells: table id -> row key -> list of cell contents.  Section 二 as one 4-column
    table (the template's layout) or as separate tables with the 第二十条 caption as a
    paragraph above each."""
    spec = DISC21 if edition == "2021" else DISC19
    chunks = []
    if o.get("disc_one_table", False):
        wd = [2435] * 4
        rows = []
        for tid, cap, cols, rws in spec:
            rows.append(tr([tc(cap, 9740, 4, jc="left")]))
            n = len(cols)
            if n == 3:
                rows.append(tr([tc("信息内容", wd[0])] + [tc(c, 2435) for c in cols]))
            elif n == 2:
                rows.append(tr([tc("信息内容", wd[0]), tc(cols[0], 2435), tc(cols[1], 4870, 2)]))
            else:
                rows.append(tr([tc("信息内容", wd[0]), tc(cols[0], 7305, 3)]))
            for rk, rl in rws:
                vs = cells[tid][rk]
                if n == 3:
                    rows.append(tr([tc(rl, wd[0])] + [tc(v, 2435) for v in vs]))
                elif n == 2:
                    rows.append(tr([tc(rl, wd[0]), tc(vs[0], 2435), tc(vs[1], 4870, 2)]))
                else:
                    rows.append(tr([tc(rl, wd[0]), tc(vs[0], 7305, 3)]))
        return [tbl(wd, rows)]
    for tid, cap, cols, rws in spec:
        chunks.append(para_xml([t(cap)], jc="left", ind=False)[0])
        n = len(cols)
        if o.get("grid_after") and n == 1:
            # the single-value parts drawn on a 4-column grid with the unused columns
            # left out of the row (w:gridAfter), as some editors write them
            wd = [2435] * 4
            rows = [tr([tc("信息内容", 2435), tc(cols[0], 2435)], grid_after=2)]
            rows += [tr([tc(rl, 2435), tc(cells[tid][rk][0], 2435)], grid_after=2) for rk, rl in rws]
            chunks.append(tbl(wd, rows))
            continue
        wd = [2435] + [int(7305 / n)] * n
        rows = [tr([tc("信息内容", wd[0])] + [tc(c, wd[1]) for c in cols])]
        rows += [tr([tc(rl, wd[0])] + [tc(v, wd[1]) for v in cells[tid][rk]]) for rk, rl in rws]
        chunks.append(tbl(wd, rows))
    return chunks


# ---------------------------------------------------------------------------
# Automatic numbering: definitions and the display Word gives them
# ---------------------------------------------------------------------------
CN = "〇一二三四五六七八九"
TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def fmt_num(fmt, n):
    assert 1 <= n <= 9, "samples keep counters below 10, where every reader agrees"
    if fmt in ("chineseCounting", "chineseCountingThousand"):
        return CN[n]
    if fmt == "ideographTraditional":
        return TIANGAN[n - 1]
    if fmt == "decimalFullWidth":
        return chr(0xFF10 + n)
    if fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1)
    if fmt == "lowerLetter":
        return "abcdefghi"[n - 1]
    if fmt == "upperRoman":
        return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n - 1]
    if fmt == "decimal":
        return str(n)
    raise ValueError(fmt)


# abstractNumId -> list of levels (numFmt, lvlText, start, pStyle)
ABSTRACT = {
    10: [("chineseCounting", "%1、", 1, None), ("chineseCounting", "（%2）", 1, None), ("decimal", "%3.", 1, None)],
    11: [("chineseCounting", "（%1）", 1, None)],
    12: [("chineseCounting", "%1、", 5, None)],
    13: [("decimal", "%1.", 1, None)],
    14: [("chineseCountingThousand", "%1、", 1, None)],
    15: [("ideographTraditional", "%1、", 1, None)],
    16: [("decimalFullWidth", "%1．", 1, None)],
    17: [("decimalEnclosedCircleChinese", "%1", 1, None)],
    18: [("lowerLetter", "%1)", 1, None)],
    19: [("upperRoman", "%1.", 1, None)],
    20: [("chineseCounting", "%1、", 1, "NBSectionHeading")],
}
# numId -> (abstractNumId, startOverride for level 0 or None)
NUMS = {1: (10, None), 2: (11, None), 3: (12, None), 4: (13, None), 5: (14, None), 6: (15, None),
        7: (16, None), 8: (17, None), 9: (18, None), 10: (19, None), 11: (20, None)}
for _i in range(20, 30):
    NUMS[_i] = (11, 1)  # （%1） restarted in each section by lvlOverride/startOverride
for _i in range(30, 40):
    NUMS[_i] = (13, 1)  # %1. restarted per group (table labels)


def numbering_xml():
    out = ['<w:numbering %s>' % NSDECL]
    for aid, lvls in ABSTRACT.items():
        out.append('<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="%s"/>'
                   % (aid, "multilevel" if len(lvls) > 1 else "singleLevel"))
        for i, (fmt, txt, start, pst) in enumerate(lvls):
            out.append('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
                       '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
                       % (i, start, fmt, '<w:pStyle w:val="%s"/>' % pst if pst else "", txt))
        out.append("</w:abstractNum>")
    for nid, (aid, so) in NUMS.items():
        ov = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="%d"/></w:lvlOverride>' % so) if so else ""
        out.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nid, aid, ov))
    out.append("</w:numbering>")
    return "".join(out)


class Counters:
    """Word's list counters, per numId (no two numIds here share an abstractNum without
    a startOverride, so per-numId counting is what Word does)."""

    def __init__(self):
        self.c = {}

    def next(self, nid, ilvl):
        aid, so = NUMS[nid]
        lvls = ABSTRACT[aid]
        cur = self.c.setdefault(nid, [None] * len(lvls))
        start = so if (so is not None and ilvl == 0) else lvls[ilvl][2]
        cur[ilvl] = start if cur[ilvl] is None else cur[ilvl] + 1
        for d in range(ilvl + 1, len(lvls)):
            cur[d] = None  # deeper levels restart
        txt = lvls[ilvl][1]
        for d in range(len(lvls)):
            if "%%%d" % (d + 1) in txt:
                v = cur[d] if cur[d] is not None else lvls[d][2]
                txt = txt.replace("%%%d" % (d + 1), fmt_num(lvls[d][0], v))
        return txt


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------
def gen_apps(rng, edition, scale, other_one_row=False):
    """A balanced applications table: key -> 7 ints."""
    keys21 = app_keys("2021")
    res_keys = [k for k in keys21 if k not in ("new_received", "carried_over", "result_total", "carried_forward")]
    weight = {"disclosed": 6, "partially_disclosed": 2, "unavailable.not_held": 4, "not_processed.duplicate": 1,
              "withheld.third_party_rights": 1, "withheld.process_information": 1, "unavailable.needs_creation": 1,
              "not_processed.petition_complaint": 1, "other_handling.other": 2, "other_handling.overdue_correction": 1,
              "unavailable.unclear_after_correction": 1}
    colscale = [1.0, 0.25, 0.02, 0.05, 0.1, 0.06]
    d = {k: [0] * 7 for k in keys21}
    for c in range(6):
        for k in res_keys:
            wgt = weight.get(k, 0.2)
            m = scale * colscale[c] * wgt / 6.0
            d[k][c] = int(rng.random() * m * 2) if m >= 0.5 else (1 if rng.random() < m else 0)
        rt = sum(d[k][c] for k in res_keys)
        d["result_total"][c] = rt
        d["carried_forward"][c] = int(rng.random() * max(1, rt * 0.08))
        co = int(rng.random() * max(1, rt * 0.06))
        d["carried_over"][c] = co
        d["new_received"][c] = rt + d["carried_forward"][c] - co
    for k in d:
        d[k][6] = sum(d[k][:6])
    if edition == "2019" or other_one_row:
        d["other_handling"] = [sum(d[s][i] for s in SUBROWS_21) for i in range(7)]
        for s in SUBROWS_21:
            del d[s]
    return d


def gen_review(rng, scale):
    out = []
    for _ in range(3):
        v = [int(rng.random() * scale) for _ in range(4)]
        out += v + [sum(v)]
    return out


def gen_disc(rng, edition, big):
    if edition == "2021":
        return {
            "disclosure_rules": {"regulations": [str(int(rng.random() * 2)), "0", str(int(rng.random() * 12))],
                                 "normative_documents": [str(int(rng.random() * 9)), str(int(rng.random() * 5)),
                                                         str(20 + int(rng.random() * 60))]},
            "disclosure_licensing": {"administrative_licensing": [str(int(rng.random() * big))]},
            "disclosure_enforcement": {"administrative_penalty": [str(int(rng.random() * big / 3))],
                                       "administrative_coercion": [str(int(rng.random() * 20))]},
            "disclosure_fees": {"administrative_fees": ["%.2f" % (rng.random() * 300)]},
        }
    return {
        "disclosure_rules": {"regulations": ["0", "0", "0"],
                             "normative_documents": [str(int(rng.random() * 6)), str(int(rng.random() * 6)),
                                                     str(10 + int(rng.random() * 40))]},
        "disclosure_licensing": {"administrative_licensing": [str(int(rng.random() * 80)), "+%d" % int(rng.random() * 5),
                                                              str(int(rng.random() * big))],
                                 "other_external_management": [str(int(rng.random() * 30)), "0", str(int(rng.random() * 50))]},
        "disclosure_enforcement": {"administrative_penalty": [str(int(rng.random() * 40)), "-%d" % (1 + int(rng.random() * 3)),
                                                              str(int(rng.random() * big / 4))],
                                   "administrative_coercion": [str(int(rng.random() * 10)), "0", str(int(rng.random() * 8))]},
        "disclosure_fees": {"administrative_fees": [str(int(rng.random() * 6)), "0"]},
        "disclosure_procurement": {"government_procurement": [str(int(rng.random() * 30)), "%.4f" % (rng.random() * 900)]},
    }


# ---------------------------------------------------------------------------
# Prose
# ---------------------------------------------------------------------------
def prose(ctx, rng):
    """Realistic report prose.  ctx: organ, office, we, year, active, apps, fees_text."""
    o, we, y = ctx["organ"], ctx["we"], ctx["year"]
    intro = ("本报告由%s根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。"
             "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
             "存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。"
             "如对本报告有疑问，请与%s联系。" % (ctx["office"], y, y, ctx["office"]))
    overview = rng.choice([
        "%d年，%s坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》和上级关于政务公开工作的部署要求，"
        "以公开促落实、以公开促规范、以公开促服务，政府信息公开工作取得新进展。" % (y, o),
        "%d年，%s深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，紧紧围绕中心工作，"
        "不断健全政务公开制度体系，持续提升政府信息公开质量和实效，现将有关情况报告如下。" % (y, o),
        "%d年，%s高度重视政府信息公开工作，严格按照“应公开、尽公开”的原则，加强组织领导，"
        "及时调整政务公开工作领导小组，明确专人负责，推动政府信息公开工作规范有序开展。" % (y, o),
    ])
    subs = [
        ("主动公开情况", "%d年，%s通过政府门户网站、政务新媒体、公开栏等渠道主动公开政府信息%d条，其中机构职能、政策文件%d条，"
                    "财政预决算信息%d条，重点领域信息%d条。围绕群众关心关注的民生事项，制作图文、视频等多种形式的政策解读%d篇。"
         % (y, we, ctx["active"], ctx["active"] // 5, ctx["active"] // 9, ctx["active"] // 3, 3 + ctx["active"] % 17)),
        ("依申请公开情况", "%d年，%s共收到政府信息公开申请%d件，上年结转%d件，均在法定期限内予以答复，结转下年度继续办理%d件。"
                     "进一步规范依申请公开受理、登记、审核、答复等环节，确保答复内容合法、规范、准确。"
         % (y, we, ctx["apps_new"], ctx["apps_over"], ctx["apps_fwd"])),
        ("政府信息管理情况", "严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。"
                      "按要求开展行政规范性文件清理工作，及时更新主动公开目录和政府信息公开指南。"),
        ("政府信息公开平台建设情况", "持续加强政府网站信息公开专栏建设，优化栏目设置，确保信息发布及时、准确。"
                          "加强政务新媒体管理，定期开展内容巡查，政务服务大厅设置政府信息公开查阅点，方便群众查阅。"),
        ("监督保障情况", "将政务公开工作纳入年度绩效考核，组织开展政务公开业务培训%d次，参训人员%d人次。"
                   "畅通社会评议渠道，及时回应群众意见建议，本年度未发生因政府信息公开工作引发的责任追究情况。"
         % (2 + rng.randrange(4), 30 + rng.randrange(120))),
    ]
    sec5 = [
        "%d年，%s政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是政策解读形式还不够丰富，解读质量有待提升；"
        "二是部分栏目信息更新不够及时；三是工作人员业务能力有待进一步加强。" % (y, we),
        "下一步，%s将采取以下措施加以改进：一是丰富解读形式，提升解读质量；二是加强栏目日常巡查，确保信息及时更新；"
        "三是加强业务培训，提高工作人员的政策水平和业务能力。" % we,
    ]
    sec6 = [ctx.get("fees_text", "本年度未收取信息处理费。"),
            "%d年，%s认真落实政务公开工作要点，人大代表建议和政协提案办理结果按要求予以公开。" % (y, we)]
    return intro, overview, subs, sec5, sec6


SEC_TITLES = [("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
              ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"), ("六", "其他需要报告的事项")]


# ---------------------------------------------------------------------------
# Document builder: body XML and the expected reading side by side
# ---------------------------------------------------------------------------
HEAD_PPR = '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/>'
RPR_HEI = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
RPR_KAI = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="楷体" w:hAnsi="楷体" w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr>'
RPR_TITLE = '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr>'


class Builder:
    def __init__(self):
        self.body = []
        self.sections = []
        self.cur = None
        self.counters = Counters()
        self.hyperlinks = {}  # rId -> url

    def link_rid(self, url):
        rid = "rIdLink%d" % (len(self.hyperlinks) + 1)
        self.hyperlinks[rid] = url
        return rid

    def _lines(self, text):
        if self.cur is None:
            return
        for ln in text.split("\n"):
            ln = norm_line(ln)
            if ln:
                self.cur["lines"].append(ln)

    def p(self, *items, num=None, style=None, ppr="", jc=None, count=True, wrap=None):
        """A paragraph; num=(numId, ilvl) shows a number as Word does."""
        prefix = ""
        if num:
            prefix = self.counters.next(*num)
        elif style == "NBSectionHeading":
            prefix = self.counters.next(11, 0)
        x, s = para_xml(list(items), ppr=ppr, style=style, num=num, jc=jc)
        if wrap:
            x = wrap(x)
        self.body.append(x)
        if count:
            self._lines(prefix + s)
        return prefix + s

    def raw(self, x):
        self.body.append(x)

    def heading(self, number, title, mode="typed", items=None):
        items = items or [t(title, rpr=RPR_HEI)]
        if mode == "typed":
            shown = self.p(t(number + "、", rpr=RPR_HEI), *items, ppr=HEAD_PPR, count=False)
        elif mode == "auto":
            shown = self.p(*items, num=(1, 0), ppr='<w:outlineLvl w:val="0"/>', count=False)
        elif mode == "auto5":
            shown = self.p(*items, num=(3, 0), ppr='<w:outlineLvl w:val="0"/>', count=False)
        elif mode == "thousand":
            shown = self.p(*items, num=(5, 0), count=False)
        elif mode == "style":
            shown = self.p(*items, style="NBSectionHeading", count=False)
        else:
            raise ValueError(mode)
        assert shown == number + "、" + title, (shown, number, title)
        self.cur = {"number": number, "title": title, "lines": []}
        self.sections.append(self.cur)

    def expected_sections(self):
        return [{"number": s["number"], "title": s["title"], "text": "\n".join(s["lines"])} for s in self.sections]


def cell_items(d, overrides=None):
    """table dict key -> list of raw strings, with per-cell display overrides."""
    out = {}
    for k, vs in d.items():
        out[k] = [overrides.get((k, i), v) if overrides else v for i, v in enumerate(vs)]
    return out


def raw_of(c):
    return norm_cell(c[1] if isinstance(c, tuple) else c)


def write_report(b, s):
    """Lay out a complete report from the sample spec `s` into builder `b`."""
    rng = random.Random(s["name"])
    hm = s.get("headings", "typed")
    ctx = dict(organ=s["organ"], office=s.get("office", s["organ"] + "办公室"), we=s.get("we", "我单位"), year=s["year"],
               active=s.get("active", 40 + rng.randrange(900)),
               apps_new=s["apps"]["new_received"][6], apps_over=s["apps"]["carried_over"][6],
               apps_fwd=s["apps"]["carried_forward"][6], fees_text=s.get("fees_text", "本年度未收取信息处理费。"))
    intro, overview, subs, sec5, sec6 = prose(ctx, rng)
    # title
    if "title_items" in s:
        for it in s["title_items"]:
            b.p(it, jc="center", ppr='<w:spacing w:line="600" w:lineRule="exact"/>')
    else:
        b.p(t(s["title"], s.get("title_cuts"), rpr=RPR_TITLE), jc="center")
    b.p()
    intro_item = s.get("intro_item", t(intro))
    b.p(intro_item, wrap=s.get("intro_wrap"))
    for x in s.get("after_intro", []):
        b.raw(x)
    # 一
    sub_mode = s.get("subs", "inline")
    b.heading("一", "总体情况", "thousand" if hm == "thousand" else ("auto" if hm in ("auto", "auto_single", "mixed") else hm))
    b.p(s.get("overview_item", t(overview)))
    sub_over = s.get("sub_items", {})
    for i, (st, body) in enumerate(subs):
        label = "（%s）" % CN[i + 1]
        body_item = sub_over.get(i, t(body))
        if hm in ("auto", "mixed"):
            num = (1, 1)
        elif hm == "auto_single":
            num = (20, 0)
        else:
            num = None
        if num:
            if sub_mode == "inline":
                b.p(t(st + "。", rpr=RPR_KAI), body_item, num=num)
            else:
                b.p(t(st, rpr=RPR_KAI), num=num)
                b.p(body_item)
        else:
            lab = label if not s.get("halfwidth_subs") else "(%s)" % CN[i + 1]
            if sub_mode == "inline":
                b.p(t(lab + st + "。", rpr=RPR_KAI), body_item)
            else:
                b.p(t(lab + st, rpr=RPR_KAI))
                b.p(body_item)
    for it in s.get("sec1_extra", []):
        it(b) if callable(it) else b.p(it)
    # 二
    hm2 = "typed" if hm == "mixed" else ("auto" if hm == "auto_single" else hm)
    if hm == "thousand":
        hm2 = "thousand"
    b.heading("二", "主动公开政府信息情况", hm2,
              items=[bookmark("sec2", t("主动公开政府信息情况", rpr=RPR_HEI))] if s.get("bookmark_sec2") else None)
    for x in disclosure_tables(s["disc_cells"], s["edition"], s):
        b.raw(x)
    b.heading("三", "收到和处理政府信息公开申请情况", hm2)
    for x in apps_table(s["apps_cells"], s["edition"], s):
        b.raw(x)
    b.heading("四", "政府信息公开行政复议、行政诉讼情况", hm2)
    for x in review_table(s["review_cells"], s):
        b.raw(x)
    for it in s.get("sec4_extra", []):
        it(b) if callable(it) else b.p(it)
    hm5 = "auto5" if hm == "mixed" else hm2
    b.heading("五", "存在的主要问题及改进情况", hm5)
    for i, p in enumerate(sec5):
        b.p(s.get("sec5_items", {}).get(i, t(p)))
    for it in s.get("sec5_extra", []):
        it(b) if callable(it) else b.p(it)
    b.heading("六", "其他需要报告的事项", hm5)
    for i, p in enumerate(sec6):
        b.p(s.get("sec6_items", {}).get(i, t(p)))
    for it in s.get("sec6_extra", []):
        it(b) if callable(it) else b.p(it)
    b.p()
    # signature and date: printed after 六, so read as the last lines of 六
    b.p(t(s["organ"]), jc="right")
    b.p(t("%d年1月%d日" % (s["year"] + 1, 10 + rng.randrange(18))), jc="right")


# ---------------------------------------------------------------------------
# Packaging
# ---------------------------------------------------------------------------
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
STYLE_HEADING = ('<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="NBSectionHeading"><w:name w:val="报告一级标题"/>'
                 '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="11"/></w:numPr>'
                 '<w:spacing w:line="560" w:lineRule="exact"/><w:outlineLvl w:val="0"/></w:pPr>'
                 '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:style>' % NSDECL)


def frag(x):
    root = etree.fromstring("<root %s>%s</root>" % (NSDECL, x))
    return list(root)


def notes_xml(kind, notes):
    tag = "footnote" if kind == "footnotes" else "comment"
    out = ["<w:%s %s>" % (kind, NSDECL)]
    if kind == "footnotes":
        out.append('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for nid, text in notes.items():
        if kind == "footnotes":
            out.append('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                       '%s</w:p></w:footnote>' % (nid, run(text)[0]))
        else:
            out.append('<w:comment w:id="%d" w:author="审核人" w:date="%s" w:initials="SH"><w:p><w:r><w:annotationRef/></w:r>'
                       '%s</w:p></w:comment>' % (nid, REV_DATE, run(text)[0]))
    out.append("</w:%s>" % kind)
    return "".join(out).encode("utf-8")


def hf_para(container, items_xml):
    p = container.paragraphs[0]._p
    for el in frag(items_xml):
        p.append(el)


def save_docx(b, s, path):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.last_modified_by = "张伟"
    d.core_properties.author = "张伟"
    d.core_properties.title = s.get("title") or ""
    d.core_properties.revision = 3
    # numbering definitions and the heading style that carries numbering
    npart = d.part.numbering_part
    nel = npart.element
    for ch in list(nel):
        nel.remove(ch)
    for ch in etree.fromstring(numbering_xml()):
        nel.append(ch)
    d.styles.element.append(etree.fromstring(STYLE_HEADING))
    body = d.element.body
    sectPr = body.find("{%s}sectPr" % W)
    for ch in list(body):
        if ch is not sectPr:
            body.remove(ch)
    # external hyperlinks: python-docx names the relationships itself; map ours onto them
    xml = "".join(b.body)
    for rid, url in b.hyperlinks.items():
        real = d.part.relate_to(url, RT.HYPERLINK, is_external=True)
        xml = xml.replace('r:id="%s"' % rid, 'r:id="%s"' % real)
    for el in frag(xml):
        sectPr.addprevious(el)
    sec = d.sections[0]
    if s.get("header"):
        sec.header.is_linked_to_previous = False
        hf_para(sec.header, s["header"])
    if s.get("footer"):
        sec.footer.is_linked_to_previous = False
        hf_para(sec.footer, s["footer"])
    if s.get("footnotes"):
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, notes_xml("footnotes", s["footnotes"]), d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)
    if s.get("comments"):
        part = Part(PackURI("/word/comments.xml"), CT_COMMENTS, notes_xml("comments", s["comments"]), d.part.package)
        d.part.relate_to(part, RT.COMMENTS)
    if s.get("track_revisions"):
        settings = d.settings.element
        settings.insert(0, etree.fromstring('<w:trackRevisions %s/>' % NSDECL))
    bio = io.BytesIO()
    d.save(bio)
    data = bio.getvalue()
    if s.get("strict"):
        data = to_strict(data)
    write_zip_deterministic(data, path)


def write_zip_deterministic(data, path, order_first=("[Content_Types].xml",)):
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    names = [n for n in order_first if n in names] + [n for n in names if n not in order_first]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(n))


STRICT_MAP = [
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
     "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
]


def to_strict(data):
    """Rewrite a transitional package into the Strict namespaces (ISO/IEC 29500 Strict):
    WordprocessingML, relationships (both the r: namespace and the relationship types)
    and DrawingML move to purl.oclc.org; the package-level namespaces stay."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in zin.namelist():
            x = zin.read(n)
            if n.endswith(".xml") or n.endswith(".rels"):
                s = x.decode("utf-8")
                for a, bb in STRICT_MAP:
                    s = s.replace(a, bb)
                if n == "word/document.xml":
                    s = s.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
                x = s.encode("utf-8")
            zout.writestr(n, x)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Samples
# ---------------------------------------------------------------------------
def base(name, organ, year, edition, scale, big, **kw):
    rng = random.Random("data:" + name)
    s = dict(name=name, organ=organ, year=year, edition=edition,
             title="%s%d年政府信息公开工作年度报告" % (organ, year), features=[])
    s["apps"] = gen_apps(rng, edition, scale, kw.get("other_one_row", False))
    s["apps_cells"] = {k: [str(v) for v in vs] for k, vs in s["apps"].items()}
    disc = gen_disc(rng, edition, big)
    s["disc_cells"] = disc
    s["review_cells"] = [str(v) for v in gen_review(rng, kw.pop("review_scale", 2))]
    s.update(kw)
    return s


def expected(b, s):
    ed = s["edition"]
    tables = {}
    spec = DISC21 if ed == "2021" else DISC19
    for tid, cap, cols, rws in spec:
        tables[tid] = {rk: [raw_of(c) for c in s["disc_cells"][tid][rk]] for rk, _ in rws}
    apps = {}
    for k in app_keys(ed):
        apps[k] = [raw_of(c) for c in s["apps_cells"][k]] if k in s["apps_cells"] else [""] * 7
    tables["applications"] = apps
    rv = [raw_of(c) for c in s["review_cells"]]
    tables["review_litigation"] = {r: rv[i * 5:(i + 1) * 5] for i, r in enumerate(REVIEW_ROWS)}
    extra = []
    if ed == "2021" and "other_handling" in s["apps_cells"]:
        extra.append({"key": "other_handling", "label": "三、本年度办理结果 / （六）其他处理",
                      "raw": [raw_of(c) for c in s["apps_cells"]["other_handling"]]})
    for lab, vs in s.get("extra_rows", []):
        extra.append({"key": None, "label": norm_line(lab if isinstance(lab, str) else lab[1]), "raw": [raw_of(c) for c in vs]})
    e = {"format": "nianbao-expected/1", "source": "docx/%s.docx" % s["name"], "features": s["features"],
         "title": s.get("expected_title", s["title"]), "organ": s["organ"], "year": s["year"], "edition": ed,
         "sections": b.expected_sections(), "tables": tables}
    if extra:
        e["extra_rows"] = {"applications": extra}
    return e


def checks_summary(s):
    """Which 勾稽 checks the printed values pass (for the README)."""
    a = s["apps"]
    ed_keys = [k for k in a if k not in ("new_received", "carried_over", "result_total", "carried_forward")]
    bal = all(a["new_received"][c] + a["carried_over"][c] == a["result_total"][c] + a["carried_forward"][c] for c in range(7))
    rs = all(a["result_total"][c] == sum(a[k][c] for k in ed_keys) for c in range(7))
    rt = all(a[k][6] == sum(a[k][:6]) for k in a)
    return bal, rs, rt


PAGE_FOOTER = ('<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r>')


def S01():
    s = base("01_word_2021_county", "泗阳县人民政府", 2024, "2021", 90, 60000, we="我县",
             office="泗阳县人民政府办公室", tblHeader=True, title_cuts=[2, 7, 11])
    # numbers split over runs inside cells (mid-number)
    a = s["apps_cells"]
    a["new_received"][0] = t(a["new_received"][0], [1], RPR_CELL)
    a["new_received"][6] = t(a["new_received"][6], [1, 2], RPR_CELL)
    s["disc_cells"]["disclosure_licensing"]["administrative_licensing"] = ["44722" + "8"]
    s["disc_cells"]["disclosure_licensing"]["administrative_licensing"][0] = t("447228", [3], RPR_CELL)
    s["disc_cells"]["disclosure_fees"]["administrative_fees"] = [t("96171.6", [4], RPR_CELL)]
    s["overview_item"] = tsplit("2024年，泗阳县人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》和省、市关于政务公开工作的部署要求，"
                                "以公开促落实、以公开促规范、以公开促服务，政府信息公开工作取得新进展。", 4)
    s["header"] = run("泗阳县人民政府2024年政府信息公开工作年度报告")[0]
    s["footer"] = PAGE_FOOTER
    s["features"] = ["edition 2021", "typed headings 一、 and （一）", "section 二 as four tables with 第二十条 captions as paragraphs",
                     "vMerge restart/continue", "gridSpan", "tblHeader repeated header rows", "cell with two paragraphs (商业/企业)",
                     "text split over many runs (title, prose)", "numbers split over runs in cells (447|228, 9617|1.6)",
                     "fees with a decimal 96171.6", "header and footer text (PAGE field)", "checks balance"]
    return s


def S02():
    s = base("02_word_2021_town_autonumber", "沂源县大张庄镇人民政府", 2023, "2021", 4, 300, we="我镇",
             office="大张庄镇党政办公室", headings="auto", subs="separate")

    def lst(b):
        b.p(t("下一步重点做好以下工作："))
        for x in ["健全政务公开制度，规范信息发布审核流程。", "加强村级政务公开指导，推动公开向基层延伸。",
                  "提升政策解读质量，扩大解读覆盖面。"]:
            b.p(t(x), num=(1, 2))
    s["sec5_extra"] = [lst]
    s["features"] = ["edition 2021", "automatic numbering: section headings lvlText %1、 chineseCounting (no typed 一、)",
                     "subsection headings （%2） chineseCounting at ilvl 1 of the same list",
                     "decimal %3. items at ilvl 2 restarting under each heading", "counters across paragraphs and tables",
                     "level restarts", "suff nothing", "subsection headings as separate paragraphs", "checks balance"]
    return s


def S03():
    s = base("03_word_2019_town", "博爱县柏山镇人民政府", 2019, "2019", 3, 200, we="我镇", office="柏山镇党政办公室",
             disc_one_table=True)
    s["features"] = ["edition 2019", "year 2019", "section 二 as one table (template layout) with the 第（九）项 procurement part",
                     "2019 （六）其他处理 as one row", "procurement amount with 4 decimals", "signed 本年增/减 values (+n, -n)",
                     "vMerge", "gridSpan", "checks balance"]
    return s


def S04():
    s = base("04_word_2019_city_department", "常州市生态环境局", 2020, "2019", 25, 400, we="我局",
             office="常州市生态环境局办公室")
    dc = s["disc_cells"]
    dc["disclosure_rules"]["regulations"] = ["/", "/", "/"]
    dc["disclosure_licensing"]["other_external_management"] = ["—", "—", "—"]
    dc["disclosure_fees"]["administrative_fees"] = ["无", ""]
    dc["disclosure_procurement"]["government_procurement"] = ["12", "386.5400"]
    zero = [k for k in app_keys("2019") if k.startswith("withheld.") and not any(s["apps"][k])][0]
    s["apps_cells"][zero] = [""] * 7  # an all-zero row left blank by the author
    s["blank_row"] = zero
    s["features"] = ["edition 2019", "year 2020", "city department", "section 二 as five separate tables",
                     "cells `/`, `—`, `无` and blank", "a blank row in 三 (a withheld row left empty)", "procurement 386.5400",
                     "checks balance where cells are present"]
    return s


def S05():
    s = base("05_word_2021_year_2019_tables", "邳州市民政局", 2021, "2019", 8, 900, we="我局", office="邳州市民政局办公室")
    s["features"] = ["year 2021 report still using the 2019 tables (edition 2019)", "2019 （六）其他处理 as one row",
                     "section 二 as separate tables", "checks balance"]
    return s


def S06():
    s = base("06_word_2021_other_handling_one_row", "淮安市清江浦区人民政府", 2022, "2021", 60, 8000, we="我区",
             office="清江浦区人民政府办公室", other_one_row=True, disc_one_table=True)
    s["features"] = ["edition 2021 with （六）其他处理 printed as one row (2019 layout)",
                     "other_handling sub-rows null, printed row in extra_rows key other_handling",
                     "section 二 as one table", "checks balance using the printed （六） row"]
    return s


def S07():
    s = base("07_word_label_variants", "东海县人民政府", 2023, "2021", 40, 5000, we="我县", office="东海县人民政府办公室",
             halfwidth=True, halfwidth_subs=True, review_label="行政法复议", review_scale=3)
    s["labels"] = {
        "new_received": "一、本年新收政府信息 公开申请数量",
        "carried_over": "二、上年结转政府信息公开申请数量",
        "partially_disclosed": ["（二）部分公开（区分处理的，只计这一情形，", "不计其他情形）"],
        "withheld.prohibited_by_law": "2.其他法律行政法规禁止 公开",
        "unavailable.not_held": "1. 本机关不掌握相关政府信息",
        "result_total": "(七) 总 计",
    }
    s["g3_label"] = "三、本年度 办理结果"
    rng = random.Random("extra07")
    ex = [int(rng.random() * 5) for _ in range(6)]
    s["extra_rows"] = [("其中：通过互联网提交的申请", [str(v) for v in ex] + [str(sum(ex))])]
    s["features"] = ["label variants: half-width (一) and ( ) in table 三 and in prose subsections",
                     "spaces inside labels (信息 公开, 总 计, 1. 本机关)", "typo 行政法复议 in the 四 header",
                     "a label split into two paragraphs in one cell (（二）部分公开…)",
                     "report-specific extra row in 三 (extra_rows key null)", "checks balance"]
    return s


def S08():
    s = base("08_word_tracked_changes", "涟水县人民政府", 2024, "2021", 30, 3000, we="我县", office="涟水县人民政府办公室",
             track_revisions=True)
    a = s["apps_cells"]
    n = s["apps"]["disclosed"][0]
    a["disclosed"][0] = seq(dele(str(max(0, n - 2)), RPR_CELL), ins(run(str(n), RPR_CELL)))
    a["carried_forward"][6] = ins(run(a["carried_forward"][6], RPR_CELL))
    s["disc_cells"]["disclosure_enforcement"]["administrative_penalty"] = [
        seq(run("1", RPR_CELL), dele("0", RPR_CELL), ins(run("2", RPR_CELL)), run("6", RPR_CELL))]
    total = s["apps"]["new_received"][6]
    s["sub_items"] = {1: seq(t("2024年，我县共收到政府信息公开申请"), dele(str(total + 3)), ins(t(str(total))),
                             t("件，上年结转%d件，均在法定期限内予以答复，结转下年度继续办理%d件。" %
                               (s["apps"]["carried_over"][6], s["apps"]["carried_forward"][6])),
                             dele("其中网上申请占比较高。"),
                             t("进一步规范依申请公开受理、登记、审核、答复等环节，确保答复内容合法、规范、准确。"))}
    moved = "四是加强督查考核，将政务公开纳入年度目标管理。"
    s["sec5_items"] = {
        0: seq(t("2024年，我县政府信息公开工作虽然取得了一定成效，但仍存在一些不足：一是政策解读形式还不够丰富；二是部分栏目信息更新不够及时；三是工作人员业务能力有待加强。"),
               move_from(moved)),
        1: seq(t("下一步，我县将采取以下措施加以改进：一是丰富解读形式；二是加强栏目日常巡查；三是加强业务培训。"), move_to(moved)),
    }
    s["features"] = ["tracked changes: w:ins read, w:del/w:delText not read", "a cell showing 5-style correction (deleted old number, inserted new)",
                     "a number in a cell rebuilt from run + del + ins + run", "an inserted cell value",
                     "a deleted number and a deleted sentence in prose", "w:moveFrom (not read) and w:moveTo (read)",
                     "trackRevisions setting", "checks balance"]
    return s


def S09():
    s = base("09_word_fields_sdt_links", "徐州市铜山区人民政府", 2022, "2021", 70, 20000, we="我区",
             office="铜山区人民政府办公室", row_sdt="disclosed", bookmark_sec2=True)
    o = s["organ"]
    intro = ("本报告由铜山区人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制。"
             "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。本报告电子版可在")
    s["intro_item"] = seq(t(intro), hyperlink("rIdLink1", run("铜山区人民政府门户网站")), t("下载。"))
    s["intro_wrap"] = lambda x: ('<w:sdt><w:sdtPr><w:alias w:val="报告导语"/><w:tag w:val="intro"/><w:id w:val="77"/></w:sdtPr>'
                                 '<w:sdtContent>%s</w:sdtContent></w:sdt>' % x)
    s["hyper"] = "http://www.tongshan.gov.cn/tsqrmzf/zfxxgk/"
    s["overview_item"] = seq(t("2022年，"), fld_complex('DOCPROPERTY "Company" \\* MERGEFORMAT', run(o)),
                             t("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》，截至"),
                             smart("date", run("2022年12月31日")), t("，政府信息公开工作各项任务全面完成。"))
    s["sub_items"] = {
        0: seq(t("2022年，"), fld_simple("DOCPROPERTY Company \\* MERGEFORMAT", "我区"),
               t("通过政府门户网站主动公开政府信息1862条，其中政策文件86条，政策解读41篇。")),
        3: seq(t("持续加强政府网站信息公开专栏建设，"), cxml("platform", run("铜山区政府信息公开平台")),
               t("全年更新信息1862条，详见"), hyperlink(None, run("第二部分"), anchor="sec2"), t("。")),
    }
    s["sec6_items"] = {1: seq(t("联系人："), sdt_inline("联系人", run("王敏")), t("，联系地址："),
                              fld_complex('HYPERLINK "http://www.tongshan.gov.cn/"', run("铜山区政府网站"), instr_split=True),
                              t("“政府信息公开”栏目。"))}
    s["sec6_extra"] = [lambda b: b.p(t("本年度未发生因政府信息公开引发的重大舆情事件。"),
                                     wrap=lambda x: '<w:customXml w:uri="http://nianbao.example/report" w:element="note">%s</w:customXml>' % x)]
    s["features"] = ["w:hyperlink external (r:id) and internal (w:anchor)", "w:fldSimple (result read, instruction not)",
                     "complex fields fldChar/instrText (DOCPROPERTY; HYPERLINK with the instruction split over runs)",
                     "block-level w:sdt around the intro paragraph", "inline w:sdt", "w:sdt around a table row (（一）予以公开)",
                     "w:smartTag", "w:customXml inline and block-level", "checks balance"]
    return s


def S10():
    organ = "盱眙县马坝镇人民政府"
    s = base("10_word_textbox_breaks_symbols", organ, 2021, "2021", 3, 150, we="我镇", office="马坝镇党政办公室")
    s["title_items"] = [seq(t(organ, rpr=RPR_TITLE), br(), t("2021年政府信息公开工作年度报告", rpr=RPR_TITLE))]
    s["overview_item"] = seq(tab(), t("2021年，我镇高度重视政府信息公开工作，严格按照“应公开、尽公开”的原则推进政务公开。"), br(),
                             t("全年共召开政务公开专题会议4次，研究部署重点工作。"))
    s["sec5_items"] = {0: seq(t("存在的主要问题："), cr(), t("一是政策解读形式还不够丰富；二是部分栏目更新不够及时。"))}
    s["sec6_items"] = {1: seq(t("联系电话：0517"), nbh(), t("88631234，监督电话：0517"), sym(0x2014), t("88631000。"))}
    s["sec6_extra"] = [lambda b: b.p(textbox(["咨询地址：盱眙县马坝镇人民路8号", "邮政编码：211751"]))]
    s["disc_cells"]["disclosure_rules"]["regulations"] = [sym(0x2014, "宋体"), sym(0x2014, "宋体"), sym(0x2014, "宋体")]
    s["features"] = ["title in one paragraph split by w:br (organ / year line)", "w:tab at a paragraph start", "w:br inside a paragraph (new line)",
                     "w:cr (new line)", "w:noBreakHyphen (0517-88631234)", "w:sym in prose and as table cells (—)",
                     "mc:AlternateContent text box (wps:txbx) with VML fallback: read once", "checks balance"]
    s["expected_title"] = s["title"]
    return s


def S11():
    s = base("11_word_split_table_repeated_header", "连云港市海州区人民政府", 2024, "2021", 110, 30000, we="我区",
             office="海州区人民政府办公室", split_at="unavailable.not_held", split_header=True, split_repeat_labels=True,
             tblHeader=True, review_scale=4)
    s["features"] = ["table 三 split into two w:tbl by a page-break paragraph", "second part repeats the 3 header rows (tblHeader)",
                     "second part repeats the group label 三、本年度办理结果", "vMerge restarting in the second part", "checks balance"]
    return s


def S12():
    s = base("12_word_split_table_gridbefore_unbalanced", "灌南县人民政府", 2023, "2021", 50, 4000, we="我县",
             office="灌南县人民政府办公室", split_at="not_processed.duplicate",
             split_sep='<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:p>', grid_before=True)
    a, c = s["apps"], s["apps_cells"]
    a["new_received"][0] += 2
    a["new_received"][6] += 2
    c["new_received"] = [str(v) for v in a["new_received"]]
    s["features"] = ["table 三 split into two w:tbl by an empty paragraph, mid-group (（五）不予处理), no repeated header",
                     "rows under 三 written with w:gridBefore instead of a vertically merged first column",
                     "deliberately unbalanced: 一+二 ≠ 三(七)+四 for 自然人 and 总计"]
    return s


def S13():
    s = base("13_word_nested_table_gridafter", "宿迁市宿城区人民政府", 2025, "2021", 80, 12000, we="我区",
             office="宿城区人民政府办公室", grid_after=True, nested=True)
    s["disc_cells"]["disclosure_fees"]["administrative_fees"] = ["0.00"]
    s["overview_item"] = seq(t("2025年，宿城区人民政府深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，"),
                             proof(run("紧扣")), t("中心工作，"), bookmark("_GoBack"),
                             t("不断健全政务公开制度体系，持续提升政府信息公开质量和实效。"))
    s["features"] = ["year 2025", "section 四 table nested inside a one-cell layout table",
                     "single-value section 二 rows on a 4-column grid with w:gridAfter", "fees 0.00",
                     "w:proofErr and bookmarks (_GoBack) inside prose", "checks balance"]
    return s


def S14():
    s = base("14_word_notes_comments_all_zero", "金湖县人民政府", 2022, "2021", 0, 0, we="我县", office="金湖县人民政府办公室",
             review_scale=0)
    for k in s["apps"]:
        s["apps"][k] = [0] * 7
        s["apps_cells"][k] = ["0"] * 7
    for tid in s["disc_cells"]:
        for rk in s["disc_cells"][tid]:
            s["disc_cells"][tid][rk] = ["0" for _ in s["disc_cells"][tid][rk]]
    s["header"] = run("金湖县人民政府办公室　2022年度　三、收到和处理政府信息公开申请情况")[0]
    s["footer"] = PAGE_FOOTER + run("  第二十条第（一）项 规章 1 0 11")[0]
    s["footnotes"] = {1: "注：一、本年新收政府信息公开申请数量 12 件，其中自然人 12 件（统计口径见附表）。",
                      2: "四、结转下年度继续办理 3 件；行政复议 1 0 0 0 1。"}
    s["comments"] = {0: "（七）总计 请核对：3 0 0 0 0 0 3", 1: "五、存在的主要问题 此段请改写"}
    s["sub_items"] = {
        1: seq(t("2022年，我县未收到政府信息公开申请"), fnref(1), t("，上年无结转申请，无结转下年度继续办理的申请"), fnref(2), t("。")),
        2: seq(comment(0, t("严格落实政府信息公开保密审查制度，")), t("坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。")),
    }
    s["sec5_items"] = {0: seq(comment(1, t("2022年，我县政府信息公开工作虽然取得了一定成效，但仍存在一些不足。")),
                              t("一是政策解读形式还不够丰富；二是部分栏目信息更新不够及时。"))}
    s["features"] = ["all-zero tables", "header text with digits and a section-like label", "footer with PAGE field and table-like text",
                     "footnotes holding digits and table labels (not read; reference marks not read)",
                     "comments holding digits and labels (not read)", "checks balance (all zero)"]
    return s


def S15():
    s = base("15_word_numbering_formats", "洪泽区岔河镇人民政府", 2024, "2021", 5, 400, we="我镇", office="岔河镇党政办公室",
             headings="thousand", label_numbering={"withheld": 30, "unavailable": 31, "not_processed": 32, "other_handling": 33})

    def lists(b):
        b.p(t("本年度重点推进的工作："))
        for x in ["政策文件公开。", "财政信息公开。", "重点领域信息公开。"]:
            b.p(t(x), num=(6, 0))  # ideographTraditional 甲、乙、丙、
        b.p(t("政务公开培训安排："))
        for x in ["春季集中培训；", "秋季专题培训。"]:
            b.p(t(x), num=(7, 0))  # decimalFullWidth １．
        b.p(t("问题整改清单："))
        for x in ["栏目更新不及时；", "解读形式单一。"]:
            b.p(t(x), num=(8, 0))  # ①②
        for x in ["完善制度；", "强化考核。"]:
            b.p(t(x), num=(9, 0))  # a) b)
        for x in ["Annual review of the disclosure catalogue.", "Training records archived."]:
            b.p(t(x), num=(10, 0))  # I. II.
    s["sec5_extra"] = [lists]
    s["features"] = ["section headings numbered %1、 chineseCountingThousand", "ideographTraditional 甲、", "decimalFullWidth １．",
                     "decimalEnclosedCircleChinese ①", "lowerLetter a)", "upperRoman I.",
                     "table 三 item labels numbered automatically (%1. decimal) in cells, one num per group with lvlOverride/startOverride",
                     "checks balance"]
    return s


def S16():
    s = base("16_strict_ooxml", "响水县人民政府", 2023, "2021", 35, 6000, we="我县", office="响水县人民政府办公室",
             disc_one_table=True, tblHeader=True, strict=True)
    s["features"] = ["Strict OOXML: w namespace http://purl.oclc.org/ooxml/wordprocessingml/main",
                     "Strict relationship types and r: namespace", "w:conformance=strict", "section 二 as one table", "checks balance"]
    return s


def S17():
    s = base("17_libreoffice_resaved", "滨海县人民政府", 2024, "2021", 45, 9000, we="我县", office="滨海县人民政府办公室",
             headings="auto", libreoffice=True)
    s["overview_item"] = tsplit(prose(dict(organ="滨海县人民政府", office="", we="我县", year=2024, active=1, apps_new=0,
                                           apps_over=0, apps_fwd=0), random.Random("lo"))[1], 5)
    s["features"] = ["re-saved by LibreOffice (soffice --convert-to docx:MS Word 2007 XML)", "automatic numbering after LibreOffice export",
                     "vMerge/gridSpan as LibreOffice writes them", "runs split", "checks balance"]
    return s


def S19():
    s = base("19_word_style_numbering_unbalanced", "盐城市亭湖区人民政府", 2025, "2021", 150, 90000, we="我区",
             office="亭湖区人民政府办公室", headings="style", review_scale=6)
    a, c = s["apps"], s["apps_cells"]
    a["result_total"][1] += 1
    a["result_total"][6] += 1
    c["result_total"] = [str(v) for v in a["result_total"]]
    s["features"] = ["section headings numbered through the paragraph style (numPr in w:style, not in the paragraph)",
                     "deliberately unbalanced: （七）总计 ≠ sum of result rows for 商业企业 and 总计 (and so 一+二 ≠ 三(七)+四)",
                     "large values", "checks fail where stated"]
    return s


def S20():
    s = base("20_word_numbering_start_override", "射阳县人民政府", 2021, "2021", 20, 2500, we="我县", office="射阳县人民政府办公室",
             headings="mixed", subs="inline")
    s["features"] = ["一、 and its （一）…（五） numbered by a multilevel list", "二、三、四、 typed",
                     "五、六、 numbered by another list whose level has w:start 5", "checks balance"]
    return s


def S21():
    s = base("21_word_subsection_restart_override", "淮安市淮安区人民政府", 2023, "2021", 65, 15000, we="我区",
             office="淮安区人民政府办公室", headings="auto_single", subs="separate")

    def five(b):
        b.p(t("存在的主要问题", rpr=RPR_KAI), num=(21, 0))
        b.p(t("个别栏目信息更新不够及时，政策解读的针对性和可读性有待提高。"))
        b.p(t("改进措施", rpr=RPR_KAI), num=(21, 0))
        b.p(t("建立栏目更新提醒机制，丰富图解、视频等解读形式。"))
    s["sec5_extra"] = [five]
    s["features"] = ["section headings %1、 by numbering", "subsection headings （%1） from a single-level list restarted by a num with lvlOverride/startOverride",
                     "checks balance"]
    return s


# ---------------------------------------------------------------------------
# The WPS sample: values and prose filled into a copy of the real WPS template
# ---------------------------------------------------------------------------
WPS_RUN = ('<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/>'
           '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>%s</w:t></w:r>')


def wps_sample():
    s = base("18_wps_template_filled", "淮安市淮阴区人民政府", 2024, "2021", 55, 26000, we="我区",
             office="淮阴区人民政府办公室")
    s["features"] = ["written by WPS: a copy of the real WPS template with values and prose filled in by XML edits (other parts byte-identical)",
                     "section 二 as one table with gridSpan=3 single-value cells", "cells holding U+3000 before the value",
                     "58 vMerge / 26 gridSpan as the template has them", "typed headings", "checks balance"]
    zin = zipfile.ZipFile(WPS_TEMPLATE)
    x = zin.read("word/document.xml").decode("utf-8")
    rng = random.Random(s["name"])
    ctx = dict(organ=s["organ"], office=s["office"], we=s["we"], year=s["year"], active=2361,
               apps_new=s["apps"]["new_received"][6], apps_over=s["apps"]["carried_over"][6],
               apps_fwd=s["apps"]["carried_forward"][6], fees_text="本年度未收取信息处理费。")
    intro, overview, subs, sec5, sec6 = prose(ctx, rng)
    pid = [0x5A000000]

    def new_para(template_p, text):
        pid[0] += 1
        p = re.sub(r'w14:paraId="[0-9A-F]+"', 'w14:paraId="%08X"' % pid[0], template_p, 1)
        return re.sub(r"<w:t>[^<]*</w:t>", "<w:t>%s</w:t>" % escape(text), p, 1)

    def para_with(text):
        i = x.index("<w:t>%s</w:t>" % text)
        st = x.rindex("<w:p ", 0, i)
        en = x.index("</w:p>", i) + len("</w:p>")
        return st, en

    # title
    x = x.replace("<w:t>政府信息公开工作年度报告格式模板</w:t>", "<w:t>%s</w:t>" % escape(s["title"]), 1)
    st, en = para_with("（文字描述）")
    desc_p = x[st:en]
    lines1 = [overview] + ["（%s）%s。%s" % (CN[i + 1], a, bdy) for i, (a, bdy) in enumerate(subs)]
    x = x[:st] + "".join(new_para(desc_p, ln) for ln in lines1) + x[en:]
    # intro before 一、总体情况
    st, _ = para_with("一、总体情况")
    x = x[:st] + new_para(desc_p, intro) + x[st:]
    st, en = para_with("（文字描述）")
    x = x[:st] + "".join(new_para(desc_p, ln) for ln in sec5) + x[en:]
    st, en = para_with("（文字描述，收取信息处理费情况在此处报告。）")
    x = x[:st] + "".join(new_para(desc_p, ln) for ln in sec6) + x[en:]

    # values: walk the three tables
    tbls = [m.span() for m in re.finditer(r"<w:tbl>.*?</w:tbl>", x, re.S)]
    assert len(tbls) == 3

    def fill_cell(tc_xml, val):
        if val == "":
            return tc_xml
        k = tc_xml.rindex("</w:p>")
        return tc_xml[:k] + WPS_RUN % escape(val) + tc_xml[k:]

    def fill_rows(tx, plan):
        """plan: row index -> list of values for the last len(list) cells."""
        rows = list(re.finditer(r"<w:tr[ >].*?</w:tr>", tx, re.S))
        out, last = [], 0
        for ri, m in enumerate(rows):
            out.append(tx[last:m.start()])
            r = m.group(0)
            if ri in plan:
                cells = list(re.finditer(r"<w:tc>.*?</w:tc>", r, re.S))
                vals = plan[ri]
                target = cells[len(cells) - len(vals):]
                parts, l2 = [], 0
                for c, v in zip(target, vals):
                    parts.append(r[l2:c.start()])
                    parts.append(fill_cell(c.group(0), v))
                    l2 = c.end()
                parts.append(r[l2:])
                r = "".join(parts)
            out.append(r)
            last = m.end()
        out.append(tx[last:])
        return "".join(out)

    dc = s["disc_cells"]
    plan2 = {2: dc["disclosure_rules"]["regulations"], 3: dc["disclosure_rules"]["normative_documents"],
             6: dc["disclosure_licensing"]["administrative_licensing"],
             9: dc["disclosure_enforcement"]["administrative_penalty"], 10: dc["disclosure_enforcement"]["administrative_coercion"],
             13: dc["disclosure_fees"]["administrative_fees"]}
    plan3 = {3 + i: s["apps_cells"][k] for i, k in enumerate(app_keys("2021"))}
    plan4 = {3: s["review_cells"]}
    pieces, last = [], 0
    for (a, bnd), plan in zip(tbls, [plan2, plan3, plan4]):
        pieces.append(x[last:a])
        pieces.append(fill_rows(x[a:bnd], plan))
        last = bnd
    pieces.append(x[last:])
    x = "".join(pieces)

    path = os.path.join(OUT, s["name"] + ".docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for zi in zin.infolist():
            data = x.encode("utf-8") if zi.filename == "word/document.xml" else zin.read(zi.filename)
            zout.writestr(zi, data)
    b = Builder()
    b.sections = [{"number": "一", "title": "总体情况", "lines": [norm_line(v) for v in lines1]},
                  {"number": "二", "title": "主动公开政府信息情况", "lines": []},
                  {"number": "三", "title": "收到和处理政府信息公开申请情况", "lines": []},
                  {"number": "四", "title": "政府信息公开行政复议、行政诉讼情况", "lines": []},
                  {"number": "五", "title": "存在的主要问题及改进情况", "lines": sec5},
                  {"number": "六", "title": "其他需要报告的事项", "lines": sec6}]
    return s, b


# ---------------------------------------------------------------------------
def libreoffice_resave(src, dst):
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        outdir = os.path.join(td, "out")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", outdir, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        data = open(os.path.join(outdir, os.path.basename(src)), "rb").read()
    # pin the save times LibreOffice writes so that reruns only differ where LibreOffice itself varies
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for n in zin.namelist():
            d = zin.read(n)
            if n == "docProps/core.xml":
                d = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:30:00Z", d)
            if n == "docProps/app.xml":
                d = re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"<TotalTime>0</TotalTime>", d)
            zout.writestr(n, d)
    write_zip_deterministic(out.getvalue(), dst)


SAMPLES = [S01, S02, S03, S04, S05, S06, S07, S08, S09, S10, S11, S12, S13, S14, S15, S16, S17, "wps", S19, S20, S21]


def main():
    os.makedirs(OUT, exist_ok=True)
    readme_rows = []
    for f in SAMPLES:
        _rev[0], _bm[0], _sdt[0] = 100, 0, 500
        if f == "wps":
            s, b = wps_sample()
        else:
            s = f()
            b = Builder()
            if s.get("hyper"):
                b.hyperlinks["rIdLink1"] = s["hyper"]
            write_report(b, s)
            path = os.path.join(OUT, s["name"] + ".docx")
            if s.get("libreoffice"):
                if shutil.which("soffice"):
                    with tempfile.TemporaryDirectory() as td:
                        src = os.path.join(td, s["name"] + ".docx")
                        save_docx(b, s, src)
                        libreoffice_resave(src, path)
                else:
                    print("soffice not found: keeping the committed", path, file=sys.stderr)
            else:
                save_docx(b, s, path)
        e = expected(b, s)
        with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        readme_rows.append((s["name"], s["organ"], s["year"], s["edition"], checks_summary(s), s["features"]))
        print("wrote", s["name"])
    with open(os.path.join(OUT, "INDEX.json"), "w", encoding="utf-8") as fh:
        json.dump([{"name": n, "organ": o, "year": y, "edition": ed, "balance": c[0], "result_sum": c[1], "row_total": c[2],
                    "features": ft} for n, o, y, ed, c, ft in readme_rows], fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
