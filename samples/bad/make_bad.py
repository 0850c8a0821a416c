#!/usr/bin/env python3
"""Writes the hostile and broken inputs of samples/bad/ (and a few odd but valid ones).

    python3 samples/bad/make_bad.py

Only the Python standard library is used, and the output is deterministic (fixed seeds, fixed
zip timestamps), so running it again rewrites the same bytes. The zip bombs are small on disk:
a deflate stream of zeros compresses about 1000:1, so 100 KB inflates to 100 MB. What each file
is for is in the README's "Bad input" table; what `nianbao convert` must say about each is
checked by Tests/NormalizeTests/BadInputTests.swift. The fuzz crash regressions (crash-*) are not made
here: they are the inputs libFuzzer wrote, copied as found.
"""
import os
import random
import shutil
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def path(name):
    return os.path.join(HERE, name)


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


def zip_bytes(entries, compress=zipfile.ZIP_DEFLATED):
    """A zip of (name, bytes) with fixed timestamps."""
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compress) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = compress
            z.writestr(info, data)
    return buffer.getvalue()


def docx(document_xml, compress=zipfile.ZIP_DEFLATED):
    """A minimal DOCX package around one document.xml (str or bytes)."""
    if isinstance(document_xml, str):
        document_xml = document_xml.encode("utf-8")
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                      ("word/document.xml", document_xml)], compress)


def body(inner):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}"><w:body>{inner}</w:body></w:document>')


def para(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def raw_zip(name, raw_deflate, declared_size, crc, compressed_size=None):
    """A one-entry zip written by hand, so its headers can say what they like."""
    name = name.encode()
    compressed_size = len(raw_deflate) if compressed_size is None else compressed_size
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5821, crc,
                        compressed_size, declared_size, len(name), 0) + name
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x5821, crc,
                          compressed_size, declared_size, len(name), 0, 0, 0, 0, 0, 0) + name
    offset = len(local) + len(raw_deflate)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + raw_deflate + central + end


def deflated_zeros(size):
    """A raw deflate stream of `size` zero bytes (about 1000:1), and its CRC-32."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1 << 20)
    out, crc, left = [], 0, size
    while left > 0:
        chunk = block[:min(left, len(block))]
        out.append(compressor.compress(chunk))
        crc = zlib.crc32(chunk, crc)
        left -= len(chunk)
    out.append(compressor.flush())
    return b"".join(out), crc


def pdf(pages, extra_objects=()):
    """A PDF of pages, each (content stream bytes, resources dict text); xref computed."""
    objects = []  # object bodies, numbered from 1

    def add(body_bytes):
        objects.append(body_bytes)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    extra = [add(o) for o in extra_objects]
    pages_id = len(objects) + 1
    add(b"")  # placeholder for the page tree
    kids = []
    for content, resources in pages:
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        res = resources.replace("FONT", f"{font} 0 R")
        for i, number in enumerate(extra):
            res = res.replace(f"EXTRA{i}", f"{number} 0 R")
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources {res} /Contents {stream} 0 R >>".encode()))
    objects[pages_id - 1] = (f"<< /Type /Pages /Count {len(kids)} /Kids ["
                             + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body_bytes in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body_bytes + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def text_page(lines):
    ops = ["BT /F1 12 Tf 14 TL 72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode()


def main():
    good_docx = open(os.path.join(SAMPLES, "docx", "01_word_2021_county.docx"), "rb").read()
    good_pdf = open(os.path.join(SAMPLES, "pdf", "01_word_2021_county.pdf"), "rb").read()
    rng = random.Random(20240101)

    # --- Empty and random bytes ---
    write("empty.docx", b"")
    write("random.docx", bytes(rng.getrandbits(8) for _ in range(4096)))
    # Random bytes behind a zip signature: sniffed as a zip, refused by libzip.
    write("random_after_zip_magic.docx", b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(4096)))

    # --- Broken zips ---
    write("truncated.docx", good_docx[: len(good_docx) // 2])
    # The central directory's CRC for document.xml disagrees with the bytes.
    z = bytearray(good_docx)
    name = b"word/document.xml"
    at = z.find(b"PK\x01\x02")
    while z[at + 46: at + 46 + len(name)] != name:
        at = z.find(b"PK\x01\x02", at + 4)
        assert at != -1, "document.xml has a central directory entry"
    struct.pack_into("<I", z, at + 16, struct.unpack_from("<I", z, at + 16)[0] ^ 0xFFFFFFFF)
    write("crc_mismatch.docx", bytes(z))
    # The end record says the central directory starts past the end of the file.
    z = bytearray(good_docx)
    eocd = z.rfind(b"PK\x05\x06")
    struct.pack_into("<I", z, eocd + 16, len(z) + 1000)
    write("bad_central_directory.docx", bytes(z))
    write("no_document_xml.docx", zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                                             ("word/styles.xml", "<w:styles xmlns:w=\"%s\"/>" % W)]))
    write("plain_zip.docx", zip_bytes([("readme.txt", "hello")]))

    # --- Other formats under a .docx name ---
    write("xlsx_as.docx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES.replace("/word/document.xml", "/xl/workbook.xml")),
        ("_rels/.rels", PACKAGE_RELS.replace("word/document.xml", "xl/workbook.xml")),
        ("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')]))
    write("odt_as.docx", zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"),
                                    ("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')],
                                   zipfile.ZIP_STORED))
    ole = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504) + bytes(rng.getrandbits(8) for _ in range(1024))
    write("legacy_doc.docx", ole)
    write("legacy_wps.docx", ole[:8] + b"\x00" * 16 + b"\x3e\x00\x03\x00" + ole[28:])

    # --- Hostile XML ---
    write("malformed_xml.docx", docx(body(para("未闭合") + "<w:p><w:r><w:t>broken</w:r></w:p>")))
    write("doctype.docx", docx('<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ELEMENT w:document ANY>]>\n'
                               + body(para("二、主动公开政府信息情况"))[len('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'):]))
    write("external_entity.docx", docx(
        '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY web SYSTEM "http://127.0.0.1:9/never-fetched">]>\n'
        f'<w:document xmlns:w="{W}"><w:body>' + para("&xxe;&web;") + "</w:body></w:document>"))
    write("external_dtd.docx", docx(
        '<?xml version="1.0"?>\n<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/never-fetched.dtd">\n'
        f'<w:document xmlns:w="{W}"><w:body>' + para("x") + "</w:body></w:document>"))
    lol = "".join(f'<!ENTITY l{i} "' + f"&l{i - 1};" * 10 + '">' for i in range(1, 10))
    write("billion_laughs.docx", docx(
        '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY l0 "lol">' + lol + ']>\n'
        f'<w:document xmlns:w="{W}"><w:body>' + para("&l9;") + "</w:body></w:document>"))
    # Stored, not deflated: the compression-ratio limit would refuse these before the parser
    # sees them. 10,000 references to a 10 KB entity would expand to 100 MB.
    quadratic = "A" * 10_000
    write("quadratic_blowup.docx", docx(
        f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "{quadratic}">]>\n'
        f'<w:document xmlns:w="{W}"><w:body>' + para("&a;" * 10_000) + "</w:body></w:document>", zipfile.ZIP_STORED))
    # 3,000 levels of nested tables, enough to overflow a recursive parser's stack.
    levels = 1_000
    write("deep_nesting.docx", docx(
        '<?xml version="1.0"?>\n' f'<w:document xmlns:w="{W}"><w:body>'
        + "<w:tbl><w:tr><w:tc>" * levels + para("x") + "</w:tc></w:tr></w:tbl>" * levels + "</w:body></w:document>",
        zipfile.ZIP_STORED))

    # Grid counts near Int.max overflowed the DOCX reader's column arithmetic (a trap, found by
    # probing after fuzzing); they are clamped now and the document converts.
    huge = "9223372036854775807"
    write("grid_span_int_max.docx", docx(body(
        para("二、主动公开政府信息情况") + "<w:tbl><w:tr>"
        f'<w:trPr><w:gridBefore w:val="{huge}"/><w:gridAfter w:val="{huge}"/></w:trPr>'
        f'<w:tc><w:tcPr><w:gridSpan w:val="{huge}"/></w:tcPr>' + para("规章") + "</w:tc>"
        f'<w:tc><w:tcPr><w:gridSpan w:val="{huge}"/></w:tcPr>' + para("1") + "</w:tc>"
        f'<w:tc><w:tcPr><w:gridSpan w:val="-{huge}"/><w:hMerge/></w:tcPr>' + para("2") + "</w:tc>"
        "</w:tr></w:tbl>")))

    # Numbering counters from hostile w:start values: Int.max overflowed on the second item (a
    # trap); 10^12 in lowerLetter asked for a 38 GB label. Clamped now; both convert.
    numbered = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                "<w:r><w:t>项目</w:t></w:r></w:p>") * 3
    for name, start, number_format in [("numbering_start_int_max.docx", "9223372036854775807", "decimal"),
                                       ("numbering_letters_huge.docx", "1000000000000", "lowerLetter")]:
        numbering = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
                     f'<w:start w:val="{start}"/><w:numFmt w:val="{number_format}"/><w:lvlText w:val="%1、"/></w:lvl>'
                     '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
        write(name, zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                               ("word/document.xml", body(numbered)), ("word/numbering.xml", numbering)]))

    # --- Zip bombs and huge entry counts ---
    # Honest headers: 200 MiB from ~200 KB, a ratio near 1000 and a size over the 100 MiB limit,
    # refused as a bomb before inflating. (An entry within the size limit is inflated whatever
    # its ratio: bytes are counted as they inflate and stop at the limit.)
    big_zeros, big_crc = deflated_zeros(200 << 20)
    write("bomb_ratio.docx", raw_zip("word/document.xml", big_zeros, 200 << 20, big_crc))
    zeros, crc = deflated_zeros(100 << 20)
    # Lying headers: they declare 20 KB, the stream inflates to 100 MB; refused by counting.
    write("bomb_lying_header.docx", raw_zip("word/document.xml", zeros, 20_000, crc))
    # Lying headers that also hide the ratio: declared as stored-size, so only counting stops it.
    write("bomb_lying_ratio.docx", raw_zip("word/document.xml", zeros, len(zeros) * 2, crc))
    entries = [(f"x/{i:05d}", b"") for i in range(10_050)]
    write("many_entries.docx", zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                                          ("word/document.xml", body(para("x")))] + entries, zipfile.ZIP_STORED))

    # A valid DOCX whose document.xml is large and repetitive: 200,000 short paragraphs, 7 MB
    # from about 20 KB (a ratio over 300), inside the 100 MiB entry limit: it converts.
    write("repetitive_200000_paragraphs.docx", docx(body(
        para("某县2023年政府信息公开工作年度报告") + para("一、总体情况") + para("本年度无。") * 200_000)))

    # Password-protected DOCX (encrypted.docx: an OLE compound file holding EncryptionInfo and
    # EncryptedPackage) is made with msoffcrypto-tool (pip install msoffcrypto-tool), password
    # "x", from docx/01_word_2021_county.docx; its salt is random, so the committed file is kept
    # when the tool is missing.
    try:
        import io
        from msoffcrypto.format.ooxml import OOXMLFile
        if not os.path.exists(path("encrypted.docx")):
            out = io.BytesIO()
            OOXMLFile(open(os.path.join(SAMPLES, "docx", "01_word_2021_county.docx"), "rb")).encrypt("x", out)
            write("encrypted.docx", out.getvalue())
    except ImportError:
        pass
    # An OLE signature and header whose directory chain loops on itself: not a readable
    # compound file, so the legacy message (never a hang or a trap).
    header = bytearray(ole[:512])
    struct.pack_into("<HH", header, 0x1C, 0xFFFE, 9)          # byte order, 512-byte sectors
    struct.pack_into("<III", header, 0x2C, 1, 0, 0)             # one FAT sector; directory at sector 0
    struct.pack_into("<I", header, 0x4C, 1)                     # the FAT is sector 1
    directory = bytearray(512)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0, 0xFFFFFFFD)              # sector 0 is followed by sector 0
    write("ole_directory_loop.docx", bytes(header) + bytes(directory) + bytes(fat))

    # Libraries' own messages: libxml2's encoding errors (a part declared GB2312 or UTF-32 but
    # written in UTF-8) and a reason of two lines (bytes that are not UTF-8 in a UTF-8 part).
    for name, encoding in [("docx_encoding_gb2312_libxml2_stderr_noise.docx", "GB2312"),
                           ("docx_encoding_utf32_libxml2_stderr_noise.docx", "UTF-32")]:
        write(name, docx(body(para("方案：政府信息公开")).replace('encoding="UTF-8"', f'encoding="{encoding}"')))
    write("docx_invalid_utf8_two_line_error.docx",
          docx(body(para("x")).encode().replace(b"<w:t>x", b"<w:t>\xff\xfe r")))

    # Parts libxml2 alone cannot read: UTF-32 with a byte-order mark (it sees an empty
    # document), and sample 01 with document.xml re-encoded in GB18030 while it still declares
    # UTF-8 (as some converters leave it; the bytes are GB18030 throughout and not UTF-8).
    utf32 = body(para("一、总体情况 本年度收到申请10件。")).replace('encoding="UTF-8"', 'encoding="UTF-32"')
    write("utf32_part.docx", docx(utf32.encode("utf-32")))
    import io
    with zipfile.ZipFile(io.BytesIO(good_docx)) as source:
        entries = [(i, source.read(i.filename)) for i in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = data.decode("utf-8").encode("gb18030")
            z.writestr(info, data)
    write("utf8_declared_gb18030_part.docx", buffer.getvalue())

    # --- PDFs ---
    write("truncated.pdf", good_pdf[:5000])
    write("damaged.pdf", b"%PDF-1.7\n" + bytes(rng.getrandbits(8) for _ in range(2048)))
    shutil.copyfile(os.path.join(SAMPLES, "pdf", "faults", "encrypted_user_password.pdf"), path("encrypted.pdf"))
    image = bytes(((x ^ y) & 1) * 255 for y in range(64) for x in range(64))
    image_object = b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray " \
                   b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(image) + image + b"\nendstream"
    write("image_only.pdf", pdf([(b"q 400 0 0 560 100 140 cm /Im0 Do Q", "<< /XObject << /Im0 EXTRA0 >> >>")],
                                [image_object]))
    write("blank_pages_only.pdf", pdf([(b"", "<< >>")] * 3))
    # Values a PDF may hold that no Int can: a font size of 10^30 (glyph boxes of 10^28 points),
    # a move of -10^30 and a text matrix of 10^38 (PDF numbers have no exponent); then an
    # ordinary line, which must be read.
    huge_values = (b"BT /F1 1000000000000000000000000000000 Tf 72 760 Td (X) Tj ET\n"
                   b"BT /F1 12 Tf -1000000000000000000000000000000 700 Td (Y) Tj ET\n"
                   + (b"BT /F1 12 Tf %s 0 0 %s %s %s Tm (Z) Tj ET\n" % ((b"1" + b"0" * 38,) * 4))
                   + b"BT /F1 12 Tf 72 600 Td (Report 2023 annual text line) Tj ET")
    write("pdf_huge_values.pdf", pdf([(huge_values, "<< /Font << /F1 FONT >> >>")]))
    # pdf_broken_embedded_font_stderr_noise.pdf (poppler prints "some font thing failed") is a
    # reproducer copied as found (samples/README.md).

    # --- Text ---
    write("nul_bytes.txt", "政府信息公开工作年度报告\n".encode() + b"\x00\x00abc\x00" + "一、总体情况\n".encode())
    write("unknown_encoding.txt", "政府信息公开工作年度报告\n".encode() + b"\xff\x30\x80\x81\xfe" * 20 + b"\n")
    write("utf16_without_bom.txt", "政府信息公开工作年度报告\n一、总体情况\n".encode("utf-16-le"))
    write("random.txt", bytes(rng.getrandbits(8) for _ in range(4096)))
    # Stray bytes that are neither UTF-8 nor GB18030 in UTF-8 prose: 3 bytes (a lone 0xFF, a
    # UTF-8 character cut short) in about 400. Read with U+FFFD and a warning; 1% or more, refused.
    report = "\n".join(["某县2023年政府信息公开工作年度报告", "一、总体情况",
                        "本年度共收到申请十件，全部按时办结。" * 5, "二、主动公开政府信息情况", "无。"]).encode()
    cut = "收".encode()[:2]
    write("invalid_utf8_few_bytes.txt", report.replace("共收到".encode(), "共".encode() + b"\xff" + cut + "到".encode(), 1) + b"\n")
    write("invalid_utf8_many_bytes.txt", report.replace("。".encode(), b"\xff\xfe\xff", 5) + b"\n")

    # --- Odd but valid ---
    # A text dump whose table has 20,000 rows (TAB-separated).
    lines = ["某县2023年政府信息公开工作年度报告", "一、总体情况", "本年度共有二万行的附表。",
             "二、主动公开政府信息情况", "项目\t本年制发件数\t本年废止件数\t现行有效件数"]
    lines += [f"附表第{i}行\t{i % 7}\t{i % 3}\t{i % 11}" for i in range(20_000)]
    lines += ["三、收到和处理政府信息公开申请情况", "无。"]
    write("big_table_20000_rows.txt", ("\n".join(lines) + "\n").encode())
    # The same table in a DOCX.
    rows = "".join(f"<w:tr><w:tc>{para(f'附表第{i}行')}</w:tc><w:tc>{para(str(i % 7))}</w:tc>"
                   f"<w:tc>{para(str(i % 3))}</w:tc><w:tc>{para(str(i % 11))}</w:tc></w:tr>" for i in range(20_000))
    write("big_table_20000_rows.docx", docx(body(
        para("某县2023年政府信息公开工作年度报告") + para("二、主动公开政府信息情况") + f"<w:tbl>{rows}</w:tbl>")))
    # One page of text, then 500 blank pages.
    write("blank_pages_500.pdf", pdf([(text_page(["Annual report 2023", "1. Overview", "No tables in this report."]), "<< /Font << /F1 FONT >> >>")]
                                     + [(b"", "<< >>")] * 500))
    # A page 14,000 points square (the largest PDF allows is 14,400): rendered whole at 100 dpi
    # to find table rules it would take 1.9 GB.
    huge = pdf([(text_page(["Annual report 2023", "A very large page."]), "<< /Font << /F1 FONT >> >>")])
    write("huge_page.pdf", huge.replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 14000 14000]"))
    write("no_tables.txt", "\n".join([
        "某县2023年政府信息公开工作年度报告", "一、总体情况", "本年度没有表格。",
        "二、主动公开政府信息情况", "无。", "六、其他需要报告的事项", "无。"]).encode() + b"\n")


if __name__ == "__main__":
    main()
