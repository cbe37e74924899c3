//! [`Ctx`]: read access to the tokens, sentences, word classes and parts of
//! speech that every step of the quote stage reads, and the line facts of
//! the tokens.

use crate::forms::Forms;
use crate::lexicon::{early, word, Grammar, Lexicons, WordInfo};
use crate::pos::{Back, Tag, TagInput, Tagged};
use crate::sentence::{Paragraph, Sentence};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;

/// Read access to the earlier stages, shared by the quote rules.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) sentences: &'a [Sentence],
    pub(crate) paragraphs: &'a [Paragraph],
    pub(crate) lex: &'a Lexicons,
    pub(crate) g: &'a Grammar,
    /// Sentence index of each token.
    pub(crate) sentence_of: Vec<u32>,
    /// Word-class bits ([`crate::lexicon::word`]) and part-of-speech
    /// candidates of each form, looked up once per distinct form rather than
    /// at every token.
    form_flags: Vec<WordInfo>,
    /// The gap before each token ([`crate::sentence::gaps`]): whether it
    /// starts a line ([`starts_line`]) is read from it, rather than copied
    /// into a table of its own.
    gaps: Cow<'a, [u8]>,
    /// The tokens that start a line or are quotation marks, in order: all
    /// that the pairing of marks acts on, listed in one pass.
    pub(crate) line_or_mark: Vec<u32>,
    /// The tokens whose form is a [`word::REPORTING_CUE`], in order: the
    /// only ones a reporting verb group can be found at.
    pub(crate) reporting_cues: Vec<u32>,
    /// The tokens whose form is a [`word::SOURCE_MARKER`], in order.
    pub(crate) source_markers: Vec<u32>,
    /// The colons right after an [`early::SPEECH_ADJECTIVE`], in order: the
    /// only ones the adjective-colon rule reads ("X est catégorique : …").
    pub(crate) adjective_colons: Vec<u32>,
    /// Part of speech of each token of the analysed sentences (those holding
    /// a cue candidate or a quotation mark); `X` elsewhere.
    tags: Vec<Tagged>,
    /// The lowercase text of each form, read by every rule.
    form_lower: Vec<&'a str>,
    /// Whether any token may be a straight or curly double quotation mark
    /// (see [`crate::sentence::has_ambiguous_marks`]).
    pub(crate) ambiguous_marks: bool,
    /// [`Ctx::name_word`] of each token once asked (0: not yet, 1: no, 2:
    /// yes): the name readers ask most capitalised words several times.
    pub(crate) name_words: Vec<Cell<u8>>,
    /// The longest known organisation's name from each token once asked
    /// (0: not yet, 1: none, 1 + n: n tokens).
    pub(crate) organisation_ends: Vec<Cell<u8>>,
}

impl<'a> Ctx<'a> {
    /// The word-class bits of each form of `forms`, looked up in `lex`
    /// (the analyzer gets them from its thread cache instead).
    pub(crate) fn lookup_form_flags(forms: &Forms, lex: &Lexicons) -> Vec<WordInfo> {
        (0..forms.forms.len() as u32)
            .map(|f| lex.word_info(forms.lower(f)))
            .collect()
    }

    /// The context of an analysed document (tokens, sentences and
    /// paragraphs done); `form_flags` holds the word-class bits of each of
    /// its forms.
    pub(crate) fn for_document(
        doc: &'a crate::Document<'_>,
        lex: &'a Lexicons,
        form_flags: Vec<WordInfo>,
    ) -> Self {
        let gaps = crate::sentence::gaps(&doc.text, &doc.tokens);
        let ambiguous_marks = crate::sentence::has_ambiguous_marks(&doc.text);
        Self::with_gap_table(doc, lex, form_flags, Cow::Owned(gaps), ambiguous_marks)
    }

    /// [`Ctx::for_document`] with the [`crate::sentence::gaps`] of its
    /// tokens at hand, and whether any may be a straight or curly double
    /// quotation mark.
    pub(crate) fn with_gaps(
        doc: &'a crate::Document<'_>,
        lex: &'a Lexicons,
        form_flags: Vec<WordInfo>,
        gaps: &'a [u8],
        ambiguous_marks: bool,
    ) -> Self {
        Self::with_gap_table(doc, lex, form_flags, Cow::Borrowed(gaps), ambiguous_marks)
    }

    /// [`Ctx::with_gaps`], the gaps borrowed or owned.
    fn with_gap_table(
        doc: &'a crate::Document<'_>,
        lex: &'a Lexicons,
        form_flags: Vec<WordInfo>,
        gaps: Cow<'a, [u8]>,
        ambiguous_marks: bool,
    ) -> Self {
        let (text, tokens, forms) = (&*doc.text, &doc.tokens[..], &doc.forms);
        let (sentences, paragraphs) = (&doc.sentences[..], &doc.paragraphs[..]);
        let mut sentence_of = crate::scratch::take(&SENTENCE_OF);
        sentence_of.resize(tokens.len(), 0);
        for (i, s) in sentences.iter().enumerate() {
            sentence_of[s.tokens.clone()].fill(i as u32);
        }
        let g = &lex.grammar;
        debug_assert_eq!(form_flags.len(), forms.forms.len());
        // The tokens that start a line or are quotation marks, the
        // reporting cues and the sentences to tag, in one pass over the
        // gaps.
        let mut line_or_mark = crate::scratch::take(&LINE_OR_MARK);
        let mut reporting_cues = crate::scratch::take(&REPORTING_CUES);
        let mut source_markers = crate::scratch::take(&SOURCE_MARKERS);
        let mut adjective_colons = crate::scratch::take(&ADJECTIVE_COLONS);
        let mut to_tag = crate::scratch::take(&TO_TAG);
        to_tag.resize(sentences.len(), false);
        for (i, (t, &gap)) in tokens.iter().zip(&gaps[..]).enumerate() {
            let starts = i == 0 || gap & crate::sentence::GAP_BREAKS != 0;
            let info = &form_flags[t.form as usize];
            // Most tokens are none of these: one test.
            if !starts && info.early & (early::QUOTE_CUE | early::SPEECH_ADJECTIVE) == 0 {
                continue;
            }
            if info.early & early::SPEECH_ADJECTIVE != 0
                && tokens
                    .get(i + 1)
                    .is_some_and(|c| &text.as_bytes()[c.start as usize..c.end as usize] == b":")
            {
                adjective_colons.push(i as u32 + 1);
            }
            let flags = info.flags;
            if starts || flags & word::QUOTATION_MARK != 0 {
                line_or_mark.push(i as u32);
            }
            if flags & word::REPORTING_CUE != 0 {
                reporting_cues.push(i as u32);
            }
            if flags & word::SOURCE_MARKER != 0 {
                source_markers.push(i as u32);
            }
            if flags & word::TAGGING_CUE != 0
                || (starts && is_dash(&text[t.start as usize..t.end as usize]))
            {
                // The sentence holding the token, if one does.
                let s = sentence_of[i] as usize;
                if sentences.get(s).is_some_and(|s| s.tokens.contains(&i)) {
                    to_tag[s] = true;
                }
            }
        }
        let mut ctx = Ctx {
            text,
            tokens,
            sentences,
            paragraphs,
            lex,
            g,
            sentence_of,
            form_flags,
            gaps,
            line_or_mark,
            reporting_cues,
            source_markers,
            adjective_colons,
            tags: Vec::new(),
            form_lower: forms.lowers().collect(),
            ambiguous_marks,
            name_words: crate::scratch::filled(&NAME_WORDS, tokens.len(), Cell::new(0)),
            organisation_ends: crate::scratch::filled(
                &ORGANISATION_ENDS,
                tokens.len(),
                Cell::new(0),
            ),
        };
        ctx.tag_candidate_sentences(&to_tag);
        crate::scratch::keep(&TO_TAG, to_tag);
        ctx
    }

    /// Tags the sentences that may hold reported speech: those with a
    /// reporting-verb form, a source marker (selon, pour…), a quotation
    /// mark, or a dash opening a line. The rest of the text is never read
    /// by the quote rules, so it is not tagged.
    /// `to_tag` says which (a token of [`word::TAGGING_CUE`] or a dash opening
    /// a line is in them).
    fn tag_candidate_sentences(&mut self, to_tag: &[bool]) {
        let mut tags = crate::scratch::take(&TAGS);
        tags.resize(self.tokens.len(), Tagged::default());
        self.tags = tags;
        // The decoder's buffers (kept by the thread), sized once for the
        // longest sentence at the first one tagged rather than grown
        // sentence by sentence.
        let longest = self.sentences.iter().map(|s| s.tokens.len()).max();
        let mut back = crate::scratch::take(&BACK);
        let mut sized = false;
        for (s, sentence) in self.sentences.iter().enumerate() {
            crate::limits::every(s);
            let range = sentence.tokens.clone();
            if !to_tag[s] {
                continue;
            }
            if !sized {
                back.reserve_exact(longest.unwrap_or(0));
                sized = true;
            }
            // The sentence's tokens read as a slice: no index checked a token.
            let (first, form_flags) = (range.start, &self.form_flags[..]);
            let words = self.tokens[range.clone()]
                .iter()
                .enumerate()
                .map(move |(k, t)| {
                    crate::limits::every(first + k);
                    TagInput {
                        pos: form_flags[t.form as usize].pos,
                        kind: t.kind,
                        capitalised_inside: k > 0 && t.is_title(),
                    }
                });
            self.lex
                .pos
                .tag_into(words, &mut back, &mut self.tags[range.clone()]);
        }
        crate::scratch::keep(&BACK, back);
    }

    /// The part of speech of token `i` (`X` outside analysed sentences).
    #[inline]
    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.tags[i].tag
    }

    /// Whether the treebanks tag token `i`'s lowercase form a proper noun
    /// at least once ([`crate::pos::PosModel::seen_as_name`]).
    #[inline]
    pub(crate) fn seen_as_name(&self, i: usize) -> bool {
        let pos = self.form_flags[self.tokens[i].form as usize].pos;
        self.lex.pos.seen_as_name_of(pos, self.lower(i))
    }

    /// The tagger's reading of token `i`: its tag and morphology.
    #[inline]
    pub(crate) fn tagged(&self, i: usize) -> &Tagged {
        &self.tags[i]
    }

    /// The word-class bits of token `i`'s form.
    #[inline]
    pub(crate) fn flags(&self, i: usize) -> word::Classes {
        self.form_flags[self.tokens[i].form as usize].flags
    }

    /// True when tokens `[from, to)` name a media outlet: every word is part
    /// of some outlet's name (one bit test each) and the folded phrase is one.
    pub(crate) fn is_media_span(&self, from: usize, to: usize) -> bool {
        from < to
            && (from..to).all(|k| self.is(k, word::MEDIA_WORD))
            && self.lex.is_media(self.span(from, to).slice(self.text))
    }

    /// The end of the longest known outlet's name among tokens `from..k`,
    /// `k` up to `to`: the largest `k` with [`Self::is_media_span`]`(from,
    /// k)`, in time bounded by the longest name, not the run of outlet words.
    pub(crate) fn longest_media_span(&self, from: usize, to: usize) -> Option<usize> {
        if from >= to {
            return None;
        }
        let base = self.tokens[from].start as usize;
        let ends = (from..to)
            .take_while(|&k| self.is(k, word::MEDIA_WORD))
            .map(|k| self.tokens[k].end as usize - base);
        self.lex
            .longest_media_prefix(&self.text[base..], ends)
            .map(|n| from + n)
    }

    /// The same for a known place's or organisation's name: the largest `k`
    /// up to `to` with `is_place_or_organisation` of tokens `from..k`.
    pub(crate) fn longest_listed_span(&self, from: usize, to: usize) -> Option<usize> {
        if from >= to {
            return None;
        }
        let base = self.tokens[from].start as usize;
        let ends = (from..to).map(|k| self.tokens[k].end as usize - base);
        self.lex
            .longest_place_or_organisation_prefix(&self.text[base..], ends)
            .map(|n| from + n)
    }

    /// True when token `i` belongs to one of the `word` classes in `bits`.
    #[inline]
    pub(crate) fn is(&self, i: usize, bits: word::Classes) -> bool {
        self.flags(i) & bits != 0
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The original text of token `i`.
    pub(crate) fn surface(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The bytes of token `i`'s original text: a byte test with no slice
    /// of the text (no char-boundary check).
    #[inline]
    pub(crate) fn surface_bytes(&self, i: usize) -> &'a [u8] {
        let t = &self.tokens[i];
        &self.text.as_bytes()[t.start as usize..t.end as usize]
    }

    /// The lowercase normalised form of token `i`.
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> &'a str {
        self.form_lower[self.tokens[i].form as usize]
    }

    /// Lowercase forms from token `i` on, for phrase matching.
    /// How many tokens the source preposition opening at `k` takes
    /// ("selon" 1, "d'après" 2: grammar.txt's source_prepositions), or 0.
    pub(crate) fn source_preposition_len(&self, k: usize) -> usize {
        self.g.source_prepositions.match_len(self.lowers_from(k))
    }

    pub(crate) fn lowers_from(&self, i: usize) -> impl Iterator<Item = &'a str> + Clone + '_ {
        (i..self.len()).map(move |k| self.lower(k))
    }

    pub(crate) fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    pub(crate) fn is_punct(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Punct | TokenKind::Symbol)
    }

    /// A word starting with a capital letter.
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].is_title() && self.tokens[i].kind == TokenKind::Word
    }

    /// A capitalised word that is not a function word or an adverb: it may
    /// start a name or a subject, where "Mais" or "Puis" only opens a clause.
    pub(crate) fn is_capitalised_content(&self, i: usize) -> bool {
        self.is_capitalised(i) && !self.is(i, word::FUNCTION_WORD | word::ADVERB)
    }

    /// Byte span of tokens `[from, to)`.
    pub(crate) fn span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.tokens[from].start as usize,
            self.tokens[to - 1].end as usize,
        )
    }

    /// The sentence of token `i`.
    pub(crate) fn sentence(&self, i: usize) -> &'a Sentence {
        &self.sentences[self.sentence_of[i] as usize]
    }

    /// Token range of the sentence holding token `i`.
    pub(crate) fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.sentence(i).tokens.clone()
    }

    /// True for a token that ends a clause: . ! ? ; and their clusters.
    pub(crate) fn is_clause_end(&self, i: usize) -> bool {
        self.kind(i) == TokenKind::Punct
            && (self.lower(i) == ";"
                || self
                    .surface(i)
                    .chars()
                    .all(|c| matches!(c, '.' | '!' | '?' | '…')))
    }

    /// Sentences covered by a byte span.
    pub(crate) fn sentences_of_span(&self, span: Span) -> Range<usize> {
        let from = self.sentences.partition_point(|s| s.span.end <= span.start);
        let to = self.sentences.partition_point(|s| s.span.start < span.end);
        from..to.max(from)
    }
}

impl Drop for Ctx<'_> {
    /// Hands the tables over tokens back to the thread ([`crate::scratch`]).
    fn drop(&mut self) {
        use crate::scratch::keep;
        keep(&SENTENCE_OF, std::mem::take(&mut self.sentence_of));
        keep(&LINE_OR_MARK, std::mem::take(&mut self.line_or_mark));
        keep(&TAGS, std::mem::take(&mut self.tags));
        keep(&REPORTING_CUES, std::mem::take(&mut self.reporting_cues));
        keep(&SOURCE_MARKERS, std::mem::take(&mut self.source_markers));
        keep(
            &ADJECTIVE_COLONS,
            std::mem::take(&mut self.adjective_colons),
        );
        keep(&NAME_WORDS, std::mem::take(&mut self.name_words));
        keep(
            &ORGANISATION_ENDS,
            std::mem::take(&mut self.organisation_ends),
        );
    }
}

thread_local! {
    /// The thread's kept per-token memos of [`Ctx`] ([`crate::scratch`]).
    static NAME_WORDS: Cell<Vec<Cell<u8>>> = const { Cell::new(Vec::new()) };
    static ORGANISATION_ENDS: Cell<Vec<Cell<u8>>> = const { Cell::new(Vec::new()) };
}

thread_local! {
    // The thread's kept tables of a context and the tagger's buffers.
    static SENTENCE_OF: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static LINE_OR_MARK: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static TAGS: Cell<Vec<Tagged>> = const { Cell::new(Vec::new()) };
    static BACK: Cell<Vec<Back>> = const { Cell::new(Vec::new()) };
    static REPORTING_CUES: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static SOURCE_MARKERS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static ADJECTIVE_COLONS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static TO_TAG: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
}

/// A dash that may open a dialogue line.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "–" | "-" | "--" | "―")
}

/// Whether token `i` starts a line (the text before it, back to the previous
/// token, holds a line break, or it is the first token).
#[inline]
pub(crate) fn starts_line(ctx: &Ctx<'_>, i: usize) -> bool {
    i == 0 || ctx.gaps[i] & crate::sentence::GAP_BREAKS != 0
}
