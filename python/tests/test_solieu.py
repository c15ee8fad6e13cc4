"""The wheel as a user installs it: its README's example, and the same
documents, rows and HTML conversion as the command line gives."""

import contextlib
import csv
import gzip
import io
import subprocess

import pytest

import solieu
from conftest import CLI, CORPUS, cli_json, readme_block


def test_readme_example_prints_what_the_readme_says():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(readme_block("python"), {})
    assert out.getvalue() == readme_block("text")


def test_repository_readme_example_prints_what_it_says():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(readme_block("python", 0, "## Packages"), {})
    assert out.getvalue() == readme_block("text", 1, "## Packages")


def test_analyze_is_the_cli_document(corpus_texts):
    assert len(corpus_texts) > 40
    for path, text in corpus_texts:
        assert solieu.analyze(text) == cli_json(path), path.name


def test_figures_are_the_cli_csv_rows_typed(corpus_texts):
    for path, text in corpus_texts[:12]:
        out = subprocess.run([CLI, "analyze", str(path), "--format", "csv"], check=True, capture_output=True)
        rows = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8"))))
        mine = solieu.figures(text)
        assert len(mine) == len(rows) > 0, path.name
        for row, got in zip(rows, mine):
            assert list(got) == solieu.COLUMNS
            for key in solieu.COLUMNS:
                cell = row[key]
                if cell == "":
                    assert got[key] is None, (path.name, key)
                elif key in ("number", "high"):
                    assert isinstance(got[key], float) and got[key] == float(cell), (path.name, key)
                elif key in ("table", "id"):
                    assert isinstance(got[key], int) and got[key] == int(cell), (path.name, key)
                else:
                    assert got[key] == cell, (path.name, key)


def test_html_reads_as_the_cli_reads_it(tmp_path):
    pages = sorted((CORPUS.parent / "extraction" / "pages").glob("*.html.gz"))[:10]
    assert pages
    for page in pages:
        html = gzip.decompress(page.read_bytes()).decode("utf-8")
        file = tmp_path / page.name.removesuffix(".gz")
        file.write_text(html, encoding="utf-8")
        want = cli_json(file)
        converted = solieu.html_to_text(html)
        assert converted["text"] == want.pop("text"), page.name
        assert len(converted["text"]) > 200
        assert solieu.analyze(converted["text"], blocks=converted["blocks"]) == want, page.name


def test_options_are_checked():
    assert solieu.analyze("Giá 1,5 triệu đồng.", language="vi")["language"] == "vi"
    assert solieu.analyze("Price 1,500 dollars.", language="en")["figures"][0]["value"] == 1500
    with pytest.raises(ValueError, match="unknown language"):
        solieu.analyze("text", language="fr")
    with pytest.raises(ValueError, match="unknown block kind"):
        solieu.analyze("text", blocks=[{"start": 0, "end": 4, "kind": "marquee"}])
    with pytest.raises(ValueError, match="without"):
        solieu.analyze("text", blocks=[{"start": 0, "kind": "p"}])
    heading = solieu.analyze("Doanh thu\n\nDoanh thu đạt 5 tỷ đồng.", blocks=[{"start": 0, "end": 9, "kind": "h1"}])
    assert heading["outline"]["title"]["text"] == "Doanh thu"
    assert solieu.__version__ == cli_version()


def cli_version():
    out = subprocess.run([CLI, "--version"], check=True, capture_output=True, text=True)
    return out.stdout.split()[-1]
