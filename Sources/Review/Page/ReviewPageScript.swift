/// The page's one inline script: it applies the filters by setting `hidden` on the findings
/// that do not match, and keeps the filters in the URL's fragment. The fragment is read on
/// load and on every change (`#rule=…&severity=…&organ=…&dismissed=1`, values
/// percent-encoded; `open=ID` opens that finding), so a filtered view can be linked and a
/// headless browser's `--dump-dom` shows it. It also opens every finding for printing and
/// closes again the ones that were closed. Without script the page still reads: every open
/// finding is listed and each opens by itself.
let reviewPageScript = """
(function () {
  "use strict";
  var names = ["rule", "severity", "organ"];
  var form = document.getElementById("filters");
  var box = document.getElementById("filter-dismissed");
  var count = document.getElementById("shown-count");
  var findings = Array.prototype.slice.call(document.querySelectorAll("details.finding"));
  function select(name) { return document.getElementById("filter-" + name); }
  function readFragment() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    names.forEach(function (name) {
      var s = select(name), wanted = params.get(name) || "";
      var known = Array.prototype.some.call(s.options, function (o) { return o.value === wanted; });
      s.value = known ? wanted : "";
    });
    box.checked = params.get("dismissed") === "1";
    var open = params.get("open");
    if (open) {
      findings.forEach(function (f) { if (f.getAttribute("data-id") === open) { f.open = true; } });
    }
  }
  function writeFragment() {
    var params = new URLSearchParams();
    names.forEach(function (name) { if (select(name).value) { params.set(name, select(name).value); } });
    if (box.checked) { params.set("dismissed", "1"); }
    var text = params.toString();
    history.replaceState(null, "", text ? "#" + text : location.pathname + location.search);
  }
  function apply() {
    var shown = 0;
    findings.forEach(function (f) {
      var match = names.every(function (name) {
        var v = select(name).value;
        return !v || f.getAttribute("data-" + name) === v;
      }) && (box.checked || f.getAttribute("data-dismissed") !== "1");
      f.hidden = !match;
      if (match) { shown += 1; }
    });
    count.textContent = String(shown);
  }
  form.addEventListener("change", function () { writeFragment(); apply(); });
  window.addEventListener("hashchange", function () { readFragment(); apply(); });
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = findings.filter(function (f) { return !f.open; });
    closed.forEach(function (f) { f.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (f) { f.open = false; });
    closed = [];
  });
  readFragment();
  apply();
})();
"""
