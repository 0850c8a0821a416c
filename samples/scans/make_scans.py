#!/usr/bin/env python3
"""Make the scanned samples in samples/scans/ from the text PDF samples in samples/pdf/.

Each report is "printed, stamped and scanned" the way offices do it: every page is
rendered with pdftoppm onto an A4 sheet at the file's dpi; the last page gets the
body's red round seal (multiplied over the ink, so the text under it stays visible);
then the scanner: a slight paper tone, colour pulled towards grey (the seal stays red),
a rotation by a fraction of a degree with white fill, a slight Gaussian blur, mild
Gaussian noise and JPEG compression. The pages go into one image-only PDF with img2pdf
(page size from the dpi, so the page is A4). One mixed document keeps its first pages
as the source's text pages and replaces its last page by the stamped scan.

Deterministic: every random draw comes from numpy's PCG64 seeded from the file's fixed
seed, the PDFs carry no dates; re-running gives the same bytes (with the same poppler,
Pillow, libjpeg, img2pdf and seal font). Parameters per file are in SCANS below and in
README.md.

Usage:  python3 samples/scans/make_scans.py          (from the repository root or anywhere)
Needs:  pdfinfo, pdftoppm, pdftotext (poppler-utils); python3 with Pillow, numpy, img2pdf,
        pikepdf; a font with Chinese glyphs for the seal text (fonts-noto-cjk).
"""

import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

import img2pdf
import numpy as np
import pikepdf
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(os.path.dirname(HERE), "pdf")

A4_MM = (210.0, 297.0)
A4_PT = (A4_MM[0] / 25.4 * 72, A4_MM[1] / 25.4 * 72)

# The seal font: Noto Serif CJK SC Bold (index 2 of the collection), else no seal text.
SEAL_FONTS = [
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
]

# stem, dpi, rotation (degrees, + = counter-clockwise), noise sigma (0-255 levels),
# blur radius (pixels), white point of the scanner's levels (255 = no background
# removal: the paper keeps its tone and noise), JPEG quality, seal rotation (degrees), seed, kind.
# kind "scan": every page scanned; "mixed": text pages kept, last page scanned.
SCANS = [
    dict(stem="01_word_2021_county", dpi=200, angle=0.35, noise=4.0, blur=0.7, white=232, quality=78, seal_angle=-6, seed=101, kind="scan"),
    dict(stem="03_word_2019_town", dpi=150, angle=-0.6, noise=3.0, blur=0.5, white=255, quality=75, seal_angle=4, seed=103, kind="scan"),
    dict(stem="11_word_split_table_repeated_header", dpi=150, angle=-0.25, noise=5.0, blur=0.8, white=232, quality=80, seal_angle=9, seed=111, kind="scan"),
    dict(stem="18_wps_template_filled", dpi=300, angle=0.5, noise=4.0, blur=1.0, white=232, quality=70, seal_angle=-3, seed=118, kind="scan"),
    dict(stem="30_variant_landscape_shaded_thick_border", dpi=200, angle=-0.4, noise=3.0, blur=0.9, white=234, quality=75, seal_angle=12, seed=130, kind="scan"),
    dict(stem="36_variant_dashed_inner_blue_fill", dpi=150, angle=0.8, noise=4.5, blur=0.6, white=236, quality=85, seal_angle=-10, seed=136, kind="scan"),
    dict(stem="34_variant_rows_across_pages", dpi=200, angle=-0.7, noise=4.0, blur=0.7, white=255, quality=78, seal_angle=7, seed=134, kind="mixed"),
    dict(stem="38_variant_light_grey_rules", dpi=200, angle=0.09, noise=4.4, blur=0.8, white=236, quality=85, seal_angle=-6, seed=512, kind="scan"),
    dict(stem="13_word_nested_table_gridafter", dpi=200, angle=-0.74, noise=4.1, blur=0.6, white=232, quality=80, seal_angle=-12, seed=505, kind="scan"),
]

SEAL_RGB = (205, 28, 38)       # 朱红 stamp ink
PAPER_RGB = (250, 249, 245)    # office paper, slightly warm
SATURATION = 0.75              # the scanner pulls colours towards grey; the seal stays red
SEAL_DIAMETER_CM = 4.2


def run(args):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE).stdout


def page_sizes(pdf):
    """[(width_pt, height_pt)] per page, from pdfinfo."""
    n = int(re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", pdf]).decode(), re.M).group(1))
    out = run(["pdfinfo", "-f", "1", "-l", str(n), pdf]).decode()
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M)]
    assert len(sizes) == n, (pdf, n, sizes)
    return sizes


def a4_fit(size_pt):
    """The A4 sheet (portrait or landscape like the page) and the scale that fits the page on it."""
    w, h = size_pt
    sheet = A4_PT if h >= w else (A4_PT[1], A4_PT[0])
    s = min(sheet[0] / w, sheet[1] / h)
    if abs(s - 1) < 0.005:      # already A4
        s = 1.0
    return sheet, s


def render_page(pdf, page, dpi, tmp):
    """The page rendered onto a white A4 sheet at dpi (a Letter page is fitted, centred)."""
    size = page_sizes(pdf)[page - 1]
    sheet, s = a4_fit(size)
    res = dpi * s
    prefix = os.path.join(tmp, "r%d" % page)
    run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "%.4f" % res,
         "-png", "-singlefile", pdf, prefix])
    img = Image.open(prefix + ".png").convert("RGB")
    W = round(sheet[0] / 72 * dpi)
    H = round(sheet[1] / 72 * dpi)
    canvas = Image.new("RGB", (W, H), (255, 255, 255))
    ox = (W - img.width) // 2
    oy = (H - img.height) // 2
    canvas.paste(img, (ox, oy))
    # pt -> pixel on the sheet
    to_px = lambda x, y: (ox + x / 72 * res, oy + y / 72 * res)
    return canvas, to_px


def seal_place(pdf, page):
    """Where the seal goes on the page, in pt: over the date line (and the signature above
    it) when the page has one, else below the last line of text, right of centre."""
    xml = run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox-layout", pdf, "-"]).decode()
    lines = []
    for m in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>', xml, re.S):
        text = "".join(re.findall(r">([^<]*)</word>", m.group(5)))
        lines.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), text))
    pw, ph = page_sizes(pdf)[page - 1]
    body = [l for l in lines if not re.fullmatch(r"[—\-\s\d]*", l[4]) and l[1] < ph * 0.9]
    dates = [l for l in body if re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", l[4])]
    if dates:
        d = dates[-1]
        above = [l for l in body if l[3] <= d[1] + 1 and d[1] - l[3] < 30]
        if above:               # the signature line just above the date: centre between them
            s = max(above, key=lambda l: l[3])
            return ((min(s[0], d[0]) + max(s[2], d[2])) / 2, (s[1] + d[3]) / 2)
        return ((d[0] + d[2]) / 2, (d[1] + d[3]) / 2 - 8)
    last = max(body, key=lambda l: l[3])
    return (pw * 0.70, min(last[3] + 60, ph * 0.85))


def seal_font():
    for path, index in SEAL_FONTS:
        if os.path.exists(path):
            return path, index
    return None


def draw_seal(organ, dpi, angle, rng):
    """The seal as an ink coverage mask (L, 0..255): ring, five-pointed star, the organ's
    name around the top. Drawn at 3x and reduced for smooth edges; ink is uneven."""
    k = 3
    D = round(SEAL_DIAMETER_CM / 2.54 * dpi) * k
    img = Image.new("L", (D, D), 0)
    dr = ImageDraw.Draw(img)
    c = D / 2
    ring = D * 0.035                        # ~1.5 mm
    dr.ellipse([ring / 2, ring / 2, D - ring / 2, D - ring / 2], outline=255, width=round(ring))
    # five-pointed star, point up
    R1, R2 = D * 0.17, D * 0.17 * 0.382
    pts = []
    for i in range(10):
        r = R1 if i % 2 == 0 else R2
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    dr.polygon(pts, fill=255)
    font = seal_font()
    if font and organ:
        fs = round(D * 0.14)
        f = ImageFont.truetype(font[0], fs, index=font[1])
        n = len(organ)
        step = min(30.0, 250.0 / n)         # degrees of arc per character, centred on top
        span = step * n
        rt = c - ring - D * 0.025 - fs * 0.5
        for i, ch in enumerate(organ):
            a = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = right, clockwise (image y down)
            g = Image.new("L", (fs * 2, fs * 2), 0)
            ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=255, anchor="mm")
            # seal characters are narrow: squeeze to 80 % width about the centre
            g = g.resize((round(fs * 2 * 0.8), fs * 2), Image.LANCZOS)
            g2 = Image.new("L", (fs * 2, fs * 2), 0)
            g2.paste(g, ((fs * 2 - g.width) // 2, 0))
            g = g2.rotate(-(a + 90), resample=Image.BICUBIC)
            x = c + rt * math.cos(math.radians(a))
            y = c + rt * math.sin(math.radians(a))
            img.paste(255, (round(x - fs), round(y - fs)), g)
    img = img.rotate(angle, resample=Image.BICUBIC)
    img = img.resize((D // k, D // k), Image.LANCZOS)
    # uneven ink: a smooth field 0.55..1 and a few pale specks
    n = D // k
    field = rng.random((8, 8))
    field = np.asarray(Image.fromarray((field * 255).astype(np.uint8)).resize((n, n), Image.BICUBIC), dtype=np.float32) / 255
    field = 0.55 + 0.45 * np.clip(field * 1.3, 0, 1)
    specks = (rng.random((n, n)) > 0.06).astype(np.float32) * 0.35 + 0.65
    a = np.asarray(img, dtype=np.float32) * field * specks * 0.92
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def stamp(page, mask, center):
    """Multiply the seal ink over the page (the printed text under it stays dark)."""
    arr = np.asarray(page, dtype=np.float32)
    m = np.asarray(mask, dtype=np.float32) / 255
    h, w = m.shape
    x0, y0 = round(center[0] - w / 2), round(center[1] - h / 2)
    x0 = max(0, min(x0, page.width - w))
    y0 = max(0, min(y0, page.height - h))
    ink = np.array(SEAL_RGB, dtype=np.float32) / 255
    region = arr[y0:y0 + h, x0:x0 + w]
    factor = 1 - m[..., None] * (1 - ink)
    arr = arr.copy()
    arr[y0:y0 + h, x0:x0 + w] = region * factor
    return Image.fromarray(np.clip(arr + 0.5, 0, 255).astype(np.uint8))


def scan(page, p, rng):
    """The scanner: paper tone, colours towards grey, skew, blur, noise, JPEG bytes."""
    paper = Image.new("RGB", page.size, PAPER_RGB)
    img = ImageChops.multiply(page, paper)
    img = ImageEnhance.Color(img).enhance(SATURATION)
    img = img.rotate(p["angle"], resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(p["blur"]))
    arr = np.asarray(img, dtype=np.float32)
    h, w = arr.shape[:2]
    lum = rng.normal(0, p["noise"], (h, w, 1)).astype(np.float32)       # sensor noise, mostly grey
    chroma = rng.normal(0, p["noise"] * 0.3, (h, w, 3)).astype(np.float32)
    arr = arr + lum + chroma
    # the scanner's background removal: levels [0, white] -> [0, 255] (255 = none), so the
    # paper comes out white and the noise stays in the ink, the fills and the seal
    arr = arr * (255.0 / p["white"])
    arr = np.clip(arr + 0.5, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=p["quality"], optimize=True, dpi=(p["dpi"], p["dpi"]))
    return buf.getvalue()


def scanned_pages(src, p, organ, tmp, pages):
    rng = np.random.default_rng(p["seed"])
    last = len(page_sizes(src))
    out = []
    for i in pages:
        img, to_px = render_page(src, i, p["dpi"], tmp)
        if i == last:
            mask = draw_seal(organ, p["dpi"], p["seal_angle"], rng)
            img = stamp(img, mask, to_px(*seal_place(src, i)))
        out.append(scan(img, p, rng))
    return out


def to_pdf(jpegs, dpi):
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    # the internal engine: its /ID is an md5 of the content (the pikepdf engine's is random)
    return img2pdf.convert(jpegs, layout_fun=layout, nodate=True, engine=img2pdf.Engine.internal)


def main():
    for p in SCANS:
        stem = p["stem"]
        src = os.path.join(PDF_DIR, stem + ".pdf")
        expected = os.path.join(PDF_DIR, stem + ".expected.json")
        organ = json.load(open(expected, encoding="utf-8")).get("organ") or ""
        n = len(page_sizes(src))
        with tempfile.TemporaryDirectory() as tmp:
            if p["kind"] == "scan":
                name = "%s.%ddpi" % (stem, p["dpi"])
                pdf = to_pdf(scanned_pages(src, p, organ, tmp, range(1, n + 1)), p["dpi"])
                with open(os.path.join(HERE, name + ".pdf"), "wb") as f:
                    f.write(pdf)
            else:
                name = "%s.mixed" % stem
                scan_pdf = os.path.join(tmp, "scan.pdf")
                with open(scan_pdf, "wb") as f:
                    f.write(to_pdf(scanned_pages(src, p, organ, tmp, [n]), p["dpi"]))
                # pikepdf (qpdf) rather than pdfseparate + pdfunite: those embed the fonts
                # once per page (4 copies) and the file would be 4x the source
                with pikepdf.open(src) as doc, pikepdf.open(scan_pdf) as scanned:
                    del doc.pages[n - 1]
                    doc.pages.append(scanned.pages[0])
                    doc.save(os.path.join(HERE, name + ".pdf"), deterministic_id=True)
        shutil.copyfile(expected, os.path.join(HERE, name + ".expected.json"))
        print("%s.pdf  %d pages  %d bytes" % (name, n, os.path.getsize(os.path.join(HERE, name + ".pdf"))))


if __name__ == "__main__":
    main()
