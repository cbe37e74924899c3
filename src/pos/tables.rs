//! The tagger's tables, computed from `pos_lexicon.txt` and `pos_model.txt`
//! by the build script (`build.rs` includes this file) and written as a
//! compact blob that the crate embeds and reads at start-up: the text files
//! stay the source of truth, and no process parses them or takes a
//! logarithm. Only the standard library here, so that `build.rs` can use it.
//!
//! The blob, little-endian: the candidate lists (`u32` count; each a `u8`
//! length and per candidate `u8` tag, `u8` morphology bits, `f32` log
//! emission, best first, at most [`MAX_CANDIDATES`]); the transition table
//! ([`ROWS`] × [`ROW`] `f32`); the score of a word seen once per tag
//! ([`N_TAGS`] `f32`); then three keyed tables (lexicon forms, lowercase
//! suffixes, capitalised suffixes): a `u32` count, and each key as a `u8`
//! length, its UTF-8 bytes and a `u32` list id, in file order.

// build.rs uses the writer, the crate the reader.
#![allow(dead_code)]

/// The tag names of the model files, in the order of `Tag`'s `u8` values.
pub const TAG_NAMES: [&str; N_TAGS] = [
    "DET", "P", "P+D", "NC", "NPP", "ADJ", "ADV", "NUM", "CLS", "CLO", "CLR", "PRO", "PROREL",
    "PROWH", "CS", "CC", "V", "VINF", "VPP", "VPR", "PONCT", "SYM", "I", "X",
];
/// Number of tags; the sentence start is state `N_TAGS` of the model.
pub const N_TAGS: usize = 24;
/// States of the model: the tags and the sentence start.
const STATES: usize = N_TAGS + 1;
/// Columns of a transition row: the tags, padded to a power of two.
pub const ROW: usize = 32;
/// Rows of the transition table: a state pair `a * ROW + b`, padded too.
pub const ROWS: usize = ROW * ROW;
/// Log score of an impossible transition.
pub const FLOOR: f32 = -50.0;
/// Candidates a word may have (lists are cut to the most likely).
pub const MAX_CANDIDATES: usize = 8;
/// Candidate tags kept for an unseen word.
const MAX_GUESSES: usize = 4;

/// Tag index of a model-file name (a match, not a scan: the files name a
/// tag 60,000 times).
pub fn tag_index(name: &str) -> Option<u8> {
    Some(match name {
        "DET" => 0,
        "P" => 1,
        "P+D" => 2,
        "NC" => 3,
        "NPP" => 4,
        "ADJ" => 5,
        "ADV" => 6,
        "NUM" => 7,
        "CLS" => 8,
        "CLO" => 9,
        "CLR" => 10,
        "PRO" => 11,
        "PROREL" => 12,
        "PROWH" => 13,
        "CS" => 14,
        "CC" => 15,
        "V" => 16,
        "VINF" => 17,
        "VPP" => 18,
        "VPR" => 19,
        "PONCT" => 20,
        "SYM" => 21,
        "I" => 22,
        "X" => 23,
        _ => return None,
    })
}

/// Morphology bits of a code ("m", "fs", "p"…): masculine 1, feminine 2,
/// singular 4, plural 8.
pub fn morph_bits(code: &str) -> u8 {
    code.chars().fold(0, |bits, c| {
        bits | match c {
            'm' => 1,
            'f' => 2,
            's' => 4,
            'p' => 8,
            _ => 0,
        }
    })
}

/// The last `n` characters of `word`, if it has that many.
pub fn suffix(word: &str, n: usize) -> Option<&str> {
    if n == 0 {
        return Some(&word[word.len()..]);
    }
    word.char_indices()
        .rev()
        .nth(n - 1)
        .map(|(start, _)| &word[start..])
}

/// One candidate tag of a word: tag index, morphology bits, log emission.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cand {
    pub tag: u8,
    pub morph: u8,
    pub score: f32,
}

/// A tag or the sentence start, as a state index.
fn state(name: &str) -> Option<usize> {
    if name == "BOS" {
        Some(N_TAGS)
    } else {
        tag_index(name).map(usize::from)
    }
}

/// A count of the model files: an integer or a decimal.
fn count(s: &str) -> Option<f64> {
    s.parse::<u32>()
        .map(f64::from)
        .ok()
        .or_else(|| s.parse::<f64>().ok())
}

/// The `TAG:count[:morph]` fields of a line (unreadable ones skipped).
fn tag_counts<'a>(
    fields: impl Iterator<Item = &'a str> + 'a,
) -> impl Iterator<Item = (u8, f64, u8)> + 'a {
    fields.filter_map(|f| {
        let mut parts = f.split(':');
        let tag = tag_index(parts.next()?)?;
        let count = count(parts.next()?)?;
        Some((tag, count, parts.next().map(morph_bits).unwrap_or(0)))
    })
}

/// The non-comment, non-blank lines of a file, trimmed.
fn lines(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Counts read from the model file, the n-grams in dense tables by state.
struct Counts {
    lambdas: [f64; 3],
    theta: f64,
    unigrams: [f64; STATES],
    bigrams: Vec<f64>,
    trigrams: Vec<f64>,
    /// Per case (lowercase, capital), in file order.
    suffixes: [Vec<SuffixCounts>; 2],
}

/// A suffix and the tag counts of the rare words ending with it.
type SuffixCounts = (String, Vec<(u8, f64)>);

impl Counts {
    fn parse(source: &str) -> Counts {
        let mut c = Counts {
            lambdas: [0.0; 3],
            theta: 0.0,
            unigrams: [0.0; STATES],
            bigrams: vec![0.0; STATES * STATES],
            trigrams: vec![0.0; STATES * STATES * STATES],
            suffixes: [Vec::new(), Vec::new()],
        };
        let mut section = "";
        for line in lines(source) {
            if let Some(name) = line.strip_prefix('=') {
                section = name;
                continue;
            }
            let num = |s: &str| count(s).unwrap_or(0.0);
            let mut split = line.split(' ');
            if section == "suffixes" {
                if let (Some(case), Some(suffix)) = (split.next(), split.next()) {
                    let slot = usize::from(case == "capital");
                    let suffix = if suffix == "^" { "" } else { suffix };
                    let counts = tag_counts(split).map(|(t, n, _)| (t, n)).collect();
                    c.suffixes[slot].push((suffix.to_string(), counts));
                }
                continue;
            }
            let fields: Vec<&str> = split.collect();
            match (section, fields.as_slice()) {
                ("lambdas", [a, b, d]) => c.lambdas = [num(a), num(b), num(d)],
                ("theta", [t]) => c.theta = num(t),
                ("unigrams", [a, n]) => {
                    if let Some(a) = state(a) {
                        c.unigrams[a] = num(n);
                    }
                }
                ("bigrams", [a, b, n]) => {
                    if let (Some(a), Some(b)) = (state(a), state(b)) {
                        c.bigrams[a * STATES + b] = num(n);
                    }
                }
                ("trigrams", [a, b, d, n]) => {
                    if let (Some(a), Some(b), Some(d)) = (state(a), state(b), state(d)) {
                        c.trigrams[(a * STATES + b) * STATES + d] = num(n);
                    }
                }
                _ => {}
            }
        }
        c
    }

    /// Number of tagged words in training.
    fn total(&self) -> f64 {
        self.unigrams[..N_TAGS].iter().sum::<f64>().max(1.0)
    }

    /// Log P(c | a, b) for every state triple, TnT's linear interpolation
    /// of the unigram, bigram and trigram estimates.
    fn transitions(&self) -> Vec<f32> {
        let mut table = vec![FLOOR; ROWS * ROW];
        let total = self.total();
        let [l1, l2, l3] = self.lambdas;
        for a in 0..STATES {
            for b in 0..STATES {
                let ab = self.bigrams[a * STATES + b];
                let ub = self.unigrams[b];
                let row = &mut table[(a * ROW + b) * ROW..][..ROW];
                for (d, slot) in row.iter_mut().enumerate().take(N_TAGS) {
                    let mut p = l1 * self.unigrams[d] / total;
                    if ub > 0.0 {
                        p += l2 * self.bigrams[b * STATES + d] / ub;
                    }
                    if ab > 0.0 {
                        p += l3 * self.trigrams[(a * STATES + b) * STATES + d] / ab;
                    }
                    if p > 0.0 {
                        *slot = p.ln() as f32;
                    }
                }
            }
        }
        table
    }
}

/// Sorts a list best first (stable) and cuts it to [`MAX_CANDIDATES`].
pub fn best_first(list: &mut Vec<Cand>) {
    list.sort_by(|a, b| b.score.total_cmp(&a.score));
    list.truncate(MAX_CANDIDATES);
}

/// The forms of the lexicon file seen at least twice in the treebanks,
/// most frequent first (ties in file order), one a line: the order of the
/// shared form table's ids (`form_table`), so that the records and slots
/// of the forms news meets most share cache lines. The 6,300 forms make
/// 96 % of the treebanks' words.
pub fn forms_by_frequency(lexicon: &str) -> String {
    let mut forms: Vec<(&str, f64)> = lines(lexicon)
        .filter_map(|line| {
            let (form, rest) = line.split_once('\t')?;
            let total: f64 = tag_counts(rest.split(' ')).map(|(_, n, _)| n).sum();
            (total >= 2.0).then_some((form, total))
        })
        .collect();
    forms.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out = String::new();
    for (form, _) in forms {
        out.push_str(form);
        out.push('\n');
    }
    out
}

/// Computes the tables from the two files and writes the blob.
pub fn encode(lexicon: &str, model: &str) -> Vec<u8> {
    let counts = Counts::parse(model);
    let total = counts.total();
    let mut lists: Vec<Vec<Cand>> = Vec::new();
    let mut keyed: [Vec<(&str, u32)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    // Emission of a seen word: log P(w | t) = log(count(w, t) / count(t)).
    for line in lines(lexicon) {
        let Some((form, rest)) = line.split_once('\t') else {
            continue;
        };
        let mut list: Vec<Cand> = tag_counts(rest.split(' '))
            .map(|(tag, n, morph)| Cand {
                tag,
                morph,
                score: (n / counts.unigrams[usize::from(tag)].max(1.0)).ln() as f32,
            })
            .collect();
        best_first(&mut list);
        keyed[0].push((form, lists.len() as u32));
        lists.push(list);
    }
    // Unseen words: successive abstraction over the suffixes (TnT),
    // P(t | suffix) turned into a relative emission score.
    for slot in 0..2 {
        let table: std::collections::HashMap<&str, &Vec<(u8, f64)>> = counts.suffixes[slot]
            .iter()
            .map(|(s, c)| (s.as_str(), c))
            .collect();
        for (suffix_text, _) in &counts.suffixes[slot] {
            let mut probs = [0f64; N_TAGS];
            for n in 0..=suffix_text.chars().count() {
                let Some(c) = suffix(suffix_text, n).and_then(|piece| table.get(piece)) else {
                    break;
                };
                let sum: f64 = c.iter().map(|(_, n)| n).sum::<f64>().max(1.0);
                let mut next = [0f64; N_TAGS];
                for &(t, k) in c.iter() {
                    next[usize::from(t)] = k / sum;
                }
                if n == 0 {
                    probs = next;
                } else {
                    for t in 0..N_TAGS {
                        probs[t] = (next[t] + counts.theta * probs[t]) / (1.0 + counts.theta);
                    }
                }
            }
            let mut best: Vec<(usize, f64)> = probs
                .iter()
                .enumerate()
                .filter(|(_, &p)| p > 0.0)
                .map(|(t, &p)| (t, p))
                .collect();
            best.sort_by(|a, b| b.1.total_cmp(&a.1));
            let mut list: Vec<Cand> = best
                .iter()
                .take(MAX_GUESSES)
                .map(|&(t, p)| Cand {
                    tag: t as u8,
                    morph: 0,
                    score: (p / (counts.unigrams[t] / total).max(1e-9)).ln() as f32,
                })
                .collect();
            best_first(&mut list);
            keyed[1 + slot].push((suffix_text.as_str(), lists.len() as u32));
            lists.push(list);
        }
    }
    // A word seen once, by tag: log(1 / count(t)).
    let rare: Vec<f32> = (0..N_TAGS)
        .map(|t| (1.0 / counts.unigrams[t].max(1.0)).ln() as f32)
        .collect();
    let mut out = Vec::new();
    out.extend((lists.len() as u32).to_le_bytes());
    for list in &lists {
        out.push(list.len() as u8);
        for c in list {
            out.extend([c.tag, c.morph]);
            out.extend(c.score.to_le_bytes());
        }
    }
    for x in counts.transitions().iter().chain(&rare) {
        out.extend(x.to_le_bytes());
    }
    for table in &keyed {
        out.extend((table.len() as u32).to_le_bytes());
        for (key, id) in table {
            out.push(key.len() as u8);
            out.extend(key.as_bytes());
            out.extend(id.to_le_bytes());
        }
    }
    out
}

/// Reads the blob in order (it is the build script's output: a short or
/// malformed blob reads as zeros and empty keys rather than panicking).
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        if let Some((head, rest)) = self.bytes.split_first_chunk::<N>() {
            out = *head;
            self.bytes = rest;
        } else {
            self.bytes = &[];
        }
        out
    }

    pub fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }

    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }

    pub fn f32(&mut self) -> f32 {
        f32::from_le_bytes(self.take())
    }

    /// A key: its length byte and UTF-8 text.
    pub fn key(&mut self) -> &'a str {
        let len = usize::from(self.u8()).min(self.bytes.len());
        let (key, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        std::str::from_utf8(key).unwrap_or("")
    }
}
