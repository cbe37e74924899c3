//! The lexical forms of tokens: normalised form, lowercase form, stem and the
//! case and stopword flags.
//!
//! Forms are interned per document: each distinct lowercase form is
//! normalised, stemmed and looked up in the stopword list once, and tokens
//! hold its index. Counting terms then works on integers.

use crate::lexicon::Lexicons;
use crate::normalize::{lowercase_into, normalize};
use crate::stem::with_cache;
use crate::token::{Token, TokenKind, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// One distinct lowercase form of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Form {
    pub(crate) lower: Arc<str>,
    /// Index into the document's stem table.
    pub(crate) stem: u32,
    pub(crate) stopword: bool,
}

/// The form tables of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Forms {
    pub(crate) forms: Vec<Form>,
    pub(crate) stems: Vec<Arc<str>>,
    /// Normalised forms of the tokens whose norm differs from their text.
    pub(crate) norms: Norms,
}

/// The normalised forms that differ from the token text, by token index.
/// Tokens with the same surface share one string (a text with typographic
/// apostrophes has thousands of "l’").
#[derive(Debug, Clone, Default)]
pub(crate) struct Norms {
    of_token: FxHashMap<u32, u32>,
    texts: Vec<Box<str>>,
}

impl Norms {
    /// The norm of a token, when it differs from its text.
    pub(crate) fn get(&self, token: u32) -> Option<&str> {
        self.of_token.get(&token).map(|&i| &*self.texts[i as usize])
    }

    /// Records a new norm string for `token`; returns its id for sharing.
    pub(crate) fn insert(&mut self, token: u32, norm: Box<str>) -> u32 {
        let id = self.texts.len() as u32;
        self.texts.push(norm);
        self.of_token.insert(token, id);
        id
    }

    /// Gives `token` the norm string `id` already recorded.
    fn share(&mut self, token: u32, id: u32) {
        self.of_token.insert(token, id);
    }

    /// Heap bytes, roughly.
    pub(crate) fn heap_size(&self) -> usize {
        self.of_token.len() * 16 + self.texts.iter().map(|t| t.len() + 16).sum::<usize>()
    }
}

/// Equal when every token has the same norm, however the strings are shared.
impl PartialEq for Norms {
    fn eq(&self, other: &Self) -> bool {
        self.of_token.len() == other.of_token.len()
            && self
                .of_token
                .keys()
                .all(|&token| self.get(token) == other.get(token))
    }
}

impl Eq for Norms {}

/// What a surface string gave the first time the document met it.
#[derive(Clone, Copy)]
struct SurfaceMemo {
    kind: TokenKind,
    form: u32,
    flags: u8,
    /// Id of its norm string, or `NO_NORM`.
    norm: u32,
}

const NO_NORM: u32 = u32::MAX;

/// Case flags of a token's text.
#[inline]
fn case_flags(text: &str) -> u8 {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let first = bytes.first().copied().unwrap_or(b' ');
        let has_letter = bytes.iter().any(u8::is_ascii_alphabetic);
        let all_upper = !bytes.iter().any(u8::is_ascii_lowercase);
        let mut flags = 0;
        if first.is_ascii_uppercase() {
            flags |= FLAG_TITLE;
        }
        if has_letter && all_upper {
            flags |= FLAG_UPPER;
        }
        return flags;
    }
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return 0 };
    let mut flags = 0;
    let mut has_letter = first.is_alphabetic();
    let mut all_upper = !first.is_lowercase();
    if first.is_uppercase() {
        flags |= FLAG_TITLE;
    }
    for c in chars {
        if c.is_alphabetic() {
            has_letter = true;
            if c.is_lowercase() {
                all_upper = false;
                break;
            }
        }
    }
    if has_letter && all_upper {
        flags |= FLAG_UPPER;
    }
    flags
}

/// Fills in the forms and flags of `tokens`. Each distinct lowercase form is
/// looked up once in the thread's cache, which also gives its document id.
/// Also returns the word-class bits of each form, for quote detection.
pub(crate) fn assign_forms(text: &str, tokens: &mut [Token], lex: &Lexicons) -> (Forms, Vec<u32>) {
    let mut out = Forms::default();
    let mut form_flags = Vec::new();
    let capacity = tokens.len() / 3 + 8;
    out.forms.reserve(capacity);
    out.stems.reserve(capacity);
    let mut lower = String::new();
    // A document repeats most of its tokens ("de", "la", ","): each distinct
    // surface is normalised, lowercased and looked up once, and the small
    // per-document table answers the repeats.
    let mut seen: FxHashMap<&str, SurfaceMemo> = FxHashMap::default();
    seen.reserve(capacity);
    with_cache(|cache| {
        for (index, token) in tokens.iter_mut().enumerate() {
            let surface = &text[token.start as usize..token.end as usize];
            if let Some(memo) = seen.get(surface) {
                if memo.kind == token.kind {
                    token.form = memo.form;
                    token.flags |= memo.flags;
                    if memo.norm != NO_NORM {
                        out.norms.share(index as u32, memo.norm);
                    }
                    continue;
                }
            }
            let norm = normalize(surface);
            let norm_str = norm.as_deref().unwrap_or(surface);
            lowercase_into(norm_str, &mut lower);
            let mut flags = case_flags(surface);
            let is_word = token.kind == TokenKind::Word;
            let next_form = out.forms.len() as u32;
            let next_stem = out.stems.len() as u32;
            let form = match cache.form(&lower, is_word, lex, next_form, next_stem) {
                Ok(id) => id,
                Err(new) => {
                    if new.new_stem {
                        out.stems.push(new.stem);
                    }
                    out.forms.push(Form {
                        lower: new.lower,
                        stem: new.stem_id,
                        stopword: is_word && new.stopword,
                    });
                    form_flags.push(new.word_flags);
                    next_form
                }
            };
            if out.forms[form as usize].stopword {
                flags |= FLAG_STOPWORD;
            }
            let norm = match norm {
                Some(norm) => {
                    flags |= FLAG_NORM_DIFFERS;
                    out.norms.insert(index as u32, norm.into())
                }
                None => NO_NORM,
            };
            token.form = form;
            token.flags |= flags;
            seen.insert(
                surface,
                SurfaceMemo {
                    kind: token.kind,
                    form,
                    flags,
                    norm,
                },
            );
        }
    });
    (out, form_flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_flags_of_words() {
        assert_eq!(case_flags("Poutine"), FLAG_TITLE);
        assert_eq!(case_flags("OTSC"), FLAG_TITLE | FLAG_UPPER);
        assert_eq!(case_flags("l'OTSC"), 0);
        assert_eq!(case_flags("»"), 0);
        assert_eq!(case_flags("M."), FLAG_TITLE | FLAG_UPPER);
    }
}
