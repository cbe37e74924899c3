//! The table format and checker shared by the construction challenge sets
//! of reported speech (tests/quote_constructions.rs, tests/quote_news_constructions.rs).
//!
//! One case a line: `sentence => content | speaker head | rule`, one
//! `=> …` group per expected quote, or `sentence => none` when no quote may
//! be found. A case passes when the quotes found are exactly the expected
//! ones: the same content (the exact characters, as in GUIDELINES.md), a
//! speaker mention holding the head word (`-`: no speaker), and the rule.
//! A content starting with `?` is optional (GUIDELINES: infinitive
//! complements): it may be missing, but when found its speaker must hold
//! the head. A line starting with `gap ` is a known gap of the grammar: the
//! set checks that it still fails, so that a fix must promote it to a
//! regression case. `¶` in a sentence stands for a paragraph break.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use std::borrow::Cow;

use guillemet::Document;

/// One expected quote.
pub struct Expected<'a> {
    content: &'a str,
    optional: bool,
    head: Option<&'a str>,
    rule: &'a str,
}

/// One case: the sentence, whether it is a known gap, what must be found.
pub struct Case<'a> {
    text: Cow<'a, str>,
    gap: bool,
    expected: Vec<Expected<'a>>,
}

/// The case lines of a construction's block: whether each is a known gap,
/// its text (` ¶ ` read as a paragraph break) and the `N` fields of each
/// `=> …` group that expects a quote (`none` expects none).
pub fn case_lines<const N: usize>(
    block: &str,
) -> impl Iterator<Item = (bool, Cow<'_, str>, Vec<[&str; N]>)> {
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (gap, line) = match line.strip_prefix("gap ") {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let mut parts = line.split(" => ");
            let text = parts.next().unwrap().trim();
            let text = if text.contains('¶') {
                Cow::Owned(text.replace(" ¶ ", "\n\n"))
            } else {
                Cow::Borrowed(text)
            };
            let groups = parts
                .filter(|p| p.trim() != "none")
                .map(|p| {
                    let fields: Vec<&str> = p.split(" | ").map(str::trim).collect();
                    fields
                        .try_into()
                        .unwrap_or_else(|_| panic!("bad case line: {line}"))
                })
                .collect();
            (gap, text, groups)
        })
}

pub fn parse(block: &str) -> Vec<Case<'_>> {
    case_lines(block)
        .map(|(gap, text, groups)| {
            let expected = groups
                .into_iter()
                .map(|[content, head, rule]| {
                    let (content, optional) = match content.strip_prefix('?') {
                        Some(c) => (c, true),
                        None => (content, false),
                    };
                    Expected {
                        content,
                        optional,
                        head: (head != "-").then_some(head),
                        rule,
                    }
                })
                .collect();
            Case {
                text,
                gap,
                expected,
            }
        })
        .collect()
}

/// True when `word` stands in `phrase` as a whole word.
pub fn holds_word(phrase: &str, word: &str) -> bool {
    phrase.match_indices(word).any(|(at, _)| {
        let before = phrase[..at].chars().next_back();
        let after = phrase[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A found quote as the table reads it: content, speaker mention, rule.
fn found(doc: &Document<'_>) -> Vec<(String, Option<String>, &'static str)> {
    doc.quotes()
        .iter()
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.speaker.as_ref().map(|m| doc.slice(m.span).to_string()),
                q.rule.as_str(),
            )
        })
        .collect()
}

/// Why a case fails, or None when it passes.
pub fn check(case: &Case<'_>) -> Option<String> {
    let doc = guillemet::analyze(&case.text).unwrap();
    let mut got = found(&doc);
    let mut problems = Vec::new();
    for e in &case.expected {
        let at = got.iter().position(|(content, _, _)| {
            if e.optional {
                content.contains(e.content) || e.content.contains(content.as_str())
            } else {
                content == e.content
            }
        });
        let Some(at) = at else {
            if !e.optional {
                problems.push(format!("missing {:?}", e.content));
            }
            continue;
        };
        let (_, speaker, rule) = got.remove(at);
        let speaker_ok = match (e.head, &speaker) {
            (None, None) => true,
            (Some(head), Some(s)) => holds_word(s, head),
            _ => false,
        };
        if !speaker_ok {
            problems.push(format!(
                "{:?}: speaker {speaker:?}, not {:?}",
                e.content, e.head
            ));
        }
        if !e.optional && rule != e.rule {
            problems.push(format!("{:?}: rule {rule}, not {}", e.content, e.rule));
        }
    }
    for extra in got {
        problems.push(format!("unexpected {extra:?}"));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// A case of a constructed table, whatever it expects: its text, whether
/// it is a known gap, and why it fails (None when it passes).
pub trait TableCase {
    fn text(&self) -> &str;
    fn is_gap(&self) -> bool;
    fn failure(&self) -> Option<String>;
}

impl TableCase for Case<'_> {
    fn text(&self) -> &str {
        &self.text
    }
    fn is_gap(&self) -> bool {
        self.gap
    }
    fn failure(&self) -> Option<String> {
        check(self)
    }
}

/// Scores a table of constructions, prints the pass rate by construction
/// and fails on a regression (a case that does not pass) or a promotion (a
/// gap that passes). Returns (passing, total).
pub fn run_table(name: &str, constructions: &[(&str, &str)]) -> (usize, usize) {
    score_table(name, constructions, parse)
}

/// [`run_table`] for any case format: `parse` reads a construction's block.
pub fn score_table<'a, C: TableCase>(
    name: &str,
    constructions: &[(&str, &'a str)],
    parse: impl Fn(&'a str) -> Vec<C>,
) -> (usize, usize) {
    let (mut passed, mut total) = (0, 0);
    let mut regressions = Vec::new();
    let mut promoted = Vec::new();
    for (construction, block) in constructions {
        let cases = parse(block);
        assert!(cases.len() >= 4, "{construction}: too few cases");
        let mut ok = 0;
        for case in &cases {
            match (case.failure(), case.is_gap()) {
                (None, gap) => {
                    ok += 1;
                    if gap {
                        promoted.push(case.text().to_string());
                    }
                }
                (Some(why), false) => regressions.push(format!("{}\n    {why}", case.text())),
                (Some(why), true) => println!("  gap: {}\n       {why}", case.text()),
            }
        }
        println!("{construction}: {ok} of {}", cases.len());
        passed += ok;
        total += cases.len();
    }
    println!(
        "{name}: {passed} of {total} cases pass ({:.1} %)",
        100.0 * passed as f64 / total as f64
    );
    assert!(
        regressions.is_empty(),
        "cases that passed now fail:\n{}",
        regressions.join("\n")
    );
    assert!(
        promoted.is_empty(),
        "known gaps that now pass (remove their `gap` mark):\n{}",
        promoted.join("\n")
    );
    (passed, total)
}
