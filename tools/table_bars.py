#!/usr/bin/env python3
"""The table bar of issue 17: do the figures in a table's cells say what
they are?

For each fixture of tests/tables (a real table as a spreadsheet copies it,
its caption and unit line above: NAME.txt; marked blind, cell by cell, in
NAME.gold.json) it runs the CLI and finds, for every marked cell, the
figure inside it, then counts:

- `found`: a figure inside the cell;
- `labels`: its `cell.row_label` and `cell.column_label` are the marked
  ones (spaces folded);
- `unit`: its kind, unit and value are the marked ones (the header's or
  the unit line's unit and scale applied);
- `whole`: labels and unit both, the bar (at least 0.95 of the cells);
- `totals`: of the marked total rows' columns that add up, how many a check
  names as ok, and of those that do not, how many a check marks wrong.

With `--layout`, the same tables printed to PDF and copied back by
`pdftotext -layout` (tests/tables-layout, made by
tools/table_fixtures/layout.py: columns lined up by runs of spaces), each
marked cell found where its gold gives it.

    python3 tools/table_bars.py [--cmd CMD] [--bar 0.95] [--layout] [--verbose]
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "tests", "tables")


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def cells(text, tsv):
    """The UTF-16 range of each (row, column) of the TSV inside `text`."""
    assert text.endswith(tsv), "the paste ends with its table"
    at = len(text) - len(tsv)
    out = {}
    for r, line in enumerate(tsv.split("\n")):
        c0 = at
        for c, cell in enumerate(line.split("\t")):
            lead = len(cell) - len(cell.lstrip())
            ink = cell.strip()
            s = u16(text[: c0 + lead])
            out[(r, c)] = (s, s + u16(ink))
            c0 += len(cell) + 1
        at += len(line) + 1
    return out


def fold(s):
    return " ".join((s or "").split())


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=os.path.join(ROOT, "target", "release", "solieu") + " analyze --format json {file}")
    ap.add_argument("--bar", type=float, default=0.95)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--layout", action="store_true")
    args = ap.parse_args()
    folder = os.path.join(ROOT, "tests", "tables-layout") if args.layout else TABLES
    tot = dict(cells=0, found=0, labels=0, unit=0, whole=0, sums=0, sums_ok=0, slips=0, slips_named=0, false_alarms=0)
    for g in sorted(glob.glob(os.path.join(folder, "*.gold.json"))):
        name = g[: -len(".gold.json")]
        gold = json.load(open(g, encoding="utf-8"))
        if args.layout:
            where = {(c["row"], c["column"]): (c["start"], c["end"]) for c in gold["cells"]}
        else:
            text = open(name + ".txt", encoding="utf-8").read()
            tsv = open(name + ".tsv", encoding="utf-8").read()
            where = cells(text, tsv)
        out = subprocess.run(args.cmd.format(file=name + ".txt").split(), check=True, capture_output=True, text=True).stdout
        doc = json.loads(out)
        figs = doc["figures"]
        n = dict(cells=0, found=0, labels=0, unit=0, whole=0)
        fig_at = {}
        for c in gold["cells"]:
            s, e = where[(c["row"], c["column"])]
            inside = [f for f in figs if s <= f["start"] and f["end"] <= e]
            n["cells"] += 1
            if not inside:
                if args.verbose:
                    print(f"  {os.path.basename(name)} r{c['row']}c{c['column']} {c['text']!r}: no figure")
                continue
            f = max(inside, key=lambda f: f["end"] - f["start"])
            fig_at[(c["row"], c["column"])] = f
            n["found"] += 1
            cell = f.get("cell") or {}
            labels = fold(cell.get("row_label")) == fold(c["row_label"]) and fold(cell.get("column_label")) == fold(c["column_label"])
            unit = f["kind"] == c["kind"] and f.get("unit") == c["unit"] and same(f["value"], c["value"])
            n["labels"] += labels
            n["unit"] += unit
            n["whole"] += labels and unit
            if args.verbose and not (labels and unit):
                got = (f["kind"], f.get("unit"), f["value"], cell.get("row_label"), cell.get("column_label"))
                want = (c["kind"], c["unit"], c["value"], c["row_label"], c["column_label"])
                print(f"  {os.path.basename(name)} r{c['row']}c{c['column']} {c['text']!r}: got {got} want {want}")
        # The total rows: a check that holds the total's figure.
        for t in gold.get("totals", []):
            for col, ok in zip(t["columns"], t["adds_up"]):
                f = fig_at.get((t["row"], col))
                checks = [k for k in doc["checks"] if f is not None and k.get("total") == f["id"]]
                if ok:
                    tot["sums"] += 1
                    tot["sums_ok"] += any(k["ok"] for k in checks)
                    tot["false_alarms"] += any(not k["ok"] for k in checks)
                else:
                    tot["slips"] += 1
                    tot["slips_named"] += any(not k["ok"] for k in checks)
        for k in n:
            tot[k] += n[k]
        c = max(n["cells"], 1)
        print(f"{os.path.basename(name):40} cells {n['cells']:4}  found {n['found'] / c:.3f}  labels {n['labels'] / c:.3f}  unit {n['unit'] / c:.3f}  whole {n['whole'] / c:.3f}")
    c = max(tot["cells"], 1)
    print(
        f"tables: cells={tot['cells']} found={tot['found'] / c:.3f} labels={tot['labels'] / c:.3f} unit={tot['unit'] / c:.3f} "
        f"whole={tot['whole'] / c:.3f} sums_ok={tot['sums_ok']}/{tot['sums']} slips_named={tot['slips_named']}/{tot['slips']} "
        f"false_alarms={tot['false_alarms']}"
    )
    sys.exit(0 if tot["whole"] / c >= args.bar and tot["false_alarms"] == 0 else 1)


if __name__ == "__main__":
    main()
