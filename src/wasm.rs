//! The WebAssembly face of the crate: `analyze(text, options)` for JavaScript.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::{BlockHint, BlockKind, Language, Options};

/// Reads a field of a JS object.
fn field(object: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    js_sys::Reflect::get(object, &JsValue::from_str(name))
}

/// Analyses `text` and returns the document of `docs/FORMAT.md` as a plain JS
/// object. `options` may be `undefined`, `null`, or
/// `{ language: "vi" | "en", blocks: [{ start, end, kind: "h2" | "p" | "li" | "figcaption" | "blockquote" }] }`,
/// the block structure of an HTML paste in UTF-16 offsets into `text`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let mut opts = Options::default();
    if options.is_object() {
        if let Some(code) = field(&options, "language")?.as_string() {
            opts.language = Language::from_code(&code);
        }
        let blocks = field(&options, "blocks")?;
        if js_sys::Array::is_array(&blocks) {
            for hint in js_sys::Array::from(&blocks).iter() {
                let start = field(&hint, "start")?.as_f64();
                let end = field(&hint, "end")?.as_f64();
                let kind = field(&hint, "kind")?
                    .as_string()
                    .and_then(|k| BlockKind::from_tag(&k));
                if let (Some(start), Some(end), Some(kind)) = (start, end, kind) {
                    if start >= 0.0 && end >= start {
                        opts.blocks.push(BlockHint {
                            start: start as usize,
                            end: end as usize,
                            kind,
                        });
                    }
                }
            }
        }
    }
    let analysis = crate::analyze(text, &opts);
    // JSON-compatible: maps become plain objects and `None` becomes `null`,
    // so the page sees exactly what the CLI prints.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    analysis
        .serialize(&serializer)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The crate version, for the page's footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
