//! Issue 15: the broadened place gazetteer (tools/gen_places.py: French
//! prefectures, CLDR's French exemplar cities, GeoNames cities of 300,000
//! people or more abroad and 30,000 or more in France). A place subject
//! speaks by metonymy, as an organisation; a one-word name not in the list
//! reads as a person's ("Kestrelmoor a annoncé"). The filter left out the
//! places that are also first names, frequent surnames or common words, so
//! invented people who bear such names, or live next to a new place, stay
//! persons.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    prefecture_subject:
        "Rodez a répondu que la route serait rouverte lundi."
        => [("Rodez", Organisation, Unknown, 1)];
    overseas_chef_lieu_subject:
        "Mamoudzou a annoncé que les écoles rouvriraient jeudi."
        => [("Mamoudzou", Organisation, Unknown, 1)];
    french_city_after_selon:
        "Selon Valenciennes, le stade restera fermé jusqu'en mars."
        => [("Valenciennes", Organisation, Unknown, 1)];
    foreign_city_inverted:
        "« Nous reconstruirons le pont », a assuré Curitiba dans un communiqué."
        => [("Curitiba", Organisation, Unknown, 1)];
    exonym_subject:
        "Ekaterinbourg a démenti que l'usine ait été touchée."
        => [("Ekaterinbourg", Organisation, Unknown, 1)];
    control_unknown_word_stays_a_person:
        "Kestrelmoor a annoncé que les écoles rouvriraient jeudi."
        => [("Kestrelmoor", Person, Unknown, 1)];
    first_name_of_a_city_before_a_new_place:
        "Florence Valbert, maire de Saint-Nazaire, a déclaré que le port rouvrirait."
        => [("Florence Valbert", Person, Unknown, 1)];
    first_name_of_a_city_alone:
        "Charlotte a affirmé qu'elle ne se représenterait pas."
        => [("Charlotte", Person, Unknown, 1)];
    first_name_of_an_italian_city_alone:
        "Florence a assuré qu'elle porterait plainte."
        => [("Florence", Person, Unknown, 1)];
    surname_of_a_city_alone:
        "Dallas a indiqué qu'il quitterait le club à la fin de la saison."
        => [("Dallas", Person, Unknown, 1)];
    surname_of_a_foreign_city_refers_back:
        "Rosa Mendoza, la consule à Laval, a parlé mardi. Mendoza a affirmé que les visas seraient délivrés."
        => [("Rosa Mendoza", Person, Feminine, 1)];
    surname_of_a_french_city_refers_back:
        "Charlotte Aubagne, procureure de Rodez, a précisé que l'enquête continuait. Aubagne a ajouté qu'aucun suspect n'était arrêté."
        => [("Charlotte Aubagne", Person, Feminine, 2)];
    first_name_of_a_place_with_a_surname:
        "Lourdes Martin a expliqué que le pèlerinage de Gatineau était annulé."
        => [("Lourdes Martin", Person, Unknown, 1)];
    person_beside_a_new_foreign_city:
        "« Rien n'est décidé », a affirmé Austin Ferrand à Chengdu."
        => [("Austin Ferrand", Person, Unknown, 1)];
}
