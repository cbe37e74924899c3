//! The boundary classifier: where no punctuation decides, whether a sentence
//! starts before a token.
//!
//! The rules of the splitter decide what is certain (a period before a
//! capital, an abbreviation, a closing quote). What they cannot see — a
//! headline, caption or label run into the next sentence on the same line
//! ("… la disparue Aussitôt, les gendarmes …"), a list item opened by a dash,
//! a sentence that starts in lowercase after a period — is scored here by a
//! logistic model over a few features of the tokens around the position:
//! their classes (case, number, punctuation kind), and the words themselves
//! when the model knows them.
//!
//! The weights are a plain table, `boundary_weights.tsv`, learnt by
//! `tools/train_boundaries.py` from the tuned part of the shared UD French
//! files and compiled into the crate. Scoring a position costs a few array
//! reads (each form carries the model's id of its word), and only candidate
//! positions are scored: splitting stays linear.

use super::shape::{shape, Shape, SHAPES};
use crate::forms::Forms;
use crate::lexicon::WordInfo;
use crate::token::{Token, TokenKind};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// One feature of a candidate position (the gap before token `n`; `p` is
/// the token before it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Feature {
    /// Always on.
    Bias,
    /// Classes of `p` and `n`.
    Pair(Shape, Shape),
    /// Classes of the token before `p` and of `p`.
    Before(Shape, Shape),
    /// Classes of `n` and the token after it.
    After(Shape, Shape),
    /// What separates `p` and `n` (nothing, spaces, a line break), and the
    /// class of `n`.
    Gap(Gap, Shape),
    /// The word of `p` (0) or `n` (1) (its form id) and its class, read as
    /// whether French writes that word in lowercase (`lowercase_words.txt`):
    /// a common word capitalised after a word starts a sentence, a name does
    /// not.
    Common(u8, u32, Shape),
    /// The lowercase word at offset -1 (`p`), 0 (`n`) or +1 from `n`, by its
    /// form id in the document (the model's id of the word is the form's
    /// [`WordInfo::boundary`], found once per form of the shared table or
    /// of the thread's cache).
    Word(usize, u32),
}

/// What separates two tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Gap {
    Glued,
    Space,
    LineBreak,
}

const GAP_NAMES: [&str; 3] = ["glued", "space", "line"];

impl Feature {
    /// The feature as the training table writes it (`forms`: the document's).
    pub(crate) fn to_key(self, forms: &Forms) -> String {
        match self {
            Feature::Bias => "bias".to_string(),
            Feature::Pair(a, b) => format!("pair\t{}\t{}", a.name(), b.name()),
            Feature::Before(a, b) => format!("before\t{}\t{}", a.name(), b.name()),
            Feature::After(a, b) => format!("after\t{}\t{}", a.name(), b.name()),
            Feature::Gap(g, b) => format!("gap\t{}\t{}", GAP_NAMES[g as usize], b.name()),
            Feature::Common(pos, form, b) => {
                let common = BoundaryModel::builtin().is_common(forms.lower(form));
                format!("common{}\t{}\t{}", pos, u8::from(common), b.name())
            }
            Feature::Word(pos, form) => {
                format!("word{}\t{}", WORD_POSITIONS[pos], forms.lower(form))
            }
        }
    }
}

const WORD_POSITIONS: [&str; 3] = ["-1", "0", "+1"];

/// The tokens around a candidate position, as the features read them.
pub(crate) struct Around<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) forms: &'a Forms,
    /// The word facts of each form: the classifier's word ids.
    pub(crate) info: &'a [WordInfo],
    /// The paragraph's token range.
    pub(crate) from: usize,
    pub(crate) to: usize,
}

impl<'a> Around<'a> {
    fn shape_at(&self, i: isize) -> Shape {
        if i < self.from as isize || i >= self.to as isize {
            Shape::Edge
        } else {
            shape(self.text, &self.tokens[i as usize])
        }
    }

    fn word_at(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        (i >= self.from && i < self.to && t.kind == TokenKind::Word).then_some(t.form)
    }

    /// Calls `f` with every feature of the gap before token `n`, whose
    /// token classes are `p` (token `n - 1`) and `next` (token `n`).
    pub(crate) fn features(&self, n: usize, p: Shape, next: Shape, mut f: impl FnMut(Feature)) {
        let n_ = n as isize;
        let (before_p, after) = (self.shape_at(n_ - 2), self.shape_at(n_ + 1));
        f(Feature::Bias);
        f(Feature::Pair(p, next));
        f(Feature::Before(before_p, p));
        f(Feature::After(next, after));
        let (end, start) = (
            self.tokens[n - 1].end as usize,
            self.tokens[n].start as usize,
        );
        let gap = if end == start {
            Gap::Glued
        } else if self.text.as_bytes()[end..start]
            .iter()
            .any(|&b| matches!(b, b'\n' | b'\r' | 0x85 | 0xA8))
        {
            // \n, \r, U+0085 (C2 85), U+2028 (E2 80 A8).
            Gap::LineBreak
        } else {
            Gap::Space
        };
        f(Feature::Gap(gap, next));
        for (pos, i, class) in [(0u8, n - 1, p), (1, n, next)] {
            if matches!(class, Shape::Title | Shape::Upper) {
                f(Feature::Common(pos, self.tokens[i].form, class));
            }
        }
        // Words by their lowercase form; an all-capitals word (a heading)
        // by its class only.
        for (pos, i, class) in [(0, n - 1, p), (1, n, next), (2, n + 1, after)] {
            if class != Shape::Upper {
                if let Some(form) = self.word_at(i) {
                    f(Feature::Word(pos, form));
                }
            }
        }
    }
}

/// The learnt weights.
#[derive(Debug)]
pub(crate) struct BoundaryModel {
    bias: f32,
    threshold: f32,
    pair: [[f32; SHAPES]; SHAPES],
    before: [[f32; SHAPES]; SHAPES],
    after: [[f32; SHAPES]; SHAPES],
    gap: [[f32; SHAPES]; 3],
    common: [[[f32; SHAPES]; 2]; 2],
    /// Per known or common word, the index of its entry in `entries`.
    words: FxHashMap<Box<str>, u32>,
    /// Per known or common word: its weights at offsets -1, 0, +1 (those of
    /// an unknown word when the weights table does not list it), and whether
    /// it is in `lowercase_words.txt`.
    entries: Vec<WordEntry>,
    /// The weights of a word the model does not know.
    unknown: [f32; 3],
}

impl BoundaryModel {
    /// The model compiled into the crate.
    pub(crate) fn builtin() -> &'static BoundaryModel {
        static MODEL: OnceLock<BoundaryModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            BoundaryModel::parse(
                include_str!("boundary_weights.tsv"),
                crate::lexicon::files::LOWERCASE_WORDS,
            )
        })
    }

    /// Reads the weights table (`#` comments, then one weight a line) and
    /// the list of common lowercase words.
    fn parse(source: &str, lowercase_words: &str) -> BoundaryModel {
        /// The most fields a line of the weights has.
        const FIELDS: usize = 5;
        let mut model = BoundaryModel {
            bias: 0.0,
            threshold: 0.0,
            pair: [[0.0; SHAPES]; SHAPES],
            before: [[0.0; SHAPES]; SHAPES],
            after: [[0.0; SHAPES]; SHAPES],
            gap: [[0.0; SHAPES]; 3],
            common: [[[0.0; SHAPES]; 2]; 2],
            words: FxHashMap::default(),
            entries: Vec::new(),
            unknown: [0.0; 3],
        };
        // The lines as `lines` splits them, and their fields in an array:
        // a byte loop and no vector per line.
        model.words.reserve(crate::lexicon::line_count(source));
        let mut fields = [""; FIELDS];
        for line in crate::lexicon::split_ascii(source, b'\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut count = 0;
            for field in crate::lexicon::split_ascii(line, b'\t').take(FIELDS) {
                fields[count] = field;
                count += 1;
            }
            let fields = &fields[..count];
            let weight = |k: usize| {
                fields
                    .get(k)
                    .and_then(|w| w.parse::<f32>().ok())
                    .unwrap_or(0.0)
            };
            match fields[0] {
                "bias" => model.bias = weight(1),
                "threshold" => model.threshold = weight(1),
                "pair" | "before" | "after" => {
                    let (Some(a), Some(b)) = (
                        fields.get(1).and_then(|s| Shape::from_name(s)),
                        fields.get(2).and_then(|s| Shape::from_name(s)),
                    ) else {
                        continue;
                    };
                    let table = match fields[0] {
                        "pair" => &mut model.pair,
                        "before" => &mut model.before,
                        _ => &mut model.after,
                    };
                    table[a][b] = weight(3);
                }
                "gap" => {
                    let (Some(g), Some(b)) = (
                        fields
                            .get(1)
                            .and_then(|s| GAP_NAMES.iter().position(|n| n == s)),
                        fields.get(2).and_then(|s| Shape::from_name(s)),
                    ) else {
                        continue;
                    };
                    model.gap[g][b] = weight(3);
                }
                "common0" | "common1" => {
                    let (Some(u), Some(b)) = (
                        fields
                            .get(1)
                            .and_then(|s| s.parse::<usize>().ok())
                            .filter(|&u| u < 4),
                        fields.get(2).and_then(|s| Shape::from_name(s)),
                    ) else {
                        continue;
                    };
                    model.common[usize::from(fields[0] == "common1")][u][b] = weight(3);
                }
                "unknown" => model.unknown = [weight(1), weight(2), weight(3)],
                "word" => {
                    if let Some(w) = fields.get(1) {
                        let index = model.entries.len() as u32;
                        model.entries.push(WordEntry {
                            weights: [weight(2), weight(3), weight(4)],
                            common: false,
                        });
                        model.words.insert((*w).into(), index);
                    }
                }
                _ => {}
            }
        }
        model
            .words
            .reserve(crate::lexicon::line_count(lowercase_words));
        for word in crate::lexicon::entries(lowercase_words) {
            match model.words.get(word) {
                Some(&k) => model.entries[k as usize].common = true,
                None => {
                    let index = model.entries.len() as u32;
                    model.entries.push(WordEntry {
                        weights: model.unknown,
                        common: true,
                    });
                    model.words.insert(word.into(), index);
                }
            }
        }
        model
    }

    /// Whether `word` (lowercase) is in the common lowercase words.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        self.words
            .get(word)
            .is_some_and(|&k| self.entries[k as usize].common)
    }

    /// The id of `word` (lowercase) plus one, 0 when the model has neither
    /// weights nor a class for it: [`WordInfo::boundary`] for the built-in
    /// model.
    pub(crate) fn word_id(&self, word: &str) -> u32 {
        self.words.get(word).map_or(0, |&k| k + 1)
    }

    /// A scorer for documents.
    pub(crate) fn scorer(&self) -> Scorer<'_> {
        Scorer {
            model: self,
            builtin: std::ptr::eq(self, BoundaryModel::builtin()),
        }
    }
}

/// What the model knows of a word.
#[derive(Debug, Clone, Copy)]
struct WordEntry {
    weights: [f32; 3],
    common: bool,
}

/// Scores the candidate positions of documents.
pub(crate) struct Scorer<'m> {
    model: &'m BoundaryModel,
    /// Whether the model is the built-in one, whose word ids each form's
    /// [`WordInfo::boundary`] holds (another, a test's, looks the form's
    /// text up).
    builtin: bool,
}

impl Scorer<'_> {
    /// The model's entry for a form of the document.
    fn entry(&self, around: &Around<'_>, form: u32) -> Option<WordEntry> {
        let id = if self.builtin {
            around.info.get(form as usize).map_or(0, |w| w.boundary)
        } else {
            self.model.word_id(around.forms.lower(form))
        };
        let k = id.checked_sub(1)?;
        self.model.entries.get(k as usize).copied()
    }

    /// The score of the gap before token `n` (classes `p` and `next` around
    /// it): above zero, a boundary.
    pub(crate) fn score(&self, around: &Around<'_>, n: usize, p: Shape, next: Shape) -> f32 {
        let model = self.model;
        let mut score = -model.threshold;
        around.features(n, p, next, |f| {
            score += match f {
                Feature::Bias => model.bias,
                Feature::Pair(a, b) => model.pair[a as usize][b as usize],
                Feature::Before(a, b) => model.before[a as usize][b as usize],
                Feature::After(a, b) => model.after[a as usize][b as usize],
                Feature::Gap(g, b) => model.gap[g as usize][b as usize],
                Feature::Common(pos, form, b) => {
                    let common = self.entry(around, form).is_some_and(|e| e.common);
                    model.common[pos as usize][usize::from(common)][b as usize]
                }
                Feature::Word(pos, form) => self
                    .entry(around, form)
                    .map_or(model.unknown[pos], |e| e.weights[pos]),
            }
        });
        score
    }

    /// Whether the gap before token `n` is a sentence boundary.
    pub(crate) fn is_boundary(&self, around: &Around<'_>, n: usize, p: Shape, next: Shape) -> bool {
        self.score(around, n, p, next) > 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<Shape> {
        let doc = crate::Analyzer::new().tokenize(text).unwrap();
        doc.tokens.iter().map(|t| shape(text, t)).collect()
    }

    #[test]
    fn token_classes() {
        use Shape::*;
        assert_eq!(
            shapes("le Jean OTSC É 12 . … , : ; « » \" – etc. Kremlin.ru"),
            [
                Lower,
                Title,
                Upper,
                Title,
                Number,
                Terminator,
                Terminator,
                Comma,
                Colon,
                Semicolon,
                Open,
                Close,
                Straight,
                Dash,
                Abbreviation,
                Other
            ]
        );
    }

    #[test]
    fn score_is_the_sum_of_the_feature_weights() {
        let table = "# test\nthreshold\t0.5\nbias\t-1\npair\tlower\ttitle\t0.25\n\
                     gap\tspace\ttitle\t2\ncommon1\t1\ttitle\t1\nunknown\t0.125\t0\t0\n\
                     word\tpour\t0\t3\t0\n";
        let model = BoundaryModel::parse(table, "# list\naussitôt\npour\n");
        let text = "la disparue Aussitôt partit. Le mot Pour";
        let doc = crate::Analyzer::new().tokenize(text).unwrap();
        let around = Around {
            text,
            tokens: &doc.tokens,
            forms: &doc.forms,
            info: &[],
            from: 0,
            to: doc.tokens.len(),
        };
        let scorer = model.scorer();
        // -0.5 - 1 + pair 0.25 + gap 2 + common 1 + unknown "disparue" 0.125;
        // "aussitôt" is common but has no weights: it weighs as unknown (0).
        let got = scorer.score(&around, 2, Shape::Lower, Shape::Title);
        assert!((got - 1.875).abs() < 1e-6, "{got}");
        // "Pour" has its own weight at offset 0; "mot" is unknown.
        let got = scorer.score(&around, 7, Shape::Lower, Shape::Title);
        assert!((got - (-0.5 - 1.0 + 0.25 + 2.0 + 1.0 + 0.125 + 3.0)).abs() < 1e-6);
        assert!(model.is_common("aussitôt") && !model.is_common("jean"));
    }

    #[test]
    fn builtin_table_parses_and_knows_common_words() {
        let model = BoundaryModel::builtin();
        assert!(model.threshold.is_finite() && model.bias.is_finite());
        assert!(model.words.len() > 1000);
        assert!(model.is_common("pour") && !model.is_common("poutine"));
    }

    #[test]
    fn features_write_the_keys_the_table_reads() {
        let text = "Il part. Photos Jean";
        let doc = crate::Analyzer::new().tokenize(text).unwrap();
        let around = Around {
            text,
            tokens: &doc.tokens,
            forms: &doc.forms,
            info: &[],
            from: 0,
            to: doc.tokens.len(),
        };
        let mut keys = Vec::new();
        around.features(4, Shape::Title, Shape::Title, |f| {
            keys.push(f.to_key(&doc.forms))
        });
        assert_eq!(
            keys,
            [
                "bias",
                "pair\ttitle\ttitle",
                "before\tterm\ttitle",
                "after\ttitle\tedge",
                "gap\tspace\ttitle",
                "common0\t1\ttitle",
                "common1\t0\ttitle",
                "word-1\tphotos",
                "word0\tjean",
            ]
        );
    }

    /// The score the splitter computes is the sum of the table's weights of
    /// the features the training tool is given: the two cannot drift apart.
    #[test]
    fn scorer_agrees_with_the_dumped_features() {
        let source = include_str!("boundary_weights.tsv");
        let mut table: FxHashMap<String, f32> = FxHashMap::default();
        let mut words: FxHashMap<String, Vec<f32>> = FxHashMap::default();
        let mut unknown = vec![0.0; 3];
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split('\t').collect();
            let numbers = |from: usize| -> Vec<f32> {
                fields[from..].iter().map(|w| w.parse().unwrap()).collect()
            };
            match fields[0] {
                "word" => drop(words.insert(fields[1].to_string(), numbers(2))),
                "unknown" => unknown = numbers(1),
                _ => {
                    let last = fields.len() - 1;
                    table.insert(fields[..last].join("\t"), numbers(last)[0]);
                }
            }
        }
        let model = BoundaryModel::builtin();
        let text = "Les gendarmes ont arrêté son complice. Photos Jean Dupont Pour être \
                    précis, l'enquête continue. Affaire des caporaux de Souain Les faits \
                    datent de 1915. Posologie : La dose est de 5 mg. le service est rapide. \
                    on y revient - Maux de tête - NAUSÉES graves";
        let doc = crate::Analyzer::new().tokenize(text).unwrap();
        let lex = crate::lexicon::Lexicons::builtin();
        let (_, candidates) = super::super::candidates(text, &doc.tokens, &doc.forms, &lex);
        assert!(candidates.len() >= 8, "{candidates:?}");
        let info = crate::quote::Ctx::lookup_form_flags(&doc.forms, &lex);
        let around = Around {
            text,
            tokens: &doc.tokens,
            forms: &doc.forms,
            info: &info,
            from: 0,
            to: doc.tokens.len(),
        };
        let scorer = model.scorer();
        for (n, keys) in candidates {
            let mut expected = table["bias"] - table["threshold"];
            for key in keys.iter().skip(1) {
                expected += match key.split_once('\t') {
                    Some(("word-1", w)) => words.get(w).map_or(unknown[0], |ws| ws[0]),
                    Some(("word0", w)) => words.get(w).map_or(unknown[1], |ws| ws[1]),
                    Some(("word+1", w)) => words.get(w).map_or(unknown[2], |ws| ws[2]),
                    _ => table.get(key).copied().unwrap_or(0.0),
                };
            }
            let (p, next) = (shape(text, &doc.tokens[n - 1]), shape(text, &doc.tokens[n]));
            let got = scorer.score(&around, n, p, next);
            assert!(
                (got - expected).abs() < 1e-4,
                "{keys:?}: {got} != {expected}"
            );
        }
    }
}
