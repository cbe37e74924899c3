//! A tenth constructed set for speaker entities (issue 15, session 12,
//! round 2), written before the rules it tests, for three constructions
//! seen while writing `speaker_kinds_fresh_7.rs`:
//!
//! - the subject of the main clause right after a "selon X," / "pour X," /
//!   "d'après X," source, headed by an organisation noun ("Pour l'entraîneur
//!   du Stade rennais, Hugo Penven, l'équipe a manqué…"), read as an
//!   apposition naming X, which made the person an organisation. An
//!   apposition is closed (a comma, the sentence's end); a phrase followed
//!   by its verb is the clause's subject. Tuned data: a name closing a
//!   fronted phrase then an organisation-headed subject and its verb, 2 in
//!   the UD files (Sequoia train: "Contre Laurent Dominati et Philippe
//!   Dominati, le parquet de Paris a requis", "…My Pet Jawa, l'agence
//!   Reuters a retiré"), 3 in the published held-out sets (session 6
//!   speech 9, session 7 kinds 30, session 11 speech 42);
//! - a first name the tagger does not know, opening the sentence, before a
//!   surname that is a common word ("Emmanuelle Blanc", "Églantine
//!   Lumière"): read as an adjective and a noun, the name was dropped and
//!   the speaker became anonymous. Tuned data: held-out session 4 kinds 17
//!   ("Emmanuelle Blanc, directrice de l'école, a expliqué"), fr-litbank
//!   Douce_Lumiere ("Églantine Lumière vient d'avoir seize ans", and 4 more
//!   mentions of her and of "Juliette Force"), GSD dev ("Marius Plateau
//!   (1886-1923) est un ingénieur");
//! - a fronted topic adverbial "Côté X," taken into the speaker ("Côté
//!   finances, X a affirmé"): found nowhere in the tuned data, left as a
//!   known gap.
//!
//! Conventions as in `speaker_kinds_fresh_7.rs`. Every invented person
//! appears nowhere else in the repository (checked with grep when written).
//!
//! Scored once before any rule change: 15 cases, 6 passed (40 %) on main
//! 92017ed, 2026-12-01 11:08 UTC; the 9 failures are marked `#[ignore]`
//! with what went wrong: the clause's subject read as an apposition naming
//! the source (5), the unknown first name dropped (3), "Côté X," taken into
//! the speaker (1). After the two rules (apposition closed; a first name
//! before a common-word surname read as the head): 14/15, the "Côté X,"
//! case left ignored.

#[macro_use]
mod support;

// A source name, then the main clause's subject headed by an organisation noun.
speaker_cases! {
    selon_name_then_equipe_subject:
        "Selon Hugo Penvrac, l'équipe a manqué de réalisme en première période."
        => [("Hugo Penvrac", Person, Unknown, 1)];
    pour_role_and_name_then_equipe_subject:
        "Pour l'entraîneur du club, Hugo Penvrac, l'équipe a manqué de réalisme."
        => [("Hugo Penvrac", Person, Masculine, 1)];
    dapres_name_then_gouvernement_subject:
        "D'après Lucie Garandel, le gouvernement va reculer sur la réforme."
        => [("Lucie Garandel", Person, Unknown, 1)];
    pour_name_then_mairie_subject:
        "Pour Anouk Brézoual, la mairie a menti aux habitants."
        => [("Anouk Brézoual", Person, Unknown, 1)];
    selon_name_then_club_with_relative:
        "Selon Loïc Ronsac, le club qui l'a formé a refusé de le payer."
        => [("Loïc Ronsac", Person, Unknown, 1)];
    control_closed_apposition_after_selon:
        "Selon Kelvoria, le distributeur néerlandais de vélos, les prix vont monter."
        => [("Kelvoria", Organisation, Unknown, 1)];
    control_closed_apposition_at_the_end:
        "« Les prix vont monter », selon Kelvoria, le distributeur néerlandais."
        => [("Kelvoria", Organisation, Unknown, 1)];
    control_selon_outlet_then_direction:
        "Selon Le Télégramme, la direction de l'usine envisage de supprimer des postes."
        => [("Le Télégramme", Organisation, Unknown, 1)];
}

// An unknown first name opening the sentence, before a common-word surname.
speaker_cases! {
    emmanuelle_blanc_opening:
        "Emmanuelle Sauvageon a affirmé que la loi passerait. \
         Emmanuelle Blanc a affirmé que la loi ne passerait pas."
        => [("Emmanuelle Sauvageon", Person, Unknown, 1), ("Emmanuelle Blanc", Person, Unknown, 1)];
    eglantine_lumiere_opening:
        "Églantine Lumière a affirmé que la loi passerait."
        => [("Églantine Lumière", Person, Unknown, 1)];
    emmanuelle_noir_with_apposed_role:
        "Emmanuelle Noir, directrice de l'école, a expliqué qu'aucune classe ne fermerait."
        => [("Emmanuelle Noir", Person, Feminine, 1)];
    control_known_first_name_opening:
        "Marius Grand a affirmé que la loi passerait."
        => [("Marius Grand", Person, Unknown, 1)];
    control_unknown_first_name_after_selon:
        "Selon Emmanuelle Blanc, la loi passera."
        => [("Emmanuelle Blanc", Person, Unknown, 1)];
    control_heading_word_dropped:
        "Affaire Fontarel : le juge a estimé que le dossier était vide."
        => [("le juge", Anonymous, Masculine, 1)];
}

// A fronted topic adverbial is no part of the speaker.
speaker_cases! {
    #[ignore = "a fronted 'Côté X,' is taken into the speaker (none in the tuned data)"]
    fronted_cote_topic:
        "Côté finances, Aurélien Fontarel a affirmé que la dette baisserait."
        => [("Aurélien Fontarel", Person, Unknown, 1)];
}
