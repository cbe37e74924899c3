//! The lexicons: plain text files in `src/lexicons/`, compiled in with
//! `include_str!`, one entry a line, `#` comments.
//!
//! Each file's header gives its source and licence. The built-in set is parsed
//! once per process; an [`crate::Analyzer`] adds the user's extra entries on
//! top of a copy.

use crate::form_table::FormTable;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, OnceLock};

mod fold;
mod grammar;
mod quick;
mod source;

pub(crate) use fold::normalize_entry;
use fold::with_folded;
pub use fold::{fold, fold_into};
pub use grammar::Grammar;
pub(crate) use source::split_ascii;
pub use source::{entries, files, sections};
use source::{gendered_words, parse_abbreviations, parse_speech_verb, split_once_ascii};

/// Whether an abbreviation introduces a name (never ends a sentence) or may
/// end one when a capitalised function word follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbreviationKind {
    /// M., Mme, Dr: a name follows.
    Title,
    /// etc., cf., J.-C.
    Other,
    /// Also a plain word (art., vol.): the period joins it only before a
    /// lowercase word or a number.
    Word,
}

/// A grammatical gender cue, read from agreement in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Gender {
    /// Masculine agreement (il, le président, a-t-il).
    Masculine,
    /// Feminine agreement (elle, la ministre, a-t-elle).
    Feminine,
    /// No cue, or contradictory cues.
    #[default]
    Unknown,
}

impl Gender {
    /// The lowercase name used in tables and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Gender::Masculine => "masculine",
            Gender::Feminine => "feminine",
            Gender::Unknown => "unknown",
        }
    }
}

/// Whether a reporting verb reports words or a stated view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbClass {
    /// Verbs of saying: déclarer, dire, souligner.
    Speech,
    /// Verbs of stated opinion: estimer, juger, craindre.
    Opinion,
    /// Verbs of finding, reporting only after a study or a report that
    /// the text introduces or names by its author: montrer ("une étude
    /// montre que", not "cela montre que").
    Finding,
}

/// One inflected form of a reporting verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechVerb {
    /// The infinitive ("déclarer" for "déclaré").
    pub lemma: Box<str>,
    /// Speech or opinion.
    pub class: VerbClass,
}

/// Word classes: bit sets over the classes of a lowercase word, read with
/// one look-up per distinct form ([`Lexicons::word_flags`]) and tested with
/// `ctx.is(i, word::CLASS)` (several classes: `word::A | word::B`).
///
/// Most classes are sections of `grammar.txt`, listed in [`word::SECTIONS`];
/// the others come from the other lexicons.
pub mod word;

/// What the quote rules know of a lowercase form, looked up once per form:
/// its word-class bits and its part-of-speech candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordInfo {
    /// Word-class bits ([`word`]).
    pub(crate) flags: word::Classes,
    /// The tagger's candidate lists.
    pub(crate) pos: crate::pos::WordPos,
    /// The sentence boundary classifier's id of the word plus one (0: a
    /// word it has no weights or class for), so that scoring a position
    /// reads it here instead of hashing the form's text.
    pub(crate) boundary: u32,
    /// What the stages before the quote stage ask of the word, as bits
    /// ([`early`]): one test where a string compare was. With `boundary`,
    /// these fill what was padding (the flags are 16-byte aligned).
    pub(crate) early: u8,
}

/// The bits of [`WordInfo::early`].
pub(crate) mod early {
    /// A cue the memory budget counts ([`crate::budget::needed`]): a
    /// reporting cue ([`super::word::REPORTING_CUE`]), or "selon", "pour" or
    /// "d'" (a source marker or "de").
    pub(crate) const CUE: u8 = 1;
    /// A subject pronoun or clitic subject: a mention the budget counts.
    pub(crate) const PRONOUN: u8 = 2;
    /// A determiner, preposition or conjunction no sentence ends with
    /// (the sentence splitter's `ends_no_sentence`).
    pub(crate) const ENDS_NO_SENTENCE: u8 = 4;
    /// A word the quote stage's context lists or tags a sentence for: a
    /// reporting cue or a [`super::word::TAGGING_CUE`]. One byte tested at
    /// each token instead of both halves of the word-class bits.
    pub(crate) const QUOTE_CUE: u8 = 8;
    /// An adjective of firm or confident statement (`speech_adjectives` in
    /// grammar.txt: "catégorique", "claire"): the context lists the colons
    /// right after one, all that the adjective-colon rule reads.
    pub(crate) const SPEECH_ADJECTIVE: u8 = 16;
}

/// All lexicons an analyzer uses.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub(crate) abbreviations: FxHashMap<Box<str>, AbbreviationKind>,
    pub(crate) elisions: FxHashMap<Box<str>, Box<str>>,
    pub(crate) clitics: FxHashSet<Box<str>>,
    /// A quick "no" for most words after a hyphen.
    pub(crate) clitic_filter: quick::PieceFilter,
    /// Keyed by bytes: the tokenizer folds pieces without a UTF-8 check.
    pub(crate) keep_whole: FxHashSet<Box<[u8]>>,
    /// A quick "no" for most hyphenated words and words with an apostrophe.
    pub(crate) keep_whole_filter: quick::PieceFilter,
    /// The ASCII elisions, and the entries of `keep_whole` that are an
    /// elided word and a plain one, for the tokenizer's fast path.
    pub(crate) elided_words: quick::ElidedWords,
    /// A quick "no" for most words before a period.
    abbreviation_filter: quick::AbbreviationFilter,
    pub(crate) stopwords: FxHashSet<Box<str>>,
    pub(crate) titles: FxHashMap<Box<str>, Gender>,
    /// Role nouns by family (role_families.txt): the family's number and
    /// whether the noun refers back to the others.
    pub(crate) role_families: FxHashMap<Box<str>, (u16, bool)>,
    /// Demonyms ("uruguayen", "française"), with the gender of the form
    /// (`Unknown` for a form both genders share or a plural).
    pub(crate) demonyms: FxHashMap<Box<str>, Gender>,
    pub(crate) media: FxHashSet<Box<str>>,
    /// Folded place names.
    pub(crate) places: FxHashSet<Box<str>>,
    /// Folded organisation names.
    pub(crate) organisations: FxHashSet<Box<str>>,
    /// Folded sports clubs' names (also in `organisations`).
    pub(crate) clubs: FxHashSet<Box<str>>,
    /// Every prefix of those names (at a character boundary), to tell a
    /// phrase that may grow into one with one probe.
    pub(crate) organisation_prefixes: FxHashSet<Box<str>>,
    /// A quick "no" for most texts that are neither a place nor an
    /// organisation, and for most words that start no organisation.
    place_org_heads: quick::HeadFilter,
    org_heads: quick::HeadFilter,
    /// The first three bytes of the outlets' folded names: a quick "no" for
    /// most phrases of outlet words ("Le", "France", "Monde") asked whether
    /// they name one, before their fold.
    media_heads: quick::HeadFilter,
    /// The longest outlet's folded name, in bytes: a phrase folding to more
    /// names none, and neither does any longer phrase that opens with it.
    media_longest: usize,
    /// The same for places and organisations.
    place_org_longest: usize,
    pub(crate) speech_verbs: FxHashMap<Box<str>, SpeechVerb>,
    /// The lemma grammar.txt gives a verb form after a tab ("cachait" ->
    /// "cacher", "émis" -> "émettre"): the verbs that report only in a
    /// construction (`litotes_verbs`, `content_verbs`), which are no
    /// reporting verbs of their own and so not in `speech_verbs`.
    pub(crate) verb_lemmas: FxHashMap<Box<str>, Box<str>>,
    pub(crate) grammar: Grammar,
    /// The part-of-speech tagger.
    pub(crate) pos: Arc<crate::pos::PosModel>,
    /// Every single word of the lexicons above, with its class bits.
    pub(crate) word_flags: FxHashMap<Box<str>, word::Classes>,
    /// Changes whenever the word lists change, so that per-thread caches of
    /// lexicon facts (stopword, class bits) know when to look again.
    pub(crate) version: u64,
    /// The frequent forms with their facts, built on first use and again
    /// after a change.
    form_table: OnceLock<Arc<FormTable>>,
}

/// The number of lines of a lexicon file: the most entries it holds, to size
/// a table for them at once.
pub(crate) fn line_count(source: &str) -> usize {
    source.bytes().filter(|&b| b == b'\n').count() + 1
}

/// How many of `ends` (increasing byte offsets into `text`, not folded) the
/// longest name opening `text` takes, among names no longer than `longest`
/// folded bytes that `heads` holds and `known` knows. The phrase is folded
/// once as it grows, and no further than `longest`: a long run of capitals
/// ("France France …") costs time in proportion to the longest name, where
/// asking of each end folded the run again for each.
fn longest_prefix(
    text: &str,
    ends: impl IntoIterator<Item = usize>,
    heads: &quick::HeadFilter,
    longest: usize,
    known: impl Fn(&str) -> bool,
) -> Option<usize> {
    // Most phrases open with no name: no fold, no buffer.
    let mut ends = ends.into_iter().peekable();
    if !ends
        .peek()
        .is_some_and(|&end| heads.may_hold(&text.as_bytes()[..end]))
    {
        return None;
    }
    thread_local! {
        static FOLDED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    FOLDED.with(|folded| {
        let mut folded = folded.borrow_mut();
        folded.clear();
        let (mut at, mut best) = (0, None);
        for (n, end) in ends.enumerate() {
            // A "no" of the filter (three bytes at least) holds for every
            // longer phrase: they open with the same bytes.
            if !heads.may_hold(&text.as_bytes()[..end]) {
                break;
            }
            fold_into(&text[at..end], &mut folded);
            at = end;
            if folded.len() > longest {
                break;
            }
            if heads.may_be(folded.as_bytes()) && known(&folded) {
                best = Some(n + 1);
            }
        }
        best
    })
}

/// A fresh lexicon version: unique in the process.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Lexicons {
    fn parse() -> Self {
        let mut abbreviations = FxHashMap::default();
        parse_abbreviations(files::ABBREVIATIONS, &mut abbreviations);
        let mut abbreviation_filter = quick::AbbreviationFilter::default();
        abbreviations
            .keys()
            .for_each(|a| abbreviation_filter.add(a));
        let keep_whole: FxHashSet<Box<[u8]>> = entries(files::TOKENIZER_KEEP)
            .map(|e| e.as_bytes().into())
            .collect();
        let elisions: FxHashMap<Box<str>, Box<str>> = entries(files::ELISIONS)
            .filter_map(|l| split_once_ascii(l, b'\t'))
            .map(|(e, w)| (e.trim().into(), w.trim().into()))
            .collect();
        let elided_words = quick::ElidedWords::new(
            elisions.keys().map(|e| &**e),
            keep_whole.iter().map(|e| &**e),
        );
        let mut titles = gendered_words(files::TITLES);
        // A title prefixed "ex-" is that title ("l'ex-conseiller général X",
        // "selon l'ex-trésorière"): the tokenizer keeps the hyphened word
        // whole, so each title gets its "ex-" form here.
        let former: Vec<(Box<str>, Gender)> = titles
            .iter()
            .filter(|(t, _)| !t.contains(' '))
            .map(|(t, &g)| (format!("ex-{t}").into(), g))
            .collect();
        titles.extend(former);
        let demonyms = gendered_words(files::DEMONYMS);
        let mut speech_verbs: FxHashMap<Box<str>, SpeechVerb> = FxHashMap::with_capacity_and_hasher(
            line_count(files::SPEECH_VERBS),
            Default::default(),
        );
        speech_verbs.extend(entries(files::SPEECH_VERBS).filter_map(parse_speech_verb));
        let mut pos =
            crate::pos::PosModel::builtin(speech_verbs.iter().map(|(f, v)| (&**f, &*v.lemma)));
        pos.add_nouns(titles.keys().map(|t| &**t));
        // Organisation nouns the treebanks lack ("intersyndicale") too:
        // "selon l'intersyndicale" names a body, not an adjective's noun.
        pos.add_nouns(
            sections(files::GRAMMAR)
                .filter(|&(section, entry)| section == "org_nouns" && !entry.contains(' '))
                .map(|(_, entry)| entry),
        );
        let clitics: FxHashSet<Box<str>> = entries(files::CLITICS).map(Into::into).collect();
        let mut lex = Lexicons {
            abbreviations,
            elisions,
            clitic_filter: quick::PieceFilter::new(clitics.iter().map(|c| c.as_bytes())),
            clitics,
            elided_words,
            keep_whole_filter: quick::PieceFilter::new(keep_whole.iter().map(|e| &**e)),
            keep_whole,
            abbreviation_filter,
            stopwords: entries(files::STOPWORDS).map(Into::into).collect(),
            titles,
            role_families: source::role_families(files::ROLE_FAMILIES),
            demonyms,
            media: entries(files::MEDIA).map(|m| fold(m).into()).collect(),
            places: entries(files::PLACES)
                .filter(|l| !l.starts_with("=="))
                .map(|m| fold(m).into())
                .collect(),
            organisations: entries(files::ORGANISATIONS)
                .chain(entries(files::CLUBS))
                .map(|m| fold(m).into())
                .collect(),
            clubs: entries(files::CLUBS).map(|m| fold(m).into()).collect(),
            organisation_prefixes: entries(files::ORGANISATIONS)
                .chain(entries(files::CLUBS))
                .flat_map(|m| {
                    let name = fold(m);
                    (0..=name.len())
                        .filter(|&end| name.is_char_boundary(end))
                        .map(|end| Box::from(&name[..end]))
                        .collect::<Vec<_>>()
                })
                .collect(),
            speech_verbs,
            verb_lemmas: sections(files::GRAMMAR)
                .filter_map(|(_, entry)| match source::form_and_lemma(entry) {
                    (form, Some(lemma)) => Some((form.into(), lemma.into())),
                    (_, None) => None,
                })
                .collect(),
            grammar: Grammar::parse(files::GRAMMAR),
            pos: Arc::new(pos),
            word_flags: FxHashMap::default(),
            version: 0,
            form_table: OnceLock::new(),
            place_org_heads: quick::HeadFilter::default(),
            org_heads: quick::HeadFilter::default(),
            media_heads: quick::HeadFilter::default(),
            media_longest: 0,
            place_org_longest: 0,
        };
        for name in &lex.media {
            lex.media_heads.add(name);
            lex.media_longest = lex.media_longest.max(name.len());
        }
        for name in &lex.organisations {
            lex.org_heads.add(name);
            lex.place_org_heads.add(name);
            lex.place_org_longest = lex.place_org_longest.max(name.len());
        }
        for name in &lex.places {
            lex.place_org_heads.add(name);
            lex.place_org_longest = lex.place_org_longest.max(name.len());
        }
        lex.rebuild_word_flags();
        lex
    }

    /// Recomputes the merged word-class table after a lexicon changed.
    fn rebuild_word_flags(&mut self) {
        // Room for every entry at once (the conjugated forms of the
        // grammar's verbs overlap the reporting verbs'), not grown by
        // doubling from nothing.
        let mut flags: FxHashMap<Box<str>, word::Classes> = FxHashMap::with_capacity_and_hasher(
            self.speech_verbs.len()
                + line_count(files::LOWERCASE_WORDS)
                + line_count(files::GRAMMAR),
            Default::default(),
        );
        for (section, entry) in sections(files::GRAMMAR) {
            let Some(&(_, bit)) = word::SECTIONS.iter().find(|(name, _)| *name == section) else {
                continue;
            };
            let entry = source::form_and_lemma(entry).0;
            // Multi-word entries are matched as phrases ([`WordList::match_len`]).
            if entry.contains(' ') {
                continue;
            }
            if word::CONJUGATED_SECTIONS.contains(&section) {
                for form in crate::conjugate::conjugate(entry).unwrap_or_default() {
                    *flags.entry(form.into()).or_default() |= bit;
                }
            }
            *flags.entry(entry.into()).or_default() |= bit;
        }
        for w in self.speech_verbs.keys() {
            *flags.entry(w.clone()).or_default() |= word::SPEECH_VERB;
        }
        for w in entries(files::STOPWORDS) {
            *flags.entry(w.into()).or_default() |= word::FUNCTION_WORD;
        }
        for w in entries(files::LOWERCASE_WORDS) {
            *flags.entry(w.into()).or_default() |= word::LOWERCASE_WORD;
        }
        for w in self.titles.keys() {
            *flags.entry(w.clone()).or_default() |= word::TITLE;
        }
        for w in self.demonyms.keys() {
            *flags.entry(w.clone()).or_default() |= word::DEMONYM;
        }
        for w in self.abbreviations.keys() {
            *flags.entry(w.to_lowercase().into()).or_default() |= word::ABBREVIATION;
        }
        // Media names, split the way the tokenizer splits them ("l'express"
        // gives "l'" and "express", "kremlin.ru" stays whole).
        let mut tokens = Vec::new();
        for name in entries(files::MEDIA) {
            let name = normalize_entry(name);
            tokens.clear();
            crate::tokenize::Tokenizer::new(self).tokenize_into(&name, &mut tokens);
            for t in &tokens {
                let piece = &name[t.span().start..t.span().end];
                *flags.entry(piece.into()).or_default() |= word::MEDIA_WORD;
            }
        }
        self.word_flags = flags;
        self.changed();
    }

    /// The class bits ([`word`]) of a lowercase word; 0 for an open-class word.
    #[inline]
    pub fn word_flags(&self, lower: &str) -> word::Classes {
        self.word_flags.get(lower).copied().unwrap_or(0)
    }

    /// True when a lowercase word (a lemma, a piece of a token) belongs to
    /// one of the `word` classes in `classes`; for a token, `ctx.is`.
    #[inline]
    pub fn is(&self, lower: &str, classes: word::Classes) -> bool {
        self.word_flags(lower) & classes != 0
    }

    /// The word-class bits, part-of-speech candidates, boundary classifier
    /// id and early-stage bits of a lowercase word.
    pub(crate) fn word_info(&self, lower: &str) -> WordInfo {
        let flags = self.word_flags(lower);
        let cue = flags & word::REPORTING_CUE != 0
            || (flags & (word::SOURCE_MARKER | word::DE) != 0
                && matches!(lower, "selon" | "pour" | "d'"));
        let pronoun = flags & (word::SUBJECT_PRONOUN | word::CLITIC_SUBJECT) != 0;
        let mut early = 0;
        if cue {
            early |= early::CUE;
        }
        if pronoun {
            early |= early::PRONOUN;
        }
        if crate::sentence::ends_no_sentence(lower) {
            early |= early::ENDS_NO_SENTENCE;
        }
        if flags & (word::REPORTING_CUE | word::TAGGING_CUE) != 0 {
            early |= early::QUOTE_CUE;
        }
        if self.grammar.speech_adjectives.contains(lower) {
            early |= early::SPEECH_ADJECTIVE;
        }
        WordInfo {
            flags,
            pos: self.pos.lookup(lower),
            boundary: crate::sentence::boundary_word(lower),
            early,
        }
    }

    /// Marks the word lists changed: a new version, and the table of
    /// frequent forms to build again.
    fn changed(&mut self) {
        self.version = next_version();
        self.form_table = OnceLock::new();
    }

    /// The table of frequent forms with their stems and word facts, built
    /// on first use (and shared by every thread and analyzer using these
    /// lexicons).
    pub(crate) fn form_table(&self) -> &Arc<FormTable> {
        self.form_table
            .get_or_init(|| Arc::new(FormTable::build(self)))
    }

    /// The built-in lexicons, parsed once per process.
    pub fn builtin() -> Arc<Lexicons> {
        static BUILTIN: OnceLock<Arc<Lexicons>> = OnceLock::new();
        BUILTIN.get_or_init(|| Arc::new(Lexicons::parse())).clone()
    }

    /// The abbreviation class of a token text, if it is one. Lowercase
    /// entries also match with a capital first letter ("Cf." for "cf.").
    pub fn abbreviation(&self, text: &str) -> Option<AbbreviationKind> {
        if !self.abbreviation_filter.may_hold(text) {
            return None;
        }
        if let Some(kind) = self.abbreviations.get(text) {
            return Some(*kind);
        }
        let mut chars = text.chars();
        let first = chars.next()?;
        if first.is_uppercase() {
            let rest = chars.as_str();
            let mut buf = [0u8; 32];
            let mut lowered = String::new();
            let lowered: &str = match (first.to_lowercase().next(), first.to_lowercase().len()) {
                // One ASCII or 2-byte letter and a short rest: no allocation.
                (Some(l), 1) if l.len_utf8() + rest.len() <= buf.len() => {
                    let n = l.encode_utf8(&mut buf).len();
                    buf[n..n + rest.len()].copy_from_slice(rest.as_bytes());
                    std::str::from_utf8(&buf[..n + rest.len()]).unwrap_or(text)
                }
                _ => {
                    lowered.extend(first.to_lowercase());
                    lowered.push_str(rest);
                    &lowered
                }
            };
            match self.abbreviations.get(lowered) {
                Some(AbbreviationKind::Title) | None => {}
                Some(kind) => return Some(*kind),
            }
        }
        None
    }

    /// The full word of an elided form written with a straight apostrophe
    /// ("qu'" → "que"), case-insensitive.
    pub fn elision(&self, lower: &str) -> Option<&str> {
        self.elisions.get(lower).map(|w| &**w)
    }

    /// True when `lower` (lowercase, straight apostrophe) is a stopword; an
    /// elided form counts as its full word.
    pub fn is_stopword(&self, lower: &str) -> bool {
        self.stopwords.contains(lower)
            || self
                .elision(lower)
                .is_some_and(|full| self.stopwords.contains(full))
    }

    /// The gender cue of a title or role word (lowercase), if it is one.
    pub fn title(&self, lower: &str) -> Option<Gender> {
        self.titles.get(lower).copied()
    }

    /// The one grammatical gender of a noun for a person whatever the
    /// person's sex ("victime", "témoin"), singular or plural; `None` for
    /// a noun whose article varies with the person ("ministre", "proche").
    pub fn fixed_gender(&self, lower: &str) -> Option<Gender> {
        let g = &self.grammar;
        let singular = lower.strip_suffix('s').unwrap_or(lower);
        if g.fixed_feminine_persons.contains(lower) || g.fixed_feminine_persons.contains(singular) {
            Some(Gender::Feminine)
        } else if g.fixed_masculine_persons.contains(lower)
            || g.fixed_masculine_persons.contains(singular)
        {
            Some(Gender::Masculine)
        } else {
            None
        }
    }

    /// The family of a role noun or phrase (lowercase, straight
    /// apostrophes: "technicien", "représentant de l'état") and whether it
    /// refers back to a person named with another noun of that family.
    pub fn role_family(&self, lower: &str) -> Option<(u16, bool)> {
        self.role_families.get(lower).copied()
    }

    /// The gender of a demonym's form ("uruguayenne": feminine; "belge":
    /// `Unknown`), `None` for a word that is no demonym.
    pub fn demonym(&self, lower: &str) -> Option<Gender> {
        self.demonyms.get(lower).copied()
    }

    /// True when `name` (any case, any accents) is a known news outlet.
    pub fn is_media(&self, name: &str) -> bool {
        let b = name.as_bytes();
        self.media_heads.may_be(b) && with_folded(name, |folded| self.media.contains(folded))
    }

    /// How many of `ends` (increasing byte offsets into `text`, not folded)
    /// the longest known outlet's name opening `text` takes, if one does.
    pub(crate) fn longest_media_prefix(
        &self,
        text: &str,
        ends: impl IntoIterator<Item = usize>,
    ) -> Option<usize> {
        longest_prefix(text, ends, &self.media_heads, self.media_longest, |f| {
            self.media.contains(f)
        })
    }

    /// How many of `ends` the longest known place's or organisation's name
    /// opening `text` takes, if one does (see [`Self::longest_media_prefix`]).
    pub(crate) fn longest_place_or_organisation_prefix(
        &self,
        text: &str,
        ends: impl IntoIterator<Item = usize>,
    ) -> Option<usize> {
        longest_prefix(
            text,
            ends,
            &self.place_org_heads,
            self.place_org_longest,
            |f| self.places.contains(f) || self.organisations.contains(f),
        )
    }

    /// True when `name` (any case, any accents) is a known sports club.
    pub fn is_club(&self, name: &str) -> bool {
        with_folded(name, |folded| self.clubs.contains(folded))
    }

    /// True when `folded` (a [`fold`]ed text) is a known organisation.
    pub fn is_folded_organisation(&self, folded: &str) -> bool {
        self.org_heads.may_be(folded.as_bytes()) && self.organisations.contains(folded)
    }

    /// True when `folded` starts some known organisation's folded name (or
    /// is one): a phrase growing token by token can stop when it is not.
    pub fn is_organisation_prefix(&self, folded: &str) -> bool {
        self.organisation_prefixes.contains(folded)
    }

    /// True when `word` (any case) and a space start some known
    /// organisation's longer name: an acronym that opens names ("SOS" as in
    /// "SOS Racisme", "CGT" as in "CGT Cheminots", a club's "AS").
    pub(crate) fn opens_organisation_names(&self, word: &str) -> bool {
        let mut key = fold(word);
        key.push(' ');
        self.is_organisation_prefix(&key)
    }

    /// False when a phrase starting with `text` (not folded) surely starts
    /// no known organisation's folded name: one bit test, no fold.
    #[inline]
    pub(crate) fn may_start_organisation(&self, text: &[u8]) -> bool {
        self.org_heads.may_hold(text)
    }

    /// True when `name` (any case, any accents) is a known place or a
    /// known organisation's name (folded once for both).
    pub fn is_place_or_organisation(&self, name: &str) -> bool {
        let b = name.as_bytes();
        if !self.place_org_heads.may_be(b) {
            return false;
        }
        with_folded(name, |folded| {
            self.places.contains(folded) || self.organisations.contains(folded)
        })
    }

    /// Whether `name` (any case, any accents, without its article) is a
    /// known place (a country, capital, region, French department or large
    /// city), and whether it is a known organisation's name: one fold for
    /// both.
    pub(crate) fn place_and_organisation(&self, name: &str) -> (bool, bool) {
        let b = name.as_bytes();
        if !self.place_org_heads.may_be(b) {
            return (false, false);
        }
        with_folded(name, |folded| {
            (
                self.places.contains(folded),
                self.organisations.contains(folded),
            )
        })
    }

    /// Adds abbreviations, as written with their period; they end a
    /// sentence only before a capitalised function word, like "etc.".
    pub fn add_abbreviations<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        for w in words {
            let w = w.as_ref().trim();
            if !w.is_empty() {
                self.abbreviation_filter.add(w);
                self.abbreviations
                    .entry(w.into())
                    .or_insert(AbbreviationKind::Other);
            }
        }
        self.rebuild_word_flags();
    }

    /// Adds stopwords (lowercased).
    pub fn add_stopwords<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        for w in words {
            self.stopwords.insert(normalize_entry(w.as_ref()).into());
        }
        self.changed();
    }

    /// The reporting verb a lowercase form belongs to, if any.
    pub fn speech_verb(&self, lower: &str) -> Option<&SpeechVerb> {
        self.speech_verbs.get(lower)
    }

    /// The lemma of a form of a verb that reports only in a construction
    /// ("exclut" -> "exclure", "soulève" -> "soulever"): [`Lexicons::verb_lemmas`].
    pub(crate) fn verb_lemma(&self, lower: &str) -> Option<&str> {
        self.verb_lemmas.get(lower).map(|l| &**l)
    }

    /// Adds speech verbs (speech class), each given as an infinitive
    /// ("gazouiller": all its forms, for the verbs [`crate::conjugate`]
    /// knows), a "form:lemma" pair ("gazouille:gazouiller") or a lone form.
    pub fn add_speech_verbs<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, entries: I) {
        for entry in entries {
            let entry = normalize_entry(entry.as_ref());
            let (form, lemma) = entry.split_once(':').unwrap_or((&entry, &entry));
            let (form, lemma) = (form.trim(), lemma.trim());
            if form.is_empty() {
                continue;
            }
            let forms = if form == lemma {
                crate::conjugate::conjugate(lemma).unwrap_or_else(|| vec![form.to_string()])
            } else {
                vec![form.to_string()]
            };
            for form in forms {
                Arc::make_mut(&mut self.pos).add_verbs(std::iter::once((form.as_str(), lemma)));
                self.speech_verbs.insert(
                    form.into(),
                    SpeechVerb {
                        lemma: lemma.into(),
                        class: VerbClass::Speech,
                    },
                );
            }
        }
        self.rebuild_word_flags();
    }

    /// Removes stopwords (lowercased).
    pub fn remove_stopwords<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        for w in words {
            self.stopwords.remove(normalize_entry(w.as_ref()).as_str());
        }
        self.changed();
    }
}

#[cfg(test)]
mod tests;
