//! One figure per span: where readings overlap, the longest wins, then the
//! higher rank, then the earlier one.

use std::collections::BTreeMap;

use super::Candidate;
use crate::text::tokens::Tokens;

/// Keeps a disjoint set of candidates, sorted by position.
pub fn resolve(all: Vec<Candidate>, t: &Tokens) -> Vec<Candidate> {
    let len = |c: &Candidate| t.end(c.last) - t.start(c.first);
    // Sorts indices, not candidates: a stable sort of the candidates would
    // copy half of them aside; the index breaks ties as stability would
    // (earlier recognisers first).
    let mut order: Vec<u32> = (0..all.len() as u32).collect();
    order.sort_unstable_by(|&i, &j| {
        let (a, b) = (&all[i as usize], &all[j as usize]);
        len(b)
            .cmp(&len(a))
            .then(b.rank.cmp(&a.rank))
            .then(a.first.cmp(&b.first))
            .then(i.cmp(&j))
    });
    // Chosen spans as token ranges, `first -> last`, for the overlap test.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut keep = vec![false; all.len()];
    for k in order {
        let c = &all[k as usize];
        let clash_before = taken
            .range(..=c.first)
            .next_back()
            .is_some_and(|(_, &l)| l >= c.first);
        let clash_after = taken.range(c.first..=c.last).next().is_some();
        if !clash_before && !clash_after {
            taken.insert(c.first, c.last);
            keep[k as usize] = true;
        }
    }
    let mut chosen: Vec<Candidate> = all
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
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
