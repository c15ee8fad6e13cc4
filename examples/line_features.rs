//! Prints the features of every line of each text given, as the learned
//! line model sees them (`solieu::outline::features`), for its training:
//! one JSON object per file, `{"file", "title_end", "lines": [{"text",
//! "role", "decided", "f"}]}`, with the role the rules gave the line before
//! the model, whether the model decides it, and where the title's
//! candidates end (`features::Lines::title_end`); a candidate for the title (`solieu::outline::title`) also
//! has its title features, `"t"`.
//!
//!     cargo run --release --example line_features -- FILE...
//!
//! `tools/outline_model/train.py` runs it; nothing else needs it.

use solieu::outline::{self, features};
use solieu::text::Lower;

fn main() {
    for path in std::env::args().skip(1) {
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        // The outline reads the normal form of the text, as `analyze` does.
        let normal = solieu::text::normal::Normal::new(&source);
        let text: &str = &normal.text;
        let lower = text.lower();
        let layout = solieu::text::lines::Layout::of(text);
        let ruled = outline::rules(text, &lower, &[], &layout);
        let f = features::of_lines(&ruled.lines, &ruled.blocks, &ruled.roles, &ruled.table);
        let titles: std::collections::HashMap<usize, Vec<f32>> =
            outline::title::candidates(&ruled.lines, &f, &ruled.roles)
                .into_iter()
                .map(|(k, row)| (k, row.to_vec()))
                .collect();
        let lines: Vec<serde_json::Value> = ruled
            .lines
            .iter()
            .zip(&ruled.roles)
            .zip(f.rows.iter().zip(&f.decided))
            .enumerate()
            .map(|(k, ((l, r), (x, d)))| {
                let mut line = serde_json::json!({"text": l.text, "role": format!("{r:?}"), "decided": d, "f": x.to_vec()});
                if let Some(t) = titles.get(&k) {
                    line["t"] = serde_json::json!(t);
                }
                line
            })
            .collect();
        println!(
            "{}",
            serde_json::json!({"file": path, "title_end": f.title_end, "lines": lines})
        );
    }
}
