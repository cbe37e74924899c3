//! A participle phrase of the interview set off by commas between a
//! reporting verb and its que-clause: "a affirmé, cité par l'agence
//! Reuters, que …", "a indiqué, interrogée par France Info, que …", "a
//! précisé, joint par téléphone, que". Evidence: published held-out set 11
//! (1), constructed sets 8 and 9 (8).

use super::*;
use crate::pos::Tag;

impl Extractor<'_, '_> {
    /// For a comma opening a participle phrase of the interview ("…,
    /// cité par l'agence Reuters, que", "…, interrogée par une radio, que",
    /// "…, joint par téléphone, que"), the comma that closes it: within
    /// eight words, no verb, clause or quotation between.
    pub(super) fn interview_phrase(&self, comma: usize, stop: usize) -> Option<usize> {
        let ctx = self.ctx;
        if ctx.lower(comma) != "," || comma + 2 >= stop {
            return None;
        }
        if !ctx.is(comma + 1, word::INTERVIEW_PARTICIPLE) {
            return None;
        }
        for k in comma + 2..stop.min(comma + 10) {
            if ctx.lower(k) == "," {
                return (k > comma + 2).then_some(k);
            }
            let clause = matches!(
                ctx.tag(k),
                Tag::V | Tag::VInf | Tag::Vpr | Tag::Cs | Tag::ProRel
            );
            if ctx.is_punct(k) || clause || self.in_pair[k] != NONE {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    /// The content of the first quote of `text`, if any.
    fn content(text: &str) -> Option<String> {
        let doc = crate::analyze(text).unwrap();
        doc.quotes().first().map(|q| q.span.slice(text).to_string())
    }

    #[test]
    fn a_participle_phrase_of_the_interview_stands_before_que() {
        let cases = [
            (
                "Le maire a affirmé, cité par l'agence Reuters, que la centrale fermerait.",
                Some("la centrale fermerait"),
            ),
            (
                "Le club a précisé, joint par téléphone, que le gardien était blessé.",
                Some("le gardien était blessé"),
            ),
            // Another participle is no phrase of the interview.
            (
                "Le maire a affirmé, ému par la foule, qu'il partirait.",
                None,
            ),
            // Nor one that holds a verb.
            (
                "Le maire a affirmé, cité par ceux qui le connaissent, que tout allait bien.",
                None,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(content(text).as_deref(), want, "{text}");
        }
    }
}
