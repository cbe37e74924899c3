//! Role nouns session 21's audit found missing from titles.txt: nouns that
//! are subjects of reporting verbs in the tuned UD files ("l'évaluateur a
//! constaté", "tous les intervenants l'ont souligné", "de nombreux
//! protagonistes") and news role nouns ("un collaborateur du ministre").
//! Their form, or an epicene one's article, gives the cue, and before a
//! name in apposition they give the name theirs. Controls: an epicene one
//! after an elided article gives none, and a beneficiary noun left out of
//! the titles ("Pour les enfants de moins de six ans, l'entrée est
//! gratuite") stays no source. Invented names.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    collaborator_masculine:
        "« Le texte sera prêt lundi », a assuré un collaborateur du ministre."
        => [("un collaborateur du ministre", Anonymous, Masculine, 1)];
    collaborator_feminine:
        "Une collaboratrice du maire a affirmé que le dossier était bouclé."
        => [("Une collaboratrice du maire", Anonymous, Feminine, 1)];
    collaborator_in_apposition_before_a_name:
        "« Rien n'est décidé », a déclaré le collaborateur du sénateur, Paul Vernadet."
        => [("Paul Vernadet", Person, Masculine, 1)];
    assessor_feminine:
        "L'évaluatrice a estimé que certains projets étaient coûteux."
        => [("L'évaluatrice", Anonymous, Feminine, 1)];
    speaker_at_a_debate_feminine:
        "« Le débat est ouvert », a lancé une intervenante."
        => [("une intervenante", Anonymous, Feminine, 1)];
    teammate_with_a_possessive:
        "« Elle reviendra plus forte », a confié sa coéquipière."
        => [("sa coéquipière", Anonymous, Feminine, 1)];
    heiress_in_apposition_after_a_name:
        "Clémence Ardouvel, héritière du groupe, a annoncé qu'elle vendrait ses parts."
        => [("Clémence Ardouvel", Person, Feminine, 1)];
    officer_feminine:
        "« Le train ne partira pas », a prévenu une agente de la compagnie."
        => [("une agente de la compagnie", Anonymous, Feminine, 1)];
    supporter_feminine:
        "« On y croit jusqu'au bout », a lancé une supportrice."
        => [("une supportrice", Anonymous, Feminine, 1)];
    sympathiser_masculine:
        "Un sympathisant du parti a affirmé que la réunion avait été annulée."
        => [("Un sympathisant du parti", Anonymous, Masculine, 1)];
    control_epicene_after_an_elided_article:
        "« Tout a brûlé », a déclaré l'agent de sécurité."
        => [("l'agent de sécurité", Anonymous, Unknown, 1)];
    control_beneficiaries_are_no_source:
        "Pour les enfants de moins de six ans, l'entrée est gratuite."
        => [];
}
