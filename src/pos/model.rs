//! The tagger's tables, read from `pos_lexicon.txt` and `pos_model.txt`,
//! and the Viterbi decoder.

use super::{Morph, Tag, TagInput, Tagged, WordPos, N_TAGS};
use crate::token::TokenKind;
use rustc_hash::FxHashMap;

/// Letters of the longest suffix the model knows.
const MAX_SUFFIX: usize = 5;
/// Candidate tags kept for an unseen word.
const MAX_GUESSES: usize = 5;
/// Log score of an impossible transition.
const FLOOR: f32 = -50.0;

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
    lexicon: FxHashMap<Box<str>, u32>,
    /// Suffix -> candidate list, for lowercase and capitalised words.
    suffixes: [FxHashMap<Box<str>, u32>; 2],
    /// Candidate lists: `(start, len)` into `candidates`.
    lists: Vec<(u32, u32)>,
    candidates: Vec<Candidate>,
    /// Log P(c | a, b), indexed `(a * (N_TAGS + 1) + b) * N_TAGS + c`, the
    /// sentence start being state `N_TAGS`.
    transitions: Vec<f32>,
    /// Log emission of a verb (finite, infinitive) seen once.
    verb_hapax: [f32; 2],
    /// Lists below this id come from the treebanks' lexicon.
    trained: u32,
    /// Lists for token kinds that need no look-up.
    number: u32,
    punct: u32,
    symbol: u32,
    name: u32,
}

/// Counts read from the model file.
#[derive(Default)]
struct Counts {
    lambdas: [f64; 3],
    theta: f64,
    unigrams: FxHashMap<usize, f64>,
    bigrams: FxHashMap<(usize, usize), f64>,
    trigrams: FxHashMap<(usize, usize, usize), f64>,
    suffixes: [Vec<(String, Vec<(Tag, f64)>)>; 2],
}

/// A tag or the sentence start, as a state index.
fn state(name: &str) -> Option<usize> {
    if name == "BOS" {
        Some(N_TAGS)
    } else {
        Tag::from_name(name).map(|t| t as usize)
    }
}

fn parse_tag_counts<'a>(fields: impl Iterator<Item = &'a str>) -> Vec<(Tag, f64, Morph)> {
    fields
        .filter_map(|f| {
            let mut parts = f.split(':');
            let tag = Tag::from_name(parts.next()?)?;
            let count: f64 = parts.next()?.parse().ok()?;
            let morph = parts.next().map(Morph::parse).unwrap_or_default();
            Some((tag, count, morph))
        })
        .collect()
}

impl Counts {
    fn parse(source: &str) -> Counts {
        let mut c = Counts::default();
        let mut section = "";
        for line in crate::lexicon::entries(source) {
            if let Some(name) = line.strip_prefix('=') {
                section = name;
                continue;
            }
            let fields: Vec<&str> = line.split(' ').collect();
            let num = |s: &str| s.parse::<f64>().unwrap_or(0.0);
            match (section, &fields[..]) {
                ("lambdas", [a, b, d]) => c.lambdas = [num(a), num(b), num(d)],
                ("theta", [t]) => c.theta = num(t),
                ("unigrams", [a, n]) => {
                    if let Some(a) = state(a) {
                        c.unigrams.insert(a, num(n));
                    }
                }
                ("bigrams", [a, b, n]) => {
                    if let (Some(a), Some(b)) = (state(a), state(b)) {
                        c.bigrams.insert((a, b), num(n));
                    }
                }
                ("trigrams", [a, b, d, n]) => {
                    if let (Some(a), Some(b), Some(d)) = (state(a), state(b), state(d)) {
                        c.trigrams.insert((a, b, d), num(n));
                    }
                }
                ("suffixes", [case, suffix, rest @ ..]) => {
                    let slot = usize::from(*case == "capital");
                    let suffix = if *suffix == "^" { "" } else { suffix };
                    let counts = parse_tag_counts(rest.iter().copied())
                        .into_iter()
                        .map(|(t, n, _)| (t, n))
                        .collect();
                    c.suffixes[slot].push((suffix.to_string(), counts));
                }
                _ => {}
            }
        }
        c
    }

    /// Number of tagged words in training.
    fn total(&self) -> f64 {
        self.unigrams
            .iter()
            .filter(|(&k, _)| k != N_TAGS)
            .map(|(_, v)| v)
            .sum::<f64>()
            .max(1.0)
    }

    fn unigram(&self, t: usize) -> f64 {
        self.unigrams.get(&t).copied().unwrap_or(0.0)
    }
}

/// The last `n` characters of `word`, if it has that many.
fn suffix(word: &str, n: usize) -> Option<&str> {
    if n == 0 {
        return Some(&word[word.len()..]);
    }
    word.char_indices()
        .rev()
        .nth(n - 1)
        .map(|(start, _)| &word[start..])
}

impl PosModel {
    /// Builds the model from the lexicon and model files; forms of
    /// `verbs` that the lexicon lacks become verbs.
    pub(crate) fn parse<'a>(
        lexicon: &str,
        model: &str,
        verbs: impl Iterator<Item = (&'a str, bool)>,
    ) -> PosModel {
        let counts = Counts::parse(model);
        let total = counts.total();
        let mut m = PosModel {
            lexicon: FxHashMap::default(),
            suffixes: [FxHashMap::default(), FxHashMap::default()],
            lists: Vec::new(),
            candidates: Vec::new(),
            transitions: Vec::new(),
            trained: 0,
            verb_hapax: [FLOOR; 2],
            number: 0,
            punct: 0,
            symbol: 0,
            name: 0,
        };
        m.transitions = transition_table(&counts, total);
        // Emission of a seen word: log P(w | t) = log(count(w, t) / count(t)).
        for line in crate::lexicon::entries(lexicon) {
            let Some((form, rest)) = line.split_once('\t') else {
                continue;
            };
            let list: Vec<Candidate> = parse_tag_counts(rest.split(' '))
                .into_iter()
                .map(|(tag, n, morph)| Candidate {
                    tag,
                    morph,
                    score: (n / counts.unigram(tag as usize).max(1.0)).ln() as f32,
                })
                .collect();
            let id = m.push_list(list);
            m.lexicon.insert(form.into(), id);
        }
        m.trained = m.lists.len() as u32;
        // Unseen words: successive abstraction over the suffixes (TnT),
        // P(t | suffix) turned into a relative emission score.
        for slot in 0..2 {
            let table: FxHashMap<&str, &Vec<(Tag, f64)>> = counts.suffixes[slot]
                .iter()
                .map(|(s, c)| (s.as_str(), c))
                .collect();
            for (suffix_text, _) in &counts.suffixes[slot] {
                let mut probs = [0f64; N_TAGS];
                let chars = suffix_text.chars().count();
                for n in 0..=chars {
                    let Some(piece) = suffix(suffix_text, n) else {
                        break;
                    };
                    let Some(c) = table.get(piece) else {
                        break;
                    };
                    let sum: f64 = c.iter().map(|(_, n)| n).sum::<f64>().max(1.0);
                    let mut next = [0f64; N_TAGS];
                    for (t, k) in c.iter() {
                        next[*t as usize] = k / sum;
                    }
                    if n == 0 {
                        probs = next;
                    } else {
                        for t in 0..N_TAGS {
                            probs[t] = (next[t] + counts.theta * probs[t]) / (1.0 + counts.theta);
                        }
                    }
                }
                let mut best: Vec<(usize, f64)> = (0..N_TAGS)
                    .filter(|&t| probs[t] > 0.0)
                    .map(|t| (t, probs[t]))
                    .collect();
                best.sort_by(|a, b| b.1.total_cmp(&a.1));
                best.truncate(MAX_GUESSES);
                let list = best
                    .into_iter()
                    .map(|(t, p)| Candidate {
                        tag: super::TAGS[t],
                        morph: Morph::default(),
                        score: (p / (counts.unigram(t) / total).max(1e-9)).ln() as f32,
                    })
                    .collect();
                let id = m.push_list(list);
                m.suffixes[slot].insert(suffix_text.as_str().into(), id);
            }
        }
        m.verb_hapax =
            [Tag::V, Tag::VInf].map(|t| (1.0 / counts.unigram(t as usize).max(1.0)).ln() as f32);
        m.add_verbs(verbs);
        let single = |m: &mut PosModel, tag: Tag| {
            let score = (1.0 / counts.unigram(tag as usize).max(1.0)).ln() as f32;
            m.push_list(vec![Candidate {
                tag,
                morph: Morph::default(),
                score,
            }])
        };
        m.number = single(&mut m, Tag::Num);
        m.punct = single(&mut m, Tag::Ponct);
        m.symbol = single(&mut m, Tag::Sym);
        m.name = single(&mut m, Tag::Npp);
        m
    }

    /// Makes verbs of reporting-verb forms: a form the treebanks lack takes
    /// its suffix guess kept to verb readings (a noun or adjective
    /// homograph the treebanks would have shown); a form they saw only as a
    /// noun or name ("jura", the Jura) gains a verb reading as rare as a
    /// word seen once. `verbs` gives each form and whether it is an
    /// infinitive.
    pub(crate) fn add_verbs<'a>(&mut self, verbs: impl Iterator<Item = (&'a str, bool)>) {
        for (form, infinitive) in verbs {
            let rare = Candidate {
                tag: if infinitive { Tag::VInf } else { Tag::V },
                morph: Morph::default(),
                score: self.verb_hapax[usize::from(infinitive)],
            };
            let list: Vec<Candidate> = match self.lexicon.get(form) {
                Some(&id) if self.list(id).iter().any(|c| c.tag.is_verb()) => continue,
                Some(&id) => {
                    let mut list = self.list(id).to_vec();
                    list.push(rare);
                    list
                }
                None if infinitive => vec![rare],
                None => {
                    let guess = self.suffix_list(form, 0);
                    let kept: Vec<Candidate> = self
                        .list(guess)
                        .iter()
                        .copied()
                        .filter(|c| c.tag.is_verb())
                        .collect();
                    if kept.is_empty() {
                        vec![rare]
                    } else {
                        kept
                    }
                }
            };
            let id = self.push_list(list);
            self.lexicon.insert(form.into(), id);
        }
    }

    fn push_list(&mut self, list: Vec<Candidate>) -> u32 {
        let start = self.candidates.len() as u32;
        let len = list.len() as u32;
        self.candidates.extend(list);
        self.lists.push((start, len));
        (self.lists.len() - 1) as u32
    }

    fn list(&self, id: u32) -> &[Candidate] {
        let (start, len) = self.lists[id as usize];
        &self.candidates[start as usize..(start + len) as usize]
    }

    /// The candidate list of the longest known suffix of `word`.
    fn suffix_list(&self, word: &str, slot: usize) -> u32 {
        let chars = word.chars().count();
        for n in (0..=MAX_SUFFIX.min(chars)).rev() {
            if let Some(id) = suffix(word, n).and_then(|s| self.suffixes[slot].get(s)) {
                return *id;
            }
        }
        self.name
    }

    /// Whether the treebanks have the form (tests).
    #[cfg(test)]
    pub(crate) fn is_known_in_training(&self, lower: &str) -> bool {
        self.lexicon.get(lower).is_some_and(|&id| id < self.trained)
    }

    /// The candidate lists of a lowercase form.
    pub(crate) fn lookup(&self, lower: &str) -> WordPos {
        match self.lexicon.get(lower) {
            Some(&id) => WordPos {
                lower: id,
                capital: id,
            },
            None => WordPos {
                lower: self.suffix_list(lower, 0),
                capital: self.suffix_list(lower, 1),
            },
        }
    }

    /// The list a token draws its candidates from.
    fn list_of(&self, t: &TagInput) -> u32 {
        match t.kind {
            TokenKind::Word => {
                if t.capitalised_inside {
                    t.pos.capital
                } else {
                    t.pos.lower
                }
            }
            TokenKind::Number => self.number,
            TokenKind::Punct | TokenKind::Emoji => self.punct,
            TokenKind::Symbol => {
                if self.list(t.pos.lower).iter().any(|c| c.tag == Tag::Sym) {
                    t.pos.lower
                } else {
                    self.symbol
                }
            }
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => {
                self.name
            }
        }
    }

    #[inline]
    fn transition(&self, a: usize, b: usize, c: usize) -> f32 {
        self.transitions[(a * (N_TAGS + 1) + b) * N_TAGS + c]
    }

    /// Tags one sentence: the most likely tag sequence (Viterbi over each
    /// word's candidates; the states are pairs of adjacent candidates).
    pub(crate) fn tag(&self, words: &[TagInput], out: &mut Vec<Tagged>) {
        out.clear();
        let n = words.len();
        if n == 0 {
            return;
        }
        let lists: Vec<&[Candidate]> = words.iter().map(|w| self.list(self.list_of(w))).collect();
        let len = |i: usize| lists[i].len();
        // The states of position i, (candidate at i - 1, candidate at i),
        // sit at offset[i] in `scores`, with the best candidate at i - 2
        // for each in `back`.
        let mut offset = Vec::with_capacity(n + 1);
        let mut size = 0;
        for i in 0..n {
            offset.push(size);
            size += if i == 0 { 1 } else { len(i - 1) } * len(i);
        }
        offset.push(size);
        let mut scores = vec![f32::NEG_INFINITY; size];
        let mut back = vec![0u8; size];
        for i in 0..n {
            let cur = lists[i];
            let prev_len = if i == 0 { 1 } else { len(i - 1) };
            let prev2_len = if i < 2 { 1 } else { len(i - 2) };
            for p in 0..prev_len {
                let tp = if i == 0 {
                    N_TAGS
                } else {
                    lists[i - 1][p].tag as usize
                };
                for (c, cand) in cur.iter().enumerate() {
                    let tc = cand.tag as usize;
                    let mut best = f32::NEG_INFINITY;
                    let mut arg = 0u8;
                    for q in 0..prev2_len {
                        let (base, tq) = match i {
                            0 => (0.0, N_TAGS),
                            1 => (scores[offset[0] + p], N_TAGS),
                            _ => (
                                scores[offset[i - 1] + q * prev_len + p],
                                lists[i - 2][q].tag as usize,
                            ),
                        };
                        let v = base + self.transition(tq, tp, tc);
                        if v > best {
                            best = v;
                            arg = q as u8;
                        }
                    }
                    let k = offset[i] + p * cur.len() + c;
                    scores[k] = best + cand.score;
                    back[k] = arg;
                }
            }
        }
        // The best final state, then the back pointers.
        let last = &scores[offset[n - 1]..offset[n]];
        let mut state = (0..last.len()).fold(0, |b, k| if last[k] > last[b] { k } else { b });
        out.resize(n, Tagged::default());
        for i in (0..n).rev() {
            let (p, c) = (state / len(i), state % len(i));
            out[i] = Tagged {
                tag: lists[i][c].tag,
                morph: lists[i][c].morph,
            };
            if i >= 1 {
                let q = back[offset[i] + state] as usize;
                state = q * len(i - 1) + p;
            }
        }
    }
}

/// Log P(c | a, b) for every state triple, TnT's linear interpolation of
/// the unigram, bigram and trigram estimates.
fn transition_table(c: &Counts, total: f64) -> Vec<f32> {
    let states = N_TAGS + 1;
    let mut table = vec![FLOOR; states * states * N_TAGS];
    let [l1, l2, l3] = c.lambdas;
    for a in 0..states {
        for b in 0..states {
            let ab = c.bigrams.get(&(a, b)).copied().unwrap_or(0.0);
            let ub = c.unigram(b);
            for d in 0..N_TAGS {
                let mut p = l1 * c.unigram(d) / total;
                if ub > 0.0 {
                    p += l2 * c.bigrams.get(&(b, d)).copied().unwrap_or(0.0) / ub;
                }
                if ab > 0.0 {
                    p += l3 * c.trigrams.get(&(a, b, d)).copied().unwrap_or(0.0) / ab;
                }
                if p > 0.0 {
                    table[(a * states + b) * N_TAGS + d] = p.ln() as f32;
                }
            }
        }
    }
    table
}
