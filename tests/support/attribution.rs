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

use crate::constructions::{holds_word, TableCase};
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
            let text = parts.next().unwrap().trim().replace(" ¶ ", "\n\n");
            let expected = parts
                .filter(|p| p.trim() != "none")
                .map(|p| {
                    let f: Vec<&str> = p.split(" | ").map(str::trim).collect();
                    let [fragment, mention, name, rule] = f[..] else {
                        panic!("bad case line: {line}");
                    };
                    Expected {
                        fragment,
                        mention,
                        name,
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

/// Why a case fails, or None when it passes.
pub fn check(case: &Case<'_>) -> Option<String> {
    let doc = guillemet::analyze(&case.text).unwrap();
    let mut got = found(&doc);
    let mut problems = Vec::new();
    for e in &case.expected {
        let Some(at) = got.iter().position(|(c, ..)| c.contains(e.fragment)) else {
            problems.push(format!("missing {:?}", e.fragment));
            continue;
        };
        let (_, mention, name, rule) = got.remove(at);
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
    }
    for extra in got {
        problems.push(format!("unexpected {extra:?}"));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
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
