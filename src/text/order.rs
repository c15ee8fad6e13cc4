//! One sort for the whole crate.
//!
//! The standard library's slice sorts are large generic code, instantiated
//! once per element type and comparator: each copy costs 3–13 kB of
//! WebAssembly, which every first visit of the page downloads. So every sort
//! here goes through [`sort_pairs`], one instantiation over `(u64, u64)`
//! pairs: a key and the item's index. The index also makes the order stable
//! (equal keys keep the order they came in).

/// Sorts pairs ascending. The one place the crate calls a slice sort.
#[inline(never)]
pub fn sort_pairs(pairs: &mut [(u64, u64)]) {
    pairs.sort_unstable();
}

/// The indices of `keys` in ascending order of key, equal keys in their
/// order: what a stable sort by key would give.
pub fn stable_order(keys: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, u64)> = keys.enumerate().map(|(i, k)| (k, i as u64)).collect();
    sort_pairs(&mut pairs);
    pairs.into_iter().map(|(_, i)| i as usize).collect()
}

/// Sorts `v` by `key`, stably (as `slice::sort_by_key` does).
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.iter().map(key));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        sort_by_key(&mut v, |x| x.0 as u64);
        assert_eq!(v, want);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x as u64);
        assert!(empty.is_empty());
    }
}
