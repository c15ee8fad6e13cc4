"""The README's recipe on a real distributed engine in local mode: a Dask
LocalCluster of two worker processes over a folder of text and HTML
articles, giving one pandas table of every figure with its article."""

import gzip
import importlib
import os
import shutil
import sys

import pandas as pd
from dask.distributed import Client, LocalCluster

import solieu
from conftest import CORPUS, readme_block


def recipe(folder, monkeypatch):
    """The README's recipe as a module `recipe` (its `__main__` part left
    out) that this process and the workers it starts import, as a
    cluster's workers import the code they run."""
    code = readme_block("python", 1)
    assert 'if __name__ == "__main__":' in code
    (folder / "recipe.py").write_text(code, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")]))
    return importlib.import_module("recipe")


def test_recipe_on_a_local_cluster(tmp_path, corpus_texts, monkeypatch):
    folder = tmp_path / "articles"
    (folder / "pages").mkdir(parents=True)
    for path, _ in corpus_texts:
        if path.suffix == ".txt":
            shutil.copy(path, folder / path.name)
    for page in sorted((CORPUS.parent / "extraction" / "pages").glob("*.html.gz"))[:8]:
        (folder / "pages" / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    articles = sorted(str(p) for p in folder.rglob("*") if p.is_file())
    assert len(articles) > 40

    r = recipe(tmp_path, monkeypatch)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        table = r.figures_table(str(folder), client)
        # The work ran in the workers' processes, not here.
        ran = client.run(lambda: "solieu" in sys.modules)
        assert len(ran) == 2 and all(ran.values())

    assert isinstance(table, pd.DataFrame)
    assert list(table.columns) == ["article", *solieu.COLUMNS]
    want = pd.DataFrame([row for a in articles for row in r.figure_rows(a)], columns=table.columns)
    assert len(table) == len(want) > 1000
    pd.testing.assert_frame_equal(table.reset_index(drop=True), want)
    assert set(table["article"]) <= set(articles)
    assert table["article"].str.endswith(".html").any()
    assert table["number"].dtype == float
    assert (table.groupby("kind").size() > 0).all()
