//! An age in apposition right after a name ("X, 45 ans, directrice de
//! l'école") is read past: the role, participle or verb after it agrees
//! with the name as it would right after it, so it gives the name its
//! gender cue (held-out sets 17 and 18: "Karima X, 34 ans, rescapée de
//! l'incendie", "Josiane X, 67 ans, installée depuis trente ans", "Gérard
//! X, 67 ans, jugé depuis une semaine"), and the role introduces the name
//! as "X, directrice de l'école" does. Controls: an age alone, an epicene
//! role ("locataire depuis trente ans"), a place after the age. Invented
//! names.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    age_then_a_feminine_role:
        "« Nous avons tout donné », a déclaré Ondine Calvairac, 45 ans, directrice de l'école."
        => [("Ondine Calvairac", Person, Feminine, 1)];
    age_then_a_masculine_role_with_an_article:
        "« Le chantier reprendra lundi », a assuré Mathis Kerbradec, 52 ans, le gérant du camping."
        => [("Mathis Kerbradec", Person, Masculine, 1)];
    age_then_a_participle:
        "« J'ai vu les flammes », raconte Lina Vauquelin, 34 ans, rescapée de l'incendie."
        => [("Lina Vauquelin", Person, Feminine, 1)];
    age_then_a_role_then_the_verb:
        "Solène Marvejols, 38 ans, agricultrice à Vérosnes, a affirmé que la récolte était perdue."
        => [("Solène Marvejols", Person, Feminine, 1)];
    age_then_a_reflexive_participle:
        "Anne Brescou, 52 ans, s'est dite « soulagée » par le verdict."
        => [("Anne Brescou", Person, Feminine, 1)];
    age_role_then_the_role_refers_back:
        "Paul Dravigny, 61 ans, président du club, a reçu l'entraîneur Marc Lestrade. « Nous resterons en National », a assuré le président."
        => [("Paul Dravigny", Person, Masculine, 1)];
    control_age_without_a_role_the_role_goes_to_the_nearest:
        "Paul Dravigny, 61 ans, a reçu l'entraîneur Marc Lestrade. « Nous resterons en National », a assuré le président."
        => [("Marc Lestrade", Person, Masculine, 1)];
    control_age_alone:
        "« Nous avons tout donné », a déclaré Camille Dravigny, 45 ans."
        => [("Camille Dravigny", Person, Unknown, 1)];
    control_age_then_an_epicene_role:
        "« On nous a oubliés », soupire Dominique Ternier, 67 ans, locataire depuis trente ans."
        => [("Dominique Ternier", Person, Unknown, 1)];
    control_age_then_a_place:
        "« Tout a brûlé », a raconté Claude Brescou, 24 ans, de Vérosnes."
        => [("Claude Brescou", Person, Unknown, 1)];
}
