//! The tagger's tables, read from the blob the build script computes from
//! `pos_lexicon.txt` and `pos_model.txt` (`tables`), grown by the lexicons'
//! verbs and nouns, and the look-ups of a word's candidates. The Viterbi
//! decoder that walks them is [`decode`], apart because it is the hot loop
//! of tagging, tuned on its own, while this file builds and asks the tables.

use super::tables::{Reader, FLOOR, MAX_CANDIDATES, ROW, ROWS};
use super::{Morph, Tag, TagInput, Tagged, WordPos, N_TAGS};
use crate::token::TokenKind;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The tables, computed at build time (`build.rs`, `tables::encode`).
pub(super) static TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/pos_tables.bin"));

/// Letters of the longest suffix the model knows.
const MAX_SUFFIX: usize = 5;
const CANDIDATE_MASK: usize = MAX_CANDIDATES - 1;
const ROW_MASK: usize = ROW - 1;
const ROWS_MASK: usize = ROWS - 1;

/// One candidate tag of a word, with its log emission score.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    tag: Tag,
    morph: Morph,
    score: f32,
}

/// The tagger: candidate lists and transition scores.
#[derive(Debug, Clone)]
pub(crate) struct PosModel {
    /// Lowercase form -> candidate list.
    /// (The treebanks' forms borrow the embedded blob; only the verb forms
    /// added at start-up are owned.)
    lexicon: FxHashMap<Cow<'static, str>, u32>,
    /// Suffix -> candidate list, for lowercase and capitalised words.
    suffixes: [FxHashMap<&'static str, u32>; 2],
    /// Role nouns the treebanks lack (`add_nouns`): the candidate list of
    /// the lowercase form; capitalised, the form keeps its suffix guess
    /// (a surname: "Louis Pasteur", "Jean Cousin").
    nouns: FxHashMap<Box<str>, u32>,
    /// Candidate lists: `(start, len)` into `candidates`.
    lists: Vec<(u32, u32)>,
    candidates: Vec<Candidate>,
    /// The lists again, as the decoder reads them (`Packed`), by id.
    packed: Vec<Packed>,
    /// Log P(c | a, b): row `a * ROW + b`, column `c`, the sentence start
    /// being state `N_TAGS` (rows and columns padded to powers of two, so
    /// that a masked index needs no bounds check).
    transitions: Box<[[f32; ROW]; ROWS]>,
    /// Log emission of a verb (finite, infinitive, past participle) seen once.
    verb_hapax: [f32; 3],
    /// Lists below this id come from the treebanks' lexicon.
    trained: u32,
    /// The sentence start's one-state list.
    bos: u32,
    /// Lists for token kinds that need no look-up.
    number: u32,
    punct: u32,
    symbol: u32,
    name: u32,
}

/// A candidate list laid out for the decoder's inner loop: each
/// candidate's state index (its tag; `N_TAGS` for the sentence start),
/// emission score and reading, in fixed arrays read with a masked index
/// (no bounds check, no indirection through `lists`). One record fills one
/// cache line (57 bytes aligned to 64): unaligned, most records straddled
/// two lines, two cache misses for a word whose list is not in the cache.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Packed {
    len: u8,
    /// A candidate is a proper noun (`seen_as_name_of`).
    npp: bool,
    states: [u8; MAX_CANDIDATES],
    emit: [f32; MAX_CANDIDATES],
    tagged: [Tagged; MAX_CANDIDATES],
}

/// Whether `form` has the ending of a first-group past participle:
/// "-é", "-ée", "-és", "-ées".
pub(crate) fn ends_like_participle(form: &str) -> bool {
    form.ends_with('é') || form.ends_with("ée") || form.ends_with("és") || form.ends_with("ées")
}

/// True when `form` is a past participle of `lemma` by the regular
/// endings: "-é(e)(s)" for any verb, and for a verb in "-ir" its stem and
/// "-i(e)(s)" ("démentir" -> "démenti", "garanties").
fn is_participle_form(form: &str, lemma: &str) -> bool {
    if ends_like_participle(form) {
        return true;
    }
    let base = form
        .strip_suffix("es")
        .or_else(|| form.strip_suffix('e'))
        .or_else(|| form.strip_suffix('s'))
        .unwrap_or(form);
    lemma
        .strip_suffix('r')
        .is_some_and(|stem| stem.ends_with('i') && base == stem)
}

impl PosModel {
    /// Builds the model from the tables computed at build time; forms of
    /// `verbs` (form, lemma) that the lexicon lacks become verbs.
    pub(crate) fn builtin<'a>(verbs: impl Iterator<Item = (&'a str, &'a str)>) -> PosModel {
        let mut m = PosModel {
            lexicon: FxHashMap::default(),
            suffixes: [FxHashMap::default(), FxHashMap::default()],
            nouns: FxHashMap::default(),
            lists: Vec::new(),
            candidates: Vec::new(),
            packed: Vec::new(),
            transitions: Box::new([[FLOOR; ROW]; ROWS]),
            trained: 0,
            bos: 0,
            verb_hapax: [FLOOR; 3],
            number: 0,
            punct: 0,
            symbol: 0,
            name: 0,
        };
        let mut r = Reader::new(TABLES);
        let n_lists = r.u32() as usize;
        m.lists.reserve(n_lists + 64);
        m.packed.reserve(n_lists + 64);
        m.candidates.reserve(n_lists * 3);
        let mut list = Vec::with_capacity(MAX_CANDIDATES);
        for _ in 0..n_lists {
            list.clear();
            for _ in 0..r.u8() {
                let tag = super::TAGS
                    .get(usize::from(r.u8()))
                    .copied()
                    .unwrap_or_default();
                let morph = Morph(r.u8());
                let score = r.f32();
                list.push(Candidate { tag, morph, score });
            }
            m.push_list(&mut list);
        }
        for row in m.transitions.iter_mut() {
            for x in row.iter_mut() {
                *x = r.f32();
            }
        }
        // Log emission of a word seen once, by tag.
        let rare: [f32; N_TAGS] = std::array::from_fn(|_| r.f32());
        let n_forms = r.u32();
        m.lexicon.reserve(n_forms as usize + 1024);
        for _ in 0..n_forms {
            let (form, id) = (r.key(), r.u32());
            m.lexicon.insert(Cow::Borrowed(form), id);
        }
        m.trained = n_forms;
        for slot in &mut m.suffixes {
            let n = r.u32();
            slot.reserve(n as usize);
            for _ in 0..n {
                let (suffix, id) = (r.key(), r.u32());
                slot.insert(suffix, id);
            }
        }
        m.verb_hapax = [Tag::V, Tag::VInf, Tag::Vpp].map(|t| rare[t as usize]);
        m.add_verbs(verbs);
        let single = |m: &mut PosModel, tag: Tag| {
            m.push_list(&mut [Candidate {
                tag,
                morph: Morph::default(),
                score: rare[tag as usize],
            }])
        };
        m.number = single(&mut m, Tag::Num);
        m.punct = single(&mut m, Tag::Ponct);
        m.symbol = single(&mut m, Tag::Sym);
        m.name = single(&mut m, Tag::Npp);
        // The sentence start: a list whose one candidate has state N_TAGS.
        m.bos = single(&mut m, Tag::X);
        let bos = &mut m.packed[m.bos as usize];
        bos.states[0] = N_TAGS as u8;
        bos.emit[0] = 0.0;
        m
    }

    /// Makes verbs of reporting-verb forms: a form the treebanks lack takes
    /// its suffix guess kept to verb readings (a noun or adjective
    /// homograph the treebanks would have shown); a form they saw only as a
    /// noun or name ("jura", the Jura) gains a verb reading as rare as a
    /// word seen once: an infinitive for the lemma, a past participle for a
    /// participle form ("démenti", "communiqué", "résumé": after "a" the
    /// context then reads the verb), a finite verb otherwise. `verbs` gives
    /// each form with its lemma.
    pub(crate) fn add_verbs<'a>(&mut self, verbs: impl Iterator<Item = (&'a str, &'a str)>) {
        // One buffer for every verb's list, not a vector or two per verb.
        let mut list: Vec<Candidate> = Vec::with_capacity(MAX_CANDIDATES + 1);
        for (form, lemma) in verbs {
            let infinitive = form == lemma;
            let (tag, hapax) = if infinitive {
                (Tag::VInf, self.verb_hapax[1])
            } else if is_participle_form(form, lemma) {
                (Tag::Vpp, self.verb_hapax[2])
            } else {
                (Tag::V, self.verb_hapax[0])
            };
            let rare = Candidate {
                tag,
                morph: Morph::default(),
                score: hapax,
            };
            list.clear();
            match self.lexicon.get(form) {
                Some(&id) if self.list(id).iter().any(|c| c.tag.is_verb()) => continue,
                Some(&id) => {
                    list.extend_from_slice(self.list(id));
                    list.push(rare);
                }
                None if infinitive => list.push(rare),
                None => {
                    let guess = self.suffix_list(form, 0);
                    list.extend(self.list(guess).iter().copied().filter(|c| c.tag.is_verb()));
                    if list.is_empty() {
                        list.push(rare);
                    }
                }
            }
            let id = self.push_list(&mut list);
            self.lexicon.insert(Cow::Owned(form.into()), id);
        }
    }

    /// Gives a noun reading to role nouns the treebanks lack (titles.txt:
    /// "procureure", "ingénieure", "historienne", "délégué"), as likely as
    /// the best of their suffix guess, so that the context decides: "la
    /// procureure de …" is a noun, not an adjective for want of data.
    pub(crate) fn add_nouns<'a>(&mut self, nouns: impl Iterator<Item = &'a str>) {
        for form in nouns {
            if self.lexicon.contains_key(form) || self.nouns.contains_key(form) {
                continue;
            }
            let mut list = self.list(self.suffix_list(form, 0)).to_vec();
            let best = list.first().map_or(0.0, |c| c.score);
            match list.iter_mut().find(|c| c.tag == Tag::Nc) {
                Some(c) => c.score = best,
                None => list.push(Candidate {
                    tag: Tag::Nc,
                    morph: Morph::default(),
                    score: best,
                }),
            }
            let id = self.push_list(&mut list);
            self.nouns.insert(form.into(), id);
        }
    }

    /// Adds a candidate list, best first (`list` is sorted in place): its
    /// id.
    fn push_list(&mut self, list: &mut [Candidate]) -> u32 {
        list.sort_by(|a, b| b.score.total_cmp(&a.score));
        let list = &list[..list.len().min(MAX_CANDIDATES)];
        let start = self.candidates.len() as u32;
        let len = list.len() as u32;
        // Filled in place: a record built on the stack and then moved
        // into the vector cost as much again, for 23,000 lists at start-up.
        self.packed.push(Packed {
            len: len as u8,
            npp: list.iter().any(|c| c.tag == Tag::Npp),
            states: [0; MAX_CANDIDATES],
            emit: [0.0; MAX_CANDIDATES],
            tagged: [Tagged::default(); MAX_CANDIDATES],
        });
        if let Some(packed) = self.packed.last_mut() {
            for (k, c) in list.iter().enumerate() {
                packed.states[k] = c.tag as u8;
                packed.emit[k] = c.score;
                packed.tagged[k] = Tagged {
                    tag: c.tag,
                    morph: c.morph,
                };
            }
        }
        self.candidates.extend_from_slice(list);
        self.lists.push((start, len));
        (self.lists.len() - 1) as u32
    }

    fn list(&self, id: u32) -> &[Candidate] {
        let (start, len) = self.lists[id as usize];
        &self.candidates[start as usize..(start + len) as usize]
    }

    /// The candidate list of the longest known suffix of `word`.
    fn suffix_list(&self, word: &str, slot: usize) -> u32 {
        // Where the last `MAX_SUFFIX` characters start, found in one walk
        // back over the bytes (a character starts at any byte but a UTF-8
        // continuation byte) rather than a count of the word's characters
        // and a walk per suffix length: `starts[k]` opens the suffix of
        // `k + 1` characters.
        let bytes = word.as_bytes();
        let mut starts = [0usize; MAX_SUFFIX];
        let (mut found, mut at) = (0, bytes.len());
        while found < MAX_SUFFIX && at > 0 {
            at -= 1;
            if bytes[at] & 0xC0 != 0x80 {
                starts[found] = at;
                found += 1;
            }
        }
        // The longest suffix first, the empty one last.
        let table = &self.suffixes[slot];
        starts[..found]
            .iter()
            .rev()
            .map(|&start| &word[start..])
            .chain(std::iter::once(""))
            .find_map(|s| table.get(s))
            .map_or(self.name, |&id| id)
    }

    /// Whether the treebanks have the form (tests).
    #[cfg(test)]
    pub(crate) fn is_known_in_training(&self, lower: &str) -> bool {
        self.lexicon.get(lower).is_some_and(|&id| id < self.trained)
    }

    /// The candidate lists of a lowercase form.
    /// The lowercase forms of the tagger's lexicon.
    pub(crate) fn forms(&self) -> impl Iterator<Item = &str> + '_ {
        self.lexicon.keys().map(|k| &**k)
    }

    /// Whether the tagger's lexicon lists the form (the treebanks' words and
    /// the lexicons' verbs).
    #[cfg(test)]
    pub(crate) fn lists(&self, lower: &str) -> bool {
        self.lexicon.contains_key(lower)
    }

    /// Whether the tagger's lexicon has the form (the treebanks' words and
    /// the lexicons' verbs and role nouns): an unknown word is tagged by its
    /// suffix alone.
    pub(crate) fn is_known(&self, lower: &str) -> bool {
        self.lexicon.contains_key(lower) || self.nouns.contains_key(lower)
    }

    /// Whether the form may be a past participle: the tagger's lexicon
    /// gives it the tag ("arrivée", "entrée"), or does not have it at all
    /// ("installée", "secourue", tagged by their suffix); never a form it
    /// knows as a noun or a name only ("épée", "année").
    pub(crate) fn may_be_participle(&self, lower: &str) -> bool {
        match self.lexicon.get(lower) {
            Some(&id) => self.list(id).iter().any(|c| c.tag == Tag::Vpp),
            None => !self.nouns.contains_key(lower),
        }
    }

    /// Whether the treebanks tag the form a proper noun at least once
    /// ("claire" in "Claire Chazal"), so that it may open a person's name.
    pub(crate) fn seen_as_name(&self, lower: &str) -> bool {
        self.lexicon
            .get(lower)
            .is_some_and(|&id| id < self.trained && self.list(id).iter().any(|c| c.tag == Tag::Npp))
    }

    /// Whether the tagger's lexicon knows the form as a common word and
    /// never as a name ("interrogée", "présente", "ensuite"), or knows its
    /// masculine singular as an adjective or a participle ("contactée",
    /// "blessées"): a capitalised first word of that form is no first name.
    pub(crate) fn is_common_word(&self, lower: &str) -> bool {
        if self.is_known(lower) {
            return !self.seen_as_name(lower);
        }
        [
            lower.strip_suffix("es"),
            lower.strip_suffix('e'),
            lower.strip_suffix('s'),
        ]
        .into_iter()
        .flatten()
        .any(|base| {
            self.is_known(base)
                && !self.seen_as_name(base)
                && self
                    .list(self.lookup(base).lower)
                    .iter()
                    .any(|c| matches!(c.tag, Tag::Adj | Tag::Vpp))
        })
    }

    /// [`PosModel::seen_as_name`] for a form whose candidate lists are
    /// `pos` (its [`PosModel::lookup`]): a form of the lexicon has its own
    /// list as `pos.lower`, so a list without a proper noun answers no
    /// without the look-up, whose hash table is seldom in the cache (about
    /// 350 ns a call in the news corpus).
    pub(crate) fn seen_as_name_of(&self, pos: WordPos, lower: &str) -> bool {
        self.packed.get(pos.lower as usize).is_none_or(|p| p.npp) && self.seen_as_name(lower)
    }

    /// Whether the tagger's lexicon has the form and every tag it gives it
    /// is a verb's ("rappelle", "dénonce", "souligné"): such a word is never
    /// a noun, an adjective or a name, so it cannot close a run-in headline
    /// or caption before a capitalised word. An unknown form is not one.
    pub(crate) fn is_verb_only(&self, lower: &str) -> bool {
        self.lexicon.get(lower).is_some_and(|&id| {
            let list = self.list(id);
            !list.is_empty() && list.iter().all(|c| c.tag.is_verb())
        })
    }

    pub(crate) fn lookup(&self, lower: &str) -> WordPos {
        match self.lexicon.get(lower) {
            Some(&id) => WordPos {
                lower: id,
                capital: id,
            },
            None => WordPos {
                lower: match self.nouns.get(lower) {
                    Some(&id) => id,
                    None => self.suffix_list(lower, 0),
                },
                capital: self.suffix_list(lower, 1),
            },
        }
    }
}

mod decode;
pub(crate) use decode::Back;
