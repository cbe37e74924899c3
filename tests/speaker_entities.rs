//! Table-driven cases for speaker entities: who a mention is (identity), what
//! kind of source it is, and the gender cue the text gives, one case per rule.

use guillemet::Gender;

#[macro_use]
mod support;

speaker_cases! {
    // Agreement: a feminine role never joins a man the text marks masculine.
    feminine_role_never_joins_a_masculine_person:
        "Paul Durand est arrivé. La ministre a jugé que le projet était « équilibré »."
        => [("La ministre", Anonymous, Feminine, 1)];
    feminine_pronoun_never_joins_a_masculine_person:
        "Le président Paul Durand a parlé. « Nous verrons », a-t-elle répondu."
        => [];
    masculine_pronoun_finds_the_nearest_compatible_person:
        "La ministre Anne Martin a reçu Paul Durand. « Non », a-t-il dit. « Si », a-t-elle dit."
        => [("Paul Durand", Person, Masculine, 1), ("Anne Martin", Person, Feminine, 1)];
    participle_agreement_is_a_cue:
        "Claire Dubois est arrivée hier. « Rien ne change », a déclaré Claire Dubois."
        => [("Claire Dubois", Person, Feminine, 1)];
    title_in_apposition_is_a_cue:
        "« Il faut agir », déclare Fatoumata Maïga, présidente d'une ONG."
        => [("Fatoumata Maïga", Person, Feminine, 1)];
    name_in_a_de_complement_takes_no_agreement:
        "La réfutation de George Berkeley est restée célèbre : Berkeley affirmait que la matière n'existait pas."
        => [("George Berkeley", Person, Unknown, 1)];
    one_of_in_apposition_is_a_cue:
        "« Nous demandons la libération », a déclaré Oumar Maïga, l'un des responsables de la manifestation. \
         « Rien ne change », a dit Clotilde Martin, l'une des organisatrices."
        => [("Oumar Maïga", Person, Masculine, 1), ("Clotilde Martin", Person, Feminine, 1)];
    epicene_title_in_apposition_takes_its_adjective:
        "Selon François Dubet, sociologue français, le bac marque socialement. \
         « Nous gagnerons », a dit María Dolores de Cospedal, secrétaire générale du parti."
        => [("François Dubet", Person, Masculine, 1), ("María Dolores de Cospedal", Person, Feminine, 1)];
    title_phrase_before_the_name_is_a_cue:
        "La première ministre du Québec, Pauline Marois, a dit que la gratuité était difficile."
        => [("Pauline Marois", Person, Feminine, 1)];
    // Kinds: places speak by metonymy, common nouns are never names.
    place_subject_is_an_organisation:
        "Paris a répondu que la décision était prise."
        => [("Paris", Organisation, Unknown, 1)];
    country_subject_is_an_organisation:
        "La Syrie a affirmé que les troupes se retiraient."
        => [("Syrie", Organisation, Unknown, 1)];
    unnamed_role_is_anonymous:
        "« Non, il ne faut pas être inquiet », a répondu la porte-parole de la fédération."
        => [("la porte-parole de la fédération", Anonymous, Feminine, 1)];
    organisation_head_makes_an_organisation:
        "Le fisc défend cette publication. La fédération des banques a annoncé que les fraudes reculaient."
        => [("fédération des banques", Organisation, Unknown, 1)];
    common_noun_group_is_anonymous:
        "Les scientifiques ont conclu que les papillons mutaient."
        => [("Les scientifiques", Anonymous, Unknown, 1)];
    plural_capitalised_group_is_no_person:
        "Les Wikipédiens russophones craignent que la loi empêche l'accès aux pages."
        => [("Les Wikipédiens russophones", Anonymous, Unknown, 1)];
    known_organisation_keeps_its_whole_name:
        "Selon Reporters sans frontières, la situation de la presse s'aggrave."
        => [("Reporters sans frontières", Organisation, Unknown, 1)];
    name_in_apposition_to_an_organisation:
        "Selon la fédération des banques, Febelfin, « le montant est plus bas ». Febelfin a rappelé que la banque restait sûre."
        => [("Febelfin", Organisation, Unknown, 2)];
    indefinite_then_definite_role_is_one_person:
        "« Nous enquêtons », a indiqué un porte-parole de la police. « Le bilan est lourd », a-t-il précisé. \
         « Rien n'est exclu », a ajouté le porte-parole de la police madrilène."
        => [("un porte-parole de la police", Anonymous, Masculine, 3)];
    // Names: outlets, acronyms and titles before a name are not part of it.
    outlet_before_a_name_is_not_part_of_it:
        "Des poils trouvés en Sibérie appartiendraient au yéti, a annoncé à l'agence RIA Novosti Valentine Sapounov."
        => [("Valentine Sapounov", Person, Unknown, 1)];
    acronym_before_a_name_is_not_part_of_it:
        "Le député LFI François Ruffin a déclaré que la réforme échouerait."
        => [("François Ruffin", Person, Masculine, 1)];
    initials_join_the_full_name:
        "Valentine Sapounov a annoncé que les poils venaient du yéti. « Rien n'est sûr », a indiqué V. Sapounov."
        => [("Valentine Sapounov", Person, Unknown, 2)];
    first_name_joins_the_full_name:
        "Vladimir Poutine est arrivé au sommet. « Nous agirons », a dit Vladimir."
        => [("Vladimir Poutine", Person, Masculine, 1)];
    namesakes_with_other_first_names_never_merge:
        "Marine Le Pen a estimé que le projet était dangereux. Jean-Marie Le Pen a jugé que sa fille se trompait."
        => [("Marine Le Pen", Person, Unknown, 1), ("Jean-Marie Le Pen", Person, Unknown, 1)];
    // Particles: a capitalised particle opens the surname, never a place.
    capitalised_particle_is_part_of_the_surname:
        "Le Pen a estimé que le projet était dangereux."
        => [("Le Pen", Person, Unknown, 1)];
    surname_with_particle_joins_the_nearest_bearer:
        "Jean-Marie Le Pen a quitté la salle. Marine Le Pen a estimé que le projet était dangereux. \
         « Non », a répondu Le Pen."
        => [("Marine Le Pen", Person, Unknown, 2)];
    particle_before_a_place_is_an_article:
        "La Syrie a affirmé que les troupes se retiraient. Le Caire a répondu que rien ne changeait."
        => [("Syrie", Organisation, Unknown, 1), ("Le Caire", Organisation, Unknown, 1)];
    // Names after an institution or a place in a complement.
    name_after_a_complement_is_the_person:
        "Le ministre de l'Intérieur Manuel Valls a déclaré que la police agirait. \
         Le président des États-Unis Barack Obama a estimé que la crise était finie."
        => [("Manuel Valls", Person, Masculine, 1), ("Barack Obama", Person, Masculine, 1)];
    place_in_a_complement_is_no_speaker:
        "« Il est paradoxal de devoir tirer la sonnette d'alarme », confie la députée de Moselle."
        => [("la députée de Moselle", Anonymous, Feminine, 1)];
    outlet_in_a_complement_is_no_person:
        "Un journaliste du New York Times a raconté que la ville était vide."
        => [("Un journaliste du New York Times", Anonymous, Masculine, 1)];
    // Epicene nouns: the article or the agreement decides, else no cue.
    epicene_noun_takes_the_article:
        "« Rien n'est sûr », a dit le professeur. « Tout est prêt », a répondu la professeur de chimie."
        => [("le professeur", Anonymous, Masculine, 1), ("la professeur de chimie", Anonymous, Feminine, 1)];
    epicene_noun_after_elision_gives_no_cue:
        "« Rien n'est sûr », a dit l'expert."
        => [("l'expert", Anonymous, Unknown, 1)];
    epicene_noun_and_feminine_pronoun_are_one_person:
        "Valentine Sapounov a présenté les poils. « Rien n'est sûr », a poursuivi l'expert. \
         Elle explique que l'ADN était humain."
        => [("Valentine Sapounov", Person, Feminine, 2)];
    // Pronouns prefer the subject of this sentence or the one before.
    pronoun_prefers_the_last_subject:
        "Gilles Simeoni a appris la nouvelle alors qu'il déjeunait avec Antoine Sollacaro. \
         Très ému, il confie que « rien ne sera plus comme avant »."
        => [("Gilles Simeoni", Person, Masculine, 1)];
    // A plural pronoun goes to the group just introduced in the plural.
    plural_pronoun_goes_to_the_group:
        "Les Talibans ont visé cet hôtel car, selon eux, il abritait des fêtes."
        => [("Talibans", Organisation, Unknown, 1)];
    plural_pronoun_with_no_group_nearby_is_no_one:
        "Les Talibans ont attaqué un hôtel. La police est arrivée. Les secours ont évacué les civils. \
         Selon eux, il abritait des fêtes."
        => [];
    organisation_noun_heads_are_organisations:
        "L'administration américaine a estimé que l'accord tenait. Selon la justice, le dossier est clos."
        => [("administration américaine", Organisation, Unknown, 1), ("justice", Organisation, Unknown, 1)];
    // Organisations: a known name inside its description, a bare
    // description referring back, names in other languages.
    known_organisation_after_its_description:
        "La secte islamiste Boko Haram a affirmé que l'attaque était une vengeance."
        => [("Boko Haram", Organisation, Unknown, 1)];
    organisation_description_refers_back_to_the_named_one:
        "Le quotidien français Le Figaro affirme que le ministre a menti. \
         « Les preuves sont claires », ajoute le quotidien. Le groupe Lagardère a annoncé que \
         l'usine ouvrirait. Le groupe prévoit que les ventes doubleront."
        => [("Le Figaro", Organisation, Unknown, 2), ("Lagardère", Organisation, Unknown, 2)];
    known_company_is_an_organisation:
        "Gazprom a annoncé que les livraisons reprendraient. Selon Airbus, les commandes augmentent."
        => [("Gazprom", Organisation, Unknown, 1), ("Airbus", Organisation, Unknown, 1)];
    organisation_word_in_another_language:
        "Le Technology Facilities Council a annoncé que le budget baisserait."
        => [("Technology Facilities Council", Organisation, Unknown, 1)];
    // A role refers back to the one person introduced with a role, not to
    // things named after a common noun.
    role_refers_to_the_one_titled_person:
        "Cette planète Alpha Centauri Bb a été repérée par l'astronome suisse Michel Mayor. \
         Elle se trouve dans un système de trois étoiles appelé Alpha Centauri, dans la \
         constellation du Centaure, à 4,3 années-lumière de notre Système solaire, soit à \
         40 000 milliards de kilomètres de la Terre, et elle orbite en 3,2 jours autour de son \
         étoile naine orange Alpha Centauri B, à six millions de kilomètres de celle-ci. \
         D'après le chercheur, la planète présenterait toujours la même face à son étoile."
        => [("Michel Mayor", Person, Masculine, 1)];
    // A person takes no article: a name right after "le", "la" or "l'" is an
    // organisation's, a capitalised title or common word a role.
    name_after_an_article_is_an_organisation:
        "Selon le China Daily, les exportations reculent. Hier, le Hezbollah a affirmé que la frontière était calme."
        => [("China Daily", Organisation, Unknown, 1), ("Hezbollah", Organisation, Unknown, 1)];
    capitalised_title_after_an_article_is_a_role:
        "Les couples sont reconstitués et le Duc annonce qu'Hermia peut épouser Lysandre."
        => [("le Duc", Anonymous, Masculine, 1)];
    capitalised_common_word_after_an_article_is_a_role:
        "« Partons », dit le jeune Baron. « Restez », répondit le Français."
        => [("le jeune Baron", Anonymous, Masculine, 1), ("le Français", Anonymous, Masculine, 1)];
    woman_named_after_la_is_a_person:
        "La Zambinella entra. « Chantez », dit le public. « Non », répondit la Zambinella."
        => [("le public", Anonymous, Unknown, 1), ("Zambinella", Person, Unknown, 1)];
    place_after_a_plural_article_is_an_organisation:
        "Même les États-Unis ont reconnu que la crise durait."
        => [("États-Unis", Organisation, Unknown, 1)];
    // A document speaks for the organisation it names, else for no one named.
    document_naming_its_author_is_an_organisation:
        "Une note de la DST indique que la rançon a été payée. La résolution du Conseil recommandait que la commission agisse."
        => [("note de la DST", Organisation, Unknown, 1), ("résolution du Conseil", Organisation, Unknown, 1)];
    document_without_author_is_anonymous:
        "Selon le rapport, la sensibilisation des enfants progresse. \
         En outre, une enquête menée dans des ports belges a révélé que la moitié des conteneurs fuyaient."
        => [("le rapport", Anonymous, Unknown, 1), ("une enquête menée dans des ports belges", Anonymous, Unknown, 1)];
    company_word_makes_an_organisation:
        "Selon Dana Air, l'avion était en bon état. RKO Pictures a annoncé que le film sortirait."
        => [("Dana Air", Organisation, Unknown, 1), ("RKO Pictures", Organisation, Unknown, 1)];
    honorific_maitre_is_a_title:
        "Maître Vergès plaide que l'opération n'a été qu'une manipulation."
        => [("Vergès", Person, Unknown, 1)];
    // A shared adjective joins two descriptions of one person only when the
    // role's head can describe a person: a document is no one's description.
    document_never_joins_a_person_by_an_adjective:
        "La chercheuse scientifique Marie Curie est arrivée hier. L'étude scientifique affirme que le climat change. \
         Le président russe Vladimir Poutine est à Paris. « Les prix montent », indique l'enquête russe."
        => [("L'étude scientifique", Anonymous, Unknown, 1), ("l'enquête russe", Anonymous, Unknown, 1)];
    role_still_joins_a_person_by_an_adjective:
        "Le président russe Vladimir Poutine est à Paris. « Les prix montent », indique le dirigeant russe."
        => [("Vladimir Poutine", Person, Masculine, 1)];
    // An organisation's one-word name joins a person only spelt as the
    // surname, never as a spelling variant of it.
    organisation_joins_no_surname_spelt_otherwise:
        "Jean Martel est venu à Paris. « Les ventes augmentent », indique le Martell. \
         La ministre Claire Dupond est venue. « Les ventes baissent », a indiqué DUPONT."
        => [("Martell", Organisation, Unknown, 1), ("DUPONT", Organisation, Unknown, 1)];
    surname_spelt_otherwise_still_joins_by_name:
        "Le ministre Jean Martel est venu à Paris. Selon Martell, les ventes augmentent."
        => [("Jean Martel", Person, Masculine, 1)];
    initials_of_another_first_name_stay_apart:
        "Anne Martin a dit que tout allait bien. « Non », a répondu P. Martin."
        => [("Anne Martin", Person, Unknown, 1), ("P. Martin", Person, Unknown, 1)];
    // A trade noun that names a person or a firm (éditeur, brasseur,
    // négociant…): before a firm-shaped name, the firm's type word; before a
    // first name and a surname, the person's role and gender cue.
    trade_noun_before_one_word_name_is_a_firm:
        "Le négociant Vaudrelac a annoncé que les prix du vrac baisseraient."
        => [("Vaudrelac", Organisation, Unknown, 1)];
    trade_noun_before_name_and_company_form_is_a_firm:
        "Le brasseur Orgemont SA a indiqué que la bière serait rappelée."
        => [("Orgemont SA", Organisation, Unknown, 1)];
    trade_noun_after_selon_is_a_firm:
        "Selon le chocolatier Pralivène, les ventes de Pâques ont doublé."
        => [("Pralivène", Organisation, Unknown, 1)];
    trade_noun_in_apposition_after_one_word_name_is_a_firm:
        "« Le marché est saturé », a estimé Vignorel, le négociant bordelais."
        => [("Vignorel", Organisation, Unknown, 1)];
    trade_noun_before_full_name_is_a_feminine_role:
        "L'imprimeuse Clothilde Quintavenne a affirmé que le papier manquait."
        => [("Clothilde Quintavenne", Person, Feminine, 1)];
    epicene_trade_noun_before_full_name_takes_its_article:
        "« Les ventes reculent », a reconnu le libraire Tancrède Morvezec."
        => [("Tancrède Morvezec", Person, Masculine, 1)];
    trade_noun_in_apposition_after_full_name_is_a_role:
        "Éloïse Valbrunière, l'éditrice lyonnaise, a annoncé que le livre sortirait."
        => [("Éloïse Valbrunière", Person, Feminine, 1)];
}

#[test]
fn people_lists_everyone_named_quoted_or_not() {
    let doc = guillemet::analyze(
        "Le ministre Pierre Moscovici a rencontré Christine Lagarde. \
         « Nous avançons », a déclaré Pierre Moscovici.",
    )
    .unwrap();
    let people: Vec<(&str, usize)> = doc
        .people()
        .iter()
        .map(|p| (p.name.as_str(), p.quotes.len()))
        .collect();
    assert_eq!(people, [("Pierre Moscovici", 1), ("Christine Lagarde", 0)]);
    assert_eq!(doc.people()[0].gender, Gender::Masculine);
    assert!(doc.people()[0].gender_cues >= 1);
}

/// The names `Document::people` lists for a text, in order.
fn people(text: &str) -> Vec<String> {
    let doc = guillemet::analyze(text).unwrap();
    doc.people().iter().map(|p| p.name.clone()).collect()
}

#[test]
fn people_are_persons_not_things_named_after_them() {
    let cases: &[(&str, &[&str])] = &[
        // A demonym before a name is not part of it.
        (
            "Pendant la guerre, le Britannique Donald Finlay a rencontré Claire Dubois.",
            &["Donald Finlay", "Claire Dubois"],
        ),
        // A common noun and a particle open a thing's name: a war, a race,
        // a town's office, a case.
        (
            "Il a combattu pendant la Guerre d'Indochine puis couru le Tour de France avec Paul Durand.",
            &["Paul Durand"],
        ),
        (
            "Le dossier, connu sous le nom d'Affaire Clearstream, a été confié à Eva Joly.",
            &["Eva Joly"],
        ),
        // A name with digits is a product's.
        (
            "L'appareil, un McDonnell Douglas MD-83 qui s'est écrasé hier, transportait le ministre Paul Durand.",
            &["Paul Durand"],
        ),
        // A company word makes a name an organisation's.
        (
            "L'avion de la compagnie Dana Air transportait Paul Durand. Astral Media a racheté la chaîne de Anne Martin.",
            &["Paul Durand", "Anne Martin"],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(people(text), *expected, "input {text:?}");
    }
}

// A firm's first word alone names the firm whose full name company words
// close, unless an honorific makes it a person's (session 9).
speaker_cases! {
    firm_short_name_after_full_name:
        "Kerbavon Industries a annoncé que l'usine fermerait. \
         Selon Kerbavon, les salariés seront reclassés."
        => [("Kerbavon Industries", Organisation, Unknown, 2)];
    firm_short_name_before_full_name:
        "Lunaviel a annoncé que la ligne serait arrêtée. \
         Lunaviel Technologies a précisé que les clients seraient remboursés."
        => [("Lunaviel Technologies", Organisation, Unknown, 2)];
    honorific_before_a_firm_short_name_is_a_person:
        "Kerbavon Industries a annoncé que l'usine fermerait. \
         M. Kerbavon a ajouté que la famille vendrait ses parts."
        => [("Kerbavon Industries", Organisation, Unknown, 1), ("Kerbavon", Person, Masculine, 1)];
    family_firm_closing_word:
        "Selon Pradelier & Fils, la cave sera vendue."
        => [("Pradelier & Fils", Organisation, Unknown, 1)];
    apposed_noun_gives_its_gender:
        "Maxence Lavaurel, retraitée de la poste, a expliqué que le bureau fermait."
        => [("Maxence Lavaurel", Person, Feminine, 1)];
    apposed_epicene_noun_gives_none:
        "Maxence Lavaurel, économiste à Brest, a expliqué que la croissance ralentissait."
        => [("Maxence Lavaurel", Person, Unknown, 1)];
}

// A role with its complements, then the person's name in apposition, a title
// or an honorific opening it: the person speaks (issue 14, session 10).
speaker_cases! {
    inverted_role_then_titled_name:
        "« Le feu est fixé », a indiqué à l'AFP le porte-parole des pompiers de l'Hérault, le commandant Loïc Vernassal."
        => [("Loïc Vernassal", Person, Masculine, 1)];
    role_then_titled_name_before_the_verb:
        "Le porte-parole des pompiers du Gard, le lieutenant Bastien Aurouze, a indiqué que deux personnes avaient été évacuées."
        => [("Bastien Aurouze", Person, Masculine, 1)];
    inverted_role_with_a_complement_in_a_then_name:
        "« Nous ne céderons pas », estime le président du groupe centriste au Sénat, Hervé Mallabrègue."
        => [("Hervé Mallabrègue", Person, Masculine, 1)];
    inverted_role_then_honorific_and_name:
        "« Le dossier est complet », a déclaré à l'AFP la directrice de l'agence régionale de santé, Mme Solange Farrouilh."
        => [("Solange Farrouilh", Person, Feminine, 1)];
    inverted_role_then_a_description_is_no_name:
        "« Le site restera ouvert », a assuré le directeur de l'usine, la plus grande de la vallée."
        => [("le directeur de l'usine", Anonymous, Masculine, 1)];
}

// A demonstrative ("ce dernier", "celui-ci") is the person named last, and a
// description by age or "le jeune homme" the person just named (session 11,
// tests/speaker_attribution_fresh.rs and fr-litbank's "la jeune femme",
// "celui-ci", "ce dernier").
speaker_cases! {
    ce_dernier_is_the_person_named_last_not_the_subject:
        "Hervé Lambrechts a rencontré Paul Ostendorf. Ce dernier a affirmé que le projet était viable."
        => [("Paul Ostendorf", Person, Masculine, 1)];
    celle_ci_is_the_person_named_last_not_the_subject:
        "Nadia Perregaux a présenté Lise Vormanet aux élus. Celle-ci a assuré que le budget serait tenu."
        => [("Lise Vormanet", Person, Feminine, 1)];
    cette_derniere_is_no_organisation_of_a_complement:
        "La directrice de la PME, Irène Calmejane, a pris la parole. Cette dernière a affirmé que l'usine resterait ouverte."
        => [("Irène Calmejane", Person, Feminine, 1)];
    la_jeune_femme_is_the_woman_just_named:
        "Juliette Ravelonne, 22 ans, a été secourue. « J'ai eu de la chance », a confié la jeune femme."
        => [("Juliette Ravelonne", Person, Feminine, 1)];
    le_septuagenaire_is_the_man_just_named:
        "Marcel Jouvenceau, 74 ans, a été relaxé. « Je suis soulagé », a déclaré le septuagénaire."
        => [("Marcel Jouvenceau", Person, Masculine, 1)];
    a_description_by_age_with_no_one_named_is_anonymous:
        "« Je n'ai rien vu », a déclaré un octogénaire."
        => [("un octogénaire", Anonymous, Masculine, 1)];
}

// A plural head with no gender cue of its own takes none from its "de"
// complement (session 11; UD "les membres du conseil", fr-litbank "des
// amis de la reine", Wikinews "les partisans du vainqueur").
speaker_cases! {
    plural_head_no_cue_from_complement:
        "Les avocats de la ministre ont estimé que la plainte était abusive."
        => [("Les avocats de la ministre", Anonymous, Unknown, 1)];
    plural_head_no_cue_from_masculine_complement:
        "Des proches du ministre ont affirmé que le dossier était vide."
        => [("Des proches du ministre", Anonymous, Unknown, 1)];
    singular_head_keeps_its_article_cue:
        "Une proche du ministre a affirmé que le dossier était vide."
        => [("Une proche du ministre", Anonymous, Feminine, 1)];
}
