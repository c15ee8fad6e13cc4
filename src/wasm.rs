//! The WebAssembly face of the crate: `analyze(text, options)` for JavaScript.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::model::{BlockHint, BlockKind, Language, Options};

/// A field that is read when it has the expected type and ignored otherwise,
/// so that a caller's stray `language: 5` or a malformed block costs that
/// field, never the analysis.
#[derive(Deserialize)]
#[serde(untagged)]
enum Lenient<T> {
    Read(T),
    Ignored(serde::de::IgnoredAny),
}

impl<T> Lenient<T> {
    fn get(self) -> Option<T> {
        match self {
            Lenient::Read(v) => Some(v),
            Lenient::Ignored(_) => None,
        }
    }
}

/// The options object JavaScript passes.
#[derive(Deserialize)]
struct JsOptions {
    language: Option<Lenient<String>>,
    blocks: Option<Lenient<Vec<Lenient<JsBlock>>>>,
}

/// One block of an HTML paste, in UTF-16 offsets into the text.
#[derive(Deserialize)]
struct JsBlock {
    start: Option<Lenient<f64>>,
    end: Option<Lenient<f64>>,
    kind: Option<Lenient<String>>,
}

impl JsOptions {
    fn into_options(self) -> Options {
        let mut opts = Options {
            language: self
                .language
                .and_then(Lenient::get)
                .and_then(|code| Language::from_code(&code)),
            ..Options::default()
        };
        let blocks = self.blocks.and_then(Lenient::get).unwrap_or_default();
        for hint in blocks.into_iter().filter_map(Lenient::get) {
            let start = hint.start.and_then(Lenient::get);
            let end = hint.end.and_then(Lenient::get);
            let kind = hint
                .kind
                .and_then(Lenient::get)
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
        opts
    }
}

/// Analyses `text` and returns the document of `docs/FORMAT.md` as a plain JS
/// object. `options` may be `undefined`, `null`, or
/// `{ language: "vi" | "en" | "und", blocks: [{ start, end, kind: "h2" | "p" | "li" | "figcaption" | "blockquote" }] }`,
/// the block structure of an HTML paste in UTF-16 offsets into `text`.
/// A field of another type is ignored.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let opts = if options.is_object() {
        serde_wasm_bindgen::from_value::<JsOptions>(options)
            .map(JsOptions::into_options)
            .unwrap_or_default()
    } else {
        Options::default()
    };
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
