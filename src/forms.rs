//! The lexical forms of tokens: normalised form, lowercase form, stem and the
//! case and stopword flags.
//!
//! Forms are interned per document: each distinct lowercase form is
//! normalised, stemmed and looked up in the stopword list once, and tokens
//! hold its index. Counting terms then works on integers.

use crate::lexicon::Lexicons;
use crate::normalize::{lowercase_into, normalize};
use crate::stem::stem_lower;
use crate::token::{Token, TokenKind, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER};
use rustc_hash::FxHashMap;

/// One distinct lowercase form of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Form {
    pub(crate) lower: Box<str>,
    /// Index into the document's stem table.
    pub(crate) stem: u32,
    pub(crate) stopword: bool,
}

/// The form tables of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Forms {
    pub(crate) forms: Vec<Form>,
    pub(crate) stems: Vec<Box<str>>,
    /// Normalised forms of the tokens whose norm differs from their text.
    pub(crate) norms: FxHashMap<u32, Box<str>>,
}

/// Case flags of a token's text.
#[inline]
fn case_flags(text: &str) -> u8 {
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

/// Fills in the forms and flags of `tokens`.
pub(crate) fn assign_forms(text: &str, tokens: &mut [Token], lex: &Lexicons) -> Forms {
    let mut out = Forms::default();
    let mut by_lower: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut by_stem: FxHashMap<Box<str>, u32> = FxHashMap::default();
    let mut lower = String::new();
    for (index, token) in tokens.iter_mut().enumerate() {
        let surface = &text[token.start as usize..token.end as usize];
        let norm = normalize(surface);
        let norm_str = norm.as_deref().unwrap_or(surface);
        lowercase_into(norm_str, &mut lower);
        token.flags |= case_flags(surface);
        let form = match by_lower.get(lower.as_str()) {
            Some(&id) => id,
            None => {
                let stem = if token.kind == TokenKind::Word {
                    stem_lower(&lower, lex)
                } else {
                    lower.as_str().into()
                };
                let stem_id = match by_stem.get(&stem) {
                    Some(&id) => id,
                    None => {
                        let id = out.stems.len() as u32;
                        out.stems.push(stem.clone());
                        by_stem.insert(stem, id);
                        id
                    }
                };
                let id = out.forms.len() as u32;
                let stopword = token.kind == TokenKind::Word && lex.is_stopword(&lower);
                out.forms.push(Form {
                    lower: lower.as_str().into(),
                    stem: stem_id,
                    stopword,
                });
                by_lower.insert(lower.as_str().into(), id);
                id
            }
        };
        token.form = form;
        if out.forms[form as usize].stopword {
            token.flags |= FLAG_STOPWORD;
        }
        if let Some(norm) = norm {
            token.flags |= FLAG_NORM_DIFFERS;
            out.norms.insert(index as u32, norm.into());
        }
    }
    out
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
