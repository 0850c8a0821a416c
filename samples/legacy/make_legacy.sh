#!/usr/bin/env bash
# Makes the legacy word-processor samples from DOCX samples with LibreOffice, and their
# expected files (each the source DOCX sample's expected file with `source` and `features`
# changed: the document says the same, so it must read the same).
#
#   .doc  soffice --convert-to doc  (MS Word 97) of 4 DOCX samples
#   .odt  soffice --convert-to odt  of the same 4
#   .rtf  soffice --convert-to rtf  of the same 4
#   .wps  18_wps_template_filled.wps: LibreOffice's .doc of the DOCX WPS Office wrote (sample
#         18), renamed. WPS Office saves .wps files as this same OLE Word binary; this one
#         carries WPS's mark (the custom property KSOProductBuildVer, which LibreOffice keeps),
#         so it is read as format "wps". It is a stand-in: no WPS Office was at hand.
#   encrypted_flag.doc  the .doc of sample 01 with the FIB's fEncrypted flag set. LibreOffice
#         7.4 ignores the EncryptFile filter option for .doc (its output is byte for byte the
#         unencrypted file) and msoffcrypto-tool encrypts only OOXML, so this is a stand-in too:
#         the flag is what nianbao looks at, and it must refuse the file as encrypted.
#
# Needs soffice (libreoffice-writer-nogui) and python3 with olefile.
# Usage: bash samples/legacy/make_legacy.sh   (then: python3 samples/tools/expected_values.py)
set -euo pipefail
cd "$(dirname "$0")"
sources=(01_word_2021_county 03_word_2019_town 08_word_tracked_changes 18_wps_template_filled)
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
inputs=()
for s in "${sources[@]}"; do inputs+=("../docx/$s.docx"); done
for kind in doc odt rtf; do
  soffice "-env:UserInstallation=file://$profile/profile" --headless --norestore --convert-to "$kind" \
    --outdir . "${inputs[@]}" >/dev/null 2>&1
  for s in "${sources[@]}"; do test -s "$s.$kind" || { echo "make_legacy: soffice made no $s.$kind" >&2; exit 1; }; done
done
cp 18_wps_template_filled.doc 18_wps_template_filled.wps

python3 - "${sources[@]}" <<'PY'
import json, sys, olefile

sources = sys.argv[1:]
made = {
    "doc": "a legacy Word 97-2003 binary made by LibreOffice 7.4 (soffice --convert-to doc)",
    "odt": "OpenDocument text made by LibreOffice 7.4 (soffice --convert-to odt)",
    "rtf": "RTF made by LibreOffice 7.4 (soffice --convert-to rtf)",
    "wps": "a WPS stand-in: LibreOffice's .doc of a DOCX WPS Office wrote, named .wps (it keeps WPS's KSOProductBuildVer mark)",
}
outputs = [(s, k) for s in sources for k in ("doc", "odt", "rtf")] + [("18_wps_template_filled", "wps")]
for stem, kind in outputs:
    with open(f"../docx/{stem}.expected.json", encoding="utf-8") as f:
        expected = json.load(f)
    expected["source"] = f"legacy/{stem}.{kind}"
    expected["features"] = [f"{made[kind]} from docx/{stem}.docx", "reads exactly as its DOCX"]
    with open(f"{stem}.{kind}.expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")

# encrypted_flag.doc: fEncrypted (bit 8 of FibBase's flags at byte 0x0A of WordDocument) set.
data = bytearray(open("01_word_2021_county.doc", "rb").read())
ole = olefile.OleFileIO(bytes(data))
entry = next(e for e in ole.direntries if e is not None and e.name == "WordDocument")
assert entry.size >= ole.minisectorcutoff
start = (entry.isectStart + 1) * ole.sectorsize
assert data[start:start + 2] == b"\xec\xa5", "not a Word FIB"
data[start + 0x0B] |= 0x01
open("encrypted_flag.doc", "wb").write(bytes(data))
PY
