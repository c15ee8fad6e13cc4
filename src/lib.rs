//! solieu ("số liệu": figures) finds the figures of a Vietnamese or English
//! article, reads each one into a normalised value, lays out the article's
//! outline, and checks the arithmetic the article states.
//!
//! ```
//! let analysis = solieu::analyze("Khám bệnh 1.038 lượt.", &solieu::Options::default());
//! assert_eq!(analysis.figures[0].text, "1.038 lượt");
//! assert_eq!(analysis.figures[0].value.as_number(), Some(1038.0));
//! ```
//!
//! The pipeline, one stage per module: [`text`] tokenises and splits sentences,
//! [`numbers`] reads numerals, [`figures`] decides what each number is,
//! [`outline`] classifies blocks into title, headings, captions and chrome,
//! [`checks`] verifies sums, and [`analysis`] puts the document together.

pub mod analysis;
pub mod checks;
pub mod export;
pub mod figures;
#[cfg(any(not(target_arch = "wasm32"), feature = "package"))]
pub mod html;
pub mod invariants;
pub mod lang;
pub mod model;
pub mod numbers;
pub mod outline;
pub mod text;

#[cfg(test)]
mod testing;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use analysis::analyze;
pub use model::*;
