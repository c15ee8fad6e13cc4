//! One figure per span: where readings overlap, the longest wins, then the
//! higher rank, then the earlier one.

use std::collections::BTreeMap;

use super::Candidate;
use crate::text::tokens::Tokens;

/// Keeps a disjoint set of candidates, sorted by position.
pub fn resolve(all: Vec<Candidate>, t: &Tokens) -> Vec<Candidate> {
    let len = |c: &Candidate| t.end(c.last) - t.start(c.first);
    // Sorts keys, not candidates: longest first, then the higher rank, then
    // the earlier; the index last breaks ties as stability would (earlier
    // recognisers first). Lengths and token indices fit in 32 bits.
    let mut order: Vec<(u64, u64)> = all
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let longest = u32::MAX as u64 - len(c) as u64;
            let ranked = (u8::MAX - c.rank) as u64;
            (longest << 8 | ranked, (c.first as u64) << 32 | i as u64)
        })
        .collect();
    crate::text::order::sort_pairs(&mut order);
    // Chosen spans as token ranges, `first -> last`, for the overlap test.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut keep = vec![false; all.len()];
    for (_, key) in order {
        let k = key & u32::MAX as u64;
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
    crate::text::order::sort_by_key(&mut chosen, |c| c.first as u64);
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
