//! The lexicons: plain text files in `src/lexicons/`, compiled in with
//! `include_str!`, one entry a line, `#` comments.
//!
//! Each file's header gives its source and licence. The built-in set is parsed
//! once per process; an [`crate::Analyzer`] adds the user's extra entries on
//! top of a copy.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, OnceLock};

/// The raw lexicon files, as compiled into the crate.
pub mod files {
    /// Abbreviations, in `=title` and `=other` sections.
    pub const ABBREVIATIONS: &str = include_str!("lexicons/abbreviations.txt");
    /// Elided form, tab, full word.
    pub const ELISIONS: &str = include_str!("lexicons/elisions.txt");
    /// Clitic pronouns split off after a hyphen.
    pub const CLITICS: &str = include_str!("lexicons/clitics.txt");
    /// Words kept whole despite the elision and clitic rules.
    pub const TOKENIZER_KEEP: &str = include_str!("lexicons/tokenizer_keep.txt");
    /// Stopwords.
    pub const STOPWORDS: &str = include_str!("lexicons/stopwords.txt");
    /// Titles and roles, tab, gender.
    pub const TITLES: &str = include_str!("lexicons/titles.txt");
    /// News agencies and outlets.
    pub const MEDIA: &str = include_str!("lexicons/media.txt");
    /// Place names: countries, capitals, regions, departments, large cities.
    pub const PLACES: &str = include_str!("lexicons/places.txt");
    /// Institutions, international bodies, NGOs, parties and platforms.
    pub const ORGANISATIONS: &str = include_str!("lexicons/organisations.txt");
    /// Speech verbs: form, tab, lemma, tab, class.
    pub const SPEECH_VERBS: &str = include_str!("lexicons/speech_verbs.txt");
    /// Closed-class words for the quote rules, in sections.
    pub const GRAMMAR: &str = include_str!("lexicons/grammar.txt");
}

/// The non-comment, non-blank lines of a lexicon file, trimmed.
pub fn entries(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

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
}

/// One inflected form of a reporting verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechVerb {
    /// The infinitive ("déclarer" for "déclaré").
    pub lemma: Box<str>,
    /// Speech or opinion.
    pub class: VerbClass,
}

/// Bit flags of a lowercase word's classes, read with one look-up
/// ([`Lexicons::word_flags`]).
pub mod word {
    /// In the `determiners` section of grammar.txt.
    pub const DETERMINER: u32 = 1 << 0;
    /// In the `subject_pronouns` section of grammar.txt.
    pub const SUBJECT_PRONOUN: u32 = 1 << 1;
    /// In the `object_clitics` section of grammar.txt.
    pub const OBJECT_CLITIC: u32 = 1 << 2;
    /// In the `auxiliaries` section of grammar.txt.
    pub const AUXILIARY: u32 = 1 << 3;
    /// In the `adverbs` section of grammar.txt.
    pub const ADVERB: u32 = 1 << 4;
    /// In the `negations` section of grammar.txt.
    pub const NEGATION: u32 = 1 << 5;
    /// In the `subordinators` section of grammar.txt.
    pub const SUBORDINATOR: u32 = 1 << 6;
    /// In the `prepositions` section of grammar.txt.
    pub const PREPOSITION: u32 = 1 << 7;
    /// In the `org_nouns` section of grammar.txt.
    pub const ORG_NOUN: u32 = 1 << 8;
    /// In the `naming_words` section of grammar.txt.
    pub const NAMING_WORD: u32 = 1 << 9;
    /// In the `speech_nouns` section of grammar.txt.
    pub const SPEECH_NOUN: u32 = 1 << 10;
    /// In the `faire_complements` section of grammar.txt.
    pub const FAIRE_COMPLEMENT: u32 = 1 << 11;
    /// In the `anonymous_heads` section of grammar.txt.
    pub const ANONYMOUS_HEAD: u32 = 1 << 12;
    /// In the `faire_forms` section of grammar.txt.
    pub const FAIRE_FORM: u32 = 1 << 13;
    /// In the `clitic_subjects` section of grammar.txt.
    pub const CLITIC_SUBJECT: u32 = 1 << 14;
    /// In the `depending_on` section of grammar.txt.
    pub const DEPENDING_ON: u32 = 1 << 15;
    /// In the `relay_verbs` section of grammar.txt.
    pub const RELAY_VERB: u32 = 1 << 16;
    /// An inflected reporting verb.
    pub const SPEECH_VERB: u32 = 1 << 17;
    /// A title or role.
    pub const TITLE: u32 = 1 << 18;
    /// An abbreviation (lowercased).
    pub const ABBREVIATION: u32 = 1 << 19;
    /// A word of some media outlet's name ("reuters", "monde").
    pub const MEDIA_WORD: u32 = 1 << 20;
    /// In the shipped stopwords.txt (not the analyzer's edited list): a
    /// function word, which never starts a name when it opens a clause.
    pub const FUNCTION_WORD: u32 = 1 << 21;
    /// In the `narrative_past` section of grammar.txt (passé simple).
    pub const NARRATIVE_PAST: u32 = 1 << 22;
}

/// A closed word class of `grammar.txt`: single words, and multi-word
/// entries as token sequences.
#[derive(Debug, Clone, Default)]
pub struct WordClass {
    words: FxHashSet<Box<str>>,
    phrases: Vec<Vec<Box<str>>>,
}

impl WordClass {
    fn insert(&mut self, entry: &str) {
        if entry.contains(' ') {
            self.phrases
                .push(entry.split(' ').map(Into::into).collect());
        } else {
            self.words.insert(entry.into());
        }
    }

    /// True when the lowercase word is in the class.
    #[inline]
    pub fn contains(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// The number of words of the longest entry that `words` starts with
    /// (single words first), or 0.
    pub fn match_len<'a>(&self, words: impl Iterator<Item = &'a str> + Clone) -> usize {
        let mut best = 0;
        for phrase in &self.phrases {
            if phrase.len() > best
                && words
                    .clone()
                    .take(phrase.len())
                    .eq(phrase.iter().map(|w| &**w))
            {
                best = phrase.len();
            }
        }
        if best == 0 && words.clone().next().is_some_and(|w| self.words.contains(w)) {
            best = 1;
        }
        best
    }
}

/// The sections of `grammar.txt`.
#[derive(Debug, Clone, Default)]
#[allow(missing_docs)]
pub struct Grammar {
    pub determiners: WordClass,
    pub subject_pronouns: WordClass,
    pub object_clitics: WordClass,
    pub auxiliaries: WordClass,
    pub adverbs: WordClass,
    pub negations: WordClass,
    pub subordinators: WordClass,
    pub prepositions: WordClass,
    pub org_nouns: WordClass,
    pub naming_words: WordClass,
    pub speech_nouns: WordClass,
    pub faire_complements: WordClass,
    pub anonymous_heads: WordClass,
    pub faire_forms: WordClass,
    pub clitic_subjects: WordClass,
    pub depending_on: WordClass,
    pub relay_verbs: WordClass,
    pub narrative_past: WordClass,
}

impl Grammar {
    fn parse(source: &str) -> Self {
        let mut g = Grammar::default();
        let mut section: Option<&mut WordClass> = None;
        for line in entries(source) {
            if let Some(name) = line.strip_prefix('=') {
                section = match name {
                    "determiners" => Some(&mut g.determiners),
                    "subject_pronouns" => Some(&mut g.subject_pronouns),
                    "object_clitics" => Some(&mut g.object_clitics),
                    "auxiliaries" => Some(&mut g.auxiliaries),
                    "adverbs" => Some(&mut g.adverbs),
                    "negations" => Some(&mut g.negations),
                    "subordinators" => Some(&mut g.subordinators),
                    "prepositions" => Some(&mut g.prepositions),
                    "org_nouns" => Some(&mut g.org_nouns),
                    "naming_words" => Some(&mut g.naming_words),
                    "speech_nouns" => Some(&mut g.speech_nouns),
                    "faire_complements" => Some(&mut g.faire_complements),
                    "anonymous_heads" => Some(&mut g.anonymous_heads),
                    "faire_forms" => Some(&mut g.faire_forms),
                    "clitic_subjects" => Some(&mut g.clitic_subjects),
                    "depending_on" => Some(&mut g.depending_on),
                    "relay_verbs" => Some(&mut g.relay_verbs),
                    "narrative_past" => Some(&mut g.narrative_past),
                    _ => None,
                };
            } else if let Some(class) = section.as_deref_mut() {
                class.insert(line);
            }
        }
        g
    }
}

/// All lexicons an analyzer uses.
#[derive(Debug, Clone)]
pub struct Lexicons {
    pub(crate) abbreviations: FxHashMap<Box<str>, AbbreviationKind>,
    pub(crate) elisions: FxHashMap<Box<str>, Box<str>>,
    pub(crate) clitics: FxHashSet<Box<str>>,
    pub(crate) keep_whole: FxHashSet<Box<str>>,
    pub(crate) stopwords: FxHashSet<Box<str>>,
    pub(crate) titles: FxHashMap<Box<str>, Gender>,
    pub(crate) media: FxHashSet<Box<str>>,
    /// Folded place names.
    pub(crate) places: FxHashSet<Box<str>>,
    /// Folded organisation names.
    pub(crate) organisations: FxHashSet<Box<str>>,
    pub(crate) speech_verbs: FxHashMap<Box<str>, SpeechVerb>,
    pub(crate) grammar: Grammar,
    /// Every single word of the lexicons above, with its class bits.
    pub(crate) word_flags: FxHashMap<Box<str>, u32>,
    /// Changes whenever the word lists change, so that per-thread caches of
    /// lexicon facts (stopword, class bits) know when to look again.
    pub(crate) version: u64,
}

/// A fresh lexicon version: unique in the process.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

fn parse_abbreviations(source: &str, into: &mut FxHashMap<Box<str>, AbbreviationKind>) {
    let mut kind = AbbreviationKind::Other;
    for line in entries(source) {
        match line {
            "=title" => kind = AbbreviationKind::Title,
            "=other" => kind = AbbreviationKind::Other,
            "=word" => kind = AbbreviationKind::Word,
            _ => {
                into.insert(line.into(), kind);
            }
        }
    }
}

fn parse_gender(code: &str) -> Gender {
    match code {
        "m" => Gender::Masculine,
        "f" => Gender::Feminine,
        _ => Gender::Unknown,
    }
}

/// Folds case and accents for name matching: "Tokaïev" and "TOKAIEV" agree.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Fast path: ASCII and the Latin-1 letters of French, without NFD.
    let mut out = String::with_capacity(text.len());
    let mut simple = true;
    for c in text.chars() {
        let folded = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'À'..='Å' | 'à'..='å' => 'a',
            'Ç' | 'ç' => 'c',
            'È'..='Ë' | 'è'..='ë' => 'e',
            'Ì'..='Ï' | 'ì'..='ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ò'..='Ö' | 'ò'..='ö' => 'o',
            'Ù'..='Ü' | 'ù'..='ü' => 'u',
            'Ý' | 'ý' | 'ÿ' => 'y',
            '’' | 'ʼ' | '‘' => '\'',
            _ if c.is_ascii() => c,
            _ => {
                simple = false;
                break;
            }
        };
        out.push(folded);
    }
    if simple {
        return out;
    }
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(straight_apostrophe)
        .collect()
}

impl Lexicons {
    fn parse() -> Self {
        let mut abbreviations = FxHashMap::default();
        parse_abbreviations(files::ABBREVIATIONS, &mut abbreviations);
        let elisions = entries(files::ELISIONS)
            .filter_map(|l| l.split_once('\t'))
            .map(|(e, w)| (e.trim().into(), w.trim().into()))
            .collect();
        let titles = entries(files::TITLES)
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, g)| (w.trim().into(), parse_gender(g.trim())))
            .collect();
        let mut lex = Lexicons {
            abbreviations,
            elisions,
            clitics: entries(files::CLITICS).map(Into::into).collect(),
            keep_whole: entries(files::TOKENIZER_KEEP).map(Into::into).collect(),
            stopwords: entries(files::STOPWORDS).map(Into::into).collect(),
            titles,
            media: entries(files::MEDIA).map(|m| fold(m).into()).collect(),
            places: entries(files::PLACES)
                .filter(|l| !l.starts_with("=="))
                .map(|m| fold(m).into())
                .collect(),
            organisations: entries(files::ORGANISATIONS)
                .map(|m| fold(m).into())
                .collect(),
            speech_verbs: entries(files::SPEECH_VERBS)
                .filter_map(parse_speech_verb)
                .collect(),
            grammar: Grammar::parse(files::GRAMMAR),
            word_flags: FxHashMap::default(),
            version: 0,
        };
        lex.rebuild_word_flags();
        lex
    }

    /// Recomputes the merged word-class table after a lexicon changed.
    fn rebuild_word_flags(&mut self) {
        let mut flags: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let g = &self.grammar;
        let classes = [
            (&g.determiners, word::DETERMINER),
            (&g.subject_pronouns, word::SUBJECT_PRONOUN),
            (&g.object_clitics, word::OBJECT_CLITIC),
            (&g.auxiliaries, word::AUXILIARY),
            (&g.adverbs, word::ADVERB),
            (&g.negations, word::NEGATION),
            (&g.subordinators, word::SUBORDINATOR),
            (&g.prepositions, word::PREPOSITION),
            (&g.org_nouns, word::ORG_NOUN),
            (&g.naming_words, word::NAMING_WORD),
            (&g.speech_nouns, word::SPEECH_NOUN),
            (&g.faire_complements, word::FAIRE_COMPLEMENT),
            (&g.anonymous_heads, word::ANONYMOUS_HEAD),
            (&g.faire_forms, word::FAIRE_FORM),
            (&g.clitic_subjects, word::CLITIC_SUBJECT),
            (&g.depending_on, word::DEPENDING_ON),
            (&g.relay_verbs, word::RELAY_VERB),
            (&g.narrative_past, word::NARRATIVE_PAST),
        ];
        for (class, bit) in classes {
            for w in &class.words {
                *flags.entry(w.clone()).or_default() |= bit;
            }
        }
        for w in self.speech_verbs.keys() {
            *flags.entry(w.clone()).or_default() |= word::SPEECH_VERB;
        }
        for w in entries(files::STOPWORDS) {
            *flags.entry(w.into()).or_default() |= word::FUNCTION_WORD;
        }
        for w in self.titles.keys() {
            *flags.entry(w.clone()).or_default() |= word::TITLE;
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
        self.version = next_version();
    }

    /// The class bits ([`word`]) of a lowercase word; 0 for an open-class word.
    #[inline]
    pub fn word_flags(&self, lower: &str) -> u32 {
        self.word_flags.get(lower).copied().unwrap_or(0)
    }

    /// The built-in lexicons, parsed once per process.
    pub fn builtin() -> Arc<Lexicons> {
        static BUILTIN: OnceLock<Arc<Lexicons>> = OnceLock::new();
        BUILTIN.get_or_init(|| Arc::new(Lexicons::parse())).clone()
    }

    /// The abbreviation class of a token text, if it is one. Lowercase
    /// entries also match with a capital first letter ("Cf." for "cf.").
    pub fn abbreviation(&self, text: &str) -> Option<AbbreviationKind> {
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

    /// True when `name` (any case, any accents) is a known news outlet.
    pub fn is_media(&self, name: &str) -> bool {
        self.media.contains(fold(name).as_str())
    }

    /// True when `name` (any case, any accents) is a known institution,
    /// international body, NGO, party or platform.
    pub fn is_organisation(&self, name: &str) -> bool {
        self.organisations.contains(fold(name).as_str())
    }

    /// True when `name` (any case, any accents, without its article) is a
    /// known place: a country, capital, region, French department or large
    /// city.
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(fold(name).as_str())
    }

    /// Adds abbreviations, as written with their period; they end a
    /// sentence only before a capitalised function word, like "etc.".
    pub fn add_abbreviations<I: IntoIterator<Item = S>, S: AsRef<str>>(&mut self, words: I) {
        for w in words {
            let w = w.as_ref().trim();
            if !w.is_empty() {
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
        self.version = next_version();
    }

    /// The reporting verb a lowercase form belongs to, if any.
    pub fn speech_verb(&self, lower: &str) -> Option<&SpeechVerb> {
        self.speech_verbs.get(lower)
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
        self.version = next_version();
    }
}

fn parse_speech_verb(line: &str) -> Option<(Box<str>, SpeechVerb)> {
    let mut fields = line.split('\t');
    let form = fields.next()?.trim();
    let lemma = fields.next()?.trim();
    let class = match fields.next().map(str::trim) {
        Some("opinion") => VerbClass::Opinion,
        _ => VerbClass::Speech,
    };
    Some((
        form.into(),
        SpeechVerb {
            lemma: lemma.into(),
            class,
        },
    ))
}

/// The typographic apostrophes (’ ʼ ‘) as a straight one.
fn straight_apostrophe(c: char) -> char {
    if matches!(c, '’' | 'ʼ' | '‘') {
        '\''
    } else {
        c
    }
}

/// Lowercases a user entry and writes its apostrophes straight.
pub(crate) fn normalize_entry(word: &str) -> String {
    word.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(straight_apostrophe)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicons_parse() {
        let lex = Lexicons::builtin();
        assert_eq!(lex.abbreviation("M."), Some(AbbreviationKind::Title));
        assert_eq!(lex.abbreviation("etc."), Some(AbbreviationKind::Other));
        assert_eq!(lex.abbreviation("Cf."), Some(AbbreviationKind::Other));
        assert_eq!(lex.abbreviation("fin."), None);
        assert_eq!(lex.elision("qu'"), Some("que"));
        assert!(lex.is_stopword("l'"));
        assert!(lex.is_stopword("les"));
        assert!(!lex.is_stopword("kazakhstan"));
        assert_eq!(lex.title("présidente"), Some(Gender::Feminine));
        assert!(lex.is_media("Reuters"));
        assert!(lex.is_media("l'obs") || lex.is_media("L’Obs"));
        for place in [
            "Syrie",
            "États-Unis",
            "Etats-Unis",
            "PARIS",
            "Corse-du-Sud",
            "Moscou",
        ] {
            assert!(lex.is_place(place), "{place}");
        }
        assert!(!lex.is_place("Poutine") && !lex.is_place("Victoria"));
        assert!(lex.is_organisation("Reporters sans frontières") && lex.is_organisation("ONU"));
        assert_eq!(&*lex.speech_verb("déclaré").unwrap().lemma, "déclarer");
        assert_eq!(lex.speech_verb("estime").unwrap().class, VerbClass::Opinion);
        assert!(lex.speech_verb("est").is_none());
        let g = &lex.grammar;
        assert!(g.determiners.contains("les") && g.auxiliaries.contains("a"));
        assert_eq!(
            g.adverbs.match_len(["pour", "sa", "part", "x"].into_iter()),
            3
        );
        assert_eq!(g.adverbs.match_len(["ensuite", "x"].into_iter()), 1);
        assert_eq!(g.adverbs.match_len(["x"].into_iter()), 0);
    }

    #[test]
    fn fold_strips_accents_and_case() {
        assert_eq!(fold("Tokaïev"), "tokaiev");
        assert_eq!(fold("L’État"), "l'etat");
    }
}
