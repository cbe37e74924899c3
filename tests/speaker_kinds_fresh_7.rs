//! A ninth constructed set for speaker entities (issue 15, session 12),
//! written before any rule change of the session to estimate the KIND and
//! the GENDER CUE of speakers on constructions the tuned figures say little
//! about: national sides ("les Bleus", "le XV de France", "la Squadra
//! Azzurra", "les Diables rouges"), role nouns with an adjective before a
//! name ("le promoteur immobilier X", "la cheffe étoilée X", "l'avocat
//! pénaliste X"), gender cues from a fronted participle or adjective that
//! agrees with the subject ("Arrivée en 2019, X", "Réélu dimanche, X"),
//! ministries named by their street ("la place Beauvau", "la Rue de
//! Valois", "la rue de Grenelle", "Matignon", "Bercy"), a street or square
//! fronting the sentence that must not become the speaker ("Place de la
//! République, une manifestante a raconté"), institutions, unions, clubs,
//! outlets, agencies, courts, hospitals, universities and NGOs, people whose
//! name looks like a place ("Adrien Dijon", "France Lemarquis"), and
//! epicene first names with and without a cue.
//!
//! Conventions as in `speaker_kinds_fresh_6.rs` (README, "Speakers:
//! identity, kind and gender cue"): an unnamed office-holder is anonymous,
//! named with its article as written; a first name is never a gender cue; an
//! organisation has no gender cue and is named without its article; a
//! national side is a team, an organisation as a club is; a ministry named
//! by its street is an organisation named by the street as written. Every
//! invented person appears nowhere else in the repository (checked with
//! grep when written); real institutions, firms and teams are named as
//! French news names them. Rows are (canonical name, kind, gender cue,
//! quotes linked to the entity), in order of first quote; expectations
//! were written from GUIDELINES.md and the README, not from the output.
//!
//! Scored once before any rule change: 51 cases, 38 passed (74.5 %) on main
//! 5bba878, 2026-12-01 10:25 UTC. The 13 failures are marked `#[ignore]`
//! with what went wrong: a street or square fronting the sentence taken as
//! the speaker (4), a ministry named by its street read as anonymous or
//! found nowhere (3), a national side in the plural or "le XV de France"
//! read as a group or a person (3), a fronted participle with its own
//! complements swallowed into the speaker or taken for it (2), "le CHU de
//! X" read as a person (1). A rule lifts an ignore only when its
//! construction is also found in data other than this set (three times,
//! two sources).

#[macro_use]
mod support;

// National sides and teams.
speaker_cases! {
    #[ignore = "a national side in the plural or 'le XV de France' is read as a group or a person"]
    les_bleus_subject:
        "Les Bleus ont assuré que le groupe était soudé."
        => [("Bleus", Organisation, Unknown, 1)];
    #[ignore = "a national side in the plural or 'le XV de France' is read as a group or a person"]
    xv_de_france_after_selon:
        "Selon le XV de France, le capitaine reprendra l'entraînement lundi."
        => [("XV de France", Organisation, Unknown, 1)];
    squadra_azzurra_inverted:
        "« Nous voulons le titre », a affirmé la Squadra Azzurra."
        => [("Squadra Azzurra", Organisation, Unknown, 1)];
    equipe_de_france_subject:
        "L'équipe de France a annoncé que deux joueurs étaient blessés."
        => [("équipe de France", Organisation, Unknown, 1)];
    #[ignore = "a national side in the plural or 'le XV de France' is read as a group or a person"]
    diables_rouges_after_selon:
        "Selon les Diables rouges, le sélectionneur restera en poste."
        => [("Diables rouges", Organisation, Unknown, 1)];
}

// Role nouns with an adjective before a name: the person, without the role.
speaker_cases! {
    promoteur_immobilier_person:
        "Le promoteur immobilier Lucien Ferravolte a affirmé que les travaux commenceraient en mai."
        => [("Lucien Ferravolte", Person, Masculine, 1)];
    cheffe_etoilee_person:
        "La cheffe étoilée Ysoline Marquebreucq a expliqué que la carte changerait chaque saison."
        => [("Ysoline Marquebreucq", Person, Feminine, 1)];
    avocat_penaliste_after_selon:
        "Selon l'avocat pénaliste Gaspard Tribouillac, le dossier est vide."
        => [("Gaspard Tribouillac", Person, Masculine, 1)];
    viticulteur_bordelais_inverted:
        "« Le millésime sera bon », a assuré le viticulteur bordelais Amaury Chastrevol."
        => [("Amaury Chastrevol", Person, Masculine, 1)];
    romanciere_compound_adjective:
        "La romancière franco-algérienne Nadia Beldjoudi-Faure a estimé que la censure progressait."
        => [("Nadia Beldjoudi-Faure", Person, Feminine, 1)];
    chercheur_independant_epicene_first_name:
        "Le chercheur indépendant Camille Vantrouse a affirmé que les données étaient fausses."
        => [("Camille Vantrouse", Person, Masculine, 1)];
}

// Gender cues from a fronted participle or adjective; none without one.
speaker_cases! {
    fronted_arrivee_with_complements:
        "Arrivée à la tête du club en 2019, Camille Durandeau assure que les comptes sont sains."
        => [("Camille Durandeau", Person, Feminine, 1)];
    fronted_elu_with_date:
        "Élu en 2020, Dominique Farjounel a affirmé que la dette baisserait."
        => [("Dominique Farjounel", Person, Masculine, 1)];
    fronted_nommee:
        "Nommée en mars, Claude Sénéchalot a indiqué que le service serait réorganisé."
        => [("Claude Sénéchalot", Person, Feminine, 1)];
    fronted_reelu:
        "Réélu dimanche, Sacha Montbrissac a promis que les impôts n'augmenteraient pas."
        => [("Sacha Montbrissac", Person, Masculine, 1)];
    fronted_installee_with_place:
        "Installée à Lyon depuis dix ans, Alex Pouzargues raconte que le quartier a changé."
        => [("Alex Pouzargues", Person, Feminine, 1)];
    fronted_tres_inquiete:
        "Très inquiète, Morgan Vidalmière a expliqué que son fils n'était pas rentré."
        => [("Morgan Vidalmière", Person, Feminine, 1)];
    // Added with the rule (session 12): the participle read as a noun or a
    // name by the tagger, from UD Sequoia's "Secourue par Mitterrand,
    // Marguerite Duras"; a title before "de" stays the subject's apposition.
    fronted_secourue_par:
        "Secourue par les pompiers, Alex Lussagnet a raconté que l'eau montait."
        => [("Alex Lussagnet", Person, Feminine, 1)];
    fronted_entree_en_fonction:
        "Entrée en fonction en mars, Alex Lussagnet a indiqué que le service serait réorganisé."
        => [("Alex Lussagnet", Person, Feminine, 1)];
    fronted_title_with_de_complement:
        "Députée de la Drôme, Claude Ferrandol a affirmé que la loi passerait."
        => [("Claude Ferrandol", Person, Feminine, 1)];
    control_fronted_noun_only_gives_no_cue:
        "Lundi, sur place, Claude Ferrandol a affirmé que la loi passerait."
        => [("Claude Ferrandol", Person, Unknown, 1)];
    // Found while writing the rule (session 12): a fronted date gave the
    // masculine of its day or time word ("matin", "dernier") to the
    // subject, and a later "a-t-elle" then lost its quote.
    fronted_date_and_time_word_no_cue:
        "Lundi matin, Claude Ferrandol a affirmé que la loi passerait."
        => [("Claude Ferrandol", Person, Unknown, 1)];
    fronted_day_and_dernier_no_cue:
        "Samedi dernier, Claude Ferrandol a affirmé que la loi passerait."
        => [("Claude Ferrandol", Person, Unknown, 1)];
    fronted_date_then_a_t_elle:
        "Mardi soir, Claude Ferrandol a affirmé que la loi passerait. \
         « Je suis prête », a-t-elle ajouté."
        => [("Claude Ferrandol", Person, Feminine, 2)];
    fronted_participle_then_date_keeps_cue:
        "Interrogée lundi, Claude Ferrandol a affirmé que la loi passerait."
        => [("Claude Ferrandol", Person, Feminine, 1)];
    epicene_no_cue_after_selon:
        "Selon Dominique Castelbajoux, le projet sera abandonné."
        => [("Dominique Castelbajoux", Person, Unknown, 1)];
    fronted_date_no_cue:
        "En 2019, Camille Roustagnol a affirmé que la ligne rouvrirait."
        => [("Camille Roustagnol", Person, Unknown, 1)];
    epicene_then_a_t_il:
        "Claude Tessaudrel a affirmé que l'usine fermerait. « C'est une catastrophe », a-t-il ajouté."
        => [("Claude Tessaudrel", Person, Masculine, 2)];
    epicene_role_noun_no_cue:
        "Dominique Pérignac, maire de la commune, a affirmé que l'école resterait ouverte."
        => [("Dominique Pérignac", Person, Unknown, 1)];
    epicene_feminine_role_apposed:
        "Camille Astorvelle, directrice de l'école, a expliqué qu'aucune classe ne fermerait."
        => [("Camille Astorvelle", Person, Feminine, 1)];
}

// Ministries and seats of power named by their address.
speaker_cases! {
    #[ignore = "a ministry named by its street is read as anonymous or found nowhere"]
    place_beauvau_lowercase_after_selon:
        "Selon la place Beauvau, trois mille policiers seront mobilisés."
        => [("place Beauvau", Organisation, Unknown, 1)];
    #[ignore = "a ministry named by its street is read as anonymous or found nowhere"]
    rue_de_valois_subject:
        "La Rue de Valois a indiqué que le budget de la culture serait maintenu."
        => [("Rue de Valois", Organisation, Unknown, 1)];
    matignon_fait_savoir_inverted:
        "« Aucune décision n'est prise », a fait savoir Matignon."
        => [("Matignon", Organisation, Unknown, 1)];
    quai_d_orsay_subject:
        "Le Quai d'Orsay a affirmé que l'ambassadeur serait convoqué."
        => [("Quai d'Orsay", Organisation, Unknown, 1)];
    bercy_after_selon:
        "Selon Bercy, le déficit atteindra 5 % du PIB."
        => [("Bercy", Organisation, Unknown, 1)];
    elysee_subject:
        "L'Élysée a assuré que le président se rendrait à Marseille."
        => [("Élysée", Organisation, Unknown, 1)];
    #[ignore = "a ministry named by its street is read as anonymous or found nowhere"]
    rue_de_grenelle_lowercase_subject:
        "La rue de Grenelle a annoncé que le baccalauréat serait réformé."
        => [("rue de Grenelle", Organisation, Unknown, 1)];
}

// A street or square fronting the sentence is no speaker.
speaker_cases! {
    #[ignore = "a street or square fronting the sentence is taken as the speaker"]
    fronted_place_de_la_republique:
        "Place de la République, une manifestante a raconté que la police avait chargé."
        => [("une manifestante", Anonymous, Feminine, 1)];
    #[ignore = "a street or square fronting the sentence is taken as the speaker"]
    fronted_boulevard_then_plural:
        "Boulevard Voltaire, des commerçants ont affirmé que les vitrines avaient été brisées."
        => [("des commerçants", Anonymous, Unknown, 1)];
    #[ignore = "a street or square fronting the sentence is taken as the speaker"]
    fronted_rue_then_named_person:
        "Rue Sainte-Catherine, Lénaïg Kerboriou a expliqué que sa boutique était fermée."
        => [("Lénaïg Kerboriou", Person, Unknown, 1)];
    #[ignore = "a street or square fronting the sentence is taken as the speaker"]
    fronted_avenue_named_after_person:
        "Avenue Jean-Jaurès, un riverain a estimé que le chantier durait trop longtemps."
        => [("un riverain", Anonymous, Masculine, 1)];
}

// Institutions, unions, hospitals, universities, NGOs, clubs, outlets, courts, firms.
speaker_cases! {
    cfdt_subject:
        "La CFDT a estimé que la réforme était injuste."
        => [("CFDT", Organisation, Unknown, 1)];
    syndicat_force_ouvriere_after_selon:
        "Selon le syndicat Force ouvrière, la grève sera largement suivie."
        => [("Force ouvrière", Organisation, Unknown, 1)];
    #[ignore = "'le CHU de X' is read as a person"]
    chu_of_city_subject:
        "Le CHU de Montpellier a indiqué que deux patients étaient en réanimation."
        => [("CHU de Montpellier", Organisation, Unknown, 1)];
    universite_of_city_subject:
        "L'université de Strasbourg a annoncé que les cours reprendraient lundi."
        => [("université de Strasbourg", Organisation, Unknown, 1)];
    msf_after_selon:
        "Selon Médecins sans frontières, l'hôpital a été bombardé."
        => [("Médecins sans frontières", Organisation, Unknown, 1)];
    stade_rennais_inverted:
        "« Nous ne vendrons pas notre attaquant », a affirmé le Stade rennais."
        => [("Stade rennais", Organisation, Unknown, 1)];
    agence_reuters_after_selon:
        "Selon l'agence Reuters, les négociations ont échoué."
        => [("Reuters", Organisation, Unknown, 1)];
    quotidien_ouest_france_subject:
        "Le quotidien Ouest-France a révélé que la mairie avait été perquisitionnée."
        => [("Ouest-France", Organisation, Unknown, 1)];
    cour_d_appel_of_city:
        "La cour d'appel de Douai a estimé que la peine était trop lourde."
        => [("cour d'appel de Douai", Organisation, Unknown, 1)];
    groupe_carrefour_subject:
        "Le groupe Carrefour a annoncé que trois magasins fermeraient."
        => [("Carrefour", Organisation, Unknown, 1)];
    ong_amnesty_subject:
        "L'ONG Amnesty International a dénoncé que des manifestants avaient été torturés."
        => [("Amnesty International", Organisation, Unknown, 1)];
}

// People whose name looks like a place, and surnames that are common words.
speaker_cases! {
    surname_is_a_city:
        "Adrien Dijon a affirmé que la pétition avait recueilli mille signatures."
        => [("Adrien Dijon", Person, Unknown, 1)];
    first_name_is_a_country_after_selon:
        "Selon France Lemarquis, le festival sera annulé."
        => [("France Lemarquis", Person, Unknown, 1)];
    first_name_is_a_state:
        "Georgia Verniolac a expliqué que le refuge était complet."
        => [("Georgia Verniolac", Person, Unknown, 1)];
    surname_is_an_adjective_with_role:
        "Hélène Petit, infirmière à Rouen, a raconté que le service manquait de bras."
        => [("Hélène Petit", Person, Feminine, 1)];
}

// Speech-free controls: no speaker may be found.
speaker_cases! {
    control_xv_won:
        "Le XV de France a battu l'Irlande samedi soir."
        => [];
    control_place_beauvau_fronted:
        "Place Beauvau, les syndicats de policiers ont été reçus lundi."
        => [];
    control_rue_de_valois_fronted:
        "Rue de Valois, la ministre a inauguré une exposition."
        => [];
}
