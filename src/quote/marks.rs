//! Pairs quotation marks within each paragraph.
//!
//! « » and “ ” pair with a stack; whether a straight " or a curly mark opens
//! or closes is read from its spacing and the marks before it, as the
//! sentence splitter reads it (`crate::pairing`). Marks nested deeper than the depth limit are
//! read as plain text. A mark left open at the end of its paragraph runs to
//! that end (French multi-paragraph quotes reopen each paragraph with «), but
//! never further. A line opened by an em dash (literary dialogue) is a quote
//! of its own.

use super::{is_dash, starts_line, Ctx, MarkKind, Pair};
use crate::pairing::Role;

/// All pairs of the document, outermost first within each paragraph.
pub(crate) fn find_pairs(ctx: &Ctx<'_>, max_depth: usize) -> Vec<Pair> {
    // Each pair opens at a mark or a line's first token, one a token at
    // most: room for all at once, rather than grown pair by pair.
    let mut pairs = Vec::with_capacity(ctx.line_or_mark.len());
    // Straight and curly marks need pairing by their sides; a text without
    // any (most French news quotes with « ») skips that scan.
    let ambiguous = ctx.ambiguous_marks;
    // Where the next paragraph's share of `ctx.line_or_mark` starts: the
    // paragraphs come in order, so one cursor reads the list once.
    let mut cursor = 0;
    // The open marks' stack and the roles of the straight and curly marks,
    // one each for the document rather than one a paragraph.
    let mut stack = Vec::new();
    let mut roles = Vec::new();
    for paragraph in ctx.paragraphs {
        pair_paragraph(
            ctx,
            paragraph.tokens.clone(),
            max_depth,
            ambiguous,
            &mut cursor,
            (&mut stack, &mut roles),
            &mut pairs,
        );
    }
    pairs.sort_by_key(|p| (p.open, p.depth));
    pairs
}

/// The open marks of a paragraph: (kind, open token).
type Stack = Vec<(MarkKind, usize)>;

fn pair_paragraph(
    ctx: &Ctx<'_>,
    range: std::ops::Range<usize>,
    max_depth: usize,
    ambiguous: bool,
    cursor: &mut usize,
    (stack, roles): (&mut Stack, &mut Vec<(usize, Role)>),
    out: &mut Vec<Pair>,
) {
    // (kind, open token), empty at each paragraph's start.
    stack.clear();
    let mut dialogue: Option<usize> = None;
    // Straight and curly marks open or close as the sentence splitter reads them.
    roles.clear();
    if ambiguous {
        crate::pairing::mark_roles(ctx.text, ctx.tokens, range.clone(), roles);
    }
    let roles = &*roles;
    let role = |i: usize| crate::pairing::role_at(roles, i);
    let close_dialogue = |open: usize, end: usize, out: &mut Vec<Pair>| {
        if end > open + 1 {
            out.push(Pair {
                kind: MarkKind::Dialogue,
                open,
                content: open + 1..end,
                close: None,
                depth: 0,
            });
        }
    };
    // Only a quotation mark (the marks matched below are all in that class)
    // or a line's first token acts: the paragraph's share of that list.
    let marks = &ctx.line_or_mark;
    while *cursor < marks.len() && (marks[*cursor] as usize) < range.start {
        *cursor += 1;
    }
    while *cursor < marks.len() && (marks[*cursor] as usize) < range.end {
        let i = marks[*cursor] as usize;
        crate::limits::every(*cursor);
        *cursor += 1;
        if starts_line(ctx, i) && i > range.start {
            if let Some(open) = dialogue.take() {
                close_dialogue(open, i, out);
            }
        }
        let s = ctx.surface(i);
        if starts_line(ctx, i) && is_dash(s) && is_dialogue_line(ctx, i, range.end) {
            dialogue = Some(i);
            continue;
        }
        let base = usize::from(dialogue.is_some());
        match s {
            "«" | "‹" if stack.len() < max_depth => stack.push((MarkKind::Guillemets, i)),
            "»" | "›" => close(stack, MarkKind::Guillemets, i, base, out),
            "“" | "”" | "\"" => {
                let kind = if s == "\"" {
                    MarkKind::Straight
                } else {
                    MarkKind::Curly
                };
                if role(i) == Some(Role::Close) {
                    close(stack, kind, i, base, out);
                } else if stack.len() < max_depth {
                    stack.push((kind, i));
                }
            }
            _ => {}
        }
    }
    if let Some(open) = dialogue {
        close_dialogue(open, range.end, out);
    }
    // Marks left open run to the paragraph end; a straight " only when it
    // opens the paragraph or follows a colon (otherwise it may be an inch
    // mark or a stray character).
    let base = usize::from(dialogue.is_some());
    for (depth, (kind, open)) in stack.drain(..).enumerate() {
        let trusted = kind != MarkKind::Straight
            || open == range.start
            || (open > range.start && ctx.surface(open - 1) == ":");
        if trusted && open + 1 < range.end {
            out.push(Pair {
                kind,
                open,
                content: open + 1..range.end,
                close: None,
                depth: depth + base,
            });
        }
    }
}

fn close(
    stack: &mut Vec<(MarkKind, usize)>,
    kind: MarkKind,
    at: usize,
    base: usize,
    out: &mut Vec<Pair>,
) {
    let Some(pos) = stack.iter().rposition(|(k, _)| *k == kind) else {
        return; // an unmatched closing mark is plain text
    };
    // Inner marks still open close with their container.
    while stack.len() > pos + 1 {
        let (k, open) = stack.pop().expect("len > pos + 1");
        out.push(Pair {
            kind: k,
            open,
            content: open + 1..at,
            close: None,
            depth: stack.len() + base,
        });
    }
    let (k, open) = stack.pop().expect("pos is in the stack");
    out.push(Pair {
        kind: k,
        open,
        content: open + 1..at,
        close: Some(at),
        depth: stack.len() + base,
    });
}

/// A line opened by a dash is dialogue when it reads as speech. An em or
/// en dash (or "--") opens a turn of any length ("— Oui."). A hyphen opens
/// list items as often as turns ("- 8 juillet 2000 : X déclare …", "- si
/// vous avez …"), so a hyphen line is a turn only when it says so: an incise
/// ("- Entrez, dit-il.") or a question or exclamation in the first or second
/// person ("- Tu viens ?"). A dash followed by « leaves the marks to pair as
/// usual.
fn is_dialogue_line(ctx: &Ctx<'_>, dash: usize, paragraph_end: usize) -> bool {
    if dash + 1 >= paragraph_end || matches!(ctx.surface(dash + 1), "«" | "“" | "\"") {
        return false;
    }
    let mut end = dash + 1;
    while end < paragraph_end && !starts_line(ctx, end) {
        end += 1;
    }
    let words = (dash + 1..end).filter(|&k| !ctx.is_punct(k)).count();
    let last = ctx.surface(end - 1);
    let punctuated = last.ends_with(['.', '!', '?', '…', '»', '"', '”']);
    if ctx.surface(dash) == "-" {
        words >= 2
            && punctuated
            && (has_incise(ctx, dash + 1..end) || is_addressed(ctx, dash + 1..end))
    } else {
        words >= 1
    }
}

/// A reporting verb with its subject inverted after it, set off from what
/// comes before: "dit-il", ", répondit Paul", "! s'écria-t-elle".
fn has_incise(ctx: &Ctx<'_>, line: std::ops::Range<usize>) -> bool {
    use crate::lexicon::word;
    line.clone().any(|k| {
        ctx.is(k, word::SPEECH_VERB)
            && k + 1 < line.end
            && (ctx.is(k + 1, word::CLITIC_SUBJECT)
                || (k > line.start
                    && ctx.is_punct(k - 1)
                    && (ctx.is_capitalised(k + 1) || ctx.is(k + 1, word::DETERMINER))))
    })
}

/// A question or exclamation with a first- or second-person word: speech
/// addressed to someone ("- Tu viens ?", "- Laissez-moi !").
fn is_addressed(ctx: &Ctx<'_>, line: std::ops::Range<usize>) -> bool {
    use crate::lexicon::word;
    let asks = line
        .clone()
        .any(|k| ctx.is_punct(k) && ctx.surface(k).contains(['?', '!']));
    asks && line.clone().any(|k| ctx.is(k, word::PERSON_DEICTIC))
}

/// Quoted runs of at least this many paragraphs may be embedded narratives.
const EMBEDDED_MIN_PARAGRAPHS: usize = 4;
/// Passé simple forms a run needs to read as narration.
const EMBEDDED_MIN_NARRATIVE_FORMS: usize = 3;

/// A passé simple form: listed in grammar.txt, or a first-person plural in
/// -âmes, -îmes, -ûmes ("nous allâmes") that is not one of the nouns or
/// adjectives with that ending.
fn is_narrative_past(ctx: &Ctx<'_>, i: usize) -> bool {
    use crate::lexicon::word;
    if ctx.is(i, word::NARRATIVE_PAST) {
        return true;
    }
    let w = ctx.lower(i);
    w.chars().count() >= 6
        && (w.ends_with("âmes") || w.ends_with("îmes") || w.ends_with("ûmes"))
        && !ctx.is(i, word::NOT_NARRATIVE_PAST)
}

/// A story told within the story is not reported speech. When a quotation
/// reopened at the head of each paragraph (French style) runs over
/// [`EMBEDDED_MIN_PARAGRAPHS`] paragraphs or more and is told in the passé
/// simple (a tale told by a character, a diary read aloud), its marks are
/// dropped and the quotations inside it become the outermost ones, so that
/// the dialogue of the inner story is what gets attributed. News speech is
/// told in the passé composé, so news quotations keep their marks.
pub(crate) fn lift_embedded_narratives(ctx: &Ctx<'_>, pairs: &mut Vec<Pair>) {
    // Only a guillemets pair left open at a paragraph's end starts a run:
    // most documents have none, and need no table below.
    if !pairs
        .iter()
        .any(|p| p.depth == 0 && p.close.is_none() && p.kind == MarkKind::Guillemets)
    {
        return;
    }
    // The outermost guillemets pair opening at each token.
    let opening_at = |pairs: &[Pair], t: usize| -> Option<usize> {
        let k = pairs.partition_point(|p| p.open < t);
        (k < pairs.len()
            && pairs[k].open == t
            && pairs[k].depth == 0
            && pairs[k].kind == MarkKind::Guillemets)
            .then_some(k)
    };
    // The outermost guillemets pair left open at the end of each paragraph.
    let mut open_at_end = vec![None; ctx.paragraphs.len()];
    for (k, p) in pairs.iter().enumerate() {
        if p.depth == 0 && p.close.is_none() && p.kind == MarkKind::Guillemets {
            let para = ctx.paragraphs.partition_point(|q| q.tokens.end <= p.open);
            if para < ctx.paragraphs.len() && ctx.paragraphs[para].tokens.end == p.content.end {
                open_at_end[para] = Some(k);
            }
        }
    }
    let mut dropped = vec![false; pairs.len()];
    let mut para = 0;
    while para < ctx.paragraphs.len() {
        let Some(first) = open_at_end[para] else {
            para += 1;
            continue;
        };
        let mut chain = vec![first];
        let mut next = para + 1;
        while next < ctx.paragraphs.len() {
            let Some(k) = opening_at(pairs, ctx.paragraphs[next].tokens.start) else {
                break;
            };
            chain.push(k);
            next += 1;
            if open_at_end[next - 1] != Some(k) {
                break; // closed in this paragraph: the run ends here
            }
        }
        let narrative = chain
            .iter()
            .flat_map(|&k| pairs[k].content.clone())
            .filter(|&t| is_narrative_past(ctx, t))
            .take(EMBEDDED_MIN_NARRATIVE_FORMS)
            .count();
        if chain.len() >= EMBEDDED_MIN_PARAGRAPHS && narrative >= EMBEDDED_MIN_NARRATIVE_FORMS {
            for &k in &chain {
                dropped[k] = true;
            }
        }
        para = next.max(para + 1);
    }
    if !dropped.contains(&true) {
        return;
    }
    // Pairs inside a dropped one move one level out.
    let mut container_end = 0;
    for k in 0..pairs.len() {
        crate::limits::every(k);
        if dropped[k] {
            container_end = pairs[k].end();
        } else if pairs[k].open < container_end && pairs[k].depth > 0 {
            pairs[k].depth -= 1;
        }
    }
    let mut k = 0;
    pairs.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    pairs.sort_by_key(|p| (p.open, p.depth));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::testing::{tokens_text, with_ctx};

    /// The pairs of `text`: kind, content, depth and whether it is closed.
    fn pairs(text: &str) -> Vec<(MarkKind, String, usize, bool)> {
        with_ctx(text, |ctx| {
            let mut pairs = find_pairs(ctx, crate::DEFAULT_MAX_QUOTE_DEPTH);
            lift_embedded_narratives(ctx, &mut pairs);
            pairs
                .iter()
                .map(|p| {
                    let content = tokens_text(ctx, p.content.clone());
                    (p.kind, content, p.depth, p.close.is_some())
                })
                .collect()
        })
    }

    #[test]
    fn marks_pair_within_their_paragraph() {
        use MarkKind::*;
        type Expected = &'static [(MarkKind, &'static str, usize, bool)];
        let cases: &[(&str, Expected)] = &[
            (
                "Il a dit « oui » puis « non ».",
                &[(Guillemets, "oui", 0, true), (Guillemets, "non", 0, true)],
            ),
            (
                "« Il m'a dit “ pars ” hier », raconte-t-elle.",
                &[
                    (Guillemets, "Il m'a dit “ pars ” hier", 0, true),
                    (Curly, "pars", 1, true),
                ],
            ),
            ("Il a dit \"non\" hier.", &[(Straight, "non", 0, true)]),
            // Left open: runs to the end of its paragraph, never further.
            (
                "Il a dit « non, jamais.\n\nLa suite.",
                &[(Guillemets, "non, jamais.", 0, false)],
            ),
            ("Il n'a rien dit.", &[]),
        ];
        for (text, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|&(k, c, d, closed)| (k, c.to_string(), d, closed))
                .collect();
            assert_eq!(pairs(text), expected, "{text}");
        }
    }

    #[test]
    fn a_dash_opens_a_dialogue_line() {
        let found = pairs("Il entra.\n— Je pars demain, dit-il.\n— Non !");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|p| p.0 == MarkKind::Dialogue), "{found:?}");
        assert_eq!(found[1].1, "Non !");
    }

    #[test]
    fn passe_simple_endings_skip_the_nouns() {
        with_ctx("Nous arrivâmes. Des infâmes costumes.", |ctx| {
            let at = |w: &str| crate::quote::testing::token(ctx, w);
            assert!(is_narrative_past(ctx, at("arrivâmes")));
            assert!(!is_narrative_past(ctx, at("infâmes")));
            assert!(!is_narrative_past(ctx, at("costumes")));
        });
    }
}
