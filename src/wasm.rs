//! The WebAssembly face of the crate: `analyze(text, options)` for JavaScript.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::{Language, Options};

/// Analyses `text` and returns the document of `docs/FORMAT.md` as a plain JS
/// object. `options` may be `undefined`, `null`, or `{ language: "vi" | "en" }`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let mut opts = Options::default();
    if options.is_object() {
        let lang = js_sys::Reflect::get(&options, &JsValue::from_str("language"))?;
        if let Some(code) = lang.as_string() {
            opts.language = Language::from_code(&code);
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
