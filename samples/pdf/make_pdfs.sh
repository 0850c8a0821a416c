#!/bin/sh
# Regenerates the PDF samples in samples/pdf from the DOCX samples (LibreOffice rendering)
# and builds the two PDF-only samples (fake bold, letter-spaced headings, a table with no
# rules). Needs soffice (libreoffice-writer), fonts-noto-cjk, python3 and qpdf.
# Output depends on the installed LibreOffice and fonts; the committed PDFs are what the
# tests read. Run from the repository root: sh samples/pdf/make_pdfs.sh
set -eu
out=samples/pdf
for x in 01_word_2021_county 02_word_2021_town_autonumber 03_word_2019_town \
         04_word_2019_city_department 06_word_2021_other_handling_one_row 07_word_label_variants \
         11_word_split_table_repeated_header 12_word_split_table_gridbefore_unbalanced \
         13_word_nested_table_gridafter 18_wps_template_filled; do
    soffice --headless --convert-to pdf --outdir "$out" "samples/docx/$x.docx" >/dev/null
    # The expected reading is the DOCX sample's, with differences noted in the file.
    [ -f "$out/$x.expected.json" ] || cp "samples/docx/$x.expected.json" "$out/$x.expected.json"
done
python3 samples/pdf/make_pdf_only.py "$out"
python3 samples/pdf/make_pdf_only.py "$out" faults
