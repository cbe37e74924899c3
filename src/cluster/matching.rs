//! Finding related texts in linear time: near-duplicates by MinHash
//! locality-sensitive hashing over word bigrams, and containment (a text
//! whose segments lie, in order, inside a longer one) through one rare
//! anchor k-gram per text.
//!
//! Both work on distinct texts ("nodes", numbered longest first, in a
//! content-determined order) and never compare all pairs: each node is
//! compared with at most [`LEADERS`] leaders per LSH bucket, and with at
//! most [`CONTAINER_TRIES`] of the longer nodes holding its anchor.

use super::text::{mix, Segmented};
use rustc_hash::FxHashMap;

/// MinHash bands and rows per band: 16 × 4 = 64 hash functions. A pair of
/// bigram sets with Jaccard similarity 0.6 shares a band with probability
/// 0.89, at 0.7 with 0.98, at 0.3 with 0.12.
const BANDS: usize = 16;
const ROWS: usize = 4;
/// Nodes each LSH bucket keeps as leaders to compare newcomers with.
pub(crate) const LEADERS: usize = 4;
/// Containers tried per text, longest first: enough for the complete
/// versions of a quote, and a bound on the work for a common phrase.
pub(crate) const CONTAINER_TRIES: u32 = 64;

/// Sorted, distinct shingles of a text: word bigrams within each segment,
/// plus a start and an end marker, so that short texts still have several.
pub(crate) fn shingles(text: &Segmented) -> Vec<u64> {
    const START: u64 = 0x5851_f42d_4c95_7f2d;
    const END: u64 = 0x1405_7b7e_f767_814f;
    let mut out = Vec::with_capacity(text.words.len() + 2);
    if let (Some(&first), Some(&last)) = (text.words.first(), text.words.last()) {
        out.push(mix(first ^ START));
        out.push(mix(last ^ END));
    }
    for seg in text.segments() {
        if seg.len() == 1 {
            out.push(seg[0]);
        }
        out.extend(
            seg.windows(2)
                .map(|w| mix(w[0].rotate_left(17).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ w[1])),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Jaccard similarity of two sorted, distinct sets.
pub(crate) fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// The 16 band keys of a shingle set's MinHash signature.
fn band_keys(shingles: &[u64]) -> [u64; BANDS] {
    let mut mins = [u64::MAX; BANDS * ROWS];
    for &s in shingles {
        for (j, m) in mins.iter_mut().enumerate() {
            let h = (s ^ SEEDS[j]).wrapping_mul(MULTIPLIERS[j]);
            if h < *m {
                *m = h;
            }
        }
    }
    let mut keys = [0u64; BANDS];
    for (b, key) in keys.iter_mut().enumerate() {
        let mut h = b as u64;
        for &m in &mins[b * ROWS..(b + 1) * ROWS] {
            h = mix(h ^ m);
        }
        *key = h;
    }
    keys
}

const fn seeds(salt: u64) -> [u64; BANDS * ROWS] {
    let mut out = [0u64; BANDS * ROWS];
    let mut state = salt;
    let mut i = 0;
    while i < out.len() {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out[i] = (z ^ (z >> 31)) | 1;
        i += 1;
    }
    out
}

const SEEDS: [u64; BANDS * ROWS] = seeds(1);
const MULTIPLIERS: [u64; BANDS * ROWS] = seeds(2);

/// True when `a` becomes `b` with at most `budget` word insertions,
/// deletions or substitutions (Levenshtein within a band, `O(budget · n)`).
pub(crate) fn within_edits(a: &[u64], b: &[u64], budget: usize) -> bool {
    if a.len().abs_diff(b.len()) > budget {
        return false;
    }
    let width = 2 * budget + 1;
    let over = budget + 1;
    // Row i holds D[i][j] at k = j - i + budget: the distance between a[..i]
    // and b[..j], capped at `over`.
    let mut row: Vec<usize> = (0..width)
        .map(|k| if k >= budget { k - budget } else { over })
        .collect();
    let mut next = vec![over; width];
    for i in 1..=a.len() {
        for k in 0..width {
            let j = (i + k) as isize - budget as isize;
            next[k] = if j < 0 || j as usize > b.len() {
                over
            } else if j == 0 {
                i.min(over)
            } else {
                let j = j as usize;
                let mut d = row[k] + usize::from(a[i - 1] != b[j - 1]);
                if k + 1 < width {
                    d = d.min(row[k + 1] + 1);
                }
                if k > 0 {
                    d = d.min(next[k - 1] + 1);
                }
                d.min(over)
            };
        }
        std::mem::swap(&mut row, &mut next);
        if row.iter().all(|&d| d > budget) {
            return false;
        }
    }
    row[b.len() + budget - a.len()] <= budget
}

/// Union-find over nodes; the smallest node is the root, so the roots
/// depend only on the set of unions, not on their order.
pub(crate) struct Components {
    parent: Vec<u32>,
}

impl Components {
    pub(crate) fn new(n: usize) -> Self {
        Components {
            parent: (0..n as u32).collect(),
        }
    }

    pub(crate) fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let up = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = up;
            x = up;
        }
        x
    }

    pub(crate) fn union(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        let (keep, gone) = if a < b { (a, b) } else { (b, a) };
        self.parent[gone as usize] = keep;
    }
}

/// Joins near-duplicate nodes: their bigram sets have a Jaccard
/// similarity of at least `threshold`, and a few edits (a quarter of the
/// shorter text's words, at least one) turn one into the other, so that
/// two quotes sharing a long opening but going on differently stay apart.
/// Candidates come from LSH buckets, one band at a time: a node is compared
/// with the leaders of its bucket (unless already joined to them), and
/// becomes a leader where it joined none (at most [`LEADERS`] per bucket).
/// Bands and nodes are taken in order, so the result depends only on the
/// set of nodes.
pub(crate) fn near_duplicates(nodes: &[Segmented], threshold: f64, components: &mut Components) {
    let sketch = |n: &Segmented| {
        let set = shingles(n);
        let keys = band_keys(&set);
        (set, keys)
    };
    #[cfg(feature = "parallel")]
    let sketches: Vec<(Vec<u64>, [u64; BANDS])> = {
        use rayon::prelude::*;
        nodes.par_iter().map(sketch).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let sketches: Vec<(Vec<u64>, [u64; BANDS])> = nodes.iter().map(sketch).collect();
    let similar = |a: usize, b: usize| {
        let (x, y) = (&nodes[a].words, &nodes[b].words);
        jaccard(&sketches[a].0, &sketches[b].0) >= threshold
            && within_edits(x, y, (x.len().min(y.len()) / 4).max(1))
    };
    const EMPTY: u32 = u32::MAX;
    let mut buckets: FxHashMap<u64, [u32; LEADERS]> = FxHashMap::default();
    buckets.reserve(nodes.len());
    for band in 0..BANDS {
        buckets.clear();
        for (node, (set, keys)) in sketches.iter().enumerate() {
            if set.is_empty() {
                continue;
            }
            let node = node as u32;
            let leaders = buckets.entry(keys[band]).or_insert([EMPTY; LEADERS]);
            let mut joined = false;
            for slot in leaders.iter_mut() {
                let leader = *slot;
                if leader == EMPTY {
                    if !joined {
                        *slot = node;
                    }
                    break;
                }
                if components.find(leader) == components.find(node) {
                    joined = true;
                } else if similar(node as usize, leader as usize) {
                    components.union(leader, node);
                    joined = true;
                }
            }
        }
    }
}

/// Hashes of the `k`-grams of `words` (a polynomial rolling hash, mixed).
fn kgrams(words: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
    const P: u64 = 0x100_0000_01b3;
    let top = (0..k.saturating_sub(1)).fold(1u64, |acc, _| acc.wrapping_mul(P));
    let mut h = 0u64;
    words.iter().enumerate().filter_map(move |(i, &w)| {
        if i >= k {
            h = h.wrapping_sub(words[i - k].wrapping_mul(top));
        }
        h = h.wrapping_mul(P).wrapping_add(w);
        (i + 1 >= k).then(|| mix(h))
    })
}

/// True when every segment of `part` occurs in `whole`, in order and
/// without overlap (each found leftmost, with Knuth–Morris–Pratt), in time
/// linear in both lengths.
pub(crate) fn contains_in_order(whole: &[u64], part: &Segmented) -> bool {
    let mut from = 0usize;
    let mut failure = Vec::new();
    for seg in part.segments() {
        match find(&whole[from..], seg, &mut failure) {
            Some(at) => from += at + seg.len(),
            None => return false,
        }
    }
    true
}

/// Leftmost position of `needle` in `hay` (KMP; `failure` is scratch).
fn find(hay: &[u64], needle: &[u64], failure: &mut Vec<usize>) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    failure.clear();
    failure.push(0);
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = failure[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        failure.push(k);
    }
    let mut k = 0;
    for (i, &w) in hay.iter().enumerate() {
        while k > 0 && w != needle[k] {
            k = failure[k - 1];
        }
        if w == needle[k] {
            k += 1;
            if k == needle.len() {
                return Some(i + 1 - k);
            }
        }
    }
    None
}

/// A saturating count of each k-gram hash, in a table of twice as many
/// slots as k-grams (collisions only overcount, which is conservative).
struct KgramCounts {
    slots: Vec<u32>,
    mask: usize,
}

impl KgramCounts {
    fn new(nodes: &[Segmented], k: usize) -> Self {
        let total: usize = nodes
            .iter()
            .map(|n| n.words.len().saturating_sub(k - 1))
            .sum();
        let size = (2 * total).next_power_of_two().max(1024);
        let mut counts = KgramCounts {
            slots: vec![0; size],
            mask: size - 1,
        };
        for n in nodes {
            for g in kgrams(&n.words, k) {
                let slot = &mut counts.slots[g as usize & counts.mask];
                *slot = slot.saturating_add(1);
            }
        }
        counts
    }

    fn get(&self, g: u64) -> u32 {
        self.slots[g as usize & self.mask]
    }
}

/// The rarest k-gram inside one segment of `text` (by count, then hash),
/// with its offset in `text.words`, if it may occur elsewhere at all.
fn anchor(text: &Segmented, k: usize, counts: &KgramCounts) -> Option<(u64, u32)> {
    let mut best: Option<(u32, u64, u32)> = None;
    let mut offset = 0u32;
    for seg in text.segments() {
        for (i, g) in kgrams(seg, k).enumerate() {
            let c = counts.get(g);
            if best.is_none_or(|(bc, bg, _)| (c, g) < (bc, bg)) {
                best = Some((c, g, offset + i as u32));
            }
        }
        offset += seg.len() as u32;
    }
    let (count, g, at) = best?;
    (count > 1).then_some((g, at))
}

/// Pairs `(part, whole)` of distinct nodes where the segments of `part`
/// lie in order inside `whole` (`whole` at least as long), found through
/// anchors (`k` = `min_words`): the nodes holding a part's anchor k-gram are
/// tried longest first, at most [`CONTAINER_TRIES`] times per part. Nodes
/// come longest first, so a part is dropped once the wholes get shorter.
pub(crate) fn containments(nodes: &[Segmented], k: usize) -> Vec<(u32, u32)> {
    let k = k.max(1);
    let counts = KgramCounts::new(nodes, k);
    let mut anchored: FxHashMap<u64, Vec<(u32, u32)>> = FxHashMap::default();
    for (i, n) in nodes.iter().enumerate() {
        if let Some((g, at)) = anchor(n, k, &counts) {
            anchored.entry(g).or_default().push((i as u32, at));
        }
    }
    drop(counts);
    let mut pairs = Vec::new();
    let mut tries = vec![0u32; nodes.len()];
    // The last container each part was found in (pairs are found once).
    let mut found_in = vec![u32::MAX; nodes.len()];
    for (w, whole) in nodes.iter().enumerate() {
        if anchored.is_empty() {
            break;
        }
        for (q, g) in kgrams(&whole.words, k).enumerate() {
            let Some(parts) = anchored.get_mut(&g) else {
                continue;
            };
            let mut i = 0;
            while i < parts.len() {
                let (p, at) = (parts[i].0 as usize, parts[i].1 as usize);
                let part = &nodes[p];
                if part.words.len() > whole.words.len() || tries[p] >= CONTAINER_TRIES {
                    parts.swap_remove(i);
                    continue;
                }
                i += 1;
                if p == w || found_in[p] == w as u32 {
                    continue;
                }
                tries[p] += 1;
                let ok = if part.breaks.is_empty() {
                    q >= at
                        && whole.words.get(q - at..q - at + part.words.len())
                            == Some(&part.words[..])
                } else {
                    found_in[p] = w as u32;
                    contains_in_order(&whole.words, part)
                };
                if ok {
                    found_in[p] = w as u32;
                    pairs.push((p as u32, w as u32));
                }
            }
            if parts.is_empty() {
                anchored.remove(&g);
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(text: &str) -> Vec<u64> {
        text.bytes().map(u64::from).collect()
    }

    fn segmented(parts: &[&str]) -> Segmented {
        let mut out = Segmented {
            words: Vec::new(),
            breaks: Vec::new(),
        };
        for (i, p) in parts.iter().enumerate() {
            if i > 0 {
                out.breaks.push(out.words.len() as u32);
            }
            out.words.extend(seq(p));
        }
        out
    }

    #[test]
    fn edit_budgets() {
        let cases = [
            ("abcdef", "abcdef", 0, true),
            ("abcdef", "abXdef", 1, true),
            ("abcdef", "abXdef", 0, false),
            ("abcdef", "abcdefgh", 1, false),
            ("abcdef", "abcdefgh", 2, true),
            ("abcdef", "bcdefg", 2, true),
            ("abcdef", "bcdefg", 1, false),
            ("", "ab", 2, true),
            ("abcdefgh", "hgfedcba", 3, false),
            ("kitten", "sitting", 3, true),
            ("kitten", "sitting", 2, false),
        ];
        for (a, b, budget, expected) in cases {
            assert_eq!(
                within_edits(&seq(a), &seq(b), budget),
                expected,
                "{a} {b} {budget}"
            );
            assert_eq!(
                within_edits(&seq(b), &seq(a), budget),
                expected,
                "{b} {a} {budget}"
            );
        }
    }

    #[test]
    fn segments_are_found_in_order() {
        let whole = seq("abcdefghij");
        assert!(contains_in_order(&whole, &segmented(&["cde"])));
        assert!(contains_in_order(&whole, &segmented(&["ab", "ghi"])));
        assert!(!contains_in_order(&whole, &segmented(&["ghi", "ab"])));
        assert!(
            !contains_in_order(&whole, &segmented(&["abc", "bcd"])),
            "no overlap"
        );
        assert!(!contains_in_order(&whole, &segmented(&["ace"])));
        assert!(contains_in_order(&seq("aabaabaaab"), &segmented(&["aaab"])));
    }

    #[test]
    fn jaccard_of_sorted_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 0.0);
        assert_eq!(jaccard(&[5], &[5]), 1.0);
    }
}
