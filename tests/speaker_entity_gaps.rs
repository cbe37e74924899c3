//! A fifteenth constructed set for speaker entities (issue 15, session
//! 18), for gaps the published held-out sets show (scored with
//! `tools/holdout/score.py -v` on sessions 14, 16 and 17):
//!
//! - an anonymous speaker named by a trade the lexicon did not hold ("un
//!   vendeur du marché", "un cadre du parti"): no gender cue, where the
//!   article gives one as for "un sauveteur" or "une collègue". Seen in
//!   held-out set 17 (kinds: "un vendeur du marché", "un cadre du parti")
//!   and set 14 (kinds: "un cadre de l'entreprise", speech: "un cadre du
//!   ministère", "un cadre de LR", "Un cadre du groupe"). Nouns fixed in
//!   one gender whoever they name ("un témoin", "une victime") keep the
//!   article's cue as docs/speakers.md decides for titles marked epicene.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity), in order of first
//! quote; an unnamed speaker is anonymous, named as written with its
//! article. Every invented person appears nowhere else in the repository.

#[macro_use]
mod support;

// An anonymous speaker's trade, with both genders: the article decides.
speaker_cases! {
    seller_masculine:
        "« Ça fait vingt ans que je tiens ce stand », confie un vendeur de la halle."
        => [("un vendeur de la halle", Anonymous, Masculine, 1)];
    seller_feminine:
        "« Les clients ne viennent plus le mardi », soupire une vendeuse du marché couvert."
        => [("une vendeuse du marché couvert", Anonymous, Feminine, 1)];
    executive_masculine_subject:
        "Un cadre du syndicat a affirmé que la grève serait reconduite."
        => [("Un cadre du syndicat", Anonymous, Masculine, 1)];
    executive_feminine_inverted:
        "« Rien n'est encore décidé », a glissé une cadre de la direction."
        => [("une cadre de la direction", Anonymous, Feminine, 1)];
    customer_feminine:
        "« J'attends depuis une heure », s'agace une cliente de l'agence."
        => [("une cliente de l'agence", Anonymous, Feminine, 1)];
    pensioner_masculine:
        "« On ne nous écoute jamais », regrette un retraité du quartier."
        => [("un retraité du quartier", Anonymous, Masculine, 1)];
    framework_is_no_speaker:
        "Dans le cadre de l'enquête, le procureur a affirmé que les faits étaient graves."
        => [("le procureur", Anonymous, Masculine, 1)];
}
