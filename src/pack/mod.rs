//! The compact binary form of a [`Document`]: what a pickle carries.
//!
//! The JSON form spells every token out (about 40 times the text); this
//! form is the text followed by the analysis, with offsets as small
//! varint deltas and each distinct form written once, at its first token:
//! about 2.5 times the UTF-8 text for a news article. Nothing is
//! recomputed on reading except a form's lowercase text when it is the
//! standard library's lowercase of the token's norm (checked on writing),
//! so a document reads back exactly as it was written, whatever analyzer
//! made it. Reading checks every offset, index and enum value, and is one
//! pass over the bytes.
//!
//! Layout: the magic `GLM`, a version byte, the text, the tokens (each
//! with its form at first use and its norm when it differs), then the
//! sentences, paragraphs, quotes, speakers, people and quoted terms.

use crate::document::Document;
use crate::error::Result;
use crate::forms::Forms;
use crate::lexicon::Gender;
use crate::quote::{
    Cue, Mention, Quote, QuoteAnalysis, QuoteKind, QuoteRule, Speaker, SpeakerKind,
};
use crate::sentence::{Paragraph, Sentence};
use crate::token::{
    Token, TokenKind, FLAG_IN_QUOTE, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER,
};
use rustc_hash::FxHashMap;
use wire::{code, malformed, Reader, Writer};

mod wire;

const MAGIC: &[u8; 3] = b"GLM";
const VERSION: u8 = 1;

/// The token flags a packed token carries: all of them, in the five bits
/// below its kind.
const TOKEN_FLAGS: u8 = FLAG_TITLE | FLAG_UPPER | FLAG_STOPWORD | FLAG_NORM_DIFFERS | FLAG_IN_QUOTE;
const _: () = assert!(TOKEN_FLAGS < 1 << 5);
const KINDS: [TokenKind; 9] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Punct,
    TokenKind::Symbol,
    TokenKind::Url,
    TokenKind::Email,
    TokenKind::Hashtag,
    TokenKind::Mention,
    TokenKind::Emoji,
];
const QUOTE_KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed];
const SPEAKER_KINDS: [SpeakerKind; 3] = [
    SpeakerKind::Person,
    SpeakerKind::Organisation,
    SpeakerKind::Anonymous,
];
const GENDERS: [Gender; 3] = [Gender::Masculine, Gender::Feminine, Gender::Unknown];

/// The lowercase of a norm as the reader derives it: each character's
/// standard lowercase mapping.
fn derived_lower(norm: &str) -> impl Iterator<Item = char> + '_ {
    norm.chars().flat_map(char::to_lowercase)
}

fn common_prefix(a: &str, b: &str) -> usize {
    let n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // Back to a character boundary of both.
    (0..=n).rev().find(|&k| a.is_char_boundary(k)).unwrap_or(0)
}

fn write_speaker(w: &mut Writer, s: &Speaker) {
    let Speaker {
        name,
        kind,
        gender,
        gender_cues,
        mentions,
        quotes,
    } = s;
    w.bytes(name.as_bytes());
    w.uint(code(&SPEAKER_KINDS, kind));
    w.uint(code(&GENDERS, gender));
    w.uint(u64::from(*gender_cues));
    w.uint(mentions.len() as u64);
    let mut base = 0;
    for m in mentions {
        w.span(*m, base);
        base = m.start;
    }
    w.uint(quotes.len() as u64);
    let mut base = 0;
    for &q in quotes {
        w.int(q as i64 - base as i64);
        base = q;
    }
}

fn read_speaker(r: &mut Reader<'_>, text: &str, n_quotes: usize) -> Result<Speaker> {
    let name = r.str()?.to_string();
    let kind = r.pick(&SPEAKER_KINDS, "speaker kind")?;
    let gender = r.pick(&GENDERS, "gender")?;
    let gender_cues = u32::try_from(r.uint()?).map_err(|_| malformed("gender cues"))?;
    let n = r.count()?;
    let mut mentions = Vec::with_capacity(n);
    let mut base = 0;
    for _ in 0..n {
        let m = r.span(base, text)?;
        base = m.start;
        mentions.push(m);
    }
    let n = r.count()?;
    let mut quotes = Vec::with_capacity(n);
    let mut base = 0;
    for _ in 0..n {
        let q = r.offset(base)?;
        if q >= n_quotes {
            return Err(malformed(&format!("quote index {q} out of range")));
        }
        base = q;
        quotes.push(q);
    }
    Ok(Speaker {
        name,
        kind,
        gender,
        gender_cues,
        mentions,
        quotes,
    })
}

impl Document<'_> {
    /// The compact binary form: the text and the whole analysis, a few
    /// times smaller than the text's JSON ([`Document::from_bytes`] reads
    /// it back exactly). This is what a Python pickle carries.
    ///
    /// ```
    /// let doc = guillemet::analyze("« Oui », a dit Paul Durand.")?;
    /// let bytes = doc.to_bytes();
    /// assert!(bytes.len() < 4 * doc.text().len() + 1024);
    /// assert_eq!(guillemet::Document::from_bytes(&bytes)?, doc);
    /// # Ok::<(), guillemet::Error>(())
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let Document {
            text,
            tokens,
            forms,
            sentences,
            paragraphs,
            quotes,
            speakers,
            people,
            quoted_terms,
            char_index: _,
        } = self;
        let mut w = Writer {
            out: Vec::with_capacity(text.len() * 2 + 64),
        };
        w.out.extend_from_slice(MAGIC);
        w.out.push(VERSION);
        w.bytes(text.as_bytes());

        // Tokens, each form written at its first token, each distinct norm
        // at its first token.
        w.uint(tokens.len() as u64);
        let mut form_ids: Vec<u32> = vec![u32::MAX; forms.forms.len()];
        let mut next_form = 0u32;
        let mut norm_ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut previous_end = 0usize;
        for (i, t) in tokens.iter().enumerate() {
            let Token {
                start,
                end,
                form,
                kind,
                flags,
            } = *t;
            let (start, end) = (start as usize, end as usize);
            debug_assert_eq!(
                flags & !TOKEN_FLAGS,
                0,
                "a token flag the packed form omits"
            );
            w.uint((start - previous_end) as u64);
            w.uint((end - start) as u64);
            w.uint((code(&KINDS, &kind) << 5) | u64::from(flags & TOKEN_FLAGS));
            previous_end = end;
            let surface = &text[start..end];
            let norm = if flags & FLAG_NORM_DIFFERS != 0 {
                let norm = forms.norms.get(i as u32).unwrap_or(surface);
                match norm_ids.get(norm) {
                    Some(&id) => w.uint(u64::from(id) + 1),
                    None => {
                        w.uint(0);
                        w.bytes(norm.as_bytes());
                        norm_ids.insert(norm, norm_ids.len() as u32);
                    }
                }
                norm
            } else {
                surface
            };
            let known = form_ids[form as usize];
            if known != u32::MAX {
                w.uint(u64::from(known) + 1);
                continue;
            }
            // A new form: its lowercase text, its stem relative to it, and
            // whether it is a stopword.
            form_ids[form as usize] = next_form;
            next_form += 1;
            w.uint(0);
            let lower = forms.lower(form);
            if derived_lower(norm).eq(lower.chars()) {
                w.uint(0);
            } else {
                w.uint(lower.len() as u64 + 1);
                w.out.extend_from_slice(lower.as_bytes());
            }
            let stem = forms.stem_of(form);
            let prefix = common_prefix(lower, stem);
            let stopword = forms.forms[form as usize].stopword;
            w.uint(((prefix as u64) << 1) | u64::from(stopword));
            w.bytes(&stem.as_bytes()[prefix..]);
        }

        w.uint(sentences.len() as u64);
        let (mut span_base, mut token_base) = (0, 0);
        for s in sentences {
            let Sentence {
                span,
                tokens: range,
                paragraph,
            } = s;
            w.span(*span, span_base);
            w.range(range, token_base);
            w.uint(*paragraph as u64);
            (span_base, token_base) = (span.end, range.end);
        }
        w.uint(paragraphs.len() as u64);
        let (mut span_base, mut token_base, mut sentence_base) = (0, 0, 0);
        for p in paragraphs {
            let Paragraph {
                span,
                tokens: range,
                sentences: sentence_range,
            } = p;
            w.span(*span, span_base);
            w.range(range, token_base);
            w.range(sentence_range, sentence_base);
            (span_base, token_base, sentence_base) = (span.end, range.end, sentence_range.end);
        }
        w.uint(quotes.len() as u64);
        let mut base = 0;
        for q in quotes {
            let Quote {
                kind,
                span,
                sentences: sentence_range,
                cue,
                speaker,
                via,
                rule,
            } = q;
            w.uint(code(&QUOTE_KINDS, kind));
            w.uint(code(&QuoteRule::ALL, rule));
            w.span(*span, base);
            w.range(sentence_range, 0);
            match cue {
                Some(Cue {
                    span: cue_span,
                    lemma,
                }) => {
                    w.uint(1);
                    w.span(*cue_span, span.start);
                    w.bytes(lemma.as_bytes());
                }
                None => w.uint(0),
            }
            match speaker {
                Some(Mention {
                    span: mention,
                    speaker,
                }) => {
                    w.uint(1);
                    w.span(*mention, span.start);
                    w.uint(speaker.map_or(0, |s| s as u64 + 1));
                }
                None => w.uint(0),
            }
            match via {
                Some(v) => {
                    w.uint(1);
                    w.span(*v, span.start);
                }
                None => w.uint(0),
            }
            base = span.start;
        }
        for list in [speakers, people] {
            w.uint(list.len() as u64);
            for s in list {
                write_speaker(&mut w, s);
            }
        }
        w.uint(quoted_terms.len() as u64);
        let mut base = 0;
        for t in quoted_terms {
            w.span(*t, base);
            base = t.start;
        }
        w.out
    }

    /// Reads the compact form written by [`Document::to_bytes`]. Every
    /// offset, index and value is checked: a malformed or truncated input
    /// is an [`Error::Deserialize`](crate::Error::Deserialize), never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document<'static>> {
        if bytes.len() < 4 || &bytes[..3] != MAGIC {
            return Err(malformed("not a packed document"));
        }
        if bytes[3] != VERSION {
            return Err(malformed(&format!(
                "version {} (this version reads {VERSION})",
                bytes[3]
            )));
        }
        let mut r = Reader { bytes, at: 4 };
        let text = r.str()?.to_string();

        let n_tokens = r.count()?;
        let mut tokens = Vec::with_capacity(n_tokens);
        let mut forms = Forms::default();
        let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
        // The distinct norms, in the order the writer numbered them.
        let mut norm_texts: Vec<Box<str>> = Vec::new();
        let mut previous_end = 0usize;
        let mut lower = String::new();
        for i in 0..n_tokens {
            let start = previous_end
                .checked_add(r.usize()?)
                .ok_or_else(|| malformed("token offset"))?;
            let len = r.usize()?;
            let end = start
                .checked_add(len)
                .ok_or_else(|| malformed("token offset"))?;
            if len == 0
                || end > text.len()
                || !text.is_char_boundary(start)
                || !text.is_char_boundary(end)
            {
                return Err(malformed(&format!("token {i} does not fit the text")));
            }
            previous_end = end;
            let kind_flags = r.uint()?;
            let flags = (kind_flags & u64::from(TOKEN_FLAGS)) as u8;
            let kind = *KINDS
                .get((kind_flags >> 5) as usize)
                .ok_or_else(|| malformed("unknown token kind"))?;
            let mut token = Token::new(start, end, kind);
            token.flags = flags;
            let norm: &str = if flags & FLAG_NORM_DIFFERS != 0 {
                let id = match r.usize()? {
                    0 => {
                        let norm: Box<str> = r.str()?.into();
                        forms.norms.insert(i as u32, norm.clone());
                        norm_texts.push(norm);
                        norm_texts.len() - 1
                    }
                    id if id <= norm_texts.len() => {
                        forms.norms.share(i as u32, (id - 1) as u32);
                        id - 1
                    }
                    _ => return Err(malformed("norm index out of range")),
                };
                &norm_texts[id]
            } else {
                &text[start..end]
            };
            token.form = match r.usize()? {
                0 => {
                    lower.clear();
                    match r.usize()? {
                        0 => lower.extend(derived_lower(norm)),
                        n => {
                            let end =
                                r.at.checked_add(n - 1)
                                    .filter(|&e| e <= bytes.len())
                                    .ok_or_else(|| malformed("truncated"))?;
                            let s = std::str::from_utf8(&bytes[r.at..end])
                                .map_err(|_| malformed("invalid UTF-8"))?;
                            r.at = end;
                            lower.push_str(s);
                        }
                    }
                    let prefix_stop = r.usize()?;
                    let (prefix, stopword) = (prefix_stop >> 1, prefix_stop & 1 == 1);
                    if prefix > lower.len() || !lower.is_char_boundary(prefix) {
                        return Err(malformed("stem prefix"));
                    }
                    let suffix = r.str()?;
                    let stem = format!("{}{suffix}", &lower[..prefix]);
                    let stem_id = match stem_ids.get(&stem) {
                        Some(&id) => id,
                        None => {
                            let id = forms.push_stem(&stem);
                            stem_ids.insert(stem, id);
                            id
                        }
                    };
                    forms.push_form(&lower, stem_id, stopword)
                }
                id => u32::try_from(id - 1)
                    .ok()
                    .filter(|&id| (id as usize) < forms.forms.len())
                    .ok_or_else(|| malformed("form index out of range"))?,
            };
            tokens.push(token);
        }

        let n = r.count()?;
        let mut sentences = Vec::with_capacity(n);
        let (mut span_base, mut token_base) = (0, 0);
        for _ in 0..n {
            let span = r.span(span_base, &text)?;
            let range = r.range(token_base, n_tokens)?;
            let paragraph = r.usize()?;
            (span_base, token_base) = (span.end, range.end);
            sentences.push(Sentence {
                span,
                tokens: range,
                paragraph,
            });
        }
        let n = r.count()?;
        let mut paragraphs = Vec::with_capacity(n);
        let (mut span_base, mut token_base, mut sentence_base) = (0, 0, 0);
        for _ in 0..n {
            let span = r.span(span_base, &text)?;
            let range = r.range(token_base, n_tokens)?;
            let sentence_range = r.range(sentence_base, sentences.len())?;
            (span_base, token_base, sentence_base) = (span.end, range.end, sentence_range.end);
            paragraphs.push(Paragraph {
                span,
                tokens: range,
                sentences: sentence_range,
            });
        }
        if sentences.iter().any(|s| s.paragraph >= paragraphs.len()) {
            return Err(malformed("paragraph index out of range"));
        }

        let n_quotes = r.count()?;
        let mut quotes = Vec::with_capacity(n_quotes);
        let mut mention_speakers = Vec::new();
        let mut base = 0;
        for _ in 0..n_quotes {
            let kind = r.pick(&QUOTE_KINDS, "quote kind")?;
            let rule = r.pick(&QuoteRule::ALL, "quote rule")?;
            let span = r.span(base, &text)?;
            base = span.start;
            let sentence_range = r.range(0, sentences.len())?;
            let cue = match r.usize()? {
                0 => None,
                _ => Some(Cue {
                    span: r.span(span.start, &text)?,
                    lemma: r.str()?.into(),
                }),
            };
            let speaker = match r.usize()? {
                0 => None,
                _ => {
                    let mention = r.span(span.start, &text)?;
                    let speaker = r.option_index(usize::MAX - 1, "speaker")?;
                    mention_speakers.extend(speaker);
                    Some(Mention {
                        span: mention,
                        speaker,
                    })
                }
            };
            let via = match r.usize()? {
                0 => None,
                _ => Some(r.span(span.start, &text)?),
            };
            quotes.push(Quote {
                kind,
                span,
                sentences: sentence_range,
                cue,
                speaker,
                via,
                rule,
            });
        }
        let mut lists = [Vec::new(), Vec::new()];
        for list in &mut lists {
            let n = r.count()?;
            list.reserve(n);
            for _ in 0..n {
                list.push(read_speaker(&mut r, &text, n_quotes)?);
            }
        }
        let [speakers, people] = lists;
        if mention_speakers.iter().any(|&s| s >= speakers.len()) {
            return Err(malformed("speaker index out of range"));
        }
        let n = r.count()?;
        let mut quoted_terms = Vec::with_capacity(n);
        let mut base = 0;
        for _ in 0..n {
            let t = r.span(base, &text)?;
            base = t.start;
            quoted_terms.push(t);
        }
        if r.at != bytes.len() {
            return Err(malformed("trailing bytes"));
        }
        let found = QuoteAnalysis {
            quotes,
            speakers,
            people,
            quoted_terms,
        };
        Ok(Document::from_stored(
            text, tokens, forms, sentences, paragraphs, found,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_prefix_stays_on_char_boundaries() {
        assert_eq!(common_prefix("été", "ét"), 3);
        assert_eq!(common_prefix("é", "è"), 0);
        assert_eq!(common_prefix("abc", "abd"), 2);
    }
}
