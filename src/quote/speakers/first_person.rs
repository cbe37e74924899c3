//! A named speaker's gender cue from its own words: the first-person
//! agreement inside the direct quote it speaks ("« Je suis fière »").

use super::gender::participle_gender;
use super::*;

/// A named speaker's gender cue `cue` (from its own words and the
/// agreement around them) with the first-person agreement of the direct
/// quote `q` it speaks: no cue when the two disagree.
pub(super) fn with_own_agreement(ctx: &Ctx<'_>, cue: Gender, q: &RawQuote) -> Gender {
    match (
        cue,
        first_person_gender(ctx, (q.first_token, q.content.end)),
    ) {
        (g, Gender::Unknown) | (Gender::Unknown, g) => g,
        (a, b) if a == b => a,
        _ => Gender::Unknown,
    }
}

/// The speaker's own agreement inside a direct quote:
/// a first-person singular subject, "être", "rester", "avoir été" or "se
/// sentir", then an adjective or a participle with a gendered form ("« Je
/// suis fière »", "« J'ai été menacé »", "« Je me suis sentie
/// abandonnée »"); the adverbs and the negation between them are skipped
/// (the word lists are sections of grammar.txt).
/// Other reflexive participles are left: "je me suis rendu compte" does not
/// agree. `Unknown` when two of them disagree.
/// `said`: the quote's first token and the offset where its content ends.
#[inline(never)]
fn first_person_gender(ctx: &Ctx<'_>, (first, end): (usize, usize)) -> Gender {
    let mut gender = Gender::Unknown;
    let bytes = ctx.text.as_bytes();
    for (k, t) in ctx.tokens.iter().enumerate().skip(first) {
        let at = t.start as usize;
        if at >= end {
            break;
        }
        // "je" / "j'" only: the first byte rules out the other words.
        if bytes[at] | 0x20 != b'j' || !ctx.is(k, word::FIRST_SINGULAR) {
            continue;
        }
        match (gender, self_agreement(ctx, k + 1, end)) {
            (_, Gender::Unknown) => {}
            (Gender::Unknown, g) => gender = g,
            (a, b) if a == b => {}
            _ => return Gender::Unknown,
        }
    }
    gender
}

/// The agreement after a first-person subject ending at `k` (see
/// [`first_person_gender`]), read up to the quote's end offset `end`.
fn self_agreement(ctx: &Ctx<'_>, mut k: usize, end: usize) -> Gender {
    let inside = |k: usize| k < ctx.len() && (ctx.tokens[k].start as usize) < end;
    let word_at = |k: usize| if inside(k) { ctx.lower(k) } else { "" };
    let g = &ctx.lex.grammar;
    let skip_adverbs = |mut k: usize| {
        while g.agreement_adverbs.contains(word_at(k)) {
            k += 1;
        }
        k
    };
    if matches!(word_at(k), "ne" | "n'") {
        k += 1;
    }
    match word_at(k) {
        w if g.first_singular_copulas.contains(w) => k += 1,
        w if g.first_singular_avoir.contains(w) => {
            k = skip_adverbs(k + 1);
            if word_at(k) != "été" {
                return Gender::Unknown;
            }
            k += 1;
        }
        "me" | "m'" => match word_at(k + 1) {
            w if g.first_singular_sentir.contains(w) => k += 2,
            w if g.first_singular_etre_aux.contains(w) => {
                let p = skip_adverbs(k + 2);
                match word_at(p) {
                    "sentie" => return Gender::Feminine,
                    "senti" => k = p + 1,
                    _ => return Gender::Unknown,
                }
            }
            _ => return Gender::Unknown,
        },
        _ => return Gender::Unknown,
    }
    k = skip_adverbs(k);
    if !inside(k) {
        return Gender::Unknown;
    }
    match participle_gender(ctx, k) {
        Gender::Unknown => predicative_gender(ctx, k),
        g => g,
    }
}

/// The gender of a predicative adjective or participle at `k` by the
/// endings [`participle_gender`] leaves ("ravi" / "ravie", "instruit",
/// "confiant" / "confiante", "content"), read only on a word tagged an
/// adjective or a participle: "je suis devant" is no agreement.
fn predicative_gender(ctx: &Ctx<'_>, k: usize) -> Gender {
    use crate::pos::Tag;
    if ctx.kind(k) != TokenKind::Word
        || ctx.is_capitalised(k)
        || !matches!(ctx.tag(k), Tag::Adj | Tag::Vpp | Tag::Vpr)
    {
        return Gender::Unknown;
    }
    let w = ctx.lower(k);
    if ["ie", "ise", "ite", "ante", "ente"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        Gender::Feminine
    } else if ["i", "is", "it", "ant", "ent"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        Gender::Masculine
    } else {
        Gender::Unknown
    }
}
