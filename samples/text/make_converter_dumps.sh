#!/bin/sh
# Text versions of the DOCX samples (samples/docx/NN_*.docx) as the converters users have
# write them, into samples/text/converters/<sample-stem>.<tool>.txt. The tests
# (Tests/NormalizeTests/ConverterDumpTests.swift) compare each with the sample's
# samples/docx/<stem>.expected.json; they need none of these tools: the outputs are committed.
#
# tools (each skipped with a note when it is not installed):
#   pandoc-plain     pandoc -t plain              (tables as simple/grid text tables)
#   pandoc-md        pandoc -t markdown           (pandoc's choice: simple/multiline/grid/HTML)
#   pandoc-grid      pandoc -t markdown-raw_html-simple_tables-multiline_tables-pipe_tables (grid tables)
#   pandoc-pipe      pandoc -t markdown-raw_html-simple_tables-multiline_tables-grid_tables (pipe tables)
#   pandoc-gfm       pandoc -t gfm                (GitHub pipe tables, or HTML for merged cells)
#   soffice-text     soffice --headless --convert-to txt:Text           (the system's 8-bit/UTF-8 default)
#   soffice-utf8     soffice --headless --convert-to 'txt:Text (encoded):UTF8'
#   docx2txt         docx2txt FILE                (pip install docx2txt)
#   markitdown       markitdown FILE              (pip install 'markitdown[docx]')
# and re-encodings of a few of the above: .gb18030 (iconv), .utf16le/.utf16be (with a BOM).
#
# Run from anywhere: sh samples/text/make_converter_dumps.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
docx="$here/../docx"
out="$here/converters"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have() { command -v "$1" >/dev/null 2>&1; }
keep() { # OUTPUT COMMAND...: runs COMMAND into OUTPUT; no OUTPUT when it fails or prints nothing
    o=$1; shift
    if "$@" > "$o.part" 2>/dev/null && [ -n "$(tr -d ' \n\r\t' < "$o.part")" ]; then
        mv "$o.part" "$o"
    else
        rm -f "$o.part" "$o"; echo "$(basename "$o"): the tool failed or printed nothing; no dump" >&2
    fi
}

for f in "$docx"/[0-9][0-9]_*.docx; do
    stem=$(basename "$f" .docx)
    if have pandoc; then
        # pandoc does not read Strict OOXML (sample 16: "couldn't parse docx file").
        keep "$out/$stem.pandoc-plain.txt" pandoc -f docx -t plain --wrap=none "$f"
        keep "$out/$stem.pandoc-md.txt" pandoc -f docx -t markdown --wrap=none "$f"
        keep "$out/$stem.pandoc-grid.txt" pandoc -f docx \
            -t markdown-raw_html-simple_tables-multiline_tables-pipe_tables --wrap=none "$f"
        keep "$out/$stem.pandoc-pipe.txt" pandoc -f docx \
            -t markdown-raw_html-simple_tables-multiline_tables-grid_tables --wrap=none "$f"
        keep "$out/$stem.pandoc-gfm.txt" pandoc -f docx -t gfm --wrap=none "$f"
    fi
    if have soffice; then
        # A private profile, so a running LibreOffice or a first-start dialog does not interfere.
        soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to txt:Text \
            --outdir "$tmp/text" "$f" >/dev/null 2>&1
        mv "$tmp/text/$stem.txt" "$out/$stem.soffice-text.txt"
        soffice -env:UserInstallation="file://$tmp/profile" --headless \
            --convert-to 'txt:Text (encoded):UTF8' --outdir "$tmp/utf8" "$f" >/dev/null 2>&1
        mv "$tmp/utf8/$stem.txt" "$out/$stem.soffice-utf8.txt"
        # In a UTF-8 locale txt:Text writes the same bytes as the UTF8 filter: keep one.
        if cmp -s "$out/$stem.soffice-text.txt" "$out/$stem.soffice-utf8.txt"; then
            rm "$out/$stem.soffice-text.txt"
        fi
    fi
    # Neither reads Strict OOXML (sample 16): docx2txt prints nothing, markitdown fails.
    # A tool that fails or prints nothing leaves no dump.
    if have docx2txt; then
        keep "$out/$stem.docx2txt.txt" docx2txt "$f"
    fi
    if have markitdown; then
        keep "$out/$stem.markitdown.txt" markitdown "$f"
    fi
done

# Other encodings of a few dumps (the text reader reads GB18030 and UTF-16 with a BOM).
enc() { # SOURCE-NAME
    src="$out/$1.txt"
    [ -f "$src" ] || return 0
    iconv -f UTF-8 -t GB18030 "$src" > "$out/$1.gb18030.txt"
    { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$src"; } > "$out/$1.utf16le.txt"
    { printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$src"; } > "$out/$1.utf16be.txt"
}
enc 01_word_2021_county.soffice-utf8
enc 03_word_2019_town.pandoc-plain
enc 31_word_cell_value_forms.pandoc-gfm
enc 38_word_2019_province_wording.docx2txt

if ! have pandoc; then echo "pandoc not installed: its dumps were kept as they are" >&2; fi
if ! have soffice; then echo "soffice not installed: its dumps were kept as they are" >&2; fi
if ! have docx2txt; then echo "docx2txt not installed (pip install docx2txt): kept as they are" >&2; fi
if ! have markitdown; then echo "markitdown not installed (pip install 'markitdown[docx]'): kept as they are" >&2; fi
