//! What a word's ending says of a past participle, whatever the tagger made
//! of it: the incise readers (an adjective between commas after an inverted
//! verb, [`super::incidental`]), the clause's segments (a fronted
//! participle the tagger read as a noun) and the gender cues of speakers
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

/// Whether `w` ends like the feminine of a participle or adjective in
/// "-u" ("secourue", "venues", "émue"), not "-que" or "-gue", whose "-ue"
/// is no agreement ("publique", "collègue"), nor a word of three letters
/// ("rue", "vue").
pub(crate) fn feminine_u_participle(w: &str) -> bool {
    let stem = w.strip_suffix('s').unwrap_or(w);
    stem.chars().count() > 3
        && stem.ends_with("ue")
        && !stem.ends_with("que")
        && !stem.ends_with("gue")
}

/// The gender of a participle in "-int" ("joint", "atteint", "rejoint":
/// masculine) or "-inte" ("jointe", "contrainte": feminine), plural or not;
/// `Unknown` for any other ending.
pub(crate) fn nasal_participle(w: &str) -> crate::lexicon::Gender {
    let stem = w.strip_suffix('s').unwrap_or(w);
    if stem.chars().count() < 5 {
        crate::lexicon::Gender::Unknown
    } else if stem.ends_with("inte") {
        crate::lexicon::Gender::Feminine
    } else if stem.ends_with("int") {
        crate::lexicon::Gender::Masculine
    } else {
        crate::lexicon::Gender::Unknown
    }
}
