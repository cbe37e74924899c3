//! A past participle whose auxiliary is shared with an earlier verb of the
//! clause: "Le maire a remercié les pompiers et rappelé que …", "a reconnu
//! des erreurs mais assuré que …". The coordination of two verb phrases
//! under one subject, seen in the UD files with the auxiliary written again
//! ("l'agence Reuters a retiré les clichés et a admis que") and in news
//! with it left out. Part of the verb groups ([`super::cues`]).

use super::Ctx;
use crate::lexicon::word;
use crate::pos::Tag;

/// How far back the shared auxiliary may stand from the coordinator.
const WINDOW: usize = 16;

/// Whether the participle at `i`, with no auxiliary of its own, right after
/// "et", "mais" or "puis", shares the auxiliary of a compound verb before
/// it in its sentence (within [`WINDOW`] tokens, no ";" or ":" between) and
/// opens its complement at once with "que", a quotation mark or a colon:
/// only a reporting verb's complement tells such a participle from an
/// adjective ("une loi votée et promulguée"). Bounded: linear.
pub(crate) fn shares_auxiliary(ctx: &Ctx<'_>, i: usize, sentence_start: usize) -> bool {
    if i < sentence_start + 3 || i + 1 >= ctx.len() {
        return false;
    }
    let coordinator = i - 1;
    if !ctx.is(coordinator, word::COORDINATOR) {
        return false;
    }
    let complement =
        matches!(ctx.lower(i + 1), "que" | "qu'" | ":") || matches!(ctx.surface(i + 1), "«" | "“");
    if !complement {
        return false;
    }
    let floor = sentence_start.max(coordinator.saturating_sub(WINDOW));
    let mut participle = false;
    for k in (floor..coordinator).rev() {
        let w = ctx.lower(k);
        if matches!(w, ";" | ":" | "que" | "qu'") {
            return false;
        }
        if ctx.tag(k) == Tag::Vpp {
            participle = true;
        } else if participle && ctx.is(k, word::AUXILIARY) && ctx.tag(k) == Tag::V {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::shares_auxiliary;
    use crate::quote::testing::{token, with_ctx};

    fn shares(text: &str, participle: &str) -> bool {
        with_ctx(text, |ctx| {
            let i = token(ctx, participle);
            shares_auxiliary(ctx, i, ctx.sentence_tokens(i).start)
        })
    }

    #[test]
    fn a_coordinated_participle_before_its_complement() {
        assert!(shares(
            "Le maire a remercié les pompiers et rappelé que la digue a tenu.",
            "rappelé"
        ));
        assert!(shares(
            "Le juge a entendu les parties puis rappelé : « Non. »",
            "rappelé"
        ));
        // No complement, no compound verb before, or a clause between.
        assert!(!shares(
            "Le maire a inauguré la salle et remercié les bénévoles.",
            "remercié"
        ));
        assert!(!shares(
            "Une loi votée et promulguée que nul ne lit.",
            "promulguée"
        ));
        assert!(!shares(
            "Le maire a parlé ; et rappelé que la digue a tenu.",
            "rappelé"
        ));
    }
}
