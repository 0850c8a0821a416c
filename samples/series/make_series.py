#!/usr/bin/env python3
"""The sample report series for the cross-report review (issue 14).

Run `python3 samples/series/make_series.py` from anywhere, then
`python3 samples/tools/expected_values.py` (it fills `values` of every expected file under
samples/, these included).  It rewrites every .docx and .expected.json in samples/series/
and organs.csv; it never writes expected-findings.json (written by hand from the documents'
numbers) or README.md.

The documents are laid out by samples/generate_docx.py (imported, not copied) in its plain
Word layout; only the data differ: several organs over several years, whose tables are
chained from year to year (carry-overs, the in-force counts of section 二) with the breaks
the README lists.  Every table is internally consistent (一+二 = 三(七)+四 per column,
三(七) = sum of results, 总计 = sum of the six columns, review 总计 = sum of four).

Output is deterministic: fixed values, seeded random numbers, fixed zip timestamps.
"""
import copy
import csv
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import generate_docx as g  # noqa: E402

SIX = 6
RESULT_KEYS = [k for k in g.app_keys("2021") if k not in ("new_received", "carried_over", "result_total", "carried_forward")]


# ---------------------------------------------------------------------------
# Tables from data
# ---------------------------------------------------------------------------
def apps_from(results, carried_over, carried_forward, edition):
    """An applications table: key -> 7 ints.  results: row key -> six ints (rows not given
    are 0); new_received = result_total + carried_forward - carried_over per column, so the
    balance holds by construction; the 总计 column is the sum of the six."""
    d = {k: [0] * 7 for k in g.app_keys("2021")}
    for k, vs in results.items():
        assert k in RESULT_KEYS and len(vs) == SIX, k
        d[k][:SIX] = list(vs)
    d["carried_over"][:SIX] = list(carried_over)
    d["carried_forward"][:SIX] = list(carried_forward)
    for c in range(SIX):
        d["result_total"][c] = sum(d[k][c] for k in RESULT_KEYS)
        d["new_received"][c] = d["result_total"][c] + d["carried_forward"][c] - d["carried_over"][c]
        assert d["new_received"][c] >= 0, ("negative new_received", c)
    for k in d:
        d[k][6] = sum(d[k][:SIX])
    if edition == "2019":
        d["other_handling"] = [sum(d[s][i] for s in g.SUBROWS_21) for i in range(7)]
        for s in g.SUBROWS_21:
            del d[s]
    return d


# A county government's usual mix of results per column (natural person, enterprise, research,
# social welfare, legal service, other); each year scales it a little.
PROFILE_A = {
    "disclosed": [52, 14, 1, 2, 4, 3],
    "partially_disclosed": [9, 3, 0, 0, 1, 1],
    "withheld.third_party_rights": [4, 1, 0, 0, 0, 0],
    "withheld.process_information": [3, 1, 0, 0, 1, 0],
    "withheld.internal_affairs": [1, 0, 0, 0, 0, 0],
    "unavailable.not_held": [24, 6, 0, 1, 2, 1],
    "unavailable.needs_creation": [4, 1, 0, 0, 0, 0],
    "unavailable.unclear_after_correction": [3, 1, 0, 0, 0, 0],
    "not_processed.petition_complaint": [7, 1, 0, 0, 0, 0],
    "not_processed.duplicate": [5, 1, 0, 0, 1, 0],
    "other_handling.overdue_correction": [2, 1, 0, 0, 0, 0],
    "other_handling.other": [3, 1, 0, 0, 0, 1],
}
# A market regulation bureau (organ C).
PROFILE_C = {
    "disclosed": [21, 9, 0, 1, 2, 1],
    "partially_disclosed": [3, 2, 0, 0, 0, 0],
    "withheld.third_party_rights": [2, 1, 0, 0, 0, 0],
    "unavailable.not_held": [8, 3, 0, 0, 1, 0],
    "not_processed.petition_complaint": [5, 1, 0, 0, 0, 0],
    "not_processed.duplicate": [2, 0, 0, 0, 0, 0],
    "other_handling.other": [1, 1, 0, 0, 0, 0],
}
# Two towns (the children of P).
PROFILE_TOWN1 = {
    "disclosed": [5, 1, 0, 0, 0, 0],
    "partially_disclosed": [1, 0, 0, 0, 0, 0],
    "unavailable.not_held": [2, 1, 0, 0, 0, 0],
    "not_processed.petition_complaint": [1, 0, 0, 0, 0, 0],
    "other_handling.overdue_correction": [1, 0, 0, 0, 0, 0],
}
PROFILE_TOWN2 = {
    "disclosed": [3, 1, 0, 0, 1, 0],
    "unavailable.not_held": [2, 0, 0, 0, 0, 0],
    "unavailable.needs_creation": [1, 0, 0, 0, 0, 0],
    "not_processed.duplicate": [1, 0, 0, 0, 0, 0],
}


def scaled(profile, seed, factor):
    """The profile times `factor`, each cell jittered by at most ±15 % (seeded)."""
    rng = random.Random(seed)
    return {k: [int(round(v * factor * (0.85 + 0.3 * rng.random()))) for v in vs] for k, vs in profile.items()}


def review(*rows):
    """Three rows of four numbers (upheld, corrected, other, pending) -> 15 cells with 总计."""
    out = []
    for r in rows:
        assert len(r) == 4
        out += list(r) + [sum(r)]
    return [str(v) for v in out]


def disc21(reg, norm, licensing, penalty, coercion, fees):
    return {
        "disclosure_rules": {"regulations": [str(v) for v in reg], "normative_documents": [str(v) for v in norm]},
        "disclosure_licensing": {"administrative_licensing": [str(licensing)]},
        "disclosure_enforcement": {"administrative_penalty": [str(penalty)], "administrative_coercion": [str(coercion)]},
        "disclosure_fees": {"administrative_fees": [fees]},
    }


def signed(n):
    return "+%d" % n if n > 0 else ("%d" % n if n < 0 else "0")


def disc19(norm, licensing, other_mgmt, penalty, coercion, fees, procurement):
    """2019 edition: licensing/enforcement rows (previous_year, change, decisions), fees
    (previous_year, change); change printed signed (+3, -2, 0)."""
    def row(prev, change, *rest):
        return [str(prev), signed(change)] + [str(v) for v in rest]
    return {
        "disclosure_rules": {"regulations": ["0", "0", "0"], "normative_documents": [str(v) for v in norm]},
        "disclosure_licensing": {"administrative_licensing": row(*licensing), "other_external_management": row(*other_mgmt)},
        "disclosure_enforcement": {"administrative_penalty": row(*penalty), "administrative_coercion": row(*coercion)},
        "disclosure_fees": {"administrative_fees": row(*fees)},
        "disclosure_procurement": {"government_procurement": [str(procurement[0]), procurement[1]]},
    }


# ---------------------------------------------------------------------------
# The organs
# ---------------------------------------------------------------------------
A_ORGAN, A_ALIAS = "云溪县人民政府", "云溪县政府"
B_ORGAN = "云溪县教育局"
C_ORGAN = "青岭县市场监督管理局"
P_ORGAN = "柳塘县人民政府"
P1_ORGAN = "柳塘县东坝镇人民政府"
P2_ORGAN = "柳塘县西岭镇人民政府"


def report(file, organ, year, edition, apps, disc, rev, seed=None, **kw):
    """A report spec for generate_docx.write_report.  `seed` names the random stream of the
    prose (report date, counts in 一's first subsection): a copy reuses its original's."""
    s = g.base(seed or file, organ, year, edition, 10, 100, **kw)
    s["file"] = file
    s["apps"] = apps
    s["apps_cells"] = {k: [str(v) for v in vs] for k, vs in apps.items()}
    s["disc_cells"] = disc
    s["review_cells"] = rev
    return s


def organ_a():
    """County government, 2019-2022: edition switch 2020 -> 2021; one carry-over break in
    2022 (commercial_enterprise); 2019-edition chain broken on administrative_penalty;
    2021-edition in-force roll-forward broken on normative_documents.  The 2019 report's
    title and signature name the organ by its short alias."""
    out = []
    cf = {2019: [4, 2, 0, 0, 1, 0], 2020: [5, 1, 0, 0, 0, 1], 2021: [3, 3, 0, 1, 0, 0], 2022: [6, 2, 0, 0, 1, 0]}
    co = {2019: [2, 1, 0, 0, 0, 0], 2020: cf[2019], 2021: cf[2020], 2022: list(cf[2021])}
    co[2022][1] += 2  # the break: 2022 says 5 carried over from enterprises, 2021 carried 3 forward
    factor = {2019: 1.0, 2020: 1.12, 2021: 1.25, 2022: 1.18}
    disc = {
        2019: disc19(norm=[5, 5, 38], licensing=(62, 3, 1345), other_mgmt=(21, 0, 37), penalty=(35, -2, 412),
                     coercion=(8, 0, 6), fees=(5, 0), procurement=(18, "326.5400")),
        # 2020: previous_year = 2019's previous_year + change on every row but administrative_penalty
        # (35 - 2 = 33, the report prints 36); total_published 42 = 38 + 4 (not a listed rule)
        2020: disc19(norm=[4, 4, 42], licensing=(65, 2, 1410), other_mgmt=(21, 1, 40), penalty=(36, -1, 398),
                     coercion=(8, 0, 7), fees=(5, -1), procurement=(21, "298.1200")),
        2021: disc21(reg=[1, 0, 6], norm=[6, 2, 45], licensing=1502, penalty=431, coercion=9, fees="10.80"),
        # 2022: regulations 6 + 2 - 1 = 7 holds; normative documents 45 + 5 - 3 = 47, the report prints 50
        2022: disc21(reg=[2, 1, 7], norm=[5, 3, 50], licensing=1467, penalty=455, coercion=11, fees="12.50"),
    }
    rev = {2019: review((1, 0, 1, 0), (0, 1, 0, 0), (0, 0, 0, 1)),
           2020: review((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 1, 0)),
           2021: review((1, 1, 0, 1), (1, 0, 1, 0), (0, 1, 0, 0)),
           2022: review((3, 0, 1, 0), (0, 1, 0, 1), (1, 0, 0, 0))}
    for y in (2019, 2020, 2021, 2022):
        ed = "2019" if y <= 2020 else "2021"
        apps = apps_from(scaled(PROFILE_A, "A%d" % y, factor[y]), co[y], cf[y], ed)
        organ = A_ALIAS if y == 2019 else A_ORGAN
        s = report("a-yunxi-county_%d" % y, organ, y, ed, apps, disc[y], rev[y], we="我县", office="云溪县人民政府办公室")
        s["features"] = ["series: organ A (county government)", "edition %s" % ed]
        if y == 2019:
            s["features"].append("organ named by its alias 云溪县政府 (organs.csv)")
        out.append(s)
    return out


# Organ B: every statement its prose makes about the tables, per year:
# (rule, at, the number or phrase the text states).  The prose below is written from these.
B_STATEMENTS = {
    2022: [("text.new_received", "total", 25), ("text.carried_over", "total", 1), ("text.carried_forward", "total", 6),
           ("text.licensing", "administrative_licensing", 236), ("text.normative_documents", "issued", 3)],
    2023: [("text.new_received", "total", 12), ("text.carried_over", "total", 6), ("text.carried_forward", "total", 2),
           ("text.administrative_review", "total", 2), ("text.litigation", "total", 2),
           ("text.licensing", "administrative_licensing", 251), ("text.penalty", "administrative_penalty", 15),
           ("text.normative_documents", "issued", 4)],
    # 2024: 68 is wrong (the table's 一 total is 70); 均已办结 is wrong (5 are carried forward)
    2024: [("text.new_received", "total", 68), ("text.carried_over", "total", 2), ("text.completed", "total", "均已办结"),
           ("text.administrative_review", "total", 3), ("text.litigation", "total", 1),
           ("text.licensing", "administrative_licensing", 268), ("text.penalty", "administrative_penalty", 14),
           ("text.normative_documents", "issued", 2)],
}


def b_prose(s, year):
    st = {r: v for r, _, v in B_STATEMENTS[year]}
    sub0 = "%d年，我局通过政府门户网站、政务新媒体等渠道主动公开政府信息%d条。" % (year, 120 + 7 * (year - 2022))
    if "text.licensing" in st:
        sub0 += "全年办理并公开行政许可%d件" % st["text.licensing"]
        sub0 += ("、行政处罚%d件。" % st["text.penalty"]) if "text.penalty" in st else "。"
    sub1 = "本年度共收到政府信息公开申请%d件，上年结转%d件，" % (st["text.new_received"], st["text.carried_over"])
    if "text.completed" in st:
        sub1 += "%s。" % st["text.completed"]
    else:
        sub1 += "结转下年度继续办理%d件。" % st["text.carried_forward"]
    if "text.administrative_review" in st:
        sub1 += "全年发生政府信息公开行政复议%d件、行政诉讼%d件。" % (st["text.administrative_review"], st["text.litigation"])
    sub1 += "进一步规范依申请公开受理、登记、审核、答复等环节，确保答复内容合法、规范、准确。"
    sub2 = ("本年度制发规范性文件%d件，均按规定进行合法性审核并向社会公开。严格落实政府信息公开保密审查制度，"
            "坚持“先审查、后公开”和“一事一审”原则。" % st["text.normative_documents"])
    s["sub_items"] = {0: g.t(sub0), 1: g.t(sub1), 2: g.t(sub2)}


def organ_b():
    """A county department, 2022-2024 (2021 edition): every chain holds; prose states
    numbers of the tables (B_STATEMENTS); new_received total 12 -> 70 from 2023 to 2024."""
    data = {
        2022: dict(co=[1, 0, 0, 0, 0, 0], cf=[4, 2, 0, 0, 0, 0], res={
            "disclosed": [9, 2, 0, 0, 1, 0], "partially_disclosed": [1, 1, 0, 0, 0, 0],
            "unavailable.not_held": [3, 1, 0, 0, 0, 0], "not_processed.duplicate": [1, 0, 0, 0, 0, 0],
            "withheld.process_information": [1, 0, 0, 0, 0, 0]},
            disc=disc21(reg=[0, 0, 0], norm=[3, 1, 17], licensing=236, penalty=12, coercion=0, fees="0.00"),
            rev=review((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0))),
        2023: dict(co=[4, 2, 0, 0, 0, 0], cf=[1, 1, 0, 0, 0, 0], res={
            "disclosed": [7, 2, 0, 0, 0, 0], "partially_disclosed": [1, 0, 0, 0, 0, 0],
            "unavailable.not_held": [2, 1, 0, 0, 0, 0], "not_processed.petition_complaint": [1, 0, 0, 0, 0, 0],
            "other_handling.overdue_correction": [1, 1, 0, 0, 0, 0]},
            disc=disc21(reg=[0, 0, 0], norm=[4, 2, 19], licensing=251, penalty=15, coercion=1, fees="0.00"),
            rev=review((1, 1, 0, 0), (1, 0, 0, 0), (0, 0, 0, 1))),
        2024: dict(co=[1, 1, 0, 0, 0, 0], cf=[3, 1, 0, 0, 1, 0], res={
            "disclosed": [26, 8, 1, 1, 2, 2], "partially_disclosed": [4, 1, 0, 0, 0, 0],
            "unavailable.not_held": [6, 2, 0, 0, 1, 1], "unavailable.needs_creation": [2, 0, 0, 0, 0, 0],
            "not_processed.duplicate": [2, 1, 0, 0, 0, 0], "withheld.third_party_rights": [1, 1, 0, 0, 0, 0],
            "other_handling.other": [2, 1, 1, 0, 1, 0]},
            disc=disc21(reg=[0, 0, 0], norm=[2, 0, 21], licensing=268, penalty=14, coercion=0, fees="0.00"),
            rev=review((2, 0, 1, 0), (0, 0, 0, 1), (0, 0, 0, 0))),
    }
    out = []
    for y, d in data.items():
        apps = apps_from(d["res"], d["co"], d["cf"], "2021")
        s = report("b-yunxi-education_%d" % y, B_ORGAN, y, "2021", apps, d["disc"], d["rev"], we="我局",
                   office="云溪县教育局办公室")
        b_prose(s, y)
        s["features"] = ["series: organ B (county department)", "edition 2021", "prose states table numbers"]
        out.append(s)
    # The duplicate: the same 2024 report in a slightly different version -- one application
    # moved from 予以公开 to 本机关不掌握 for natural persons (with both rows' 总计), so the
    # table stays consistent and every other number is the same.
    dup = copy.deepcopy(data[2024])
    dup["res"]["disclosed"][0] -= 1
    dup["res"]["unavailable.not_held"][0] += 1
    apps = apps_from(dup["res"], dup["co"], dup["cf"], "2021")
    s = report("b-yunxi-education_2024_v2", B_ORGAN, 2024, "2021", apps, dup["disc"], dup["rev"],
               seed="b-yunxi-education_2024", we="我局", office="云溪县教育局办公室")
    b_prose(s, 2024)
    s["features"] = ["series: organ B 2024, second version (duplicate of b-yunxi-education_2024)", "edition 2021",
                     "prose states table numbers"]
    out.append(s)
    return out


def organ_c():
    """2023 and 2024, where 2024 is 2023 copied: same tables, same text, only the year."""
    apps = apps_from(scaled(PROFILE_C, "C2023", 1.0), [1, 0, 0, 0, 0, 0], [2, 1, 0, 0, 0, 0], "2021")
    disc = disc21(reg=[0, 0, 0], norm=[3, 1, 14], licensing=1873, penalty=146, coercion=12, fees="0.00")
    rev = review((1, 0, 0, 1), (0, 1, 0, 0), (0, 0, 0, 0))
    out = []
    for y in (2023, 2024):
        s = report("c-qingling-market_%d" % y, C_ORGAN, y, "2021", copy.deepcopy(apps), copy.deepcopy(disc), list(rev),
                   seed="c-qingling-market_2023", we="我局", office="青岭县市场监督管理局办公室")
        s["features"] = ["series: organ C", "edition 2021"] + (["copy of c-qingling-market_2023 with the year changed"]
                                                              if y == 2024 else [])
        out.append(s)
    return out


def hierarchy():
    """P (a county government) whose section 三 grid is the sum of its two towns' grids."""
    t1 = apps_from(scaled(PROFILE_TOWN1, "P1", 1.0), [1, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0], "2021")
    t2 = apps_from(scaled(PROFILE_TOWN2, "P2", 1.0), [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0], "2021")
    p = {k: [t1[k][i] + t2[k][i] for i in range(7)] for k in t1}
    out = []
    s = report("p-liutang-county_2023", P_ORGAN, 2023, "2021", p,
               disc21(reg=[0, 0, 4], norm=[7, 3, 52], licensing=2210, penalty=318, coercion=14, fees="6.40"),
               review((2, 1, 0, 1), (1, 1, 0, 0), (0, 0, 1, 0)), we="我县", office="柳塘县人民政府办公室")
    s["features"] = ["series: P, a county government whose section 三 sums its two towns'", "edition 2021"]
    out.append(s)
    s = report("p1-liutang-dongba-town_2023", P1_ORGAN, 2023, "2021", t1,
               disc21(reg=[0, 0, 0], norm=[1, 0, 6], licensing=86, penalty=9, coercion=0, fees="0.00"),
               review((0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)), we="我镇", office="东坝镇党政办公室")
    s["features"] = ["series: P1, a town under P", "edition 2021"]
    out.append(s)
    s = report("p2-liutang-xiling-town_2023", P2_ORGAN, 2023, "2021", t2,
               disc21(reg=[0, 0, 0], norm=[0, 0, 4], licensing=53, penalty=5, coercion=0, fees="0.00"),
               review((1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0)), we="我镇", office="西岭镇党政办公室")
    # P2 says its applications are all completed (and carries none forward)
    s["sub_items"] = {1: g.t("2023年，我镇共收到政府信息公开申请%d件，上年结转%d件，均已按时办结。"
                             "进一步规范依申请公开受理、登记、审核、答复等环节，确保答复内容合法、规范、准确。"
                             % (t2["new_received"][6], t2["carried_over"][6]))}
    s["features"] = ["series: P2, a town under P", "edition 2021", "prose 均已按时办结 (nothing carried forward)"]
    out.append(s)
    return out


# ---------------------------------------------------------------------------
# Guards: the cases are as the README says (the findings themselves are written by hand)
# ---------------------------------------------------------------------------
def check_consistent(s):
    a = s["apps"]
    res = [k for k in a if k not in ("new_received", "carried_over", "result_total", "carried_forward")]
    for c in range(7):
        assert a["new_received"][c] + a["carried_over"][c] == a["result_total"][c] + a["carried_forward"][c], s["file"]
        assert a["result_total"][c] == sum(a[k][c] for k in res), s["file"]
    for k, vs in a.items():
        assert vs[6] == sum(vs[:6]), (s["file"], k)
    r = [int(v) for v in s["review_cells"]]
    for i in range(3):
        assert r[i * 5 + 4] == sum(r[i * 5:i * 5 + 4]), s["file"]


def numeric_cells(s):
    out = {("applications", k, g.COLS[i]): v for k, vs in s["apps"].items() for i, v in enumerate(vs)}
    spec = g.DISC21 if s["edition"] == "2021" else g.DISC19
    keys = {"2021": {"disclosure_rules": ["issued", "repealed", "in_force"], "disclosure_licensing": ["decisions"],
                     "disclosure_enforcement": ["decisions"], "disclosure_fees": ["amount"]},
            "2019": {"disclosure_rules": ["newly_made", "newly_published", "total_published"],
                     "disclosure_licensing": ["previous_year", "change", "decisions"],
                     "disclosure_enforcement": ["previous_year", "change", "decisions"],
                     "disclosure_fees": ["previous_year", "change"], "disclosure_procurement": ["items", "amount"]}}
    for tid, _, _, rows in spec:
        for rk, _ in rows:
            for i, v in enumerate(s["disc_cells"][tid][rk]):
                out[(tid, rk, keys[s["edition"]][tid][i])] = float(v)
    for i, rk in enumerate(g.REVIEW_ROWS):
        for j, ck in enumerate(g.REVIEW_COLS):
            out[("review_litigation", rk, ck)] = int(s["review_cells"][i * 5 + j])
    return out


PLANNED_SHARP = {("b-yunxi-education_2024", ("applications", "new_received", "total")),
                 ("b-yunxi-education_2024_v2", ("applications", "new_received", "total"))}


def check_no_other_sharp_change(earlier, later):
    """No cell on a base of 10 or more grows five-fold or shrinks to a fifth, except the planned one."""
    a, b = numeric_cells(earlier), numeric_cells(later)
    for addr in a.keys() & b.keys():
        x, y = a[addr], b[addr]
        if addr[2] == "change" or x < 10:
            continue
        sharp = y >= 5 * x or y * 5 <= x
        assert sharp == ((later["file"], addr) in PLANNED_SHARP), (earlier["file"], later["file"], addr, x, y)


def write_organs_csv(path):
    rows = [("organ", "alias", "parent", "sums_children"),
            (A_ORGAN, A_ALIAS, "", "no"),
            (B_ORGAN, "", "", "no"),
            (C_ORGAN, "", "", "no"),
            (P_ORGAN, "", "", "yes"),
            (P1_ORGAN, "", P_ORGAN, "no"),
            (P2_ORGAN, "", P_ORGAN, "no")]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def main():
    a, b, c, p = organ_a(), organ_b(), organ_c(), hierarchy()
    reports = a + b + c + p
    for s in reports:
        check_consistent(s)
    for chain in (a, b[:3], [b[1], b[3]], c):
        for x, y in zip(chain, chain[1:]):
            check_no_other_sharp_change(x, y)
    for s in reports:
        g._rev[0], g._bm[0], g._sdt[0] = 100, 0, 500
        bld = g.Builder()
        g.write_report(bld, s)
        g.save_docx(bld, s, os.path.join(HERE, s["file"] + ".docx"))
        e = g.expected(bld, s)
        e["source"] = "series/%s.docx" % s["file"]
        with open(os.path.join(HERE, s["file"] + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", s["file"])
    write_organs_csv(os.path.join(HERE, "organs.csv"))
    print("wrote organs.csv")


if __name__ == "__main__":
    main()
