//! Bounded walks: the one way a recogniser or a check looks around a token or
//! a figure.
//!
//! Stages run once per token or once per figure. A look around that went as
//! far as the text allowed ("back to the start of the sentence", "on to the
//! next bracket") would cost, over one endless sentence (a pasted table with
//! no full stops), the square of its length. So every such look is a [`Walk`]
//! handed out by [`Reach`]: it visits at most a set number of indices,
//! [`TOKENS`] tokens or [`FIGURES`] figures, and stops early at a floor or an
//! end the caller gives. What a walk cannot see past its bound the stage does
//! without: a breakdown of 41 parts is not checked, a year 25 figures away is
//! not borrowed.
//!
//! Each step is counted in the [`Reach`] that made the walk, so tests can
//! prove that the analysis is linear by counting the work it did (twice the
//! input, at most about twice the steps) instead of timing it.

use std::cell::Cell;

/// How many tokens a walk may visit: more than any sentence of prose holds
/// between a figure and what it is read with.
pub const TOKENS: usize = 400;

/// How many figures a walk may visit: prose never lists more parts of one
/// total, nor dates in one sentence that lend each other a year.
pub const FIGURES: usize = 40;

/// Hands out bounded walks and counts their steps.
#[derive(Debug, Default)]
pub struct Reach {
    steps: Cell<u64>,
}

impl Reach {
    pub fn new() -> Reach {
        Reach::default()
    }

    /// How many indices every walk made so far has visited.
    pub fn steps(&self) -> u64 {
        self.steps.get()
    }

    /// `from`, `from + 1`, … while below `end`, at most `limit` of them.
    pub fn ahead(&self, from: usize, end: usize, limit: usize) -> Walk<'_> {
        Walk {
            next: from,
            stop: end.min(from.saturating_add(limit)),
            forward: true,
            steps: &self.steps,
        }
    }

    /// `from - 1`, `from - 2`, … while at or above `floor`, at most `limit`
    /// of them.
    pub fn back(&self, from: usize, floor: usize, limit: usize) -> Walk<'_> {
        Walk {
            next: from,
            stop: floor.max(from.saturating_sub(limit)),
            forward: false,
            steps: &self.steps,
        }
    }
}

/// A walk over indices, from [`Reach::ahead`] or [`Reach::back`].
#[derive(Debug)]
pub struct Walk<'a> {
    /// Forward: the next index to give. Backward: one past it.
    next: usize,
    /// Forward: the end (exclusive). Backward: the last index to give.
    stop: usize,
    forward: bool,
    steps: &'a Cell<u64>,
}

impl Iterator for Walk<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        let i = if self.forward {
            (self.next < self.stop).then(|| {
                self.next += 1;
                self.next - 1
            })
        } else {
            (self.next > self.stop).then(|| {
                self.next -= 1;
                self.next
            })
        }?;
        self.steps.set(self.steps.get() + 1);
        Some(i)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.next.abs_diff(self.stop);
        (n, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_stop_at_their_bound_and_count_steps() {
        let r = Reach::new();
        assert_eq!(r.ahead(3, 10, 4).collect::<Vec<_>>(), [3, 4, 5, 6]);
        assert_eq!(r.ahead(3, 5, 4).collect::<Vec<_>>(), [3, 4]);
        assert_eq!(r.back(5, 0, 3).collect::<Vec<_>>(), [4, 3, 2]);
        assert_eq!(r.back(5, 4, 3).collect::<Vec<_>>(), [4]);
        assert_eq!(r.back(0, 0, 3).count(), 0);
        assert_eq!(r.ahead(usize::MAX - 1, usize::MAX, 9).count(), 1);
        assert_eq!(r.steps(), 4 + 2 + 3 + 1 + 1);
        // A walk that stops early counts only what it visited.
        let _ = r.ahead(0, 1000, 1000).find(|&i| i == 2);
        assert_eq!(r.steps(), 11 + 3);
    }
}
