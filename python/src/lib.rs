//! solieu for Python: `solieu.analyze(text)` returns the JSON document of
//! `docs/FORMAT.md` as dicts and lists (pythonize over the crate's serde
//! types, so it is the CLI's JSON read by `json.loads`, without the JSON);
//! `solieu.figures(text)` the page's export rows, one dict a figure, for a
//! DataFrame; `solieu.html_to_text(html)` the page's HTML conversion.
//!
//! The analysis runs with the GIL released, so threads of one process
//! analyse in parallel; a distributed engine's workers (Dask, Spark) call
//! it as any Python function (python/README.md).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use solieu::{BlockHint, BlockKind, Language, Options};

/// The options of `analyze` and `figures`: a language code and the blocks
/// of an HTML source (dicts with `start`, `end`, `kind`).
fn options(language: Option<&str>, blocks: Option<&Bound<'_, PyList>>) -> PyResult<Options> {
    let mut opts = Options::default();
    if let Some(code) = language {
        opts.language = Some(Language::from_code(code).ok_or_else(|| {
            PyValueError::new_err(format!("unknown language {code:?}: vi, en or und"))
        })?);
    }
    for block in blocks.into_iter().flatten() {
        let block = block.cast::<PyDict>()?;
        let get = |key: &str| -> PyResult<Bound<'_, PyAny>> {
            block
                .get_item(key)?
                .ok_or_else(|| PyValueError::new_err(format!("a block without {key:?}")))
        };
        let kind: String = get("kind")?.extract()?;
        opts.blocks.push(BlockHint {
            start: get("start")?.extract()?,
            end: get("end")?.extract()?,
            kind: BlockKind::from_tag(&kind)
                .ok_or_else(|| PyValueError::new_err(format!("unknown block kind {kind:?}")))?,
        });
    }
    Ok(opts)
}

/// Analyses `text` and returns the document (docs/FORMAT.md) as dicts and
/// lists. `language` is "vi", "en" or "und" (detected when None); `blocks`
/// the blocks of an HTML source, as `html_to_text` returns them.
#[pyfunction]
#[pyo3(signature = (text, language=None, blocks=None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &str,
    language: Option<&str>,
    blocks: Option<&Bound<'py, PyList>>,
) -> PyResult<Bound<'py, PyAny>> {
    let opts = options(language, blocks)?;
    let doc = py.detach(|| solieu::analyze(text, &opts));
    Ok(pythonize::pythonize(py, &doc)?)
}

/// The figures of `text` as the page's exports write them: one dict a
/// figure, with the keys of `COLUMNS`. `number` and `high` are floats,
/// `table` (counted from 1) and `id` ints, the rest strings (`section` is
/// the heading of the figure's section); an empty cell is None.
#[pyfunction]
#[pyo3(signature = (text, language=None, blocks=None))]
fn figures<'py>(
    py: Python<'py>,
    text: &str,
    language: Option<&str>,
    blocks: Option<&Bound<'py, PyList>>,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(language, blocks)?;
    let rows = py.detach(|| {
        let doc = solieu::analyze(text, &opts);
        solieu::export::figure_rows(&doc, text)
    });
    let out = PyList::empty(py);
    for row in rows {
        let dict = PyDict::new(py);
        for (key, cell) in solieu::export::COLUMNS.iter().zip(row) {
            let value: Bound<'_, PyAny> = if cell.is_empty() {
                py.None().into_bound(py)
            } else {
                match *key {
                    "number" | "high" => cell
                        .parse::<f64>()
                        .map_err(|_| PyValueError::new_err(format!("{key} {cell:?}")))?
                        .into_pyobject(py)?
                        .into_any(),
                    "table" | "id" => cell
                        .parse::<u64>()
                        .map_err(|_| PyValueError::new_err(format!("{key} {cell:?}")))?
                        .into_pyobject(py)?
                        .into_any(),
                    _ => cell.into_pyobject(py)?.into_any(),
                }
            };
            dict.set_item(*key, value)?;
        }
        out.append(dict)?;
    }
    Ok(out)
}

/// HTML (a whole page or a fragment) to the text a reader sees and the
/// blocks its markup gave: `{"text": ..., "blocks": [{"start", "end",
/// "kind"}]}`, as the page reads an HTML paste. Pass both to `analyze`.
#[pyfunction]
fn html_to_text<'py>(py: Python<'py>, html: &str) -> PyResult<Bound<'py, PyDict>> {
    let (text, hints) = py.detach(|| solieu::html::to_text(html));
    let blocks = PyList::empty(py);
    for h in hints {
        let block = PyDict::new(py);
        block.set_item("start", h.start)?;
        block.set_item("end", h.end)?;
        block.set_item("kind", h.kind.tag())?;
        blocks.append(block)?;
    }
    let out = PyDict::new(py);
    out.set_item("text", text)?;
    out.set_item("blocks", blocks)?;
    Ok(out)
}

#[pymodule]
#[pyo3(name = "solieu")]
fn solieu_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(figures, m)?)?;
    m.add_function(wrap_pyfunction!(html_to_text, m)?)?;
    m.add("COLUMNS", solieu::export::COLUMNS.to_vec())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
