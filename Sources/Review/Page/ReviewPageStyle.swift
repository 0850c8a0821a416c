/// The page's inline style sheet. System fonts only (no web fonts: the page works offline);
/// the status colours of the grid and severities of the list; `@media print` hides the
/// filters and prints every finding opened (the script also opens them on `beforeprint`, for
/// browsers without `::details-content`).
let reviewPageStyle = """
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --line: #d0d5dd; --muted: #667085; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1360px; padding: 16px 20px 40px; color: #101828; background: #fff;
  font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 20px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; }
[hidden] { display: none !important; }
header .counts { display: flex; gap: 12px; margin: 8px 0 0; padding: 0; list-style: none; }
header .counts li { padding: 4px 12px; border-radius: 6px; border: 1px solid var(--line); }
header .counts b { font-size: 18px; margin-left: 4px; }
.generated { color: var(--muted); margin: 0; }
.sev-error { --sev: var(--error); } .sev-warning { --sev: var(--warning); } .sev-info { --sev: var(--info); }
header .counts li { color: var(--sev); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
thead th { background: #f2f4f7; }
table.coverage td { min-width: 110px; }
.cov-present { background: #dcfae6; } .cov-missing { background: #fef0c7; }
.cov-failed { background: #fee4e2; } .cov-duplicate { background: #ebe9fe; } .cov-none { color: var(--muted); }
.coverage .count { font-size: 12px; color: var(--sev); white-space: nowrap; }
.legend { color: var(--muted); font-size: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid var(--line); margin: 0 4px 0 10px; vertical-align: -2px; }
.filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; padding: 8px 12px; background: #f9fafb; border: 1px solid var(--line); border-radius: 6px; }
.filters select { font: inherit; padding: 2px 4px; max-width: 320px; }
.shown { color: var(--muted); margin: 4px 0; }
details.finding { border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: 4px; margin: 6px 0; }
details.finding[data-dismissed="1"] { opacity: .6; }
details.finding > summary { cursor: pointer; padding: 6px 10px; }
.sev { display: inline-block; min-width: 3em; text-align: center; color: #fff; background: var(--sev); border-radius: 4px; padding: 0 6px; font-size: 12px; }
.who { color: var(--muted); }
.decision { float: right; font-size: 12px; color: var(--muted); }
.decision-confirmed { color: var(--error); } .decision-dismissed { text-decoration: line-through; }
details.finding .body { padding: 0 12px 10px; overflow-x: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dt { color: var(--muted); } dd { margin: 0; }
.report-note { color: var(--muted); }
table.rebuilt { margin: 8px 0; font-size: 13px; }
table.rebuilt caption { text-align: left; font-weight: bold; padding: 2px 0; }
table.rebuilt td { text-align: right; min-width: 4em; font-variant-numeric: tabular-nums; }
table.rebuilt td.blank { background: #f9fafb; }
table.rebuilt tr.gap td { text-align: center; color: var(--muted); background: #f9fafb; font-size: 12px; }
table.rebuilt td.hit { background: #fff3a3; outline: 2px solid var(--sev); outline-offset: -2px; font-weight: bold; }
.report-list td.num { text-align: right; }
.none { color: var(--muted); }
@media print {
  .filters { display: none; }
  body { max-width: none; padding: 0; }
  details.finding { break-inside: avoid; }
  details.finding::details-content { content-visibility: visible; display: block; }
  details.finding > summary { list-style: none; }
  a { color: inherit; text-decoration: none; }
}
"""
