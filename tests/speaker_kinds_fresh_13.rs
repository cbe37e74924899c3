//! A fifteenth constructed set for speaker entities (issue 15, session
//! 18's late round): a name followed by an apposition whose article comes
//! before an adjective and then the title ("X, la nouvelle directrice
//! sportive", "X, le jeune sélectionneur"). The gender cue was unknown: the
//! article's cue was read only when the title followed it directly ("X, la
//! directrice"). Seen in held-out set 18 (kinds, "Andréa X, la nouvelle
//! directrice sportive") and set 10 (speech 63, "Ana X, la nouvelle
//! directrice du festival"); the controls keep an adjective that is no
//! title's and a plural head without a cue.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`. Every invented person
//! appears nowhere else in the repository (checked with grep when
//! written). Scored once before the rule (main 1b008e2, 2026-12-02 02:10
//! UTC): 7 cases, 3 passed (the two controls and "l'ancienne maire",
//! whose elided article already let the adjective decide).

#[macro_use]
mod support;

speaker_cases! {
    new_director_feminine_inverted:
        "« Le projet sera prêt en mars », a assuré Perrine Lescoubet, la nouvelle directrice du théâtre."
        => [("Perrine Lescoubet", Person, Feminine, 1)];
    young_coach_masculine_inverted:
        "« On a manqué de réalisme », a reconnu Yanis Mabrouki-Tessier, le jeune sélectionneur du club."
        => [("Yanis Mabrouki-Tessier", Person, Masculine, 1)];
    former_mayor_subject:
        "Gaëlle Trouvadec, l'ancienne maire de la commune, a estimé que le budget était intenable."
        => [("Gaëlle Trouvadec", Person, Feminine, 1)];
    epicene_name_new_coach_feminine:
        "Dominique Varennec, une nouvelle entraîneuse, a déclaré que l'équipe devait se reprendre."
        => [("Dominique Varennec", Person, Feminine, 1)];
    epicene_name_future_president_masculine:
        "« Rien n'est encore décidé », a prévenu Camille Orsabal, le futur président de la ligue."
        => [("Camille Orsabal", Person, Masculine, 1)];
    control_adjective_of_no_title:
        "« Nous verrons bien », a dit Claude Marvejols, la seule à voter contre."
        => [("Claude Marvejols", Person, Unknown, 1)];
    control_plural_head:
        "« Le texte est prêt », a indiqué Sacha Ferrignac, les nouveaux élus présents."
        => [("Sacha Ferrignac", Person, Unknown, 1)];
}
