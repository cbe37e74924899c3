//! Reading the JSON form back ([`Document::from_json`]): every index and
//! every redundant field (the text of each span, a token's norm, lowercase
//! form, case flags, sentence and paragraph, a mention's speaker name) is
//! checked against the text and the rest of the document, so that what is
//! read is a document the analyzer could have made, or an
//! [`Error::Deserialize`] that names the path of the bad field
//! (`tokens[3].lower`, `speakers[0].quotes[2]`).

use crate::document::Document;
use crate::error::{Error, Result};
use crate::forms::Forms;
use crate::json::{DocumentJson, SpeakerJson, SCHEMA_VERSION};
use crate::normalize::{lowercase_into, normalize};
use crate::quote::{Cue, Mention, Quote, QuoteAnalysis, Speaker};
use crate::sentence::{Paragraph, Sentence};
use crate::span::{CharIndex, Span};
use crate::token::{
    Token, FLAG_IN_QUOTE, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER,
};
use rustc_hash::FxHashMap;
use std::fmt::Display;
use std::ops::Range;

/// The error for the field at `path`.
fn bad(path: impl Display, what: impl Display) -> Error {
    Error::Deserialize(format!("{path}: {what}"))
}

/// The JSON path (`tokens[3].stem`) of the value at byte `offset` of
/// `json`, read by a scan of what comes before it: where serde_json stopped
/// on a malformed value, a missing field (the end of its object) or a
/// nesting too deep.
fn path_at(json: &str, offset: usize) -> String {
    enum Frame<'j> {
        Object(Option<&'j str>),
        Array(usize),
    }
    let bytes = json.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut key_next = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let (true, Some(Frame::Object(key))) = (key_next, stack.last_mut()) {
                    *key = json.get(start..i.min(bytes.len()));
                    key_next = false;
                }
            }
            b'{' => {
                stack.push(Frame::Object(None));
                key_next = true;
            }
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array(n)) => *n += 1,
                Some(Frame::Object(_)) => key_next = true,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    if path.is_empty() {
        path.push_str("document");
    }
    path
}

/// The byte offset of 1-based `line` and `column` in `json`.
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(i, _)| i + 1)
    };
    line_start + column
}

impl Document<'_> {
    /// Reads a document back from its JSON form. Every index and every
    /// redundant field is checked against the text and the rest of the
    /// document: anything malformed or inconsistent is an
    /// [`Error::Deserialize`] whose message starts with the path of the bad
    /// field (`tokens[3].lower: …`).
    pub fn from_json(json: &str) -> Result<Document<'static>> {
        let form: DocumentJson<'_> = serde_json::from_str(json).map_err(|e| {
            let path = path_at(json, offset_of(json, e.line(), e.column()));
            bad(path, e)
        })?;
        Document::from_json_form(form)
    }

    /// Builds a document from its JSON-ready form, checked as
    /// [`Document::from_json`] says.
    pub fn from_json_form(mut form: DocumentJson<'_>) -> Result<Document<'static>> {
        if form.schema != SCHEMA_VERSION {
            return Err(bad(
                "schema",
                format!(
                    "unsupported schema {} (this version reads {SCHEMA_VERSION})",
                    form.schema
                ),
            ));
        }
        if form.offsets != "codepoints" {
            return Err(bad("offsets", "must be \"codepoints\""));
        }
        let text = std::mem::take(&mut form.text).into_owned();
        let reader = Reader {
            index: CharIndex::new(&text),
            text: &text,
        };
        let (tokens, forms) = reader.tokens(&form)?;
        let sentences = reader.sentences(&form, &tokens)?;
        let paragraphs = reader.paragraphs(&form, &tokens, &sentences)?;
        reader.token_places(&form, &sentences)?;
        let speakers = reader.speakers("speakers", &form.speakers, form.quotes.len())?;
        let people = reader.speakers("people", &form.people, form.quotes.len())?;
        let quotes = reader.quotes(&form, sentences.len(), &speakers)?;
        for (s, speaker) in speakers.iter().enumerate() {
            for (j, &q) in speaker.quotes.iter().enumerate() {
                if quotes[q].speaker.as_ref().and_then(|m| m.speaker) != Some(s) {
                    return Err(bad(
                        format!("speakers[{s}].quotes[{j}]"),
                        format!("quote {q} is not this speaker's"),
                    ));
                }
            }
        }
        let quoted_terms = form
            .quoted_terms
            .iter()
            .enumerate()
            .map(|(i, t)| reader.span(format!("quoted_terms[{i}]"), t.start, t.end, Some(&t.text)))
            .collect::<Result<Vec<_>>>()?;
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

/// Checks and converts the parts of one document's JSON form.
struct Reader<'r> {
    text: &'r str,
    index: CharIndex,
}

impl Reader<'_> {
    /// The byte span of code points `start..end`, which must fit the text,
    /// and whose text, when given, must be the text it covers.
    fn span(
        &self,
        path: impl Display,
        start: usize,
        end: usize,
        text: Option<&str>,
    ) -> Result<Span> {
        let s = self.index.to_byte(self.text, start);
        let e = self.index.to_byte(self.text, end);
        let span = match (s, e) {
            (Some(s), Some(e)) if s <= e => Span::new(s, e),
            _ => {
                return Err(bad(
                    path,
                    format!("span {start}..{end} does not fit the text"),
                ))
            }
        };
        match text {
            Some(t) if span.slice(self.text) != t => Err(bad(
                format_args!("{path}.text"),
                format!("is not the text at {start}..{end}"),
            )),
            _ => Ok(span),
        }
    }

    /// `[first, last + 1]`, within `0..len`.
    fn range(path: impl Display, r: [usize; 2], len: usize) -> Result<Range<usize>> {
        if r[0] <= r[1] && r[1] <= len {
            Ok(r[0]..r[1])
        } else {
            Err(bad(path, format!("range {r:?} is not within 0..{len}")))
        }
    }

    fn tokens(&self, form: &DocumentJson<'_>) -> Result<(Vec<Token>, Forms)> {
        let mut forms = Forms::default();
        // Forms are the distinct (lowercase form, stem, stopword flag).
        let mut by_form: FxHashMap<(&str, &str, bool), u32> = FxHashMap::default();
        let mut by_stem: FxHashMap<&str, u32> = FxHashMap::default();
        let mut tokens = Vec::with_capacity(form.tokens.len());
        let mut previous_end = 0;
        let mut lower = String::new();
        for (i, t) in form.tokens.iter().enumerate() {
            let sp = self.span(format_args!("tokens[{i}]"), t.start, t.end, Some(&t.text))?;
            if sp.start < previous_end || sp.start == sp.end {
                return Err(bad(
                    format!("tokens[{i}]"),
                    "tokens are not empty and follow one another",
                ));
            }
            previous_end = sp.end;
            let norm = normalize(&t.text);
            if t.norm != norm.as_deref().unwrap_or(&t.text) {
                return Err(bad(
                    format!("tokens[{i}].norm"),
                    "is not the token's normal form",
                ));
            }
            lowercase_into(&t.norm, &mut lower);
            if t.lower != lower {
                return Err(bad(
                    format!("tokens[{i}].lower"),
                    "is not the lowercase norm",
                ));
            }
            let case = crate::forms::case_flags(&t.text);
            for (name, flag, on) in [
                ("is_title", FLAG_TITLE, t.is_title),
                ("is_upper", FLAG_UPPER, t.is_upper),
            ] {
                if (case & flag != 0) != on {
                    return Err(bad(
                        format!("tokens[{i}].{name}"),
                        "disagrees with the text",
                    ));
                }
            }
            let mut token = Token::new(sp.start, sp.end, t.kind);
            let stem_id = *by_stem
                .entry(&t.stem)
                .or_insert_with(|| forms.push_stem(&t.stem));
            token.form = *by_form
                .entry((&t.lower, &t.stem, t.is_stopword))
                .or_insert_with(|| forms.push_form(&t.lower, stem_id, t.is_stopword));
            for (flag, on) in [
                (FLAG_STOPWORD, t.is_stopword),
                (FLAG_TITLE, t.is_title),
                (FLAG_UPPER, t.is_upper),
                (FLAG_IN_QUOTE, t.in_quote),
                (FLAG_NORM_DIFFERS, norm.is_some()),
            ] {
                if on {
                    token.flags |= flag;
                }
            }
            if let Some(norm) = norm {
                forms.norms.insert(i as u32, norm.into());
            }
            tokens.push(token);
        }
        Ok((tokens, forms))
    }

    /// Sentences: spans with their text, token ranges in order and within
    /// their span, paragraphs in range.
    fn sentences(&self, form: &DocumentJson<'_>, tokens: &[Token]) -> Result<Vec<Sentence>> {
        let mut previous_end = 0;
        let mut out = Vec::with_capacity(form.sentences.len());
        for (i, s) in form.sentences.iter().enumerate() {
            let path = format!("sentences[{i}]");
            let span = self.span(&path, s.start, s.end, Some(&s.text))?;
            let range = Self::range(format_args!("{path}.tokens"), s.tokens, tokens.len())?;
            if range.start < previous_end || !covers(span, tokens, &range) {
                return Err(bad(
                    format!("{path}.tokens"),
                    "sentences hold their own tokens, in order",
                ));
            }
            previous_end = range.end;
            if s.paragraph >= form.paragraphs.len() {
                return Err(bad(format!("{path}.paragraph"), "is out of range"));
            }
            out.push(Sentence {
                span,
                tokens: range,
                paragraph: s.paragraph,
            });
        }
        Ok(out)
    }

    /// Paragraphs: spans, token ranges in order and within their span, and
    /// sentence ranges that are exactly the sentences that name them.
    fn paragraphs(
        &self,
        form: &DocumentJson<'_>,
        tokens: &[Token],
        sentences: &[Sentence],
    ) -> Result<Vec<Paragraph>> {
        let (mut tokens_end, mut sentences_end) = (0, 0);
        let mut out = Vec::with_capacity(form.paragraphs.len());
        for (i, p) in form.paragraphs.iter().enumerate() {
            let path = format!("paragraphs[{i}]");
            let span = self.span(&path, p.start, p.end, None)?;
            let range = Self::range(format_args!("{path}.tokens"), p.tokens, tokens.len())?;
            if range.start < tokens_end || !covers(span, tokens, &range) {
                return Err(bad(
                    format!("{path}.tokens"),
                    "paragraphs hold their own tokens, in order",
                ));
            }
            tokens_end = range.end;
            let own = Self::range(
                format_args!("{path}.sentences"),
                p.sentences,
                sentences.len(),
            )?;
            if own.start < sentences_end || sentences[own.clone()].iter().any(|s| s.paragraph != i)
            {
                return Err(bad(
                    format!("{path}.sentences"),
                    "are not the sentences of this paragraph, in order",
                ));
            }
            sentences_end = own.end;
            out.push(Paragraph {
                span,
                tokens: range,
                sentences: own,
            });
        }
        for (i, s) in sentences.iter().enumerate() {
            if !out[s.paragraph].sentences.contains(&i) {
                return Err(bad(
                    format!("sentences[{i}].paragraph"),
                    "does not hold this sentence",
                ));
            }
        }
        Ok(out)
    }

    /// Each token's sentence and paragraph are those whose ranges hold it.
    fn token_places(&self, form: &DocumentJson<'_>, sentences: &[Sentence]) -> Result<()> {
        let mut place = vec![(None, None); form.tokens.len()];
        for (i, s) in sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                place[t] = (Some(i), Some(s.paragraph));
            }
        }
        for (i, (t, (sentence, paragraph))) in form.tokens.iter().zip(place).enumerate() {
            if t.sentence != sentence {
                return Err(bad(
                    format!("tokens[{i}].sentence"),
                    "is not the sentence holding it",
                ));
            }
            if t.paragraph != paragraph {
                return Err(bad(
                    format!("tokens[{i}].paragraph"),
                    "is not its sentence's paragraph",
                ));
            }
        }
        Ok(())
    }

    fn speakers(
        &self,
        field: &str,
        list: &[SpeakerJson<'_>],
        quotes: usize,
    ) -> Result<Vec<Speaker>> {
        let mut out = Vec::with_capacity(list.len());
        for (i, s) in list.iter().enumerate() {
            let mentions = s
                .mentions
                .iter()
                .enumerate()
                .map(|(j, m)| {
                    self.span(
                        format_args!("{field}[{i}].mentions[{j}]"),
                        m.start,
                        m.end,
                        Some(&m.text),
                    )
                })
                .collect::<Result<_>>()?;
            if let Some(j) = s.quotes.iter().position(|&q| q >= quotes) {
                return Err(bad(format!("{field}[{i}].quotes[{j}]"), "is out of range"));
            }
            out.push(Speaker {
                name: s.name.to_string(),
                kind: s.kind,
                gender: s.gender,
                gender_cues: s.gender_cues,
                mentions,
                quotes: s.quotes.clone(),
            });
        }
        Ok(out)
    }

    fn quotes(
        &self,
        form: &DocumentJson<'_>,
        sentences: usize,
        speakers: &[Speaker],
    ) -> Result<Vec<Quote>> {
        let mut out = Vec::with_capacity(form.quotes.len());
        for (i, q) in form.quotes.iter().enumerate() {
            let path = format!("quotes[{i}]");
            let cue = match &q.cue {
                Some(c) => Some(Cue {
                    span: self.span(format_args!("{path}.cue"), c.start, c.end, Some(&c.text))?,
                    lemma: c.lemma.as_ref().into(),
                }),
                None => None,
            };
            let speaker = match &q.speaker {
                Some(m) => {
                    let at = format!("{path}.speaker");
                    let span = self.span(&at, m.start, m.end, Some(&m.text))?;
                    let name = match m.speaker {
                        Some(s) => match speakers.get(s) {
                            Some(speaker) => Some(speaker.name.as_str()),
                            None => return Err(bad(format!("{at}.speaker"), "is out of range")),
                        },
                        None => None,
                    };
                    if m.name.as_deref() != name {
                        return Err(bad(format!("{at}.name"), "is not the speaker's name"));
                    }
                    Some(Mention {
                        span,
                        speaker: m.speaker,
                    })
                }
                None => None,
            };
            let via = match &q.via {
                Some(v) => {
                    Some(self.span(format_args!("{path}.via"), v.start, v.end, Some(&v.text))?)
                }
                None => None,
            };
            out.push(Quote {
                kind: q.kind,
                span: self.span(&path, q.start, q.end, Some(&q.text))?,
                sentences: Self::range(format_args!("{path}.sentences"), q.sentences, sentences)?,
                cue,
                speaker,
                via,
                rule: q.rule,
            });
        }
        Ok(out)
    }
}

/// The tokens `range` lie within `span`.
fn covers(span: Span, tokens: &[Token], range: &Range<usize>) -> bool {
    range.is_empty()
        || (tokens[range.start].start as usize >= span.start
            && tokens[range.end - 1].end as usize <= span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_of_a_byte_of_json() {
        let json = r#"{"tokens":[{"a":1},{"b":"x","c":[1,2]}],"d":3}"#;
        let at = |needle: &str| path_at(json, json.find(needle).unwrap() + needle.len());
        assert_eq!(at(r#""x""#), "tokens[1].b");
        assert_eq!(at("2"), "tokens[1].c[1]");
        assert_eq!(at(r#"{"a":1}"#), "tokens[0]");
        assert_eq!(at("3"), "d");
        assert_eq!(path_at(json, 0), "document");
    }

    #[test]
    fn offsets_of_lines_and_columns() {
        assert_eq!(offset_of("ab\ncd\nef", 3, 2), 8);
        assert_eq!(offset_of("ab", 1, 1), 1);
    }
}
