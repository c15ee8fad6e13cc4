//! Text plumbing shared by every stage: tokens with exact byte offsets, the
//! byte → UTF-16 offset map, the normal form recognisers read, language
//! detection and sentence bounds.

pub mod compose_table;
pub mod language;
pub mod normal;
pub mod phrases;
pub mod sentences;
pub mod tokens;
pub mod utf16;
