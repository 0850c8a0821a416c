#!/usr/bin/env bash
# Set-up, then the main job on the bundled samples: every report in samples/ converted to
# JSON and normalized text under out/ (out/<folder>/<name>.json and .txt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release
bin=.build/release/nianbao
mkdir -p out
ok=0; failed=0
while IFS= read -r -d '' f; do
  rel="${f#samples/}"; dest="out/${rel%.*}"
  mkdir -p "$(dirname "$dest")"
  if "$bin" convert --to json -o "$dest.json" "$f" && "$bin" convert --to text -o "$dest.txt" "$f"; then
    ok=$((ok + 1))
  else
    failed=$((failed + 1))
  fi
done < <(find samples \( -path samples/bad -o -path samples/pdf/faults \) -prune -o -type f \( -name '*.docx' -o -name '*.pdf' -o -path 'samples/seeds/*.txt' \) -print0 | sort -z)
echo "demo: converted $ok reports into out/ ($failed failed)"
echo "demo: for example, out/seeds/000_5860c8c99ad472da.json and .txt"
