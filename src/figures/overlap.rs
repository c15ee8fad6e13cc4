//! One figure per span: where readings overlap, the longest wins, then the
//! higher rank, then the earlier one.

use std::collections::BTreeMap;

use super::Candidate;
use crate::text::tokens::Tokens;

/// Keeps a disjoint set of candidates, sorted by position.
pub fn resolve(mut all: Vec<Candidate>, t: &Tokens) -> Vec<Candidate> {
    let len = |c: &Candidate| t.toks[c.last].end - t.toks[c.first].start;
    all.sort_by(|a, b| {
        len(b)
            .cmp(&len(a))
            .then(b.rank.cmp(&a.rank))
            .then(a.first.cmp(&b.first))
    });
    // Chosen spans as token ranges, `first -> last`, for the overlap test.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut chosen = Vec::new();
    for c in all {
        let clash_before = taken
            .range(..=c.first)
            .next_back()
            .is_some_and(|(_, &l)| l >= c.first);
        let clash_after = taken.range(c.first..=c.last).next().is_some();
        if !clash_before && !clash_after {
            taken.insert(c.first, c.last);
            chosen.push(c);
        }
    }
    chosen.sort_by_key(|c| c.first);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Value};

    #[test]
    fn longest_then_rank() {
        let t = Tokens::new("a b c d e");
        let c = |f, l, r| Candidate::new(Kind::Number, f, l, Value::Number(0.0)).rank(r);
        let out = resolve(
            vec![c(0, 2, 0), c(2, 8, 0), c(0, 0, 5), c(4, 4, 1), c(4, 4, 2)],
            &t,
        );
        let spans: Vec<(usize, usize, u8)> =
            out.iter().map(|c| (c.first, c.last, c.rank)).collect();
        assert_eq!(spans, [(0, 0, 5), (2, 8, 0)]);
    }
}
