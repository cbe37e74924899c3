//! The table format and checker shared by the speaker-attribution sets
//! that score the resolved speaker (tests/speaker_attribution_fresh_2.rs,
//! tests/speaker_attribution_fresh_3.rs): one case a line, `text =>
//! fragment | mention | name | rule`, one `=> …` group per expected quote
//! in text order, or `text => none`; ` ¶ ` stands for a paragraph break and
//! a line starting with `gap ` is a known gap. The found quotes must be
//! exactly as many as the groups; each group takes the first remaining
//! found quote whose content holds the fragment, and its speaker mention
//! must hold the mention's words and resolve to the name.

// Each test crate that includes this file uses only part of it.
#![allow(dead_code)]

use crate::constructions::{case_lines, holds_word, score_table, TableCase};
use guillemet::Document;

/// One expected quote: a fragment of its content, words of its speaker
/// mention, the resolved speaker's name and the rule.
pub struct Expected<'a> {
    fragment: &'a str,
    mention: &'a str,
    name: &'a str,
    rule: &'a str,
}

/// One case: the text, whether it is a known gap, the quotes it holds.
pub struct Case<'a> {
    text: String,
    gap: bool,
    expected: Vec<Expected<'a>>,
}

pub fn parse(block: &str) -> Vec<Case<'_>> {
    case_lines(block)
        .map(|(gap, text, groups)| Case {
            text: text.into_owned(),
            gap,
            expected: groups
                .into_iter()
                .map(|[fragment, mention, name, rule]| Expected {
                    fragment,
                    mention,
                    name,
                    rule,
                })
                .collect(),
        })
        .collect()
}

/// The found quotes as (content, speaker mention, resolved name, rule).
fn found(doc: &Document<'_>) -> Vec<(String, Option<String>, Option<String>, &'static str)> {
    doc.quotes()
        .iter()
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.speaker.as_ref().map(|m| doc.slice(m.span).to_string()),
                doc.speaker_of(q).map(|s| s.name.clone()),
                q.rule.as_str(),
            )
        })
        .collect()
}

/// What the analysis makes of a case: for each expected quote, why it is
/// wrong (None when right), then the found quotes no group expected.
fn assess(case: &Case<'_>) -> (Vec<Option<String>>, Vec<String>) {
    let doc = guillemet::analyze(&case.text).unwrap();
    let mut got = found(&doc);
    let mut verdicts = Vec::new();
    for e in &case.expected {
        let Some(at) = got.iter().position(|(c, ..)| c.contains(e.fragment)) else {
            verdicts.push(Some(format!("missing {:?}", e.fragment)));
            continue;
        };
        let (_, mention, name, rule) = got.remove(at);
        let mut problems = Vec::new();
        let speaker_ok = mention.as_deref().is_some_and(|m| holds_word(m, e.mention))
            && name.as_deref() == Some(e.name);
        if !speaker_ok {
            problems.push(format!(
                "{:?}: speaker {mention:?} = {name:?}, not {:?} = {:?}",
                e.fragment, e.mention, e.name
            ));
        }
        if rule != e.rule {
            problems.push(format!("{:?}: rule {rule}, not {}", e.fragment, e.rule));
        }
        verdicts.push((!problems.is_empty()).then(|| problems.join("; ")));
    }
    let extras = got
        .into_iter()
        .map(|extra| format!("unexpected {extra:?}"))
        .collect();
    (verdicts, extras)
}

/// Why a case fails, or None when it passes.
pub fn check(case: &Case<'_>) -> Option<String> {
    let (verdicts, extras) = assess(case);
    let problems: Vec<String> = verdicts.into_iter().flatten().chain(extras).collect();
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// Quote by quote over a table's cases: (expected quotes found with the
/// right speaker, name and rule; expected quotes; found quotes no group
/// expected).
pub fn quote_tally(cases: &[Case<'_>]) -> (usize, usize, usize) {
    cases.iter().fold((0, 0, 0), |(right, all, extra), case| {
        let (verdicts, extras) = assess(case);
        (
            right + verdicts.iter().filter(|v| v.is_none()).count(),
            all + verdicts.len(),
            extra + extras.len(),
        )
    })
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

/// Scores an article table: prints the quote-by-quote tally, then checks
/// each case as [`score_table`] does (a failing case not marked gap, or a
/// gap that passes, fails the test).
pub fn score_articles(name: &str, constructions: &'static [(&'static str, &'static str)]) {
    let cases: Vec<_> = constructions.iter().flat_map(|(_, b)| parse(b)).collect();
    let (right, all, extra) = quote_tally(&cases);
    println!(
        "quote by quote: {right} of {all} right ({:.1} %), {extra} found quotes no group expects",
        100.0 * right as f64 / all as f64
    );
    score_table(name, constructions, parse);
}
