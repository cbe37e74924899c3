//! A fourth constructed set for speaker entities (issue 15, session 7),
//! written before any rule change of the session to estimate what a speaker
//! IS (person, organisation, anonymous) and its gender cue on news the rules
//! have not seen. It leans on what the earlier sets covered thinly: company
//! nouns before a name (constructeur, assureur, opérateur, start-up, groupe,
//! enseigne, distributeur, laboratoire…) and after it in apposition,
//! parliaments and institutions with and without an article and their
//! metonyms (Bercy, l'Élysée, Matignon, Beauvau), courts and agencies,
//! sports clubs, groups of people and unnamed individuals, persons named by
//! a role and a name, names that are also common nouns, gender cues from a
//! participle's agreement, role nouns in apposition, and "elle" for a
//! feminine organisation. Every invented person, company, club and town
//! appears nowhere else in the repository (checked with grep when written).
//!
//! Rows are (canonical name, kind, gender cue, quotes linked to the entity),
//! in order of first quote, as in `speaker_kinds_fresh.rs`; expectations
//! were written from GUIDELINES.md and the README's definitions (an
//! organisation is named by its name, without its article or its type word;
//! an unnamed speaker is anonymous and named as written; a group of people
//! is anonymous; the article or agreement decides an epicene role's cue;
//! organisations have no gender cue), not from the code's output.
//!
//! Scored once before any rule change: 136 cases, 74 passed (54.4 %) on
//! main 52793a6, 2026-11-30 15:40 UTC. The 62 failures are marked
//! `#[ignore]` with what went wrong: company nouns before a name or in
//! apposition after it read as persons (27, with 6 of them no source found
//! after "selon" or "d'après"), unknown parliaments after "la" or a capital "Le" (5),
//! clubs after an acronym or with a capitalised head (4), other quotes not
//! found (6), gender cues of a fronted participle, an apposed role or an
//! indefinite role (12), names cut at a title word (4), and a pronoun
//! for an organisation (4). A rule lifts an ignore only when its
//! construction is also found in data other than this set (three times,
//! two sources).

#[macro_use]
mod support;

// Company nouns before a name, as subject, after "selon" and inverted.
speaker_cases! {
    constructeur_subject:
        "Le constructeur Brevalon a annoncé que trois modèles seraient rappelés."
        => [("Brevalon", Organisation, Unknown, 1)];
    constructeur_automobile_after_selon:
        "Selon le constructeur automobile Drevanne, les ventes ont chuté de 12 %."
        => [("Drevanne", Organisation, Unknown, 1)];
    assureur_inverted:
        "« Les primes augmenteront », a prévenu l'assureur Colvéra."
        => [("Colvéra", Organisation, Unknown, 1)];
    assureur_after_selon:
        "Selon l'assureur Pavemont, les inondations ont coûté deux milliards."
        => [("Pavemont", Organisation, Unknown, 1)];
    operateur_subject:
        "L'opérateur Telvanis a indiqué que la panne était réparée."
        => [("Telvanis", Organisation, Unknown, 1)];
    operateur_ferroviaire_inverted:
        "« Les trains circuleront normalement », a assuré l'opérateur ferroviaire Railvest."
        => [("Railvest", Organisation, Unknown, 1)];
    start_up_subject:
        "La start-up Quorvane a affirmé que ses batteries ne chauffaient pas."
        => [("Quorvane", Organisation, Unknown, 1)];
    #[ignore = "'d'après la start-up X' is not taken as a source"]
    start_up_after_d_apres:
        "D'après la start-up lyonnaise Pixaldo, le marché doublera en deux ans."
        => [("Pixaldo", Organisation, Unknown, 1)];
    groupe_inverted:
        "« Aucun emploi ne sera supprimé », a promis le groupe Marvenix."
        => [("Marvenix", Organisation, Unknown, 1)];
    groupe_with_adjective_subject:
        "Le groupe chimique Ostrelle a reconnu que la fuite avait duré deux jours."
        => [("Ostrelle", Organisation, Unknown, 1)];
    enseigne_subject:
        "L'enseigne Bricolume a annoncé que quinze magasins fermeraient."
        => [("Bricolume", Organisation, Unknown, 1)];
    enseigne_after_selon:
        "Selon l'enseigne de jardinage Verdiflor, les ventes de semences explosent."
        => [("Verdiflor", Organisation, Unknown, 1)];
    distributeur_subject:
        "Le distributeur Alimarché a indiqué que les rayons seraient réapprovisionnés."
        => [("Alimarché", Organisation, Unknown, 1)];
    distributeur_inverted:
        "« Les prix baisseront en janvier », a affirmé le distributeur Provenzo."
        => [("Provenzo", Organisation, Unknown, 1)];
    laboratoire_subject:
        "Le laboratoire Servalis a affirmé que le vaccin était efficace à 90 %."
        => [("Servalis", Organisation, Unknown, 1)];
    laboratoire_pharmaceutique_after_selon:
        "Selon le laboratoire pharmaceutique Medrovia, la pénurie durera jusqu'à l'été."
        => [("Medrovia", Organisation, Unknown, 1)];
    fabricant_subject:
        "Le fabricant Isolbrik a reconnu que les panneaux étaient défectueux."
        => [("Isolbrik", Organisation, Unknown, 1)];
    equipementier_after_selon:
        "Selon l'équipementier Tordanne, les livraisons reprendront en mai."
        => [("Tordanne", Organisation, Unknown, 1)];
    transporteur_subject:
        "Le transporteur Fretlandis a indiqué que ses camions resteraient au dépôt."
        => [("Fretlandis", Organisation, Unknown, 1)];
    compagnie_aerienne_inverted:
        "« Les vols sont annulés jusqu'à nouvel ordre », a annoncé la compagnie aérienne Azurlys."
        => [("Azurlys", Organisation, Unknown, 1)];
    editeur_subject:
        "L'éditeur Gramalis a confirmé que le roman serait retiré des librairies."
        => [("Gramalis", Organisation, Unknown, 1)];
    brasseur_after_selon:
        "Selon le brasseur Houblivar, la récolte de houblon est mauvaise."
        => [("Houblivar", Organisation, Unknown, 1)];
    armateur_subject:
        "L'armateur Navimorse a affirmé que le cargo n'avait pas dévié."
        => [("Navimorse", Organisation, Unknown, 1)];
    hebergeur_inverted:
        "« Aucune donnée n'a fuité », a assuré l'hébergeur Nuagel."
        => [("Nuagel", Organisation, Unknown, 1)];
}

// A bare company name with its company noun in apposition.
speaker_cases! {
    name_then_distributeur_apposition:
        "Kelvoria, le distributeur néerlandais de vélos, a annoncé que ses prix baisseraient."
        => [("Kelvoria", Organisation, Unknown, 1)];
    name_then_constructeur_apposition:
        "Auretto, le constructeur italien, a indiqué que l'usine rouvrirait."
        => [("Auretto", Organisation, Unknown, 1)];
    name_then_operateur_apposition_after_selon:
        "Selon Fibrelis, l'opérateur du réseau, la coupure est due à un incendie."
        => [("Fibrelis", Organisation, Unknown, 1)];
    name_then_start_up_apposition:
        "Dronavia, une start-up toulousaine, a affirmé que ses drones étaient homologués."
        => [("Dronavia", Organisation, Unknown, 1)];
    name_then_assureur_apposition:
        "Mutelia, l'assureur mutualiste, a estimé que les tempêtes coûteraient cher."
        => [("Mutelia", Organisation, Unknown, 1)];
    name_then_laboratoire_apposition:
        "Pharmivel, le laboratoire suisse, a reconnu que les essais avaient échoué."
        => [("Pharmivel", Organisation, Unknown, 1)];
}

// Parliaments and institutions, with and without an article; metonyms.
speaker_cases! {
    bundestag_after_selon:
        "Selon le Bundestag, la loi entrera en vigueur en juillet."
        => [("Bundestag", Organisation, Unknown, 1)];
    bundestag_inverted:
        "« Le texte est adopté », a annoncé le Bundestag."
        => [("Bundestag", Organisation, Unknown, 1)];
    douma_after_selon:
        "Selon la Douma, le traité n'a plus de valeur."
        => [("Douma", Organisation, Unknown, 1)];
    douma_inverted:
        "« Nous ne ratifierons pas », a prévenu la Douma."
        => [("Douma", Organisation, Unknown, 1)];
    knesset_subject_lowercase_article:
        "Mardi, la Knesset a estimé que le budget serait prolongé."
        => [("Knesset", Organisation, Unknown, 1)];
    knesset_inverted:
        "« La séance est levée », a annoncé la Knesset."
        => [("Knesset", Organisation, Unknown, 1)];
    storting_subject:
        "Le Storting a estimé que le fonds pétrolier devait être protégé."
        => [("Storting", Organisation, Unknown, 1)];
    riksdag_after_selon:
        "Selon le Riksdag, la réforme des retraites sera votée en juin."
        => [("Riksdag", Organisation, Unknown, 1)];
    senat_subject:
        "Le Sénat a jugé que la réforme allait trop loin."
        => [("Sénat", Organisation, Unknown, 1)];
    senat_after_selon:
        "Selon le Sénat, le texte doit être réécrit."
        => [("Sénat", Organisation, Unknown, 1)];
    assemblee_nationale_inverted:
        "« Le texte est adopté », a annoncé l'Assemblée nationale."
        => [("Assemblée nationale", Organisation, Unknown, 1)];
    bercy_subject:
        "Bercy a indiqué que le déficit serait réduit."
        => [("Bercy", Organisation, Unknown, 1)];
    bercy_inverted:
        "« Les comptes sont tenus », a assuré Bercy."
        => [("Bercy", Organisation, Unknown, 1)];
    elysee_subject:
        "L'Élysée a démenti que le président serait malade."
        => [("Élysée", Organisation, Unknown, 1)];
    elysee_after_selon:
        "Selon l'Élysée, le sommet aura lieu à Nice."
        => [("Élysée", Organisation, Unknown, 1)];
    matignon_inverted:
        "« Le calendrier est maintenu », a fait savoir Matignon."
        => [("Matignon", Organisation, Unknown, 1)];
    matignon_after_selon:
        "Selon Matignon, le remaniement n'est pas à l'ordre du jour."
        => [("Matignon", Organisation, Unknown, 1)];
    beauvau_subject:
        "Beauvau a annoncé que mille policiers seraient mobilisés."
        => [("Beauvau", Organisation, Unknown, 1)];
    #[ignore = "'selon la place Vendôme' is not taken as a source"]
    place_vendome_after_selon:
        "Selon la place Vendôme, la réforme de la justice sera présentée en mars."
        => [("place Vendôme", Organisation, Unknown, 1)];
    downing_street_subject:
        "Downing Street a affirmé que l'accord était à portée de main."
        => [("Downing Street", Organisation, Unknown, 1)];
    pentagone_inverted:
        "« Aucune frappe n'a eu lieu », a affirmé le Pentagone."
        => [("Pentagone", Organisation, Unknown, 1)];
    european_commission_after_selon:
        "Selon la Commission européenne, la croissance ralentira."
        => [("Commission européenne", Organisation, Unknown, 1)];
}

// Courts, prosecutors' offices and agencies.
speaker_cases! {
    conseil_d_etat_subject:
        "Le Conseil d'État a estimé que le décret était illégal."
        => [("Conseil d'État", Organisation, Unknown, 1)];
    conseil_constitutionnel_after_selon:
        "Selon le Conseil constitutionnel, l'article est conforme."
        => [("Conseil constitutionnel", Organisation, Unknown, 1)];
    court_of_appeal_lowercase_of_an_invented_town:
        "La cour d'appel de Saint-Ornec a jugé que le licenciement était abusif."
        => [("cour d'appel de Saint-Ornec", Organisation, Unknown, 1)];
    administrative_tribunal_lowercase:
        "Le tribunal administratif de Valbrenne a estimé que le permis était valable."
        => [("tribunal administratif de Valbrenne", Organisation, Unknown, 1)];
    prosecutors_office_of_a_town:
        "Le parquet de Montclavel a indiqué que deux suspects étaient en garde à vue."
        => [("parquet de Montclavel", Organisation, Unknown, 1)];
    prosecutors_office_after_selon:
        "Selon le parquet national financier, l'enquête vise trois sociétés."
        => [("parquet national financier", Organisation, Unknown, 1)];
    cnil_subject:
        "La CNIL a jugé que le fichier était illégal."
        => [("CNIL", Organisation, Unknown, 1)];
    competition_authority_inverted:
        "« Les prix ont été fixés en commun », a estimé l'Autorité de la concurrence."
        => [("Autorité de la concurrence", Organisation, Unknown, 1)];
    health_agency_of_an_invented_region:
        "L'agence régionale de santé du Haut-Vérac a indiqué que trois cas étaient confirmés."
        => [("agence régionale de santé du Haut-Vérac", Organisation, Unknown, 1)];
    european_court_after_selon:
        "Selon la Cour européenne des droits de l'homme, la détention était arbitraire."
        => [("Cour européenne des droits de l'homme", Organisation, Unknown, 1)];
    town_hall_subject:
        "La mairie de Quintavel a annoncé que la piscine fermerait."
        => [("mairie de Quintavel", Organisation, Unknown, 1)];
    prefecture_inverted:
        "« La baignade est interdite », a indiqué la préfecture du Morvelan."
        => [("préfecture du Morvelan", Organisation, Unknown, 1)];
}

// Sports clubs.
speaker_cases! {
    psg_subject:
        "Le PSG a annoncé que son attaquant était blessé."
        => [("PSG", Organisation, Unknown, 1)];
    om_after_selon:
        "Selon l'OM, le stade sera plein dimanche."
        => [("OM", Organisation, Unknown, 1)];
    real_madrid_inverted:
        "« Le joueur reste chez nous », a assuré le Real Madrid."
        => [("Real Madrid", Organisation, Unknown, 1)];
    stade_with_an_adjective_subject:
        "Le Stade vérandais a indiqué que l'entraîneur était limogé."
        => [("Stade vérandais", Organisation, Unknown, 1)];
    club_with_a_name_after_selon:
        "Selon le club Brivalloise Athletic, le transfert est bouclé."
        => [("Brivalloise Athletic", Organisation, Unknown, 1)];
    us_with_a_town_subject:
        "L'US Carmonde a affirmé que le match serait rejoué."
        => [("US Carmonde", Organisation, Unknown, 1)];
    as_with_a_town_inverted:
        "« Nous ferons appel », a annoncé l'AS Tréveray."
        => [("AS Tréveray", Organisation, Unknown, 1)];
    olympique_with_an_adjective_subject:
        "L'Olympique lyonnais a confirmé que le capitaine partait."
        => [("Olympique lyonnais", Organisation, Unknown, 1)];
}

// Groups of people: anonymous, whatever their determiner.
speaker_cases! {
    residents_definite:
        "Les habitants ont affirmé que l'eau était trouble depuis une semaine."
        => [("Les habitants", Anonymous, Unknown, 1)];
    demonstrators_indefinite:
        "Des manifestants ont affirmé que la police avait chargé sans sommation."
        => [("Des manifestants", Anonymous, Unknown, 1)];
    several_elected_officials:
        "Plusieurs élus ont estimé que la fusion des communes était précipitée."
        => [("Plusieurs élus", Anonymous, Unknown, 1)];
    many_local_residents_after_selon:
        "Selon de nombreux riverains, le chantier commence avant l'aube."
        => [("de nombreux riverains", Anonymous, Unknown, 1)];
    some_deputies:
        "Certains députés ont jugé que le budget était insincère."
        => [("Certains députés", Anonymous, Unknown, 1)];
    #[ignore = "no quote found after 'ont affirmé des salariés'"]
    employees_of_the_factory_inverted:
        "« Nous n'avons rien su », ont affirmé des salariés de l'usine."
        => [("des salariés de l'usine", Anonymous, Unknown, 1)];
    shopkeepers_after_selon:
        "Selon les commerçants du centre-ville, la fréquentation a baissé."
        => [("les commerçants du centre-ville", Anonymous, Unknown, 1)];
    most_experts:
        "La plupart des experts estiment que la récession est évitée."
        => [("La plupart des experts", Anonymous, Unknown, 1)];
    the_families_of_the_victims:
        "Les familles des victimes ont affirmé que l'enquête traînait."
        => [("Les familles des victimes", Anonymous, Unknown, 1)];
    students_inverted:
        "« Nous voulons des professeurs », ont lancé les lycéens."
        => [("les lycéens", Anonymous, Unknown, 1)];
}

// Unnamed individuals.
speaker_cases! {
    #[ignore = "'selon un proche' is not taken as a source"]
    a_relative_after_selon:
        "Selon un proche, le chanteur se repose en Bretagne."
        => [("un proche", Anonymous, Masculine, 1)];
    a_relative_feminine:
        "Une proche de la victime a raconté que l'homme était menacé."
        => [("Une proche de la victime", Anonymous, Feminine, 1)];
    police_source_after_selon:
        "Selon une source policière, le suspect a été interpellé à Lille."
        => [("une source policière", Anonymous, Unknown, 1)];
    diplomatic_source:
        "Une source diplomatique a affirmé que l'ambassade serait fermée."
        => [("Une source diplomatique", Anonymous, Unknown, 1)];
    a_resident_feminine_inverted:
        "« J'ai entendu deux explosions », a raconté une habitante."
        => [("une habitante", Anonymous, Feminine, 1)];
    an_official_of_the_ministry:
        "Un responsable du ministère a indiqué que les fonds étaient débloqués."
        => [("Un responsable du ministère", Anonymous, Masculine, 1)];
    #[ignore = "'selon un membre de l'entourage du ministre' is not taken as a source"]
    a_member_of_the_entourage_after_selon:
        "Selon un membre de l'entourage du ministre, la démission est prête."
        => [("un membre de l'entourage du ministre", Anonymous, Masculine, 1)];
    #[ignore = "'un cadre' gives no masculine cue"]
    a_party_executive:
        "Un cadre du parti a estimé que le candidat devait se retirer."
        => [("Un cadre du parti", Anonymous, Masculine, 1)];
    an_employee_feminine:
        "Une employée de la banque a expliqué que les coffres étaient vides."
        => [("Une employée de la banque", Anonymous, Feminine, 1)];
    a_rescuer_inverted:
        "« Il respirait encore », a témoigné un sauveteur."
        => [("un sauveteur", Anonymous, Masculine, 1)];
}

// Persons named by a role and a name.
speaker_cases! {
    minister_then_name:
        "La ministre Cunégonde Varaillac a affirmé que la loi serait votée."
        => [("Cunégonde Varaillac", Person, Feminine, 1)];
    deputy_feminine_with_party:
        "La députée écologiste Aldegonde Fréminville a estimé que le projet était dangereux."
        => [("Aldegonde Fréminville", Person, Feminine, 1)];
    judge_then_name_after_selon:
        "Selon le juge Théodoric Malvezin, le dossier est vide."
        => [("Théodoric Malvezin", Person, Masculine, 1)];
    #[ignore = "the first name after 'l'avocate' is cut from the name"]
    lawyer_feminine_inverted:
        "« Mon client est innocent », a déclaré l'avocate Philippine Roussergues."
        => [("Philippine Roussergues", Person, Feminine, 1)];
    ceo_acronym_then_name:
        "Le PDG Gontran Ravellec a annoncé que l'entreprise serait vendue."
        => [("Gontran Ravellec", Person, Masculine, 1)];
    director_feminine_of_a_company_then_name:
        "La directrice générale de Brevalon, Ysaline Marquézy, a indiqué que les ventes reprenaient."
        => [("Ysaline Marquézy", Person, Feminine, 1)];
    cardinal_then_name:
        "Le cardinal Ambroise Tavernol a jugé que le synode était un succès."
        => [("Ambroise Tavernol", Person, Masculine, 1)];
    coach_then_name_after_selon:
        "Selon le sélectionneur Odilon Sarrabère, l'équipe est prête."
        => [("Odilon Sarrabère", Person, Masculine, 1)];
    spokesperson_feminine_of_a_company_then_name:
        "La porte-parole de Quorvane, Alizée Penvern, a affirmé que l'usine était sûre."
        => [("Alizée Penvern", Person, Feminine, 1)];
    doctor_then_name_inverted:
        "« Le patient est sorti d'affaire », a assuré le docteur Anatole Garrigou-Lestrade."
        => [("Anatole Garrigou-Lestrade", Person, Masculine, 1)];
}

// Names that are also common nouns: still persons.
speaker_cases! {
    louis_pasteur:
        "Louis Pasteur a affirmé que la fermentation était vivante."
        => [("Louis Pasteur", Person, Unknown, 1)];
    anne_juge:
        "Anne Juge a estimé que la salle était trop petite."
        => [("Anne Juge", Person, Unknown, 1)];
    marie_lion_after_selon:
        "Selon Marie Lion, le zoo accueillera deux girafes."
        => [("Marie Lion", Person, Unknown, 1)];
    paul_charpentier_inverted:
        "« Le pain coûtera plus cher », a prévenu Paul Charpentier."
        => [("Paul Charpentier", Person, Unknown, 1)];
    sylvie_berger:
        "Sylvie Berger a indiqué que le troupeau était rentré."
        => [("Sylvie Berger", Person, Unknown, 1)];
    hugo_tonnelier_after_selon:
        "Selon Hugo Tonnelier, le moulin sera restauré."
        => [("Hugo Tonnelier", Person, Unknown, 1)];
    lucie_renard:
        "Lucie Renard a déclaré que la chasse devait être interdite."
        => [("Lucie Renard", Person, Unknown, 1)];
    marc_bouvier_inverted:
        "« Le tournoi aura lieu », a assuré Marc Bouvier."
        => [("Marc Bouvier", Person, Unknown, 1)];
    jeanne_couturier:
        "Jeanne Couturier a affirmé que le marché couvert serait rénové."
        => [("Jeanne Couturier", Person, Unknown, 1)];
    pierre_maire:
        "Pierre Maire a estimé que le conseil municipal devait voter."
        => [("Pierre Maire", Person, Unknown, 1)];
}

// Gender cues from a participle's agreement.
speaker_cases! {
    interrogee_fronted:
        "Interrogée par la radio locale, Bérangère Lafosse a affirmé que le collège fermerait."
        => [("Bérangère Lafosse", Person, Feminine, 1)];
    interroge_fronted:
        "Interrogé par un quotidien, Corentin Lozac'hmeur a estimé que le port était trop petit."
        => [("Corentin Lozac'hmeur", Person, Masculine, 1)];
    s_est_dite_with_a_quote:
        "Prisca Vallerand s'est dite « soulagée » par la décision."
        => [("Prisca Vallerand", Person, Feminine, 1)];
    #[ignore = "no quote found after 's'est dite convaincue que'"]
    s_est_dite_convaincue_que:
        "Armance Ducoudray s'est dite convaincue que le tunnel serait achevé."
        => [("Armance Ducoudray", Person, Feminine, 1)];
    s_est_montree_then_pronoun:
        "Roselyne Bastarède s'est montrée prudente. « Rien n'est joué », a-t-elle déclaré."
        => [("Roselyne Bastarède", Person, Feminine, 1)];
    jointe_par_telephone:
        "Jointe par téléphone, Maïwenn Crozatier a indiqué que le refuge était complet."
        => [("Maïwenn Crozatier", Person, Feminine, 1)];
    arrive_sur_place:
        "Arrivé sur place dans la soirée, Eudes Lartigaud a déclaré que les dégâts étaient considérables."
        => [("Eudes Lartigaud", Person, Masculine, 1)];
    est_restee_then_verb:
        "Solenn Guivarch est restée ferme et a affirmé que la grève continuerait."
        => [("Solenn Guivarch", Person, Feminine, 1)];
    #[ignore = "a fronted adjective ('Visiblement émue, X') gives no cue"]
    visiblement_emue:
        "Visiblement émue, Fantine Lebrasseur a raconté que sa maison avait brûlé."
        => [("Fantine Lebrasseur", Person, Feminine, 1)];
    s_est_declare_favorable_que:
        "Gaspard Heurtebise s'est déclaré favorable à la réforme et a ajouté que le vote serait serré."
        => [("Gaspard Heurtebise", Person, Masculine, 1)];
}

// A role noun in apposition after the name.
speaker_cases! {
    kevin_o_brien_the_coach:
        "Kevin O'Brien, l'entraîneur, a dit que l'équipe était fatiguée."
        => [("Kevin O'Brien", Person, Masculine, 1)];
    name_then_the_lawyer_feminine:
        "Clémentine Auboyneau, l'avocate de la famille, a estimé que l'enquête était bâclée."
        => [("Clémentine Auboyneau", Person, Feminine, 1)];
    name_then_the_mayor_after_selon:
        "Selon Firmin Castéran, le maire, la fête aura lieu."
        => [("Firmin Castéran", Person, Masculine, 1)];
    name_then_the_director_feminine_inverted:
        "« Nous rouvrirons lundi », a annoncé Liselotte Brandmeyer, la directrice du musée."
        => [("Liselotte Brandmeyer", Person, Feminine, 1)];
    name_then_bare_epicene_role:
        "Tanguy Le Bihan, porte-parole de la fédération, a indiqué que le tournoi était maintenu."
        => [("Tanguy Le Bihan", Person, Unknown, 1)];
    name_then_indefinite_role_feminine:
        "Honorine Sablayrolles, une infirmière de l'hôpital, a raconté que les couloirs débordaient."
        => [("Honorine Sablayrolles", Person, Feminine, 1)];
    name_then_role_with_a_company:
        "Wendell Oyelowo, le président de Marvenix, a affirmé que le groupe investirait."
        => [("Wendell Oyelowo", Person, Masculine, 1)];
    name_then_the_former_minister_feminine:
        "Ghislaine Vautrelle, l'ancienne ministre, a jugé que la réforme était injuste."
        => [("Ghislaine Vautrelle", Person, Feminine, 1)];
}

// "elle" for a feminine organisation, "il" for a masculine one.
speaker_cases! {
    sncf_then_selon_elle:
        "La SNCF a annoncé que les trains circuleraient. Selon elle, le trafic sera normal mardi."
        => [("SNCF", Organisation, Unknown, 2)];
    town_hall_then_a_t_elle:
        "La mairie de Quintavel a annoncé que la piscine fermerait. \
         « Les travaux dureront six mois », a-t-elle précisé."
        => [("mairie de Quintavel", Organisation, Unknown, 2)];
    company_feminine_then_elle_subject:
        "La start-up Quorvane a affirmé que ses batteries étaient sûres. \
         Elle assure que les tests ont été concluants."
        => [("Quorvane", Organisation, Unknown, 2)];
    agency_then_selon_elle:
        "L'Autorité de la concurrence a estimé que les prix étaient fixés en commun. \
         Selon elle, l'entente a duré dix ans."
        => [("Autorité de la concurrence", Organisation, Unknown, 2)];
    group_masculine_then_a_t_il:
        "Le groupe Marvenix a annoncé que l'usine serait vendue. \
         « Aucun site ne fermera », a-t-il ajouté."
        => [("Marvenix", Organisation, Unknown, 2)];
    #[ignore = "'enseigne' before a name is not a company noun: read as a person"]
    company_then_bare_noun_then_elle:
        "L'enseigne Bricolume a indiqué que quinze magasins fermeraient. \
         Selon l'enseigne, les salariés seront reclassés. Elle affirme que personne ne sera licencié."
        => [("Bricolume", Organisation, Unknown, 3)];
}

// Written after the first score, for the rules of this session (not counted
// in it): a role in apposition after a name, its article elided, gives the
// gender of its title or of the adjective that agrees with it.
speaker_cases! {
    rule_elided_masculine_title_in_apposition_curly_apostrophe:
        "Rémi Falgayrac, l’entraîneur des gardiens, a estimé que le match était perdu."
        => [("Rémi Falgayrac", Person, Masculine, 1)];
    rule_elided_epicene_title_with_a_feminine_adjective:
        "Selon Inès Cardaillac, l'ancienne présidente du club, les comptes sont sains."
        => [("Inès Cardaillac", Person, Feminine, 1)];
    rule_elided_epicene_title_with_an_adjective_after:
        "Malo Tréguier, l'économiste américain, a jugé que la dette était soutenable."
        => [("Malo Tréguier", Person, Masculine, 1)];
    rule_elided_non_title_gives_no_cue:
        "Anouk Delpérier, l'auteur de la pétition, a affirmé que la forêt serait rasée."
        => [("Anouk Delpérier", Person, Unknown, 1)];
}

// A participle or adjective phrase fronted before the subject agrees with it
// and gives its gender cue; a fronted noun phrase gives none.
speaker_cases! {
    rule_fronted_feminine_participle_with_an_agent:
        "Contactée par notre rédaction, Yolande Marsac a indiqué que le refuge fermerait."
        => [("Yolande Marsac", Person, Feminine, 1)];
    rule_fronted_masculine_participle_with_a_complement:
        "Questionné sur le budget, Aurèle Bonnefous a estimé que les comptes étaient justes."
        => [("Aurèle Bonnefous", Person, Masculine, 1)];
    rule_fronted_adverb_and_feminine_adjective:
        "Très remontée, Odette Lamarzelle a affirmé que la grève continuerait."
        => [("Odette Lamarzelle", Person, Feminine, 1)];
    rule_fronted_masculine_participle_of_an_election:
        "Élu en mars, Célestin Morvan a promis que l'école rouvrirait."
        => [("Célestin Morvan", Person, Masculine, 1)];
    rule_fronted_feminine_noun_gives_no_cue:
        "Année après année, Lison Ferrand a répété que la route était dangereuse."
        => [("Lison Ferrand", Person, Unknown, 1)];
}

// A sports club's initials open its name: the club is an organisation,
// while a party's acronym before a person's name stays outside it.
speaker_cases! {
    rule_club_initials_fc_after_selon:
        "Selon le FC Lorvagne, le gardien est suspendu pour trois matchs."
        => [("FC Lorvagne", Organisation, Unknown, 1)];
    rule_club_initials_sc_inverted:
        "« Le stade sera prêt », a assuré le SC Brennel."
        => [("SC Brennel", Organisation, Unknown, 1)];
    rule_party_acronym_before_a_person_stays_outside:
        "Le député LR Médéric Salvetat a estimé que la loi était mal écrite."
        => [("Médéric Salvetat", Person, Masculine, 1)];
}

// A firm's or a body's noun in apposition after a bare name makes it an
// organisation's; a person's role there keeps the person.
speaker_cases! {
    rule_bare_name_then_indefinite_firm_noun:
        "Stellarys, une filiale du groupe Marvenix, a indiqué que le site serait vendu."
        => [("Stellarys", Organisation, Unknown, 1)];
    rule_full_name_then_a_role_of_a_firm_stays_a_person:
        "Gaétan Rouxel, le patron de l'enseigne, a affirmé que les magasins resteraient ouverts."
        => [("Gaétan Rouxel", Person, Masculine, 1)];
}

// A noun for one person that is not a title takes its article's gender, as
// an epicene title does; a noun for a group does not.
speaker_cases! {
    rule_person_noun_feminine_article:
        "Une salariée de l'entrepôt a raconté que les cadences avaient doublé."
        => [("Une salariée de l'entrepôt", Anonymous, Feminine, 1)];
    rule_epicene_person_noun_masculine_article_inverted:
        "« Nous avons tout perdu », a confié un bénévole de l'association."
        => [("un bénévole de l'association", Anonymous, Masculine, 1)];
    rule_group_noun_gives_no_cue:
        "La famille du disparu a affirmé que l'enquête piétinait."
        => [("La famille du disparu", Anonymous, Unknown, 1)];
}

// A singular pronoun refers back to an organisation named in this sentence
// or the one before when its name's article agrees with it; the nearest
// compatible candidate wins, a person included.
speaker_cases! {
    rule_pronoun_of_the_other_gender_does_not_join_the_organisation:
        "La fédération de Valcroze a annoncé que la saison reprendrait. \
         « Tout est prêt », a-t-il ajouté."
        => [("fédération de Valcroze", Organisation, Unknown, 1)];
    rule_nearest_compatible_person_wins_over_the_organisation:
        "Le groupe Velmoran a annoncé que l'usine serait modernisée ; \
         Firmin Daguerre, son président, a jugé que le plan était juste. \
         « Personne ne partira », a-t-il ajouté."
        => [("Velmoran", Organisation, Unknown, 1), ("Firmin Daguerre", Person, Masculine, 2)];
    rule_organisation_named_two_sentences_before_is_too_far:
        "L'agence Norvela a confirmé que le site fermerait. Les travaux commencent lundi. \
         Le chantier durera un an. Selon elle, aucun emploi n'est menacé."
        => [("Norvela", Organisation, Unknown, 1)];
}
