#!/usr/bin/env python3
"""The PDF-paste bar of issue 17, for `make score`.

Scores the articles of both corpora as typed (../shared/corpus and
tests/corpus) and as each real extractor gave them back from PDF (tests/pdf,
made by tools/pdf_fixtures/make.py): `.pdftotext`, `.layout`, `.pdfjs` (all
three of every article) and `.groff` (the English ones, compared with the
English typed articles). Fails when a copy's figures exact F1 falls more than 0.01 below the
same articles typed; prints every score.

    python3 tools/pdf_bars.py [--cmd CMD]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCORE = os.path.join(ROOT, "..", "shared", "eval", "score.py")
TYPED = [os.path.join(ROOT, "..", "shared", "corpus"), os.path.join(ROOT, "tests", "corpus")]
PDF = os.path.join(ROOT, "tests", "pdf")
MARGIN = 0.01


def summary(cmd, dirs):
    out = subprocess.run([sys.executable, SCORE, "--cmd", cmd, *dirs], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    last = out.strip().splitlines()[-1]
    return last, dict((k, float(v)) for k, v in re.findall(r"(\w+)=([0-9.]+)", last))


def linked(files, names):
    """A folder of links to the chosen fixture files (score.py reads folders)."""
    d = tempfile.mkdtemp(prefix="solieu-pdf-")
    for f in files:
        if any(f.startswith(n + ".") for n in names):
            os.symlink(os.path.join(PDF, f), os.path.join(d, f))
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="target/release/solieu analyze --format json {file}")
    args = ap.parse_args()
    files = sorted(os.listdir(PDF))
    typed_all = [d for d in TYPED]
    english = tempfile.mkdtemp(prefix="solieu-typed-en-")
    for d in TYPED:
        for f in os.listdir(d):
            if f.startswith("en-") and f.endswith((".txt", ".gold.json")):
                os.symlink(os.path.join(d, f), os.path.join(english, f))
    base_all, all_scores = summary(args.cmd, typed_all)
    base_en, en_scores = summary(args.cmd, [english])
    print(f"typed (both corpora):    {base_all}")
    print(f"typed, English only:     {base_en}")
    failed = False
    for mode, base in [("pdftotext", all_scores), ("layout", all_scores), ("pdfjs", all_scores),
                       ("groff", en_scores)]:
        names = {f.split(".")[0] for f in files if f.endswith(f".{mode}.txt")}
        modes = {f for f in files if f".{mode}." in f}
        line, scores = summary(args.cmd, [linked(sorted(modes), names)])
        ok = scores["exact_f1"] >= base["exact_f1"] - MARGIN
        failed |= not ok
        print(f"{mode + ':':<24} {line}  {'ok' if ok else 'BELOW'} (bar {base['exact_f1'] - MARGIN:.3f})")
    if failed:
        print(f"figures exact F1 of a PDF copy more than {MARGIN} below the typed articles")
        sys.exit(1)


if __name__ == "__main__":
    main()
