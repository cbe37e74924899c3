//! Paragraph and sentence splitting over the tokens.
//!
//! Paragraphs come from the line breaks between tokens: a blank line (or
//! U+2029) ends a paragraph; in a text that has no blank line at all, every
//! line break does. Sentences tile each paragraph. A sentence ends after
//! `. ! ? …` (and their clusters) with the closing quotes and brackets that
//! follow, unless the next token continues it: a lowercase word (an incise
//! such as « … ! » s'écrie-t-il, or an ellipsis inside a sentence) or a comma.
//! Abbreviations of the title class (M., Mme, Dr) never end a sentence; other
//! abbreviations (etc., J.-C.) end one only before a capitalised function
//! word. A line without final punctuation followed by a line break (a
//! headline, a list item) is a sentence of its own. A dateline ("26 juin 2012.
//! -") keeps its dash.
//!
//! One pass over the tokens, so linear in the input.

use crate::forms::Forms;
use crate::lexicon::{early, word, AbbreviationKind, Lexicons, WordInfo};
use crate::pairing::{self, Role};
use boundary::{Around, BoundaryModel};
pub(crate) use marks::ends_no_sentence;
use marks::{is_closer, is_dash, is_terminator, passes_through, starts_block};
use shape::Shape;

mod boundary;
mod gaps;
mod marks;
mod shape;
use crate::span::Span;
use crate::token::{Token, TokenKind};
pub(crate) use gaps::{gap_byte, gaps, line_breaks, GAP_BREAKS, GAP_SEPARATOR};
use std::ops::Range;

/// A sentence: its span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sentence {
    /// Byte span from its first token's start to its last token's end.
    pub span: Span,
    /// Indices of its tokens in the document.
    pub tokens: Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// A paragraph: its span, its tokens and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Paragraph {
    /// Byte span from its first token's start to its last token's end.
    pub span: Span,
    /// Indices of its tokens in the document.
    pub tokens: Range<usize>,
    /// Indices of its sentences in the document.
    pub sentences: Range<usize>,
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    forms: &'a Forms,
    /// The word facts of each form.
    info: &'a [WordInfo],
    lex: &'a Lexicons,
    /// Whether the text holds a straight or curly double quotation mark.
    has_ambiguous_marks: bool,
}

impl Splitter<'_> {
    /// The word-class bits of form `form`.
    fn flags(&self, form: u32) -> word::Classes {
        self.info.get(form as usize).map_or(0, |w| w.flags)
    }

    fn surface(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    fn is_lowercase_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind != TokenKind::Punct
            && self
                .surface(i)
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_lowercase)
            && self
                .surface(i)
                .starts_with(|c: char| c.is_alphabetic() || c == '-')
    }

    fn is_capitalised_function_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_title() && self.forms.forms[t.form as usize].stopword
    }

    /// Whether the token after a sentence end continues the sentence.
    fn continues(&self, next: usize) -> bool {
        let s = self.surface(next);
        self.is_lowercase_word(next) || matches!(s, "," | ";" | ":" | ")" | "]" | "»")
    }

    /// Whether the gap before token `n` (after `n - 1`) is one the rules
    /// leave to the boundary classifier, and the classes of the two tokens:
    /// a capital, an upper-case word or a list dash after a word, a number
    /// or a closing bracket (a run-in headline or caption, a list item),
    /// anything after a colon, a lowercase word after a period. A colon after a reporting
    /// verb, or before a quotation mark, announces speech and never ends a
    /// sentence.
    fn candidate(&self, n: usize, sentence_start: usize) -> Option<(Shape, Shape)> {
        let (p, t) = (&self.tokens[n - 1], &self.tokens[n]);
        let bytes = self.text.as_bytes();
        // Cheap tests first: most gaps have a lowercase word on both sides.
        let next_may = t.is_title() || matches!(bytes[t.start as usize], b'-' | b'*' | 0xE2);
        let prev_may = p.kind == TokenKind::Punct && matches!(bytes[p.start as usize], b':' | b'.');
        if !(next_may || prev_may) {
            return None;
        }
        let before = shape::shape(self.text, p);
        let next = shape::shape(self.text, t);
        let open = match before {
            // A period before a lowercase word (an ellipsis, ! or ? before
            // one read on: "Il hésite… puis", "« Jamais ! » s'écrie-t-il").
            Shape::Terminator => next == Shape::Lower && self.surface(n - 1) == ".",
            Shape::Colon => {
                !matches!(next, Shape::Open | Shape::Straight)
                    && !self.reporting_verb_before(n - 1, sentence_start)
            }
            // After a determiner, preposition or conjunction a capital opens
            // a name or a title, never a sentence ("de Vladimir Poutine").
            Shape::Lower | Shape::Title => {
                matches!(next, Shape::Title | Shape::Upper | Shape::Dash)
                    && self.info.get(p.form as usize).map_or(0, |w| w.early)
                        & early::ENDS_NO_SENTENCE
                        == 0
            }
            Shape::Upper | Shape::Number | Shape::Close | Shape::Other => {
                matches!(next, Shape::Title | Shape::Upper | Shape::Dash)
            }
            _ => false,
        };
        open.then_some((before, next))
    }

    /// Whether the capitalised content word `n` continues the clause of the
    /// word before it (`before`: that word's class), which is a form the
    /// tagger only knows as a verb ("Comme le rappelle Santé publique
    /// France", "a déclaré Médecins sans frontières": the inverted subject
    /// or the object) or an organisation noun before its name ("L'ONG Terres
    /// solidaires", "le syndicat Force ouvrière"). Neither can close a
    /// run-in headline or caption, so no sentence starts there. A
    /// capitalised function word ("… dénonce Le lendemain") is left to the
    /// classifier. Read only where the classifier puts a boundary.
    fn takes_name_after(&self, n: usize, before: Shape) -> bool {
        // The compass point in a region's or body's name: "l'ARS Grand Est
        // l'a répété", "la région Grand Est" (the verb "Est" opens no
        // sentence after a capitalised word with no stop between).
        if before == Shape::Title && self.surface(n) == "Est" {
            return true;
        }
        let t = &self.tokens[n];
        if t.kind != TokenKind::Word || self.forms.forms[t.form as usize].stopword {
            return false;
        }
        let prev = self.forms.lower(self.tokens[n - 1].form);
        // "L'ONG Aqua Libre", "l'ONG Vigie Santé": the name after the
        // organisation noun goes on over one or two capitalised words.
        if before == Shape::Title {
            let name_word = |k: usize| {
                let t = &self.tokens[k];
                t.kind == TokenKind::Word
                    && t.is_title()
                    && !self.forms.forms[t.form as usize].stopword
            };
            return n > 2
                && name_word(n - 1)
                && (self.org_noun_after_determiner(n - 2)
                    || n > 3 && name_word(n - 2) && self.org_noun_after_determiner(n - 3));
        }
        // An acronym that opens organisations' names goes on over the
        // capitalised word after it ("SOS Homophobie", "SOS Médecins", "CGT
        // Renault"), as a listed one does ("SOS Racisme").
        if before == Shape::Upper && self.lex.opens_organisation_names(prev) {
            return true;
        }
        (matches!(before, Shape::Lower | Shape::Upper) && self.org_noun_after_determiner(n - 1))
            || (before == Shape::Lower && self.lex.pos.is_verb_only(prev))
    }

    /// Whether token `k` is an organisation noun, in lowercase or an
    /// acronym, after its determiner ("le syndicat", "l'ONG"): after "de"
    /// it is a noun's complement ("Voie d'administration"), and capitalised
    /// it may be a heading's last word ("European Medicines Agency").
    fn org_noun_after_determiner(&self, k: usize) -> bool {
        if k < 1 {
            return false;
        }
        let (noun, det) = (&self.tokens[k], &self.tokens[k - 1]);
        if det.kind != TokenKind::Word
            || !matches!(shape::shape(self.text, noun), Shape::Lower | Shape::Upper)
            || self.flags(noun.form) & word::ORG_NOUN == 0
        {
            return false;
        }
        let det = self.flags(det.form);
        det & word::DETERMINER != 0 && det & word::DE == 0
    }

    /// Whether the paragraph `[from, to)` is a headline written in Title
    /// Case ("Le Président Poutine A Déclaré Qu’il …"): at most 80 tokens, at
    /// least four words, three in five of them capitalised (not all in
    /// capitals).
    fn is_title_case(&self, from: usize, to: usize) -> bool {
        if to - from > 80 {
            return false;
        }
        let (mut words, mut titled) = (0usize, 0usize);
        for t in &self.tokens[from..to] {
            if t.kind == TokenKind::Word {
                words += 1;
                titled += usize::from(t.is_title() && !t.is_upper());
            }
        }
        titled >= 4 && titled * 5 >= words * 3
    }

    /// Whether a reporting verb stands in the sentence before token `colon`
    /// (at most 20 tokens back): "Le ministre a déclaré : Nous partirons."
    fn reporting_verb_before(&self, colon: usize, sentence_start: usize) -> bool {
        (sentence_start.max(colon.saturating_sub(20))..colon).any(|k| {
            // A speech verb's bit: the lexicon's speech verbs.
            self.tokens[k].kind == TokenKind::Word
                && self.flags(self.tokens[k].form) & word::SPEECH_VERB != 0
        })
    }

    /// The sentence ends of the paragraph `[from, to)`, as token indices one
    /// past each sentence's last token. `decide` says whether a candidate
    /// gap the rules leave open is a boundary.
    fn sentence_ends(
        &self,
        from: usize,
        to: usize,
        soft_breaks: &[usize],
        ends: &mut Vec<usize>,
        decide: &mut dyn FnMut(&Around<'_>, usize, Shape, Shape) -> bool,
    ) {
        let around = Around {
            text: self.text,
            tokens: self.tokens,
            forms: self.forms,
            info: self.info,
            from,
            to,
        };
        let mut soft = soft_breaks.iter().peekable();
        let mut sentence_start = from;
        // Straight and curly marks: which close a quotation, paired over the
        // whole paragraph (a quotation may hold several sentences).
        // (A list kept by the thread: a paragraph's is otherwise allocated.)
        let mut roles = crate::scratch::take(&ROLES);
        if self.has_ambiguous_marks {
            pairing::mark_roles(self.text, self.tokens, from..to, &mut roles);
        }
        let mut title_case = None;
        let mut i = from;
        let bytes = self.text.as_bytes();
        while i < to {
            let token = &self.tokens[i];
            let punct = token.kind == TokenKind::Punct;
            let mut end = None;
            // Whether the rules are certain about the gap before the next `i`.
            let mut certain = false;
            if punct && is_terminator(self.surface(i)) {
                let s = self.surface(i);
                // Take the closers and further terminators that follow.
                let mut j = i + 1;
                while j < to {
                    let t = self.surface(j);
                    let closes = if pairing::is_ambiguous_mark(t) {
                        pairing::role_at(&roles, j) == Some(Role::Close)
                    } else {
                        is_closer(t) || is_terminator(t)
                    };
                    if closes {
                        j += 1;
                    } else {
                        break;
                    }
                }
                // A list number ("1. Chacun a droit …") opens the sentence it numbers.
                let label = s == "."
                    && i == sentence_start + 1
                    && self.tokens[sentence_start].kind == TokenKind::Number
                    && self.surface(sentence_start).len() <= 2;
                if j < to && !label && !self.continues(j) && !self.closing_parenthetical(j, to) {
                    // A dateline keeps its dash: "26 juin 2012. - Le ..."
                    let dateline = is_dash(self.surface(j))
                        && j + 1 < to
                        && i - sentence_start < 8
                        && sentence_start == from
                        && self.tokens[sentence_start..i]
                            .iter()
                            .any(|t| t.kind == TokenKind::Number);
                    end = Some(if dateline { j + 1 } else { j });
                }
                // Only a lowercase word after the mark is left open.
                certain = label || j >= to || !self.is_lowercase_word(j);
                i = j;
            } else if punct && &bytes[token.start as usize..token.end as usize] == b";" {
                // A semicolon before a capital, a number or a list mark ends a
                // sentence, as in UD French ("… ; Le lendemain"); before a
                // lowercase word it joins two clauses of one sentence, as
                // French typography has it ("Il part ; le lendemain, il
                // revient."), and before a comma or a closing mark it is
                // inside one.
                certain = true;
                i += 1;
                if i < to
                    && !self.is_lowercase_word(i)
                    && !matches!(self.surface(i), "," | ")" | "]" | "»" | "”" | "\"" | "’")
                {
                    end = Some(i);
                }
            } else if let Some(kind) = (token.kind == TokenKind::Word
                && bytes[token.end as usize - 1] == b'.')
                .then(|| self.abbreviation(i))
                .flatten()
            {
                certain = true;
                i += 1;
                let breaks = match kind {
                    AbbreviationKind::Title => false,
                    // Initials: "J.-M. Le Pen" is a name, "… Mac OS X. Il …" ends.
                    AbbreviationKind::Word | AbbreviationKind::Other => true,
                };
                if i < to && self.is_capitalised_function_word(i) {
                    let particle = matches!(
                        self.forms.lower(self.tokens[i].form),
                        "le" | "la" | "de" | "du" | "des" | "d'"
                    );
                    if breaks || (self.is_initials(i - 1) && !particle) {
                        end = Some(i);
                    }
                }
            } else {
                i += 1;
                // Fast path: a token that is no colon or period, followed by
                // one that no rule reads (see `passes_through`, no soft break
                // before it), leaves nothing to decide at the gap after it.
                let next_soft = soft.peek().map_or(usize::MAX, |&&b| b);
                let p = &self.tokens[i - 1];
                let limit = to.min(next_soft).saturating_sub(1);
                if i > sentence_start
                    && !(p.kind == TokenKind::Punct
                        && matches!(bytes[p.start as usize], b':' | b'.'))
                {
                    // Over the run as a slice: no index to check a token.
                    let run = self.tokens.get(i..limit).unwrap_or_default();
                    i += run
                        .iter()
                        .position(|t| !passes_through(bytes, t))
                        .unwrap_or(run.len());
                }
            }
            // A line break after a line without final punctuation.
            while soft.peek().is_some_and(|&&b| b < i) {
                soft.next();
            }
            if end.is_none() && soft.peek() == Some(&&i) && i < to {
                soft.next();
                let prev = i - 1;
                let p = self.surface(prev);
                let prev_open = matches!(p, "," | ";" | ":" | "-" | "(" | "«" | "\"")
                    || (self.is_lowercase_word(prev) && self.tokens[prev].is_stopword());
                if !prev_open && starts_block(self.surface(i)) {
                    end = Some(i);
                }
            }
            if end.is_none() && !certain && i < to && i > sentence_start {
                if let Some((p, next)) = self.candidate(i, sentence_start) {
                    // In a Title-Case headline capitals say nothing.
                    let title_case =
                        *title_case.get_or_insert_with(|| self.is_title_case(from, to));
                    // Asked only where the classifier would split: most
                    // capitals after a word are names it keeps.
                    if !title_case && decide(&around, i, p, next) && !self.takes_name_after(i, p) {
                        end = Some(i);
                    }
                }
            }
            if let Some(e) = end {
                if e < to && e > sentence_start {
                    ends.push(e);
                    sentence_start = e;
                    i = e;
                }
            }
        }
        ends.push(to);
        crate::scratch::keep(&ROLES, roles);
    }

    /// A short bracketed note that ends the paragraph right after a sentence,
    /// such as "(Source : Kremlin.ru)" or "(AFP)": it stays with that sentence.
    fn closing_parenthetical(&self, j: usize, to: usize) -> bool {
        self.surface(j) == "("
            && to - j <= 12
            && self.surface(to - 1) == ")"
            && !(j + 1..to - 1).any(|k| matches!(self.surface(k), "(" | ")"))
    }

    /// True for initials such as "W." or "J.-M." (not in the lexicon).
    fn is_initials(&self, i: usize) -> bool {
        self.lex.abbreviation(self.surface(i)).is_none()
    }

    /// The abbreviation class of token `i`, when it is one ending in a period.
    fn abbreviation(&self, i: usize) -> Option<AbbreviationKind> {
        let s = self.surface(i);
        if !s.ends_with('.') || self.tokens[i].kind != TokenKind::Word {
            return None;
        }
        self.lex.abbreviation(s).or(Some(AbbreviationKind::Title))
    }
}

/// Splits the tokens of `text` into paragraphs and sentences.
pub(crate) fn split(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lex: &Lexicons,
) -> (Vec<Sentence>, Vec<Paragraph>) {
    let ambiguous_marks = has_ambiguous_marks(text);
    split_gapped(
        text,
        tokens,
        forms,
        &crate::quote::Ctx::lookup_form_flags(forms, lex),
        lex,
        &gaps(text, tokens),
        ambiguous_marks,
    )
}

/// The boundary classifier's id of a lowercase word plus one, 0 when it
/// has none: [`WordInfo::boundary`].
pub(crate) fn boundary_word(lower: &str) -> u32 {
    BoundaryModel::builtin().word_id(lower)
}

/// Whether the text holds a " “ or ”: French news quotes with « », and a
/// text without these marks needs no pairing of them (a fast scan of the
/// bytes). The analyzer learns it from the memory budget's pass over the
/// tokens instead ([`crate::budget::Needed::ambiguous_marks`]).
pub(crate) fn has_ambiguous_marks(text: &str) -> bool {
    text.as_bytes().contains(&b'"') || text.contains('“') || text.contains('”')
}

/// [`split`] with the word facts of the forms (`info`) and the [`gaps`] of
/// the tokens at hand, and whether any token may be a straight or curly
/// double quotation mark (false only when none is: see
/// [`has_ambiguous_marks`]).
pub(crate) fn split_gapped(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    info: &[WordInfo],
    lex: &Lexicons,
    gaps: &[u8],
    ambiguous_marks: bool,
) -> (Vec<Sentence>, Vec<Paragraph>) {
    let scorer = BoundaryModel::builtin().scorer();
    split_with(
        text,
        tokens,
        forms,
        info,
        lex,
        gaps,
        ambiguous_marks,
        &mut |around, n, p, next| scorer.is_boundary(around, n, p, next),
    )
}

/// The positions the rules leave to the boundary classifier, with their
/// features, when the rules alone split the text: (the token that would
/// start a sentence, the features as the weight table writes them); and the
/// sentences of that split. For `tools/train_boundaries.py`.
pub(crate) fn candidates(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    lex: &Lexicons,
) -> (Vec<Sentence>, Vec<(usize, Vec<String>)>) {
    let mut out = Vec::new();
    let gaps = gaps(text, tokens);
    let info = crate::quote::Ctx::lookup_form_flags(forms, lex);
    let (sentences, _) = split_with(
        text,
        tokens,
        forms,
        &info,
        lex,
        &gaps,
        has_ambiguous_marks(text),
        &mut |around, n, p, next| {
            let mut features = Vec::new();
            around.features(n, p, next, |f| features.push(f.to_key(forms)));
            out.push((n, features));
            false
        },
    );
    (sentences, out)
}

#[allow(clippy::too_many_arguments)]
fn split_with(
    text: &str,
    tokens: &[Token],
    forms: &Forms,
    info: &[WordInfo],
    lex: &Lexicons,
    gaps: &[u8],
    has_ambiguous_marks: bool,
    decide: &mut dyn FnMut(&Around<'_>, usize, Shape, Shape) -> bool,
) -> (Vec<Sentence>, Vec<Paragraph>) {
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    if tokens.is_empty() {
        return (sentences, paragraphs);
    }
    // News runs about 25 tokens a sentence: one allocation, most of the time.
    sentences.reserve(tokens.len() / 16 + 1);
    debug_assert_eq!(gaps.len(), tokens.len());
    // Line breaks before each token but the first.
    let breaks = &gaps[1..];
    let blank_line_mode = breaks
        .iter()
        .any(|&g| g & GAP_BREAKS >= 2 || g & GAP_SEPARATOR != 0);
    let splitter = Splitter {
        text,
        tokens,
        forms,
        info,
        lex,
        has_ambiguous_marks,
    };
    let mut paragraph_start = 0;
    let mut soft_breaks = crate::scratch::take(&SOFT_BREAKS);
    let mut ends = crate::scratch::take(&ENDS);
    let mut i = 0;
    while i < tokens.len() {
        i += 1;
        crate::limits::every(i);
        // Most gaps hold no line break: on to the next one that does.
        if i < tokens.len() && breaks[i - 1] == 0 {
            let from = i;
            match breaks[i..].iter().position(|&g| g != 0) {
                Some(p) => i += p + 1,
                None => i = tokens.len(),
            }
            crate::limits::every_jump(from, i);
        }
        let hard = i == tokens.len() || {
            let (n, sep) = (
                breaks[i - 1] & GAP_BREAKS,
                breaks[i - 1] & GAP_SEPARATOR != 0,
            );
            if blank_line_mode {
                n >= 2 || sep
            } else {
                n >= 1
            }
        };
        if !hard {
            if breaks[i - 1] & GAP_BREAKS >= 1 {
                soft_breaks.push(i);
            }
            continue;
        }
        ends.clear();
        splitter.sentence_ends(paragraph_start, i, &soft_breaks, &mut ends, decide);
        let paragraph = paragraphs.len();
        let first_sentence = sentences.len();
        let mut s = paragraph_start;
        for &e in &ends {
            sentences.push(Sentence {
                span: Span::new(tokens[s].start as usize, tokens[e - 1].end as usize),
                tokens: s..e,
                paragraph,
            });
            s = e;
        }
        paragraphs.push(Paragraph {
            span: Span::new(
                tokens[paragraph_start].start as usize,
                tokens[i - 1].end as usize,
            ),
            tokens: paragraph_start..i,
            sentences: first_sentence..sentences.len(),
        });
        paragraph_start = i;
        soft_breaks.clear();
    }
    crate::scratch::keep(&SOFT_BREAKS, soft_breaks);
    crate::scratch::keep(&ENDS, ends);
    (sentences, paragraphs)
}

thread_local! {
    /// The thread's kept lists of [`split_with`] ([`crate::scratch`]).
    static SOFT_BREAKS: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    static ENDS: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    static ROLES: std::cell::Cell<Vec<(usize, Role)>> = const { std::cell::Cell::new(Vec::new()) };
}

#[cfg(test)]
mod tests;
