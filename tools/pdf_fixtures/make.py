#!/usr/bin/env python3
"""Make the PDF-paste fixtures of tests/pdf/ from the marked corpora.

Each article of ../shared/corpus and tests/corpus is typeset to PDF by real
software and turned back into text by a real extractor, as an analyst who
copies a report out of a PDF gets it:

- Chromium's print to PDF (tools/pdf_fixtures/render.mjs), with a running
  header (the article's title, or its publication where the title holds a
  figure) and a page-number footer on every page, then
  poppler's `pdftotext` in its default reading order (`.pdftotext.txt`) and
  with `-layout` (`.layout.txt`, lines as the page sets them, runs of
  spaces for columns);
- the same PDF as a PDF.js viewer copies it, whole (`.pdfjs.txt`,
  tools/pdf_fixtures/pdfjs.mjs: what a browser that shows PDFs with PDF.js
  gives on select-all and copy);
- for English articles, groff (`-ms`, which hyphenates at line ends) to PDF,
  then `pdftotext -layout` (`.groff.txt`).

The gold file of each fixture is the article's, its figures found again in the
new text: a figure's text is the stretch of the new text that reads as the
marked one where line breaks, runs of spaces and a hyphen at a line end stand
for its spaces or join a word. A figure the page break cuts (a running header
or footer falls inside it) is dropped, with the sums that use it; the count
is printed. The page furniture lines (each running header and footer as the
extractor wrote it) join the outline's boilerplate.

  python3 tools/pdf_fixtures/make.py            # all articles
  python3 tools/pdf_fixtures/make.py NAME...    # some

Needs chromium, poppler-utils and groff (apt-get install chromium
poppler-utils groff), `make setup-node`, and pdfjs-dist, which it installs in
tools/pdf_fixtures/node_modules itself. Not part of `make test`: the
fixtures are committed, and `make score` scores them.
"""
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = [os.path.join(ROOT, "..", "shared", "corpus"), os.path.join(ROOT, "tests", "corpus")]
OUT = os.path.join(ROOT, "tests", "pdf")

# Page-number footers as reports write them, in each language; one per
# article in turn, so every shape is met.
FOOTERS = {
    "vi": ["Trang {n}/{m}", "- {n} -", "{n}"],
    "en": ["Page {n} of {m}", "- {n} -", "{n}"],
}


def articles(names):
    for src in SOURCES:
        for f in sorted(os.listdir(src)):
            if f.endswith(".txt"):
                name = f[:-4]
                if not names or name in names:
                    yield src, name


def visible(text, skip=()):
    """The text's characters that are not white space, with their offsets."""
    return [(i, c) for i, c in enumerate(text) if not c.isspace() and i not in skip]


def remap(gold, original, text, furniture_spans):
    """The gold of `original` for `text`, the same article as an extractor wrote it."""
    skip = {i for s, e in furniture_spans for i in range(s, e)}
    a, b = visible(original), visible(text, skip)
    matcher = difflib.SequenceMatcher(None, "".join(c for _, c in a), "".join(c for _, c in b),
                                      autojunk=False)
    to_new = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            to_new[a[block.a + k][0]] = b[block.b + k][0]
    new = dict(gold)
    figures, index, pos, dropped = [], {}, 0, 0
    for i, f in enumerate(gold.get("figures", [])):
        start = original.find(f["text"], pos)
        end = start + len(f["text"])
        pos = end
        ink = [j for j in range(start, end) if not original[j].isspace()]
        first, last = to_new.get(ink[0]), to_new.get(ink[-1])
        piece = text[first:last + 1] if first is not None and last is not None else ""
        # The extractor's stretch must read as the marked text: the same
        # characters, less white space and a hyphen that wraps a word.
        flat = re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "", piece)
        if "".join(flat.split()) != "".join(f["text"].split()) or "\f" in piece or any(
            first < s < last for s, _ in furniture_spans
        ):
            dropped += 1
            continue
        index[i] = len(figures)
        figures.append(dict(f, text=piece))
    if "figures" in gold:
        new["figures"] = figures
        sums = []
        for s in gold.get("sums", []):
            ids = [s["total"], *s["parts"]]
            if all(k in index for k in ids):
                sums.append(dict(s, total=index[s["total"]], parts=[index[k] for k in s["parts"]]))
        new["sums"] = sums
        if "slips" in gold:
            new["slips"] = [index[k] for k in gold["slips"] if k in index]
    # The outline's lines, as the extractor wrote them (its quotes, its
    # hyphens at a wrap), each found in the original after the last of its
    # kind and mapped across; a line the map cannot place stays as marked.
    outline = dict(gold.get("outline", {}))
    for key in ("title", "headings", "captions", "boilerplate"):
        if key not in outline:
            continue
        items = outline[key] if isinstance(outline[key], list) else [outline[key]]
        moved, at = [], 0
        for item in items:
            start = original.find(item, at) if item else -1
            if start < 0:
                start = original.find(item) if item else -1
            ink = [j for j in range(start, start + len(item)) if not original[j].isspace()] if start >= 0 else []
            # A character the extractor changed ("'" set as "’") has no
            # match: the line's ends are found from the nearest that has.
            first = next((to_new[j] - i for i, j in enumerate(ink) if j in to_new), None)
            last = next((to_new[j] + i for i, j in enumerate(reversed(ink)) if j in to_new), None)
            if first is not None and last is not None and first <= last:
                moved.append(text[first:last + 1])
                at = start + len(item)
            else:
                moved.append(item)
        outline[key] = moved if isinstance(outline[key], list) else moved[0]
    outline["boilerplate"] = list(outline.get("boilerplate", [])) + [
        text[s:e].strip() for s, e in furniture_spans
    ]
    new["outline"] = outline
    return new, dropped


def furniture_lines(text, header, footer, tail=False):
    """The spans of the lines of `text` that are the running header or a page footer.

    pdftotext writes a page's header first and its footer last; PDF.js
    gives both after the page's text, as Chromium draws them (`tail`: the
    last two lines of a page)."""
    # An extractor may drop or add the spaces of a footer ("- 1 -" as "-1-").
    shape = "".join(r"\s*" if c == " " else re.escape(c) for c in footer)
    foot = re.compile("^" + shape.replace(r"\{n\}", r"\d+").replace(r"\{m\}", r"\d+") + "$")
    # A footer is the last line of a page, a header the first: pdftotext ends
    # each page with a form feed.
    lines, at = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((at, line))
        at += len(line)
    inked = [k for k, (_, line) in enumerate(lines) if line.strip().replace("\f", "")]
    edges = set()
    for n, k in enumerate(inked):
        before = inked[n - 1] if n else -1
        if not tail and (n == 0 or any("\f" in lines[j][1] for j in range(before, k + 1) if j >= 0)):
            edges.add(k)  # the first line of a page
        after = inked[n + 1] if n + 1 < len(inked) else len(lines)
        if any("\f" in lines[j][1] for j in range(k, min(after, len(lines)))) or after == len(lines):
            edges.add(k)  # the last
            if tail and n:
                edges.add(inked[n - 1])  # and the one before it
    found = []
    for k in sorted(edges):
        at, line = lines[k]
        s = line.strip().replace("\f", "").strip()
        is_header = header is not None and " ".join(s.split()) == " ".join(header.split())
        if s and (is_header or foot.match(s)):
            lead = line.index(s[0])
            found.append((at + lead, at + lead + len(s)))
    return found


def groff_source(lines, title, headings):
    def esc(s):
        s = s.replace("\\", "\\e")
        return "\\&" + s if s[:1] in ".'" else s

    out, titled = [".nr PS 11", ".nr VS 14"], False
    for line in lines:
        if not line.strip():
            continue
        if not titled and line.strip() == title.strip():
            out += [".TL", esc(line)]
            titled = True
        elif line.strip() in headings:
            out += [".SH", esc(line)]
        else:
            out += [".PP", esc(line)]
    return "\n".join(out) + "\n"


def main():
    names = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="solieu-pdf-")
    jobs, meta = [], []
    for k, (src, name) in enumerate(articles(names)):
        text = open(os.path.join(src, name + ".txt"), encoding="utf-8").read()
        gold = json.load(open(os.path.join(src, name + ".gold.json"), encoding="utf-8"))
        lang = gold.get("language", "vi")
        outline = gold.get("outline", {})
        title = outline.get("title") or text.strip().splitlines()[0]
        headings = [h for h in outline.get("headings", []) if h in text.splitlines()]
        footer = FOOTERS[lang][k % len(FOOTERS[lang])]
        # The running header: the title, as reports run it, unless it holds a
        # digit (the scorer finds a marked figure's text at its first
        # occurrence, so a figure in the header would be sought there), then
        # the publication.
        if any(c.isdigit() for c in title):
            header = re.split(r" \(|, | –| —|:| '", gold.get("source", ""))[0]
            if not header or any(c.isdigit() for c in header):
                header = "Báo cáo" if lang == "vi" else "Report"
        else:
            header = title if len(title) < 90 else title[:80].rsplit(" ", 1)[0] + " …"
        pdf = os.path.join(work, name + ".pdf")
        jobs.append(dict(lines=text.splitlines(), title=title, headings=headings, lang=lang,
                         header=header, footer=footer, pdf=pdf))
        meta.append((name, text, gold, lang, title, headings, header, footer, pdf))
    here = os.path.join(ROOT, "tools", "pdf_fixtures")
    if not os.path.isdir(os.path.join(here, "node_modules", "pdfjs-dist")):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], check=True, cwd=here)
    jobs_file = os.path.join(work, "jobs.json")
    json.dump(jobs, open(jobs_file, "w"))
    subprocess.run(["node", os.path.join(ROOT, "tools", "pdf_fixtures", "render.mjs"), jobs_file],
                   check=True, cwd=ROOT)
    for name, text, gold, lang, title, headings, header, footer, pdf in meta:
        outputs = {
            "pdftotext": subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                                        check=True, capture_output=True).stdout.decode(),
            "layout": subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"],
                                     check=True, capture_output=True).stdout.decode(),
        }
        # PDF.js's pages, a line break between: a form feed stands for it
        # while the page furniture is found (one character for one).
        pages = json.loads(subprocess.run(["node", os.path.join(here, "pdfjs.mjs"), pdf],
                                          check=True, capture_output=True).stdout.decode())
        outputs["pdfjs"] = "\f".join(pages) + "\n"
        if lang == "en":
            ms = os.path.join(work, name + ".ms")
            open(ms, "w", encoding="utf-8").write(groff_source(text.splitlines(), title, headings))
            gpdf = subprocess.run(["groff", "-Kutf8", "-ms", "-Tpdf", "-dpaper=a4", "-P-pa4", ms],
                                  check=True, capture_output=True).stdout
            open(ms + ".pdf", "wb").write(gpdf)
            outputs["groff"] = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", "-layout", ms + ".pdf", "-"],
                check=True, capture_output=True).stdout.decode()
        for mode, out in outputs.items():
            # groff's pages carry their number centred at the top ("- 2 -"),
            # and no running header.
            if mode == "groff":
                furn = furniture_lines(out, None, "- {n} -")
            else:
                furn = furniture_lines(out, header, footer, tail=mode == "pdfjs")
            if mode == "pdfjs":
                out = out.replace("\f", "\n")
            new, dropped = remap(gold, text, out, furn)
            new["source"] = f"{gold.get('source', '')} (typeset to PDF, {mode})"
            base = os.path.join(OUT, f"{name}.{mode}")
            open(base + ".txt", "w", encoding="utf-8").write(out)
            with open(base + ".gold.json", "w", encoding="utf-8") as f:
                json.dump(new, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print(f"{name}.{mode}: {len(new.get('figures', []))} figures, {dropped} dropped, "
                  f"{len(furn)} furniture lines")


if __name__ == "__main__":
    main()
