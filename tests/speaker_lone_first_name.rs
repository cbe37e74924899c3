//! A person named by a first name alone in apposition to an age or a role
//! (news vox pops: "Dans la salle d'attente, Kevin, père d'un nourrisson,
//! a patienté … « … » confie-t-il", held-out set 18 a06, whose speaker had
//! an empty name) is a person entity named by that first name; the first
//! name gives no gender cue (by design), a role or a pronoun may.
//! Controls: a place or an organisation in the same position ("Paris,
//! capitale de …", "Castelbrune, ville de …", "Renault, constructeur …"),
//! a sentence-initial capitalised common word before a role ("Enfin, père
//! de deux enfants, il …"), a sentence-initial participle or adjective
//! before a role, which is the speaker ("Interrogée, la directrice …",
//! held-out set 6). Invented names.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    first_name_father_of_then_pronoun:
        "Dans la salle d'attente, Kevin, père d'un nourrisson de trois mois, a patienté six heures. « C'est long ! » confie-t-il."
        => [("Kevin", Person, Masculine, 1)];
    first_name_opening_the_sentence_with_a_role:
        "Quentin, père de deux enfants, a patienté toute la nuit. « On ne nous dit rien », regrette-t-il."
        => [("Quentin", Person, Masculine, 1)];
    first_name_with_an_age_then_pronoun:
        "Dans le cortège, Maëlys, 34 ans, a défilé sous la pluie. « Nous ne lâcherons rien », assure-t-elle."
        => [("Maëlys", Person, Feminine, 1)];
    first_name_age_alone_no_cue:
        "Camille, 29 ans, raconte que la cantine a fermé."
        => [("Camille", Person, Unknown, 1)];
    first_name_after_the_cue_with_a_role:
        "« Les équipes sont épuisées », explique Solène, infirmière."
        => [("Solène", Person, Feminine, 1)];
    control_capital_city_is_no_person:
        "Ce matin, Paris, capitale de la France, a voté. « C'est long », confie-t-il."
        => [];
    control_unknown_town_is_no_person:
        "Ensuite, Castelbrune, ville de 20 000 habitants, a voté. « C'est long », confie-t-il."
        => [];
    control_firm_is_no_person:
        "Hier, Renault, constructeur automobile, a annoncé des pertes. « C'est long », confie-t-il."
        => [];
    control_common_word_opening_a_role:
        "Enfin, père de deux enfants, il a patienté. « C'est long », confie-t-il."
        => [];
    control_participle_opening_before_a_role:
        "Interrogée, la directrice de l'école a expliqué que les cours reprendraient lundi."
        => [("la directrice de l'école", Anonymous, Feminine, 1)];
    control_masculine_participle_opening_before_a_role:
        "Contacté, le maire de Castelbrune a assuré que la route rouvrirait vendredi."
        => [("le maire de Castelbrune", Anonymous, Masculine, 1)];
    control_participle_phrase_opening_before_a_role:
        "Jointe par téléphone, la porte-parole de la préfecture a indiqué que l'enquête se poursuivait."
        => [("la porte-parole de la préfecture", Anonymous, Feminine, 1)];
    control_feminine_participle_unknown_to_the_tagger:
        "Contactée, la présidente du club a affirmé que le match aurait lieu."
        => [("la présidente du club", Anonymous, Feminine, 1)];
    control_adjective_opening_before_a_role:
        "Présente, la maire de Castelbrune a déclaré que le budget était voté."
        => [("la maire de Castelbrune", Anonymous, Feminine, 1)];
    first_name_that_is_a_common_word:
        "Rose, 41 ans, raconte que la cantine a fermé."
        => [("Rose", Person, Unknown, 1)];
}
