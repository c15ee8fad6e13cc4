//! What the readers of numbers in words share: the accumulator that turns
//! "hai mươi mốt nghìn" and "twenty-one thousand" into 21 000, and table
//! look-ups. Each language's reader lives in its profile's room
//! (`lang::vi::numbers`, `lang::en::numbers`).

use crate::text::tokens::{TokKind, Tokens};

/// The value of word `w` in `table`.
pub fn value_of(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

/// The token after a hyphen that follows token `i`: against both words
/// ("ninety-five") or standing between spaces ("ninety - five", "one -
/// fourth", as some write it).
pub fn hyphen_after(t: &Tokens, i: usize) -> Option<usize> {
    if t.joined_by(i, "-‐") {
        return Some(i + 2);
    }
    if t.kind(i + 1) != Some(TokKind::Space) {
        return None;
    }
    let h = t
        .next(i)
        .filter(|&h| h == i + 2 && t.is_punct_in(h, "-‐"))?;
    t.next(h).filter(|&w| w == h + 2)
}

/// Accumulates a number the usual way: `group` is below the next scale word,
/// `total` holds what larger scale words closed.
pub struct Acc {
    pub total: f64,
    pub group: f64,
    pub last_scale: f64,
}

impl Default for Acc {
    fn default() -> Self {
        Acc::new()
    }
}

impl Acc {
    pub fn new() -> Self {
        Acc {
            total: 0.0,
            group: 0.0,
            last_scale: f64::INFINITY,
        }
    }

    pub fn scale(&mut self, m: f64) {
        if m >= 1000.0 {
            if m > self.last_scale {
                // "một nghìn tỷ", "a thousand billion": the whole so far scales.
                self.total = super::scale::times(self.total + self.group, m);
            } else {
                self.total += super::scale::times(self.group.max(1.0), m);
            }
            self.group = 0.0;
            self.last_scale = m;
        } else {
            self.group = super::scale::times(self.group.max(1.0), m);
        }
    }

    pub fn value(&self) -> f64 {
        self.total + self.group
    }
}
