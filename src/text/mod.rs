//! Text plumbing shared by every stage: tokens with exact byte offsets, the
//! byte → UTF-16 offset map, language detection and sentence bounds.

pub mod language;
pub mod phrases;
pub mod sentences;
pub mod tokens;
pub mod utf16;
