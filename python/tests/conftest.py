"""What the tests share: the repository, the corpora, the CLI and the README's examples."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CORPUS", ROOT / ".." / "shared" / "corpus")).resolve()
CLI = ROOT / "target" / "release" / "solieu"


def readme_block(lang, nth=0, section=None):
    """The python/README.md fenced block of `lang` after its `nth`, or the
    repository README's from `section` on."""
    if section:
        text = (ROOT / "README.md").read_text(encoding="utf-8")
        text = text[text.index(section) :]
    else:
        text = (ROOT / "python" / "README.md").read_text(encoding="utf-8")
    return text.split(f"```{lang}\n")[nth + 1].split("```")[0]


def cli_json(path):
    """The CLI's document of one file, as json.loads reads it."""
    out = subprocess.run([CLI, "analyze", str(path)], check=True, capture_output=True)
    return json.loads(out.stdout)


def texts():
    """Every text article of the corpora, as (path, text)."""
    out = []
    for folder in (CORPUS, ROOT / "tests" / "corpus", ROOT / "tests" / "tables"):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".tsv"):
                out.append((path, path.read_text(encoding="utf-8")))
    return out


@pytest.fixture(scope="session")
def corpus_texts():
    return texts()
