#!/bin/sh
# Makes the text-reader fixtures in this folder from the seeds and the real PDFs.
#   - encodings of seed 000: UTF-8 with BOM, UTF-16LE/BE with BOM, GB18030, CRLF, lone CR
#   - pdftotext output of the two real PDFs, with and without -layout
# Needs iconv and pdftotext (poppler-utils). Run from anywhere: sh samples/text/make_encodings.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seed="$here/../seeds/000_5860c8c99ad472da.txt"

printf '\357\273\277' > "$here/seed000.utf8bom.txt"
cat "$seed" >> "$here/seed000.utf8bom.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$seed"; } > "$here/seed000.utf16le.txt"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$seed"; } > "$here/seed000.utf16be.txt"
iconv -f UTF-8 -t GB18030 "$seed" > "$here/seed000.gb18030.txt"
sed 's/$/\r/' "$seed" > "$here/seed000.crlf.txt"
tr '\n' '\r' < "$seed" > "$here/seed000.cr.txt"

for name in huaian_city_2024 hongze_district_2023; do
    pdftotext -layout "$here/../pdf/real/$name.pdf" "$here/$name.layout.txt"
    pdftotext "$here/../pdf/real/$name.pdf" "$here/$name.raw.txt"
done
