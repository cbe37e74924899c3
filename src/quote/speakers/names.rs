//! Whether two spellings name one person: surnames within a few edits
//! (Tokayev / Tokaïev), first names equal or one the initials of the other.

/// Whether `a` and `b` are within `max` edits (Levenshtein) of each other.
/// Only the diagonal band of width `2 max + 1` of the edit table can hold
/// such a path, so the cost is linear in the names' length (two surnames of
/// 100,000 letters cost ten times two of 10,000, not a hundred).
pub(super) fn within_edits(a: &str, b: &str, max: usize) -> bool {
    // Folded names are ASCII but for other scripts: their bytes are their
    // characters, and a short name's two rows of the table fit on the
    // stack (no allocation for the characters or the rows).
    const SHORT: usize = 48;
    if b.len() < SHORT && a.is_ascii() && b.is_ascii() {
        let (mut prev, mut cur) = ([0usize; SHORT], [0usize; SHORT]);
        return banded(a.as_bytes(), b.as_bytes(), max, &mut prev, &mut cur);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (mut prev, mut cur) = (vec![0; b.len() + 1], vec![0; b.len() + 1]);
    banded(&a, &b, max, &mut prev, &mut cur)
}

/// [`within_edits`] of two character sequences, with room for two rows of
/// `b.len() + 1` cells.
fn banded<'r, T: PartialEq>(
    a: &[T],
    b: &[T],
    max: usize,
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
) -> bool {
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Cells outside the band are never written and stay "too far".
    let far = max + 1;
    for (j, cell) in prev[..=b.len()].iter_mut().enumerate() {
        *cell = j.min(far);
    }
    cur[..=b.len()].fill(far);
    for (i, ca) in a.iter().enumerate() {
        let row = i + 1;
        let lo = row.saturating_sub(max).max(1);
        let hi = (row + max).min(b.len());
        cur[lo - 1] = if lo == 1 { row.min(far) } else { far };
        let mut best = cur[lo - 1];
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(*ca != b[j - 1]);
            cur[j] = substitute.min(prev[j] + 1).min(cur[j - 1] + 1).min(far);
            best = best.min(cur[j]);
        }
        if best > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}

/// Two folded first names of one person: equal, or one the initials of the
/// other ("v." and "valentine", "j.-m." and "jean-marie").
pub(super) fn first_names_agree(a: &str, b: &str) -> bool {
    fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
        name.split('-').filter_map(|part| part.chars().next())
    }
    let is_initials = |s: &str| s.ends_with('.') && s.split('-').all(|p| p.chars().count() == 2);
    match (is_initials(a), is_initials(b)) {
        (true, false) => initials(a).eq(initials(b).take(initials(a).count())),
        (false, true) => first_names_agree(b, a),
        _ => a == b,
    }
}

pub(super) fn surname_matches(a: &str, b: &str) -> bool {
    // Most surnames compared differ from their first letter: two first
    // characters differ where their first bytes do, and equal names have
    // equal ones (a byte test before the characters are counted).
    if a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    if a == b {
        return true;
    }
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    let len = a_len.min(b_len);
    let allowed = if len >= 7 {
        2
    } else if len >= 5 {
        1
    } else {
        0
    };
    // Lengths further apart than the edits allowed: `within_edits` says
    // no, before it copies the names' characters.
    allowed > 0
        && a_len.abs_diff(b_len) <= allowed
        && a.chars().next() == b.chars().next()
        && within_edits(a, b, allowed)
}

#[cfg(test)]
mod tests {
    use super::within_edits;

    /// The full edit table, as a reference.
    fn levenshtein(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb))
                    .min(row[j] + 1)
                    .min(row[j + 1] + 1);
                prev = cur;
            }
        }
        row[b.len()]
    }

    #[test]
    fn banded_distance_agrees_with_the_full_table() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "tokayev",
            "tokaiev",
            "tokaïev",
            "poutine",
            "poutin",
            "putin",
            "xaaaaaaaay",
            "aaaaaaaayx",
            "aaaaaaaaaa",
            "dupont",
            "dupond",
            "dupontel",
            "abcdefgh",
            "badcfehg",
            "zelensky",
            "zelenskyy",
            "zelenski",
        ];
        for a in words {
            for b in words {
                for max in 0..4 {
                    let expected = levenshtein(a, b) <= max;
                    assert_eq!(within_edits(a, b, max), expected, "{a:?} {b:?} {max}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn banded_distance_agrees_on_random_words(a in "[abé]{0,12}", b in "[abé]{0,12}", max in 0usize..4) {
            proptest::prop_assert_eq!(within_edits(&a, &b, max), levenshtein(&a, &b) <= max);
        }
    }
}
