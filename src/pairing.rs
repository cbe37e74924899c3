//! Which straight and curly quotation marks open a quotation and which close
//! one, decided once per paragraph and shared by the sentence splitter and
//! quote detection, so that both pair marks the same way across sentence
//! ends.
//!
//! A straight `"` has no direction of its own: its spacing gives one when it
//! is attached to one side only (`"Bonjour` opens, `Bonjour"` closes, `l'"`
//! opens); a mark spaced or glued on both sides (`… à 0.86. " J'ai senti`)
//! closes the quotation left open before it in the paragraph and opens one
//! otherwise. Curly marks keep their direction unless it contradicts both
//! their spacing and the marks before them (`”Bonjour”`, typed with one key,
//! opens then closes). « » are never ambiguous and are left to their readers.
//!
//! One pass over the paragraph's tokens: linear.

use crate::token::Token;
use std::ops::Range;

/// Whether a quotation mark opens or closes a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Open,
    Close,
}

/// How a mark sits between its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flank {
    /// Space (or an opening bracket, an apostrophe, the paragraph start)
    /// before, text after: `"Bonjour`.
    Opening,
    /// Text before, space or punctuation after: `Bonjour"`, `Bonjour".`
    Closing,
    /// Spaced or glued on both sides.
    Either,
}

/// A straight or curly double quotation mark.
#[inline]
pub(crate) fn is_ambiguous_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”")
}

fn flank(text: &str, tokens: &[Token], i: usize, range: &Range<usize>) -> Flank {
    let t = &tokens[i];
    let before = if i > range.start {
        let gap = tokens[i - 1].end < t.start;
        let prev = text[..t.start as usize].chars().next_back().unwrap_or(' ');
        gap || matches!(prev, '(' | '[' | '\'' | '’' | '«' | '—' | '–' | '-' | '/')
    } else {
        true
    };
    let after = if i + 1 < range.end {
        let gap = t.end < tokens[i + 1].start;
        let next = text[t.end as usize..].chars().next().unwrap_or(' ');
        gap || matches!(
            next,
            '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '»' | '-' | '–' | '—'
        )
    } else {
        true
    };
    match (before, after) {
        (true, false) => Flank::Opening,
        (false, true) => Flank::Closing,
        _ => Flank::Either,
    }
}

/// The role of every straight or curly mark of the paragraph `range`, in
/// token order, appended to `out` as (token index, role).
pub(crate) fn mark_roles(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    out: &mut Vec<(usize, Role)>,
) {
    let mut straight_open = false;
    let mut curly_open = 0usize;
    for i in range.clone() {
        let t = &tokens[i];
        // Every mark starts with '"' (0x22) or 0xE2 (“ ”): skip the rest fast.
        let first = text.as_bytes()[t.start as usize];
        if first != b'"' && first != 0xE2 {
            continue;
        }
        let s = &text[t.start as usize..t.end as usize];
        if !is_ambiguous_mark(s) {
            continue;
        }
        let side = flank(text, tokens, i, &range);
        let role = match s {
            "\"" => {
                let role = match side {
                    Flank::Opening => Role::Open,
                    Flank::Closing => Role::Close,
                    Flank::Either if straight_open => Role::Close,
                    Flank::Either => Role::Open,
                };
                straight_open = role == Role::Open;
                role
            }
            _ => {
                let written = if s == "“" { Role::Open } else { Role::Close };
                let role = match (written, side) {
                    // ” glued to the word after it, with no “ open: it opens.
                    (Role::Close, Flank::Opening) if curly_open == 0 => Role::Open,
                    // “ glued to the word before it, closing an open “.
                    (Role::Open, Flank::Closing) if curly_open > 0 => Role::Close,
                    _ => written,
                };
                match role {
                    Role::Open => curly_open += 1,
                    Role::Close => curly_open = curly_open.saturating_sub(1),
                }
                role
            }
        };
        out.push((i, role));
    }
}

/// The role of token `i` in roles computed by [`mark_roles`], if it is a mark.
#[inline]
pub(crate) fn role_at(roles: &[(usize, Role)], i: usize) -> Option<Role> {
    let k = roles.partition_point(|&(at, _)| at < i);
    roles
        .get(k)
        .filter(|(at, _)| *at == i)
        .map(|&(_, role)| role)
}
