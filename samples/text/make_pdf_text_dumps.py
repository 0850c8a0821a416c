#!/usr/bin/env python3
"""Text of the sample PDFs as tools other than `pdftotext -layout`/plain extract it.

Writes samples/text/pdf-tools/<pdf-stem>.<tool>.txt for every samples/pdf/*.pdf and
samples/pdf/real/*.pdf (each has <stem>.expected.json beside it). The tests
(Tests/NormalizeTests/PdfTextDumpTests.swift) compare each dump with that expected file;
they need none of these tools: the outputs are committed.

tools (each skipped with a note on stderr when it is not installed):
  pdftotext-raw       pdftotext -raw -enc UTF-8 FILE -     (content-stream order)
  pdftotext-tsv       pdftotext -tsv -enc UTF-8 FILE -     (one word per line with its box)
  pdf2txt             pdfminer.six's pdf2txt.py FILE       (pip install pdfminer.six)
  markitdown          markitdown FILE                      (pip install 'markitdown[pdf]', pdfminer)
  pdfplumber          page.extract_text() per page, pages joined by a newline
  pdfplumber-layout   page.extract_text(layout=True) per page
  pymupdf             page.get_text() per page (pip install pymupdf)
  pymupdf4llm         pymupdf4llm.to_markdown(FILE)        (Markdown, tables as pipe tables)
Not available here: mutool (MuPDF's command line) is not installed.

Run from anywhere: python3 samples/text/make_pdf_text_dumps.py
"""
import glob
import os
import shutil
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
pdfdir = os.path.join(here, "..", "pdf")
out = os.path.join(here, "pdf-tools")
os.makedirs(out, exist_ok=True)


def note(msg):
    print(msg, file=sys.stderr)


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8")


def pdfplumber_text(path, layout):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text(layout=layout) or "") for p in pdf.pages) + "\n"


def pymupdf_text(path):
    import fitz
    with fitz.open(path) as doc:
        return "".join(page.get_text() for page in doc)


def pymupdf4llm_text(path):
    import pymupdf4llm
    return pymupdf4llm.to_markdown(path, show_progress=False)


def importable(name):
    try:
        __import__(name)
        return True
    except Exception:
        return False


tools = {}
if shutil.which("pdftotext"):
    tools["pdftotext-raw"] = lambda p: run(["pdftotext", "-raw", "-enc", "UTF-8", p, "-"])
    tools["pdftotext-tsv"] = lambda p: run(["pdftotext", "-tsv", "-enc", "UTF-8", p, "-"])
else:
    note("pdftotext not installed: no pdftotext-raw, pdftotext-tsv")
if shutil.which("pdf2txt.py"):
    tools["pdf2txt"] = lambda p: run(["pdf2txt.py", p])
else:
    note("pdf2txt.py not installed (pip install pdfminer.six)")
if shutil.which("markitdown"):
    tools["markitdown"] = lambda p: run(["markitdown", p])
else:
    note("markitdown not installed (pip install 'markitdown[pdf]')")
if importable("pdfplumber"):
    tools["pdfplumber"] = lambda p: pdfplumber_text(p, False)
    tools["pdfplumber-layout"] = lambda p: pdfplumber_text(p, True)
else:
    note("pdfplumber not installed")
if importable("fitz"):
    tools["pymupdf"] = pymupdf_text
else:
    note("pymupdf not installed")
if importable("pymupdf4llm"):
    tools["pymupdf4llm"] = pymupdf4llm_text
else:
    note("pymupdf4llm not installed")
if not shutil.which("mutool"):
    note("mutool not installed: no mutool dumps")

pdfs = sorted(glob.glob(os.path.join(pdfdir, "*.pdf")) + glob.glob(os.path.join(pdfdir, "real", "*.pdf")))
for pdf in pdfs:
    stem = os.path.splitext(os.path.basename(pdf))[0]
    for name, fn in tools.items():
        target = os.path.join(out, f"{stem}.{name}.txt")
        try:
            text = fn(pdf)
        except Exception as e:  # a tool that fails leaves no dump
            note(f"{stem}.{name}: failed ({e}); no dump")
            continue
        if not text.strip():
            note(f"{stem}.{name}: printed nothing; no dump")
            continue
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(text)
