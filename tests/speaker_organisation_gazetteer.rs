//! Issue 15: organisations.txt's section of session 21 (international
//! bodies, French institutions, parties, unions, companies and NGOs that
//! speak in the news). A one-word or acronym subject not in the lists reads
//! as a person's; the listed ones speak as organisations. Names that the
//! filter of tools/gazetteer.py left out (first names such as "Ema",
//! surnames) stay persons', and so do people whose first name opens a
//! listed body's name ("Marine" of "Marine nationale").
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    ngo_after_selon:
        "Selon Foodwatch, les étiquettes de ces yaourts sont trompeuses."
        => [("Foodwatch", Organisation, Unknown, 1)];
    association_subject:
        "Anticor a annoncé que l'association porterait plainte contre X."
        => [("Anticor", Organisation, Unknown, 1)];
    foreign_union_inverted:
        "« Nous ne signerons pas cet accord », a prévenu IG Metall."
        => [("IG Metall", Organisation, Unknown, 1)];
    company_subject:
        "Framatome a confirmé que le réacteur redémarrerait en mai."
        => [("Framatome", Organisation, Unknown, 1)];
    platform_subject:
        "Binance a démenti que les fonds de ses clients aient été détournés."
        => [("Binance", Organisation, Unknown, 1)];
    party_subject:
        "Le Fidesz a assuré que la réforme serait votée avant l'été."
        => [("Fidesz", Organisation, Unknown, 1)];
    control_first_name_left_out:
        "Ema Lacroix a affirmé que la réforme serait votée avant l'été."
        => [("Ema Lacroix", Person, Unknown, 1)];
    control_first_name_opening_a_body:
        "Marine Dubreuil a déclaré que le navire rentrerait à Brest."
        => [("Marine Dubreuil", Person, Unknown, 1)];
    control_lone_surname_left_out:
        "Paul Lafarge, le maire, a parlé lundi. Lafarge a assuré que l'usine resterait ouverte."
        => [("Paul Lafarge", Person, Masculine, 1)];
}
