#!/usr/bin/env python3
"""Records the CLI's JSON over every text the project can see, and compares
two such records: the check that a refactor changed no output.

    python3 tools/same_output.py record /tmp/before      # before the change
    python3 tools/same_output.py record /tmp/after       # after it
    python3 tools/same_output.py compare /tmp/before /tmp/after

The texts: both corpora (tests/corpus, ../shared/corpus), the marked articles
and pages (tests/sums, tests/outline, tests/outline-heldout), the PDF copies
(tests/pdf), the table fixtures (tests/tables, tests/tables-layout), the pastes of the
extraction benchmark (../shared/extraction/pages/*.txt), every input of the
peer suites (../shared/peer/*.jsonl, with the language the suite gives, as
its score.py runs them), and a few large inputs built from the corpus (the
corpus repeated, and the patterns tests/extremes.rs scales). Each is run
through `target/release/solieu analyze --format json`; the record is one
file per text, named after it.

`compare` prints each text whose JSON differs, with the first differing
line, and exits 1 when any does; `--except-language und` leaves out texts
whose JSON in the second record says `"language": "und"` (the one change
in output issue 13 allows), listing them apart.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("SHARED", ROOT.parent / "shared"))
BIN = ROOT / "target" / "release" / "solieu"


def texts():
    """(name, text, lang or None) for every text the record covers."""
    for folder, prefix in [
        (ROOT / "tests" / "corpus", "own-"),
        (SHARED / "corpus", "shared-"),
        (ROOT / "tests" / "sums", "sums-"),
        (ROOT / "tests" / "outline", "outline-"),
        (ROOT / "tests" / "outline-heldout", "heldout-"),
        (ROOT / "tests" / "pdf", "pdf-"),
        (ROOT / "tests" / "tables", "table-"),
        (ROOT / "tests" / "tables-layout", "table-layout-"),
    ]:
        for f in sorted(folder.glob("*.txt")):
            yield prefix + f.stem, f.read_text(encoding="utf-8"), None
    for f in sorted((SHARED / "extraction" / "pages").glob("*.txt")):
        yield "page-" + f.stem[:16], f.read_text(encoding="utf-8"), None
    for suite in sorted((SHARED / "peer").glob("*.jsonl")):
        lang = suite.stem.split("-")[0]
        for n, line in enumerate(suite.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield f"peer-{suite.stem}-{n:03}", json.loads(line)["input"], lang
    corpus = "\n\n".join(t for n, t, _ in texts_of(SHARED / "corpus"))
    yield "big-corpus-1mb", (corpus * (1_000_000 // max(len(corpus), 1) + 1))[:1_000_000], None
    yield "big-total-repeated", "Tổng cộng 5 người. " * 5000, None
    yield "big-pence-repeated", "It cost 1p. " * 20000, None
    yield "big-pence-pound", "£3 and then " + "it cost 1p, " * 20000, None


def texts_of(folder):
    for f in sorted(folder.glob("*.txt")):
        yield f.stem, f.read_text(encoding="utf-8"), None


def run(item):
    name, text, lang = item
    cmd = [str(BIN), "analyze", "--format", "json"]
    if lang:
        cmd += ["--lang", lang]
    cmd.append("-")
    out = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True, timeout=600)
    if out.returncode != 0:
        return name, b"exit %d\n" % out.returncode + out.stderr
    return name, out.stdout


def record(folder):
    folder = pathlib.Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    items = list(texts())
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, out in pool.map(run, items):
            (folder / (name + ".json")).write_bytes(out)
    print(f"recorded {len(items)} texts in {folder}")


def compare(a, b, except_language):
    a, b = pathlib.Path(a), pathlib.Path(b)
    names = sorted({p.name for p in a.glob("*.json")} | {p.name for p in b.glob("*.json")})
    differ, excused = [], []
    for name in names:
        x = (a / name).read_bytes() if (a / name).exists() else b"(missing)"
        y = (b / name).read_bytes() if (b / name).exists() else b"(missing)"
        if x == y:
            continue
        if except_language and f'"language": "{except_language}"'.encode() in y:
            excused.append(name)
            continue
        first = next((i for i, (l, r) in enumerate(zip(x.splitlines(), y.splitlines())) if l != r), None)
        where = f"line {first + 1}" if first is not None else "length"
        differ.append(f"{name}: differs at {where}")
    for name in excused:
        print(f"now {except_language}: {name}")
    for line in differ:
        print(line)
    print(f"{len(names)} texts, {len(differ)} differ, {len(excused)} now {except_language or '-'}")
    return 1 if differ else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("folder")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--except-language", default=None)
    args = ap.parse_args()
    if args.cmd == "record":
        if not BIN.exists():
            sys.exit(f"no binary at {BIN}: run cargo build --release first")
        record(args.folder)
    else:
        sys.exit(compare(args.before, args.after, args.except_language))


if __name__ == "__main__":
    main()
