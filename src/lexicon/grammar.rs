//! The phrase lists of `grammar.txt` ([`Grammar`]): each section's entries
//! as a [`WordList`] of single words and multi-word phrases. Separate from
//! `mod.rs` because it is a self-contained type with its own look-ups
//! (`contains`, `match_len`); the other lexicons only hold it.

use super::sections;
use rustc_hash::FxHashMap;

/// The entries of one section of `grammar.txt`: single words, and multi-word
/// entries as token sequences.
#[derive(Debug, Clone, Default)]
pub struct WordList {
    /// Each entry's first word: whether it is an entry by itself, and the
    /// phrases it starts. One look-up tells a text that starts no entry.
    starts: FxHashMap<Box<str>, EntryStart>,
    phrases: Vec<Vec<Box<str>>>,
    /// The first and the last words of the multi-word entries, by their
    /// last byte: bit `n` of `firsts[b]` is set when the first word of
    /// some entry has `n` bytes (63 for more) and ends with byte `b`. A
    /// quick no, before any hash look-up, for the words that open or end
    /// no phrase (most). Empty when the list has no phrase.
    firsts: Vec<u64>,
    lasts: Vec<u64>,
}

/// Marks `word` in a table of [`WordList::firsts`]' kind.
fn mark(table: &mut Vec<u64>, word: &str) {
    if let Some(&last) = word.as_bytes().last() {
        table.resize(256, 0);
        table[usize::from(last)] |= 1 << word.len().min(63);
    }
}

/// Whether `word` may be marked in `table` ([`mark`]).
#[inline]
fn marked(table: &[u64], word: &str) -> bool {
    word.as_bytes().last().is_some_and(|&last| {
        table
            .get(usize::from(last))
            .is_some_and(|bits| bits >> word.len().min(63) & 1 != 0)
    })
}

/// What starts with one word of a [`WordList`].
#[derive(Debug, Clone, Default)]
struct EntryStart {
    /// The word is an entry.
    word: bool,
    /// The phrases it starts (indices into `phrases`, in file order).
    phrases: Vec<u32>,
}

impl WordList {
    fn insert(&mut self, entry: &str) {
        if entry.contains(' ') {
            let phrase: Vec<Box<str>> = entry.split(' ').map(Into::into).collect();
            mark(&mut self.firsts, &phrase[0]);
            mark(&mut self.lasts, &phrase[phrase.len() - 1]);
            let index = self.phrases.len() as u32;
            self.starts
                .entry(phrase[0].clone())
                .or_default()
                .phrases
                .push(index);
            self.phrases.push(phrase);
        } else {
            self.starts.entry(entry.into()).or_default().word = true;
        }
    }

    /// Whether `word` is a single-word entry.
    pub fn contains(&self, word: &str) -> bool {
        self.starts.get(word).is_some_and(|s| s.word)
    }

    /// False when no multi-word entry starts with `word` (true when one may:
    /// [`WordList::match_len`] tells).
    #[inline]
    pub fn may_open_phrase(&self, word: &str) -> bool {
        marked(&self.firsts, word)
    }

    /// False when no multi-word entry ends with `word` (true when one may).
    #[inline]
    pub fn may_close_phrase(&self, word: &str) -> bool {
        marked(&self.lasts, word)
    }

    /// The number of words of the longest entry that `words` starts with
    /// (single words first), or 0.
    pub fn match_len<'a>(&self, words: impl Iterator<Item = &'a str> + Clone) -> usize {
        let Some(start) = words
            .clone()
            .next()
            .and_then(|first| self.starts.get(first))
        else {
            return 0;
        };
        let mut best = 0;
        for &i in &start.phrases {
            let phrase = &self.phrases[i as usize];
            if phrase.len() > best
                && words
                    .clone()
                    .take(phrase.len())
                    .eq(phrase.iter().map(|w| &**w))
            {
                best = phrase.len();
            }
        }
        if best == 0 && start.word {
            best = 1;
        }
        best
    }
}

/// The sections of `grammar.txt` whose multi-word entries the rules match
/// as phrases ([`WordList::match_len`]), and the small lists read by word
/// ([`WordList::contains`]); the single words of the sections listed in
/// [`word::SECTIONS`] are word classes.
#[derive(Debug, Clone, Default)]
pub struct Grammar {
    /// Adverbs and adverbial phrases inside a verb group ("pour sa part").
    pub adverbs: WordList,
    /// Speech nouns ("mise en garde").
    pub speech_nouns: WordList,
    /// Nouns an outlet is referred back to by ("le journal", "le site").
    pub outlet_nouns: WordList,
    /// Nouns a sports club is referred back to by ("le club").
    pub club_nouns: WordList,
    /// Nouns for a firm or body that, bare and definite, refer back to the
    /// organisation just named ("Cardelle … Le groupe a précisé").
    pub firm_nouns: WordList,
    /// Words that head a local newspaper's title ("L'Écho de X").
    pub outlet_title_words: WordList,
    /// Words that open a topic before a colon ("Sur les subventions : « … »").
    pub topic_openers: WordList,
    /// Family words that address someone at the end of a dialogue turn
    /// ("Grâce à toi, papa !"): the speaker of the turn it answers.
    pub address_nouns: WordList,
    /// Small closed lists the rules read by their words, with no word-class
    /// bit (the 128 bits of [`super::word::Classes`] are taken): the
    /// adverbs inside a first-person agreement ("je suis vraiment fière").
    pub agreement_adverbs: WordList,
    /// "suis", "reste": first-person copulas ("je suis fière").
    pub first_singular_copulas: WordList,
    /// "suis", "étais": a reflexive's auxiliary ("je me suis sentie").
    pub first_singular_etre_aux: WordList,
    /// "ai", "aurais": before "été" ("j'ai été menacé").
    pub first_singular_avoir: WordList,
    /// "sens": "je me sens trahie".
    pub first_singular_sentir: WordList,
    /// "veille", "lendemain": a time phrase with an article alone.
    pub relative_day_nouns: WordList,
    /// "dernier", "passée": a time noun dated ("la semaine dernière").
    pub dating_adjectives: WordList,
    /// "est", "était": "être" in the third-person singular.
    pub etre_third_singular: WordList,
    /// "victime", "recrue": a noun for a person that is feminine whatever
    /// the person's sex (its article is no cue about the person).
    pub fixed_feminine_persons: WordList,
    /// "témoin", "individu": the same, masculine.
    pub fixed_masculine_persons: WordList,
    /// "non", "pas": a negation before a corrected term ("et non « Y »").
    pub fragment_negations: WordList,
    /// "entretien", "interview": a lead's nouns announcing an interview.
    pub interview_nouns: WordList,
    /// "rencontré", "rencontrée": met by the interviewer ("rencontrée par nous").
    pub meeting_participles: WordList,
    /// "son", "sa", "ses", "leur", "leurs": a possessive naming an owner.
    pub third_person_possessives: WordList,
    /// "an", "ans": an age after a number ("l'attaquant de 24 ans").
    pub age_nouns: WordList,
    /// "un peu": a degree phrase before an incise's adjective.
    pub degree_phrases: WordList,
    /// "brigade", "corvette", "escadron": a rank's "de" complement ("le
    /// général de brigade X", "le chef d'escadron X").
    pub rank_complements: WordList,
    /// "usage", "régions": what "selon" makes something vary with.
    pub depending_on: WordList,
    /// "possibilité", "espoir": a noun whose que-clause holds what the
    /// subject of a reporting verb before it said ("a exprimé l'espoir que").
    pub content_nouns: WordList,
    /// "exprimer", "évoquer", "part" (of "faire part de"): the lemmas that
    /// report a content noun's que-clause.
    pub content_noun_verbs: WordList,
    /// "éprouvait", "avait": a verb whose object a content noun is, making
    /// the "que" after that noun a relative ("la crainte qu'elle éprouvait").
    pub content_noun_holders: WordList,
    /// "plusieurs", "l'un", "la plupart": a quantifier whose "de" phrase
    /// holds the head of its noun phrase ("plusieurs de ses proches").
    pub partitive_quantifiers: WordList,
    /// "selon", "d'après": the source prepositions, as the tokens they make
    /// ("d'" and "après"); the section's entries are also the cue lemmas of
    /// [`crate::lexicon::word::SOURCE_PREPOSITION`].
    pub source_prepositions: WordList,
    /// "catégorique", "claire": an adjective whose copula and colon
    /// introduce what the subject said ("a été claire : …").
    pub speech_adjectives: WordList,
    /// "est", "été", "montrée", "veut": the copulas before them.
    pub speech_copulas: WordList,
    /// "a", "s'", "se": an auxiliary or reflexive clitic before those.
    pub speech_copula_leads: WordList,
}

impl Grammar {
    pub(super) fn parse(source: &str) -> Self {
        let mut g = Grammar::default();
        for (section, entry) in sections(source) {
            match section {
                "adverbs" => g.adverbs.insert(entry),
                "speech_nouns" => g.speech_nouns.insert(entry),
                "outlet_nouns" => g.outlet_nouns.insert(entry),
                "club_nouns" => g.club_nouns.insert(entry),
                "firm_nouns" => g.firm_nouns.insert(entry),
                "outlet_title_words" => g.outlet_title_words.insert(entry),
                "topic_openers" => g.topic_openers.insert(entry),
                "address_nouns" => g.address_nouns.insert(entry),
                "agreement_adverbs" => g.agreement_adverbs.insert(entry),
                "first_singular_copulas" => g.first_singular_copulas.insert(entry),
                "first_singular_etre_aux" => g.first_singular_etre_aux.insert(entry),
                "first_singular_avoir" => g.first_singular_avoir.insert(entry),
                "first_singular_sentir" => g.first_singular_sentir.insert(entry),
                "relative_day_nouns" => g.relative_day_nouns.insert(entry),
                "dating_adjectives" => g.dating_adjectives.insert(entry),
                "etre_third_singular" => g.etre_third_singular.insert(entry),
                "fixed_feminine_persons" => g.fixed_feminine_persons.insert(entry),
                "fixed_masculine_persons" => g.fixed_masculine_persons.insert(entry),
                "fragment_negations" => g.fragment_negations.insert(entry),
                "interview_nouns" => g.interview_nouns.insert(entry),
                "meeting_participles" => g.meeting_participles.insert(entry),
                "third_person_possessives" => g.third_person_possessives.insert(entry),
                "age_nouns" => g.age_nouns.insert(entry),
                "degree_phrases" => g.degree_phrases.insert(entry),
                "rank_complements" => g.rank_complements.insert(entry),
                "depending_on" => g.depending_on.insert(entry),
                "content_nouns" => g.content_nouns.insert(entry),
                "content_noun_verbs" => g.content_noun_verbs.insert(entry),
                "content_noun_holders" => g.content_noun_holders.insert(entry),
                "partitive_quantifiers" => g.partitive_quantifiers.insert(entry),
                "speech_adjectives" => g.speech_adjectives.insert(entry),
                // The tokenizer splits an elided word from the next one.
                "source_prepositions" => g.source_prepositions.insert(&entry.replace('\'', "' ")),
                "speech_copulas" => g.speech_copulas.insert(entry),
                "speech_copula_leads" => g.speech_copula_leads.insert(entry),
                _ => {}
            }
        }
        g
    }
}
