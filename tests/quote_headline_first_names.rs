//! Headline speakers whose first name is also a common noun (issue 14
//! item 1, session 21): "Clémence Rioual : « … »" gave no speaker (the
//! tagger reads "Clémence" as a noun, which cannot speak), while the
//! subject reader already named her ("Clémence Rioual a affirmé que…").
//! Seen once in held-out set 21; the other cases are invented, with names
//! found nowhere else in the repository. Topic headlines (a capitalised
//! common noun alone, a heading's noun before a name) keep no speaker.
//! ("Justice", an institution's noun, already spoke before this rule: a
//! gap left alone.) Expected values follow ../shared/eval/GUIDELINES.md. Table format and
//! checker: tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;
#[macro_use]
mod support;

use constructions::run_table;

/// The construction, and the controls that must not change.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a first name that is a common noun, a surname, a colon",
        r"
Clémence Rioual : « On n’a rien lâché jusqu’à la dernière seconde » => On n’a rien lâché jusqu’à la dernière seconde | Rioual | headline-colon
Rose Vasselot : « Nous reviendrons plus forts » => Nous reviendrons plus forts | Vasselot | headline-colon
Victoire Dambrun : « Ce titre est pour mon père » => Ce titre est pour mon père | Dambrun | headline-colon
Prudence Kerhervé : « La ligne ne fermera pas » => La ligne ne fermera pas | Kerhervé | headline-colon
Blanche Morvillier : « Je ne regrette rien » => Je ne regrette rien | Morvillier | headline-colon
Violette Le Guennec : « Le budget est insincère » => Le budget est insincère | Guennec | headline-colon
Aimé Tressard (PS) : « Cette loi est une erreur » => Cette loi est une erreur | Tressard | headline-colon
Marguerite Pellouin, 88 ans : « J'ai connu la guerre » => J'ai connu la guerre | Pellouin | headline-colon
",
    ),
    (
        "topic headlines stay without a speaker",
        r"
Sécurité : « Nous ne céderons pas » => Nous ne céderons pas | - | colon
Chômage : « La situation est grave » => La situation est grave | - | colon
gap Justice : « Le dossier est vide » => Le dossier est vide | - | colon
Victoire : « On n’a rien lâché » => On n’a rien lâché | - | colon
Prudence : « Les routes sont glissantes » => Les routes sont glissantes | - | colon
Affaire Clearstream : « Le dossier est vide » => Le dossier est vide | - | colon
",
    ),
];

#[test]
fn headline_first_names() {
    run_table("headline first names, session 21", CONSTRUCTIONS);
}

// The speaker is the whole name, as the subject reader reads it, not the
// surname alone; a name with no common-noun first name is unchanged.
speaker_cases! {
    clemence_whole_name:
        "Clémence Rioual : « On n’a rien lâché jusqu’à la dernière seconde »"
        => [("Clémence Rioual", Person, Unknown, 1)];
    constance_whole_name:
        "Constance Vasselot : « Nous reviendrons plus forts »"
        => [("Constance Vasselot", Person, Unknown, 1)];
    victoire_whole_name:
        "Victoire Dambrun : « Ce titre est pour mon père »"
        => [("Victoire Dambrun", Person, Unknown, 1)];
    rose_with_particle:
        "Rose Le Guennec : « Le budget est insincère »"
        => [("Rose Le Guennec", Person, Unknown, 1)];
    same_as_the_subject_reader:
        "Clémence Rioual a affirmé que l’équipe n’avait rien lâché."
        => [("Clémence Rioual", Person, Unknown, 1)];
    plain_first_name_control:
        "Paul Tressard : « Nous ne céderons pas »"
        => [("Paul Tressard", Person, Unknown, 1)];
}
