//! The WebAssembly face of the crate: `analyze(text, options)` for JavaScript.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::model::{BlockHint, BlockKind, Language, Options};

/// `obj[name]`, or `undefined` where reading it throws (a getter, a proxy).
fn field(obj: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The options object JavaScript passes, read field by field: a field is
/// read when it has the expected type and ignored otherwise, so that a
/// caller's stray `language: 5` or a malformed block costs that field, never
/// the analysis. (Read by hand rather than by serde: serde's error messages
/// for a field of the wrong type print floats, and `f64`'s formatter weighs
/// about 6 kB of the WebAssembly's gzip.)
fn read_options(options: &JsValue) -> Options {
    let mut opts = Options::default();
    if !options.is_object() {
        return opts;
    }
    opts.language = field(options, "language")
        .as_string()
        .and_then(|code| Language::from_code(&code));
    let blocks = field(options, "blocks");
    if !js_sys::Array::is_array(&blocks) {
        return opts;
    }
    let blocks = js_sys::Array::from(&blocks);
    for k in 0..blocks.length() {
        let hint = blocks.get(k);
        if !hint.is_object() {
            continue;
        }
        let start = field(&hint, "start").as_f64();
        let end = field(&hint, "end").as_f64();
        let kind = field(&hint, "kind")
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
    opts
}

/// Analyses `text` and returns the document of `docs/FORMAT.md` as a plain JS
/// object. `options` may be `undefined`, `null`, or
/// `{ language: "vi" | "en" | "und", blocks: [{ start, end, kind: "h2" | "p" | "li" | "figcaption" | "blockquote" | "chrome" }] }`,
/// the block structure of an HTML paste in UTF-16 offsets into `text`.
/// A field of another type is ignored.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Options | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = read_options(&options);
    let analysis = crate::analyze(text, &opts);
    // JSON-compatible: maps become plain objects and `None` becomes `null`,
    // so the page sees exactly what the CLI prints.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    analysis
        .serialize(&serializer)
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The options `read_options` reads, for the npm package's declarations.
#[cfg(feature = "package")]
#[wasm_bindgen(typescript_custom_section)]
const OPTIONS_TS: &str = r#"
/** What `analyze` takes besides the text. */
export interface Options {
    /** The language of the text; detected from the text when left out. */
    language?: Language | null;
    /** The blocks an HTML source marked, in UTF-16 offsets into the text: what
     * `htmlToText` returns. */
    blocks?: Block[] | null;
}
"#;

/// A block the markup of an HTML source marked (`htmlToText`).
#[cfg(feature = "package")]
#[derive(Serialize, tsify::Tsify)]
#[tsify(missing_as_null)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    /// `h1`–`h6`, `p`, `li`, `figcaption`, `blockquote`, or `chrome` (inside
    /// `nav`, `footer` or `aside`, a block mostly of links, or a whole page's
    /// chrome around its story).
    pub kind: String,
}

/// The text of an HTML source and the blocks its markup gave.
#[cfg(feature = "package")]
#[derive(Serialize, tsify::Tsify)]
#[tsify(missing_as_null)]
pub struct HtmlText {
    pub text: String,
    pub blocks: Vec<Block>,
}

/// HTML (a whole page or a fragment) to the plain text the analysis reads
/// and its blocks, the page's conversion (solieu::html): pass both to
/// `analyze(text, { blocks })`. For hosts with no DOM; the npm package's
/// build only.
#[cfg(feature = "package")]
#[wasm_bindgen(js_name = htmlToText, unchecked_return_type = "HtmlText")]
pub fn html_to_text(html: &str) -> Result<JsValue, JsValue> {
    let (text, hints) = crate::html::to_text(html);
    let blocks = hints
        .iter()
        .map(|h| Block {
            start: h.start,
            end: h.end,
            kind: h.kind.tag(),
        })
        .collect();
    HtmlText { text, blocks }
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The crate version, for the page's footer.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The page's allocator: Talc, smaller in the WebAssembly than the standard
/// library's dlmalloc at the same speed (issue 17 measured it; see the Makefile).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
