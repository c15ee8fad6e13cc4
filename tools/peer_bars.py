#!/usr/bin/env python3
"""Scores the peer phrase suites (../shared/peer) and holds each to its bar.

    python3 tools/peer_bars.py [target/release/solieu]

Every suite has two scores, value and kind (see ../shared/peer/README.md).
Issue 14 sets the goal at 0.90 for both in every suite; until a suite gets
there its bar is the floor in tests/budget/peer-floors.json, the best it has
reached, so that no change can lower a suite unnoticed. A floor only ever
rises: `--raise` writes the scores of this run as the new floors where they
are higher. Lowering a floor is a deliberate edit of that file, seen in
review.

Exits 1 when a suite is below its floor or a suite is missing a floor.
"""

import argparse
import json
import math
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("SHARED", ROOT.parent / "shared"))
FLOORS = ROOT / "tests" / "budget" / "peer-floors.json"
GOAL = 0.90


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("binary", nargs="?", default=str(ROOT / "target" / "release" / "solieu"))
    ap.add_argument("--raise", dest="raise_", action="store_true",
                    help="write this run's scores as the new floors where higher")
    args = ap.parse_args()
    scorer = SHARED / "peer" / "score.py"
    if not scorer.exists():
        if os.environ.get("CI"):
            sys.exit(f"CI must have the peer suites at {scorer.parent}")
        print(f"skipping: no peer suites at {scorer.parent}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "peer.json"
        subprocess.run([sys.executable, str(scorer), args.binary, "--json", str(out)],
                       check=True, stdout=subprocess.DEVNULL)
        suites = json.loads(out.read_text())["suites"]
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    print(f"{'suite':<16} {'value':>6} {'floor':>6}   {'kind':>6} {'floor':>6}   goal {GOAL:.2f}")
    hit = kinds = total = 0
    for s in suites:
        name, fl = s["suite"], floors.get(s["suite"])
        hit, kinds, total = hit + s["value_hits"], kinds + s["kind_hits"], total + s["figures"]
        if fl is None:
            failed.append(f"{name}: no floor in {FLOORS.name}")
            fl = {"value": 0.0, "kind": 0.0}
        marks = []
        for key in ("value", "kind"):
            if s[key] < fl[key] - 1e-9:
                failed.append(f"{name}: {key} {s[key]:.3f} below its floor {fl[key]:.3f}")
                marks.append(f"{key} BELOW FLOOR")
            elif s[key] < GOAL:
                marks.append(f"{key} under goal")
        print(f"{name:<16} {s['value']:>6.3f} {fl['value']:>6.3f}   {s['kind']:>6.3f} {fl['kind']:>6.3f}"
              f"   {', '.join(marks) or 'ok'}")
        if args.raise_:
            floors[name] = {k: max(fl[k], math.floor(s[k] * 1000) / 1000) for k in ("value", "kind")}
    print(f"peer: value {hit}/{total} = {hit / total:.3f}, kind {kinds}/{total} = {kinds / total:.3f}")
    if args.raise_:
        FLOORS.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print(f"floors written to {FLOORS.relative_to(ROOT)}")
        return
    if failed:
        print("\n".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
