//! What a word's ending says of a past participle, whatever the tagger made
//! of it: the incise readers (an adjective between commas after an inverted
//! verb, [`super::incidental`]) and the gender cues of speakers
//! ([`super::speakers`]) ask the same questions of the same words, so they
//! read one answer.

use super::Ctx;
use crate::pos::Tag;

impl Ctx<'_> {
    /// Whether token `k` is shaped as a past participle: tagged one or an
    /// adjective, or ending as a participle does ([`participle_ending`]:
    /// "amusée", "émue" read as nouns).
    pub(super) fn participle_shaped(&self, k: usize) -> bool {
        matches!(self.tag(k), Tag::Vpp | Tag::Adj) || participle_ending(self.lower(k))
    }
}

/// Whether a word ends as a past participle does ("ému", "agacée",
/// "émues").
fn participle_ending(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    masculine_u_ending(w)
        || stem.chars().count() > 2
            && (stem.ends_with('é') || stem.ends_with("ée") || stem.ends_with("ue"))
}

/// Whether a word ends as a masculine participle in "-u" does ("ému",
/// "déçus"), a form the treebanks give no gender.
pub(super) fn masculine_u_ending(w: &str) -> bool {
    w.chars().count() > 2 && w.strip_suffix('s').unwrap_or(w).ends_with('u')
}
