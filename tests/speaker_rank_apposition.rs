//! A role followed by a name in apposition opened by a hyphenated rank of
//! the armed forces, gendarmerie, police or fire service ("« … », a déclaré
//! le commandant des opérations de secours, le lieutenant-colonel X", held-out
//! set 20 a03, whose speaker lost the name): the rank is a title like "le
//! colonel" (titles.txt), so the name in apposition is the speaker's.
//! A rank's "de" complement is part of it ("le chef d'escadron X", "le
//! général de brigade X": rank_complements in grammar.txt).
//! Controls: a one-word rank (already right), a rank with no name after it,
//! a rank alone referring back to the person named before, a title whose
//! complement is no rank's ("le capitaine de l'équipe, X"). Invented names.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    lieutenant_colonel_after_a_role:
        "« Le feu a pris très vite », a déclaré le commandant des opérations de secours, le lieutenant-colonel Loïc Vernadet."
        => [("Loïc Vernadet", Person, Masculine, 1)];
    adjudant_chef_elided_after_a_role:
        "« Nous avons évacué trois familles », a précisé le chef du centre de secours, l'adjudant-chef Mathis Querré."
        => [("Mathis Querré", Person, Masculine, 1)];
    contre_amiral_after_a_role:
        "« Le navire ne représente aucun danger », a assuré le préfet maritime, le contre-amiral Yann Le Beuz."
        => [("Yann Le Beuz", Person, Masculine, 1)];
    sergent_chef_after_a_role_feminine_cue:
        "« La route restera fermée », a indiqué la porte-parole des pompiers, la sergente-cheffe Inès Marchal."
        => [("Inès Marchal", Person, Feminine, 1)];
    medecin_colonel_after_a_role:
        "« Les blessés sont hors de danger », a expliqué le directeur du service de santé, le médecin-colonel Paul Artigue."
        => [("Paul Artigue", Person, Masculine, 1)];
    brigadier_chef_subject_before_the_verb:
        "Le porte-parole du commissariat, le brigadier-chef Rémi Santoni, a affirmé que l'enquête progressait."
        => [("Rémi Santoni", Person, Masculine, 1)];
    sous_lieutenant_alone_before_the_name:
        "« Personne n'a été blessé », a déclaré le sous-lieutenant Hugo Bellard."
        => [("Hugo Bellard", Person, Masculine, 1)];
    control_one_word_rank_after_a_role:
        "« Le feu a pris très vite », a déclaré le commandant des opérations de secours, le colonel Loïc Vernadet."
        => [("Loïc Vernadet", Person, Masculine, 1)];
    control_rank_with_no_name:
        "« Le feu a pris très vite », a déclaré le lieutenant-colonel."
        => [("le lieutenant-colonel", Anonymous, Masculine, 1)];
    control_rank_alone_refers_back:
        "Le colonel Loïc Vernadet dirigeait les secours. « Le feu a pris très vite », a déclaré le colonel."
        => [("Loïc Vernadet", Person, Masculine, 1)];
    control_hyphenated_rank_alone_refers_back:
        "Le lieutenant-colonel Loïc Vernadet dirigeait les secours. « Le feu a pris très vite », a déclaré le lieutenant-colonel."
        => [("Loïc Vernadet", Person, Masculine, 1)];
    rank_with_complement_after_a_role:
        "« Le feu a pris très vite », a déclaré le porte-parole de la gendarmerie, le chef d'escadron Loïc Vernadet."
        => [("Loïc Vernadet", Person, Masculine, 1)];
    general_de_brigade_after_a_role:
        "« La zone est sécurisée », a affirmé le commandant de l'opération, le général de brigade Alain Ferrandi."
        => [("Alain Ferrandi", Person, Masculine, 1)];
    capitaine_de_corvette_subject_before_the_verb:
        "Le porte-parole de la préfecture maritime, le capitaine de corvette Yves Kerhervé, a indiqué que le navire dérivait."
        => [("Yves Kerhervé", Person, Masculine, 1)];
    control_title_with_a_complement_then_a_name:
        "« Nous avons manqué de rythme », a regretté le capitaine de l'équipe, Alain Ferrandi."
        => [("Alain Ferrandi", Person, Masculine, 1)];
    control_rank_with_a_complement_and_no_name:
        "« La zone est sécurisée », a affirmé le général de brigade."
        => [("le général de brigade", Anonymous, Masculine, 1)];
    #[ignore = "gap: a title with a place ('le préfet de Corse X') in apposition after a role is not read past (no rank complement)"]
    title_with_a_place_after_a_role:
        "« La zone est sécurisée », a affirmé le représentant de l'État, le préfet de Corse Alain Ferrandi."
        => [("Alain Ferrandi", Person, Masculine, 1)];
}
