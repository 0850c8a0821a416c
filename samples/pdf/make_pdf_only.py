"""Builds the two PDF-only samples and their expected files (called by make_pdfs.sh).

Both are written as DOCX with the DOCX sample generator's own helpers (so the expected file
comes from the data the generator put in, never from nianbao), printed to PDF by LibreOffice,
then, for 21, edited at the PDF level:

- 21_pdf_fake_bold_letter_spaced: the title and section headings are letter-spaced
  (w:spacing 6pt between characters) and drawn twice 0.35pt apart (fake bold: each text object
  at the headings' font sizes is copied with a small shift, as some PDF printers do).
- 22_pdf_table_without_rules: the four section 二 tables have no borders at all, so their
  cells are found from text alignment only.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "samples/pdf"
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gen", os.path.join(HERE, "..", "generate_docx.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)

HEADING_SZ, TITLE_SZ = 31, 43  # half-points: 15.5pt and 21.5pt, sizes no other text uses
NO_BORDERS = ('<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>'
              '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
              '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/>'
              '<w:tblLook w:val="04A0"/></w:tblPr>')


def to_pdf(b, s, name):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, name + ".docx")
        gen.save_docx(b, s, src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(td, name + ".pdf"), "rb") as fh:
            return fh.read()


def fake_bold(pdf, sizes):
    """Copies every text object set in one of `sizes` (points) 0.35pt to the right."""
    with tempfile.TemporaryDirectory() as td:
        a, q = os.path.join(td, "a.pdf"), os.path.join(td, "q.pdf")
        with open(a, "wb") as fh:
            fh.write(pdf)
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", a, q], check=True)
        data = open(q, "rb").read()
        pat = re.compile(rb"BT\n([0-9.\-]+) ([0-9.\-]+) Td (/F\d+ (%s) Tf.*?)\nET\n"
                         % b"|".join(re.escape(str(x).encode()) for x in sizes), re.S)
        count = [0]

        def dup(m):
            count[0] += 1
            x = float(m.group(1)) + 0.35
            return m.group(0) + b"BT\n%.2f %s Td %s\nET\n" % (x, m.group(2), m.group(3))
        data = pat.sub(dup, data)
        assert count[0] >= 7, count[0]
        with open(q, "wb") as fh:
            fh.write(data)
        out = os.path.join(td, "out.pdf")
        with open(out, "wb") as fh:
            subprocess.run(["fix-qdf", q], check=True, stdout=fh)
        # compress again so the sample stays small
        final = os.path.join(td, "final.pdf")
        subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=generate", out, final], check=True)
        return open(final, "rb").read()


def write(name, s, b, pdf, notes):
    with open(os.path.join(OUT, name + ".pdf"), "wb") as fh:
        fh.write(pdf)
    e = gen.expected(b, s)
    e["source"] = "pdf/%s.pdf" % name
    e["features"] = notes
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote", name)


def sample21():
    name = "21_pdf_fake_bold_letter_spaced"
    s = gen.base(name, "金湖县银涂镇人民政府", 2024, "2021", 6, 400, we="我镇")
    spacing = '<w:spacing w:val="120"/>'
    gen.RPR_HEI = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>%s'
                   '<w:sz w:val="%d"/></w:rPr>' % (spacing, HEADING_SZ))
    gen.RPR_TITLE = ('<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/>%s'
                     '<w:sz w:val="%d"/></w:rPr>' % (spacing, TITLE_SZ))
    b = gen.Builder()
    gen.write_report(b, s)
    pdf = fake_bold(to_pdf(b, s, name), [HEADING_SZ / 2, TITLE_SZ / 2])
    write(name, s, b, pdf, ["title and section headings letter-spaced (6pt between characters)",
                            "title and headings drawn twice 0.35pt apart (fake bold)", "edition 2021", "tables with rules"])


def sample22():
    name = "22_pdf_table_without_rules"
    s = gen.base(name, "盱眙县穆店乡人民政府", 2023, "2021", 5, 300, we="我乡")
    b = gen.Builder()
    gen.write_report(b, s)
    n = 0
    for i, x in enumerate(b.body):
        if x.startswith("<w:tbl>") and n < 4:
            b.body[i] = x.replace(gen.TBLPR, NO_BORDERS)
            n += 1
    assert n == 4
    write(name, s, b, to_pdf(b, s, name), ["section 二 as four tables with no borders at all (text alignment only)",
                                           "tables 三 and 四 with rules", "edition 2021"])




def image_only_pdf(path):
    """A one-page PDF holding only an image (a 'scan'): no text layer at all."""
    import zlib
    w, h = 200, 100
    pixels = bytes((255 if (x // 10 + y // 10) % 2 else 0) for y in range(h) for x in range(w))
    img = zlib.compress(pixels)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(img)) + img + b"\nendstream",
            None]
    content = b"q 400 0 0 200 100 500 cm /Im1 Do Q"
    objs[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as fh:
        fh.write(out)


def faults(folder):
    """Fixtures for the reader's error tests: encrypted (user password / empty user password),
    image only. A truncated PDF is cut from a sample inside the test."""
    os.makedirs(folder, exist_ok=True)
    with tempfile.TemporaryDirectory() as td:
        txt = os.path.join(td, "small.txt")
        with open(txt, "w", encoding="utf-8") as fh:
            fh.write("政府信息公开工作年度报告\n\n一、总体情况\n\n本年度主动公开政府信息。\n")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, txt], check=True,
                       stdout=subprocess.DEVNULL)
        small = os.path.join(td, "small.pdf")
        subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", small,
                        os.path.join(folder, "encrypted_user_password.pdf")], check=True)
        subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", small,
                        os.path.join(folder, "encrypted_empty_user_password.pdf")], check=True)
    image_only_pdf(os.path.join(folder, "image_only.pdf"))
    print("wrote faults")


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "faults":
    faults(os.path.join(OUT, "faults"))


if __name__ == "__main__" and len(sys.argv) <= 2:
    sample21()
    sample22()
