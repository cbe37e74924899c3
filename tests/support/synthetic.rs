//! A synthetic corpus of quote occurrences with known truth, for the
//! clustering tests and benchmark: base quotes of French-like words (with
//! common opening phrases shared between different quotes), repeated with a
//! long-tailed popularity and the variations of real reuse: typography,
//! cuts, `[…]`, small edits, mixed and indirect rewordings.

#![allow(dead_code)]

use guillemet::cluster::QuoteRecord;
use guillemet::QuoteKind;
use std::collections::HashMap;

/// Occurrences and, for each, the base quote it comes from.
pub struct SyntheticCorpus {
    pub texts: Vec<String>,
    pub kinds: Vec<QuoteKind>,
    pub docs: Vec<u32>,
    pub truth: Vec<usize>,
}

/// xorshift64*: small, fast, reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "de", "la", "le", "les", "et", "que", "nous", "il", "est", "pas", "ne", "un", "une", "des",
    "en", "pour", "dans", "sur", "au", "qui", "a", "ce", "se", "plus", "par", "avec", "tout", "on",
    "mais", "vous", "je", "son", "sa", "leur", "très", "bien", "aussi", "sans", "être", "faire",
];

const SYLLABLES: &[&str] = &[
    "ré", "for", "me", "gou", "ver", "ne", "ment", "pré", "si", "dent", "mi", "nis", "tre", "fran",
    "çais", "é", "co", "no", "mie", "sé", "cu", "ri", "té", "tra", "vail", "pro", "jet", "loi",
    "bud", "get", "ac", "cord", "dé", "bat", "par", "ti", "pu", "blic", "san", "ta", "in", "dus",
    "tri", "el", "ca", "pi", "tal", "ru", "ral", "pay", "san", "mar", "ché",
];

const STOCK_PHRASES: &[&str] = &[
    "je veux dire aux Français que",
    "il faut que nous",
    "nous ne pouvons pas accepter que",
    "je le dis très clairement",
    "il est temps de",
    "nous allons faire en sorte que",
    "ce que je veux dire c'est que",
    "il n'est pas question de",
    "nous devons être à la hauteur",
    "je ne suis pas là pour",
    "c'est une question de",
    "nous avons le devoir de",
];

fn content_word(rng: &mut Rng) -> String {
    // Log-uniform ranks over 30,000 words: a Zipf-like vocabulary.
    let rank = (rng.unit() * (30_000f64).ln()).exp() as usize;
    let mut r = rank;
    let mut w = String::new();
    for _ in 0..2 + rank % 2 {
        w.push_str(SYLLABLES[r % SYLLABLES.len()]);
        r /= SYLLABLES.len();
        r += rank % 7;
    }
    w
}

/// A base quote, and how many words its opening stock phrase takes.
struct Base {
    words: Vec<String>,
    opening: usize,
}

fn base_quote(rng: &mut Rng) -> Base {
    let mut words: Vec<String> = Vec::new();
    if rng.unit() < 0.3 {
        let phrase = STOCK_PHRASES[rng.below(STOCK_PHRASES.len())];
        words.extend(phrase.split(' ').map(str::to_string));
    }
    let opening = words.len();
    let len = opening + 6 + rng.below(15);
    while words.len() < len {
        if rng.unit() < 0.45 {
            words.push(FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_string());
        } else {
            words.push(content_word(rng));
        }
    }
    Base { words, opening }
}

/// The words as a journalist would type them: a capital, commas, ’ or ',
/// sometimes no accents or all capitals.
fn render(words: &[String], rng: &mut Rng) -> String {
    let mut out = String::new();
    let style = rng.below(10);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(if rng.unit() < 0.05 { '\u{a0}' } else { ' ' });
        }
        let mut w = w.replace('\'', if style < 5 { "’" } else { "'" });
        if style == 9 {
            w = w.to_uppercase();
        } else if style == 8 {
            w = w.replace('é', "e").replace('ç', "c");
        }
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                w = f.to_uppercase().chain(c).collect();
            }
        }
        out.push_str(&w);
        if i + 1 < words.len() && rng.unit() < 0.06 {
            out.push(',');
        }
    }
    if rng.unit() < 0.5 {
        out.push('.');
    }
    out
}

/// A contiguous piece of at least half the quote and 5 words, holding at
/// least 4 words of its own beyond the opening phrase (journalists quote
/// what a speaker said, not the formula before it).
fn piece(base: &Base, rng: &mut Rng) -> Vec<String> {
    let words = &base.words;
    let len = words.len();
    let min = (len / 2).max(5);
    if len <= min {
        return words.to_vec();
    }
    let take = min + rng.below(len - min);
    let from = rng.below(len - take + 1);
    let from = from.max((base.opening + 4).saturating_sub(take));
    words[from..from + take].to_vec()
}

fn occurrence(base: &Base, rng: &mut Rng) -> (String, QuoteKind) {
    let roll = rng.unit();
    let len = base.words.len();
    let (piece_of, base) = (base, &base.words[..]);
    if roll < 0.45 {
        (render(base, rng), QuoteKind::Direct)
    } else if roll < 0.60 {
        (render(&piece(piece_of, rng), rng), QuoteKind::Direct)
    } else if roll < 0.70 && len >= 9 {
        let cut = 2 + rng.below(len / 3 - 1);
        let from = 2 + rng.below(len - cut - 3);
        let head = render(&base[..from], rng);
        let tail = base[from + cut..].join(" ");
        (format!("{head} […] {tail}"), QuoteKind::Direct)
    } else if roll < 0.85 {
        let mut words = base.to_vec();
        let at = rng.below(len);
        match rng.below(3) {
            0 => words[at] = content_word(rng),
            1 if len > 6 => {
                words.remove(at);
            }
            _ => words.insert(at, FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].into()),
        }
        (render(&words, rng), QuoteKind::Direct)
    } else if roll < 0.95 {
        let quoted = render(&piece(piece_of, rng), rng);
        let frame = content_word(rng);
        (
            format!(
                "le {frame} « {} » et {}",
                quoted.to_lowercase(),
                content_word(rng)
            ),
            QuoteKind::Mixed,
        )
    } else {
        let text = render(base, rng).to_lowercase();
        (
            format!("que {text} selon {}", content_word(rng)),
            QuoteKind::Indirect,
        )
    }
}

impl SyntheticCorpus {
    /// `n` occurrences of `n / 3` base quotes, the base of rank `r` drawn
    /// with weight `1 / (r + 10)` (the most quoted appears about `n / 90`
    /// times, most once or twice), five occurrences per document.
    pub fn generate(n: usize, seed: u64) -> Self {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let bases: Vec<Base> = (0..(n / 3).max(1)).map(|_| base_quote(&mut rng)).collect();
        let mut cumulative = Vec::with_capacity(bases.len());
        let mut total = 0.0;
        for r in 0..bases.len() {
            total += 1.0 / (r as f64 + 10.0);
            cumulative.push(total);
        }
        let mut corpus = SyntheticCorpus {
            texts: Vec::with_capacity(n),
            kinds: Vec::with_capacity(n),
            docs: Vec::with_capacity(n),
            truth: Vec::with_capacity(n),
        };
        for i in 0..n {
            let u = rng.unit() * total;
            let b = cumulative.partition_point(|&c| c < u).min(bases.len() - 1);
            let (text, kind) = occurrence(&bases[b], &mut rng);
            corpus.texts.push(text);
            corpus.kinds.push(kind);
            corpus.docs.push((i / 5) as u32);
            corpus.truth.push(b);
        }
        corpus
    }

    pub fn records(&self) -> Vec<QuoteRecord<'_>> {
        (0..self.texts.len())
            .map(|i| QuoteRecord {
                text: &self.texts[i],
                kind: self.kinds[i],
                doc: self.docs[i],
                speaker: None,
                date: None,
                source: None,
            })
            .collect()
    }
}

/// Pairwise precision and recall of a clustering against the truth: over
/// pairs of occurrences put together, and pairs that belong together. An
/// occurrence in no cluster is alone.
pub fn pairwise_scores(predicted: &[Option<usize>], truth: &[usize]) -> (f64, f64) {
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let mut joint: HashMap<(usize, usize), usize> = HashMap::new();
    let mut by_pred: HashMap<usize, usize> = HashMap::new();
    let mut by_truth: HashMap<usize, usize> = HashMap::new();
    for (i, (&p, &t)) in predicted.iter().zip(truth).enumerate() {
        let p = p.unwrap_or(usize::MAX - i);
        *joint.entry((p, t)).or_default() += 1;
        *by_pred.entry(p).or_default() += 1;
        *by_truth.entry(t).or_default() += 1;
    }
    let both: f64 = joint.values().map(|&n| pairs(n)).sum();
    let pred: f64 = by_pred.values().map(|&n| pairs(n)).sum();
    let real: f64 = by_truth.values().map(|&n| pairs(n)).sum();
    (
        if pred == 0.0 { 1.0 } else { both / pred },
        if real == 0.0 { 1.0 } else { both / real },
    )
}
