//! The lexical forms of tokens: normalised form, lowercase form, stem and the
//! case and stopword flags.
//!
//! Forms are interned per document: each distinct lowercase form is
//! normalised, stemmed and looked up in the stopword list once, and tokens
//! hold its index. Counting terms then works on integers.

use crate::lexicon::{Lexicons, WordInfo};
use crate::normalize::{lowercase_into, normalize};
use crate::stem::with_cache;
use crate::token::{Token, TokenKind, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER};
use rustc_hash::FxHashMap;

/// A string of a document's form arena.
#[derive(Debug, Clone, Copy)]
struct ArenaStr {
    start: usize,
    len: u32,
}

/// One distinct lowercase form of a document.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    lower: ArenaStr,
    /// Index into the document's stem table.
    pub(crate) stem: u32,
    pub(crate) stopword: bool,
}

/// The form tables of one document. The strings of its forms and stems sit
/// in one arena: building a document copies a few bytes per new form, with
/// no shared pointer to count, and dropping it frees one buffer.
#[derive(Debug, Clone, Default)]
pub(crate) struct Forms {
    pub(crate) forms: Vec<Form>,
    stems: Vec<ArenaStr>,
    strings: String,
    /// Normalised forms of the tokens whose norm differs from their text.
    pub(crate) norms: Norms,
}

impl Forms {
    fn store(&mut self, text: &str) -> ArenaStr {
        let start = self.strings.len();
        self.strings.push_str(text);
        ArenaStr {
            start,
            // A token is shorter than the 4 GiB document limit.
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
        }
    }

    fn arena(&self, s: ArenaStr) -> &str {
        self.strings
            .get(s.start..s.start + s.len as usize)
            .unwrap_or_default()
    }

    /// Records a new stem; returns its id.
    pub(crate) fn push_stem(&mut self, stem: &str) -> u32 {
        let s = self.store(stem);
        self.stems.push(s);
        (self.stems.len() - 1) as u32
    }

    /// Records a new form; returns its id.
    pub(crate) fn push_form(&mut self, lower: &str, stem: u32, stopword: bool) -> u32 {
        let lower = self.store(lower);
        self.forms.push(Form {
            lower,
            stem,
            stopword,
        });
        (self.forms.len() - 1) as u32
    }

    /// Number of distinct stems.
    pub(crate) fn stem_count(&self) -> usize {
        self.stems.len()
    }

    /// The lowercase text of form `form`.
    pub(crate) fn lower(&self, form: u32) -> &str {
        self.arena(self.forms[form as usize].lower)
    }

    /// The text of stem `stem`.
    pub(crate) fn stem_text(&self, stem: u32) -> &str {
        self.arena(self.stems[stem as usize])
    }

    /// The stem text of form `form`.
    pub(crate) fn stem_of(&self, form: u32) -> &str {
        self.stem_text(self.forms[form as usize].stem)
    }

    /// Heap bytes, roughly.
    pub(crate) fn heap_size(&self) -> usize {
        self.forms.capacity() * std::mem::size_of::<Form>()
            + self.stems.capacity() * std::mem::size_of::<ArenaStr>()
            + self.strings.capacity()
            + self.norms.heap_size()
    }
}

/// Equal when every form has the same text, stem and stopword flag, and
/// every token the same norm, however the strings are laid out.
impl PartialEq for Forms {
    fn eq(&self, other: &Self) -> bool {
        self.forms.len() == other.forms.len()
            && (0..self.forms.len() as u32).all(|i| {
                self.lower(i) == other.lower(i)
                    && self.stem_of(i) == other.stem_of(i)
                    && self.forms[i as usize].stopword == other.forms[i as usize].stopword
            })
            && self.norms == other.norms
    }
}

impl Eq for Forms {}

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
    pub(crate) fn share(&mut self, token: u32, id: u32) {
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
/// Also returns the word classes and part-of-speech candidates of each
/// form, for quote detection.
pub(crate) fn assign_forms(
    text: &str,
    tokens: &mut [Token],
    lex: &Lexicons,
) -> (Forms, Vec<WordInfo>) {
    let mut out = Forms::default();
    let mut form_flags = Vec::new();
    let capacity = tokens.len() / 3 + 8;
    out.forms.reserve(capacity);
    out.stems.reserve(capacity);
    out.strings.reserve(text.len() / 2);
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
            let next_stem = out.stem_count() as u32;
            let form = match cache.form(&lower, is_word, lex, next_form, next_stem) {
                Ok(id) => id,
                Err(new) => {
                    if new.new_stem {
                        out.push_stem(new.stem);
                    }
                    form_flags.push(new.word);
                    out.push_form(&lower, new.stem_id, is_word && new.stopword)
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
