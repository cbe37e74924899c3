//! A third constructed set for speaker entities (issue 15, session 6),
//! written before any rule change of the session to estimate the kind of a
//! speaker on news the rules have not seen: companies, public bodies,
//! courts, ministries and their metonyms, foreign institutions, unions,
//! parties, NGOs, clubs, outlets, places speaking by metonymy, anonymous
//! roles, persons with unknown first names and particles, roles before and
//! after names, feminine role nouns, plural speakers, and entity links over
//! several sentences. Every invented person, company, body, outlet and town
//! appears nowhere else in the repository (checked with grep when written);
//! the metonyms (Bercy, Matignon, l'Élysée, le Quai d'Orsay, le Kremlin, la
//! Maison Blanche), the capitals and countries test the lexicons on purpose.
//!
//! Rows are (canonical name, kind, gender cue, quotes linked to the entity),
//! in order of first quote, as in `speaker_generalisation.rs`; expectations
//! were written from GUIDELINES.md and the README's definitions (an
//! organisation is named by its name, not by its description or article; an
//! unnamed speaker is anonymous and named as written; the article or
//! agreement decides an epicene role's cue), not from the code's output.
//!
//! Scored once before any rule change: 160 cases, 127 passed (79.4 %) on
//! main 7daa272, 2026-11-30 12:45 UTC. The 33 failures are marked
//! `#[ignore]` with what went wrong; a rule lifts an ignore only when its
//! construction is also found in the tuned data (three times, two sources).

#[macro_use]
mod support;

// Companies: a type word before the name, a company form after it, a bare
// name described in apposition.
speaker_cases! {
    company_noun_groupe:
        "Le groupe Varmondel a annoncé que deux sites fermeraient."
        => [("Varmondel", Organisation, Unknown, 1)];
    company_noun_groupe_with_adjective_after_selon:
        "Selon le groupe agroalimentaire Ferlanges, le prix du lait va baisser."
        => [("Ferlanges", Organisation, Unknown, 1)];
    company_form_sa:
        "Quessandre SA a indiqué que le rappel concernait trois lots."
        => [("Quessandre SA", Organisation, Unknown, 1)];
    company_form_sas_after_selon:
        "Selon Valmorin SAS, la production reprendra en mars."
        => [("Valmorin SAS", Organisation, Unknown, 1)];
    company_noun_start_up:
        "La start-up Lumivore a affirmé que son application était sûre."
        => [("Lumivore", Organisation, Unknown, 1)];
    company_noun_start_up_with_adjective:
        "Selon la start-up nantaise Ostrivia, les levées de fonds ralentissent."
        => [("Ostrivia", Organisation, Unknown, 1)];
    company_word_aerospace:
        "Brunvald Aerospace a confirmé que le satellite était perdu."
        => [("Brunvald Aerospace", Organisation, Unknown, 1)];
    company_word_group:
        "Dravelia Group a annoncé que le siège déménagerait à Lille."
        => [("Dravelia Group", Organisation, Unknown, 1)];
    company_noun_constructeur_inverted:
        "« Les commandes repartent », a assuré le constructeur Talvenne."
        => [("Talvenne", Organisation, Unknown, 1)];
    company_noun_operateur:
        "Selon l'opérateur Ventelis, le réseau sera rétabli lundi."
        => [("Ventelis", Organisation, Unknown, 1)];
    company_noun_with_complement_before_the_name:
        "Le fabricant de jouets Pirouelle a indiqué que les usines tournaient."
        => [("Pirouelle", Organisation, Unknown, 1)];
    bare_name_with_a_company_apposition:
        "Orbenza, le distributeur suédois de meubles, a affirmé que les prix baisseraient."
        => [("Orbenza", Organisation, Unknown, 1)];
    company_noun_etablissements_capitalised:
        "Selon les Établissements Kernholt, la tonnellerie embauchera."
        => [("Établissements Kernholt", Organisation, Unknown, 1)];
    company_noun_banque_with_a_two_word_name:
        "La banque Crédit Vellanais a estimé que les taux remonteraient."
        => [("Crédit Vellanais", Organisation, Unknown, 1)];
    company_noun_assureur:
        "L'assureur Mutalvia a indiqué que les sinistres avaient doublé."
        => [("Mutalvia", Organisation, Unknown, 1)];
}

// Public bodies and agencies: capitalised heads after an article, unknown
// acronyms, an acronym given in brackets then used alone.
speaker_cases! {
    agency_national:
        "L'Agence nationale des zones humides a estimé que les marais reculaient."
        => [("Agence nationale des zones humides", Organisation, Unknown, 1)];
    office_after_selon:
        "Selon l'Office interprofessionnel des plantes aromatiques, les cours s'effondrent."
        => [("Office interprofessionnel des plantes aromatiques", Organisation, Unknown, 1)];
    high_council_opening_the_sentence:
        "Le Haut Conseil des littoraux a jugé que la loi était insuffisante."
        => [("Haut Conseil des littoraux", Organisation, Unknown, 1)];
    #[ignore = "the name stops at 'aux'"]
    high_commission_after_selon:
        "Selon le Haut Commissariat aux énergies marines, les éoliennes tourneront en 2030."
        => [("Haut Commissariat aux énergies marines", Organisation, Unknown, 1)];
    general_directorate:
        "La Direction générale de la pêche côtière a indiqué que les quotas baisseraient."
        => [("Direction générale de la pêche côtière", Organisation, Unknown, 1)];
    general_directorate_after_selon:
        "Selon la Direction générale des routes alpines, le col restera fermé."
        => [("Direction générale des routes alpines", Organisation, Unknown, 1)];
    unknown_acronym_opening_the_sentence:
        "Le CNRPM a estimé que la réforme allait trop loin."
        => [("CNRPM", Organisation, Unknown, 1)];
    unknown_acronym_elided_after_selon:
        "Selon l'ANSVT, les contrôles seront renforcés."
        => [("ANSVT", Organisation, Unknown, 1)];
    unknown_acronym_inverted:
        "« Le dossier est complet », a assuré la DRTVM."
        => [("DRTVM", Organisation, Unknown, 1)];
    acronym_in_brackets_then_alone:
        "L'Autorité de sûreté des barrages (ASDB) a indiqué que la digue tenait. \
         Selon l'ASDB, aucune fissure n'a été trouvée."
        => [("Autorité de sûreté des barrages", Organisation, Unknown, 2)];
    regulation_commission:
        "La Commission de régulation des ports a jugé que les tarifs étaient abusifs."
        => [("Commission de régulation des ports", Organisation, Unknown, 1)];
    inspectorate_inverted:
        "« Les contrôles continueront », a assuré l'Inspection générale des carrières."
        => [("Inspection générale des carrières", Organisation, Unknown, 1)];
    fund_after_selon:
        "Selon la Caisse nationale des marins-pêcheurs, les pensions seront revalorisées."
        => [("Caisse nationale des marins-pêcheurs", Organisation, Unknown, 1)];
    economic_council_of_an_invented_area:
        "Le Conseil économique du Val-Brenne a estimé que la zone industrielle était saturée."
        => [("Conseil économique du Val-Brenne", Organisation, Unknown, 1)];
    port_authority:
        "L'Autorité portuaire de Lanvidec a annoncé que le terminal fermerait."
        => [("Autorité portuaire de Lanvidec", Organisation, Unknown, 1)];
    interministerial_mission:
        "La Mission interministérielle pour les rivières a affirmé que les crues augmentaient."
        => [("Mission interministérielle pour les rivières", Organisation, Unknown, 1)];
    agency_lowercase_after_a_fronted_adverb:
        "Mardi, l'Agence régionale des mobilités douces a précisé que les vélos seraient gratuits."
        => [("Agence régionale des mobilités douces", Organisation, Unknown, 1)];
}

// Courts and judicial bodies, capitalised or lowercase, after a lowercase
// article inside the sentence.
speaker_cases! {
    constitutional_council_opening:
        "Le Conseil constitutionnel a jugé que la loi était conforme."
        => [("Conseil constitutionnel", Organisation, Unknown, 1)];
    constitutional_council_inverted:
        "« La procédure est régulière », a estimé le Conseil constitutionnel."
        => [("Conseil constitutionnel", Organisation, Unknown, 1)];
    court_of_auditors_after_selon:
        "Selon la Cour des comptes, le déficit se creuse."
        => [("Cour des comptes", Organisation, Unknown, 1)];
    court_of_auditors_after_a_fronted_adverb:
        "Hier, la Cour des comptes a estimé que le budget était insincère."
        => [("Cour des comptes", Organisation, Unknown, 1)];
    council_of_state:
        "Le Conseil d'État a estimé que le décret était illégal."
        => [("Conseil d'État", Organisation, Unknown, 1)];
    administrative_court_of_an_invented_town:
        "Le tribunal administratif de Montvézy a estimé que l'arrêté était illégal."
        => [("tribunal administratif de Montvézy", Organisation, Unknown, 1)];
    appeal_court_lowercase_after_selon:
        "Selon la cour d'appel de Rivenac, le contrat est nul."
        => [("cour d'appel de Rivenac", Organisation, Unknown, 1)];
    financial_prosecutors:
        "Le parquet national financier a indiqué que l'enquête était ouverte."
        => [("parquet national financier", Organisation, Unknown, 1)];
    foreign_constitutional_court_with_adjective:
        "La Cour constitutionnelle béninoise a jugé que le scrutin était valide."
        => [("Cour constitutionnelle béninoise", Organisation, Unknown, 1)];
    court_of_cassation_inverted:
        "« Le pourvoi est rejeté », a tranché la Cour de cassation."
        => [("Cour de cassation", Organisation, Unknown, 1)];
}

// Ministries and the places that stand for them.
speaker_cases! {
    ministry_with_a_new_portfolio:
        "Le ministère de la Transition rurale a indiqué que les aides seraient versées."
        => [("ministère de la Transition rurale", Organisation, Unknown, 1)];
    ministry_after_selon:
        "Selon le ministère des Affaires maritimes, trois chalutiers ont coulé."
        => [("ministère des Affaires maritimes", Organisation, Unknown, 1)];
    bercy_metonym:
        "Bercy a assuré que les impôts n'augmenteraient pas."
        => [("Bercy", Organisation, Unknown, 1)];
    matignon_metonym_after_selon:
        "Selon Matignon, le texte sera présenté en juin."
        => [("Matignon", Organisation, Unknown, 1)];
    elysee_metonym:
        "L'Élysée a indiqué que le président se rendrait à Brest."
        => [("Élysée", Organisation, Unknown, 1)];
    quai_d_orsay_inverted:
        "« Aucune décision n'est prise », a affirmé le Quai d'Orsay."
        => [("Quai d'Orsay", Organisation, Unknown, 1)];
    beauvau_after_selon:
        "Selon Beauvau, les effectifs seront renforcés."
        => [("Beauvau", Organisation, Unknown, 1)];
}

// Foreign institutions.
speaker_cases! {
    kremlin:
        "Le Kremlin a affirmé que les troupes se retiraient."
        => [("Kremlin", Organisation, Unknown, 1)];
    white_house_after_selon:
        "Selon la Maison Blanche, le sommet aura lieu en mai."
        => [("Maison Blanche", Organisation, Unknown, 1)];
    bundestag:
        "Le Bundestag a jugé que la réforme était nécessaire."
        => [("Bundestag", Organisation, Unknown, 1)];
    knesset_after_selon:
        "Selon la Knesset, le vote aura lieu jeudi."
        => [("Knesset", Organisation, Unknown, 1)];
    duma:
        "La Douma a affirmé que le traité était caduc."
        => [("Douma", Organisation, Unknown, 1)];
    sejm_inverted:
        "« Le budget est adopté », a annoncé le Sejm."
        => [("Sejm", Organisation, Unknown, 1)];
    foreign_congress_with_adjective:
        "Le Congrès péruvien a jugé que le président devait partir."
        => [("Congrès péruvien", Organisation, Unknown, 1)];
    foreign_parliament_after_selon:
        "Selon le Parlement estonien, la frontière sera renforcée."
        => [("Parlement estonien", Organisation, Unknown, 1)];
    foreign_supreme_court_with_adjective:
        "La Cour suprême argentine a estimé que la dette était illégitime."
        => [("Cour suprême argentine", Organisation, Unknown, 1)];
}

// Unions, parties, movements, NGOs, collectives.
speaker_cases! {
    union_with_a_two_word_name:
        "Le syndicat Solidaires Marins a estimé que la grève était suivie."
        => [("Solidaires Marins", Organisation, Unknown, 1)];
    union_described_after_selon:
        "Selon le syndicat majoritaire des infirmiers, les postes manquent."
        => [("syndicat majoritaire des infirmiers", Organisation, Unknown, 1)];
    party_with_a_name:
        "Le parti Renouveau Citoyen a affirmé que sa liste était prête."
        => [("Renouveau Citoyen", Organisation, Unknown, 1)];
    party_with_adjective_after_selon:
        "Selon le parti écologiste Terre Commune, la centrale doit fermer."
        => [("Terre Commune", Organisation, Unknown, 1)];
    movement_capitalised:
        "Le Mouvement pour la ruralité a jugé que la carte scolaire était injuste."
        => [("Mouvement pour la ruralité", Organisation, Unknown, 1)];
    ngo_with_a_name:
        "L'ONG Horizons Solidaires a affirmé que les camps manquaient de médecins."
        => [("Horizons Solidaires", Organisation, Unknown, 1)];
    association_with_a_name_opening_with_an_article:
        "Selon l'association Les Amis du Vieux Lavoir, la fontaine sera restaurée."
        => [("Les Amis du Vieux Lavoir", Organisation, Unknown, 1)];
    front_with_a_region:
        "Le Front démocratique du Haut-Ludoro a affirmé que la trêve était rompue."
        => [("Front démocratique du Haut-Ludoro", Organisation, Unknown, 1)];
    union_of_controllers_capitalised:
        "L'Union syndicale des contrôleurs aériens a prévenu que la grève durerait."
        => [("Union syndicale des contrôleurs aériens", Organisation, Unknown, 1)];
    collective_with_a_name_after_selon:
        "Selon le collectif Vélos Libres, les pistes sont dangereuses."
        => [("Vélos Libres", Organisation, Unknown, 1)];
    confederation_inverted:
        "« Nous irons jusqu'au bout », a prévenu la Confédération des artisans tanneurs."
        => [("Confédération des artisans tanneurs", Organisation, Unknown, 1)];
}

// Clubs and sports bodies.
speaker_cases! {
    club_lowercase_with_a_town:
        "Le club de football de Brivazac a annoncé que l'entraîneur partait."
        => [("club de football de Brivazac", Organisation, Unknown, 1)];
    racing_club:
        "Le Racing Club de Morlanne a indiqué que le match était reporté."
        => [("Racing Club de Morlanne", Organisation, Unknown, 1)];
    football_club_acronym:
        "Le FC Varenbourg a affirmé que le transfert était bouclé."
        => [("FC Varenbourg", Organisation, Unknown, 1)];
    sports_federation_after_selon:
        "Selon la Fédération française de palet breton, le championnat est maintenu."
        => [("Fédération française de palet breton", Organisation, Unknown, 1)];
    olympique_of_an_invented_town:
        "Selon l'Olympique de Valdranne, le joueur est blessé."
        => [("Olympique de Valdranne", Organisation, Unknown, 1)];
}

// Outlets: a type word before the name, names opening with an article.
speaker_cases! {
    daily_with_an_article_name:
        "Selon le quotidien Le Phare d'Armorique, le port sera agrandi."
        => [("Le Phare d'Armorique", Organisation, Unknown, 1)];
    channel_with_a_name:
        "La chaîne Téléval a affirmé que l'émission était annulée."
        => [("Téléval", Organisation, Unknown, 1)];
    agency_with_a_name_after_selon:
        "Selon l'agence Baltinform, le ministre a démissionné."
        => [("Baltinform", Organisation, Unknown, 1)];
    daily_with_a_nationality:
        "Le quotidien belge L'Éveil de Hasselt rapporte que le maire a démissionné."
        => [("L'Éveil de Hasselt", Organisation, Unknown, 1)];
    magazine_with_a_name:
        "Le magazine Horizon Vert affirme que les forêts reculent."
        => [("Horizon Vert", Organisation, Unknown, 1)];
    local_radio_after_selon:
        "Selon la radio locale Onde Armor, la route est coupée."
        => [("Onde Armor", Organisation, Unknown, 1)];
    news_site_with_a_two_word_name:
        "Le site d'information Lumen Infos a révélé que le contrat était truqué."
        => [("Lumen Infos", Organisation, Unknown, 1)];
    newspaper_after_d_apres:
        "D'après le journal Gazette du Ternois, l'usine va fermer."
        => [("Gazette du Ternois", Organisation, Unknown, 1)];
    press_agency_with_a_name:
        "L'agence de presse Nordvik a indiqué que le port était bloqué."
        => [("Nordvik", Organisation, Unknown, 1)];
    daily_at_the_end_of_the_sentence:
        "Le maire a démissionné, selon le quotidien Le Veilleur Comtois."
        => [("Le Veilleur Comtois", Organisation, Unknown, 1)];
}

// Countries, capitals, regions and cities speaking by metonymy.
speaker_cases! {
    capital_ottawa:
        "Ottawa a affirmé que l'accord serait signé."
        => [("Ottawa", Organisation, Unknown, 1)];
    capital_after_selon:
        "Selon Canberra, les négociations sont suspendues."
        => [("Canberra", Organisation, Unknown, 1)];
    country_with_masculine_article:
        "Le Paraguay a estimé que la frontière devait rester fermée."
        => [("Paraguay", Organisation, Unknown, 1)];
    country_with_feminine_article:
        "La Moldavie a indiqué que le gaz manquait."
        => [("Moldavie", Organisation, Unknown, 1)];
    capital_inverted:
        "« Nous ne céderons pas », a prévenu Islamabad."
        => [("Islamabad", Organisation, Unknown, 1)];
    plural_country_after_selon:
        "Selon les Philippines, le navire a violé les eaux territoriales."
        => [("Philippines", Organisation, Unknown, 1)];
    city_metonym:
        "Marseille a annoncé que le tramway serait prolongé."
        => [("Marseille", Organisation, Unknown, 1)];
    region_metonym:
        "La Bretagne a jugé que la ligne à grande vitesse était prioritaire."
        => [("Bretagne", Organisation, Unknown, 1)];
}

// Anonymous roles and groups.
speaker_cases! {
    spokesperson_indefinite:
        "Un porte-parole a indiqué que la ligne était coupée."
        => [("Un porte-parole", Anonymous, Masculine, 1)];
    source_close_to_the_case:
        "Selon une source proche du dossier, le ministre va démissionner."
        => [("une source proche du dossier", Anonymous, Unknown, 1)];
    residents_indefinite:
        "Des habitants ont affirmé que l'usine sentait mauvais."
        => [("Des habitants", Anonymous, Unknown, 1)];
    investigators_definite:
        "Les enquêteurs estiment que le feu est accidentel."
        => [("Les enquêteurs", Anonymous, Unknown, 1)];
    spokeswoman_of_the_town_hall:
        "Une porte-parole de la mairie a précisé que la piscine rouvrirait."
        => [("Une porte-parole de la mairie", Anonymous, Feminine, 1)];
    #[ignore = "no quote found after 'ont raconté des passagers'"]
    passengers_inverted:
        "« Nous avons eu peur », ont raconté des passagers."
        => [("des passagers", Anonymous, Unknown, 1)];
    relative_of_the_family:
        "Selon un proche de la famille, la victime connaissait son agresseur."
        => [("un proche de la famille", Anonymous, Masculine, 1)];
    union_official:
        "Un responsable syndical a estimé que la direction mentait."
        => [("Un responsable syndical", Anonymous, Masculine, 1)];
    rescuers:
        "Les secouristes ont indiqué que deux randonneurs étaient disparus."
        => [("Les secouristes", Anonymous, Unknown, 1)];
    witnesses_after_selon:
        "Selon des témoins, le camion roulait trop vite."
        => [("des témoins", Anonymous, Unknown, 1)];
    european_diplomat:
        "Un diplomate européen a affirmé que les sanctions seraient levées."
        => [("Un diplomate européen", Anonymous, Masculine, 1)];
    neighbour_feminine:
        "Une voisine a raconté que le chien aboyait toute la nuit."
        => [("Une voisine", Anonymous, Feminine, 1)];
    doctors_of_the_hospital:
        "Les médecins de l'hôpital ont estimé que le patient était hors de danger."
        => [("Les médecins de l'hôpital", Anonymous, Unknown, 1)];
    senior_official_after_selon:
        "Selon un haut fonctionnaire du ministère, le projet sera abandonné."
        => [("un haut fonctionnaire du ministère", Anonymous, Masculine, 1)];
    police_source:
        "Une source policière a indiqué que le suspect était connu."
        => [("Une source policière", Anonymous, Unknown, 1)];
    firefighters_inverted:
        "« Le feu est fixé », ont précisé les pompiers."
        => [("les pompiers", Anonymous, Unknown, 1)];
}

// Persons: unknown first names, foreign names, hyphens and particles.
speaker_cases! {
    unknown_first_name:
        "Tamsin Greythorpe a déclaré que le pont était fermé."
        => [("Tamsin Greythorpe", Person, Unknown, 1)];
    hyphenated_surname_after_selon:
        "Selon Aurelio Brancatisano-Ruiz, la récolte sera tardive."
        => [("Aurelio Brancatisano-Ruiz", Person, Unknown, 1)];
    particle_de:
        "Eulalie de Castelvert a affirmé que le domaine serait vendu."
        => [("Eulalie de Castelvert", Person, Unknown, 1)];
    particle_van_inverted:
        "« Les digues tiendront », a déclaré Maarten van Dijkhorst."
        => [("Maarten van Dijkhorst", Person, Unknown, 1)];
    particle_ben:
        "Nourredine ben Tahar a estimé que le marché était saturé."
        => [("Nourredine ben Tahar", Person, Unknown, 1)];
    particle_al:
        "Fayçal al-Mansouri a affirmé que le convoi était passé."
        => [("Fayçal al-Mansouri", Person, Unknown, 1)];
    nordic_letters:
        "Ingeborg Smørdal a estimé que la pêche était menacée."
        => [("Ingeborg Smørdal", Person, Unknown, 1)];
    hyphenated_surname_of_two_names:
        "Selon Oyelaran Adebisi-Cole, le port sera agrandi."
        => [("Oyelaran Adebisi-Cole", Person, Unknown, 1)];
    two_surnames:
        "Xiomara Quispe Huamán a indiqué que les mineurs étaient en grève."
        => [("Xiomara Quispe Huamán", Person, Unknown, 1)];
    particle_van_den_capitalised:
        "Rodrigue Van den Abeele a affirmé que la brasserie fermerait."
        => [("Rodrigue Van den Abeele", Person, Unknown, 1)];
    apostrophe_in_surname:
        "Dorotea D'Ambrosio a expliqué que le musée rouvrirait."
        => [("Dorotea D'Ambrosio", Person, Unknown, 1)];
    honorific_feminine:
        "Mme Ferlicot a indiqué que la boulangerie fermerait."
        => [("Ferlicot", Person, Feminine, 1)];
    honorific_masculine_hyphenated_after_selon:
        "Selon M. Okonkwo-Daniels, le chantier a pris du retard."
        => [("Okonkwo-Daniels", Person, Masculine, 1)];
}

// A role before or after the name.
speaker_cases! {
    minister_with_portfolio_then_name:
        "Le ministre de l'Agriculture Octave Reynerie a affirmé que les aides arriveraient."
        => [("Octave Reynerie", Person, Masculine, 1)];
    mayor_of_an_invented_town_in_apposition:
        "La maire de Pontcarré-sur-Aube, Solène Marivaux, a estimé que le pont serait reconstruit."
        => [("Solène Marivaux", Person, Feminine, 1)];
    name_then_epicene_role:
        "Tiphaine Ardouin, porte-parole de la préfecture, a indiqué que la route était rouverte."
        => [("Tiphaine Ardouin", Person, Unknown, 1)];
    name_then_masculine_role_after_selon:
        "Selon Baptiste Ollivrin, le directeur du port, les grues sont en panne."
        => [("Baptiste Ollivrin", Person, Masculine, 1)];
    role_then_name_in_apposition:
        "Le président du club, Hervé Lanternier, a assuré que l'entraîneur resterait."
        => [("Hervé Lanternier", Person, Masculine, 1)];
    feminine_role_then_name_inverted:
        "« Les glaciers fondent plus vite », a expliqué la chercheuse Apolline Vérac."
        => [("Apolline Vérac", Person, Feminine, 1)];
    name_then_feminine_role:
        "Gaëlle Trémouille, directrice de l'usine, a indiqué que la production reprendrait."
        => [("Gaëlle Trémouille", Person, Feminine, 1)];
    spokesman_of_a_foreign_government_then_name:
        "Le porte-parole du gouvernement ghanéen, Kofi Ansah-Mensah, a déclaré que les élections auraient lieu."
        => [("Kofi Ansah-Mensah", Person, Masculine, 1)];
    epicene_role_elided_then_name:
        "Selon l'économiste Ludivine Parsac, la croissance ralentira."
        => [("Ludivine Parsac", Person, Unknown, 1)];
    senator_then_name:
        "Le sénateur Fulbert Kermarec a jugé que le texte était bâclé."
        => [("Fulbert Kermarec", Person, Masculine, 1)];
    name_then_role_with_an_organisation:
        "Clervie Le Gourrierec, présidente de l'association Mer Propre, a affirmé que les plages étaient sales."
        => [("Clervie Le Gourrierec", Person, Feminine, 1)];
}

// Feminine role nouns, named or not.
speaker_cases! {
    prosecutor_feminine_of_a_town:
        "La procureure de Vézenac a indiqué que le suspect avait avoué."
        => [("La procureure de Vézenac", Anonymous, Feminine, 1)];
    cheffe_of_a_service:
        "La cheffe du service des urgences a expliqué que les lits manquaient."
        => [("La cheffe du service des urgences", Anonymous, Feminine, 1)];
    autrice_after_selon:
        "Selon l'autrice du rapport, les écoles rurales sont oubliées."
        => [("l'autrice du rapport", Anonymous, Feminine, 1)];
    prefete_with_a_name:
        "La préfète Amandine Couserans a estimé que la crue était passée."
        => [("Amandine Couserans", Person, Feminine, 1)];
    engineer_feminine_with_a_name:
        "L'ingénieure Maëlle Dorgival a expliqué que le pont était fragile."
        => [("Maëlle Dorgival", Person, Feminine, 1)];
    rapporteure:
        "La rapporteure du texte a jugé que l'amendement était inutile."
        => [("La rapporteure du texte", Anonymous, Feminine, 1)];
    senatrice_inverted:
        "« Je voterai contre », a déclaré la sénatrice."
        => [("la sénatrice", Anonymous, Feminine, 1)];
    gendarme_epicene_feminine:
        "La gendarme a raconté que le conducteur avait pris la fuite."
        => [("La gendarme", Anonymous, Feminine, 1)];
    docteure_with_a_name:
        "La docteure Hortense Valmigère a indiqué que l'épidémie reculait."
        => [("Hortense Valmigère", Person, Feminine, 1)];
}

// Plural speakers.
speaker_cases! {
    parents_of_pupils:
        "Les parents d'élèves ont affirmé que la cantine était trop chère."
        => [("Les parents d'élèves", Anonymous, Unknown, 1)];
    farmers_after_selon:
        "Selon les agriculteurs, la sécheresse est historique."
        => [("les agriculteurs", Anonymous, Unknown, 1)];
    two_ministers:
        "Les deux ministres ont assuré que le texte serait voté."
        => [("Les deux ministres", Anonymous, Unknown, 1)];
    strikers:
        "Les grévistes ont prévenu que le dépôt resterait bloqué."
        => [("Les grévistes", Anonymous, Unknown, 1)];
    researchers_of_a_university_after_selon:
        "Selon les chercheurs de l'université de Valbrune, le lac se réchauffe."
        => [("les chercheurs de l'université de Valbrune", Anonymous, Unknown, 1)];
}

// Entity links over several sentences.
speaker_cases! {
    company_then_its_bare_noun:
        "Le groupe Varsenne a annoncé que l'usine fermerait. Selon le groupe, deux cents emplois sont menacés."
        => [("Varsenne", Organisation, Unknown, 2)];
    minister_named_then_pronoun:
        "La ministre des Sports, Clotilde Brassac, a affirmé que le stade serait prêt. \
         « Nous tiendrons les délais », a-t-elle ajouté."
        => [("Clotilde Brassac", Person, Feminine, 2)];
    daily_then_its_bare_noun:
        "Le quotidien La Sentinelle du Pardiac affirme que le maire a menti. \
         Selon le quotidien, une plainte sera déposée."
        => [("La Sentinelle du Pardiac", Organisation, Unknown, 2)];
    full_name_then_honorific:
        "Bertille Aumagne a déclaré que l'école fermerait. \
         Mme Aumagne a précisé que les élèves seraient accueillis à Vic."
        => [("Bertille Aumagne", Person, Feminine, 2)];
    high_council_then_its_acronym:
        "Le Haut Conseil des estuaires (HCE) a estimé que la vase montait. \
         Le HCE a ajouté que le dragage était urgent."
        => [("Haut Conseil des estuaires", Organisation, Unknown, 2)];
    anonymous_spokesman_twice:
        "Un porte-parole de l'armée a indiqué que deux soldats étaient blessés. \
         Le porte-parole a ajouté que la zone était bouclée."
        => [("Un porte-parole de l'armée", Anonymous, Masculine, 2)];
    #[ignore = "a bare role joins the last quoted person of unknown cue (README's bare-role rule), though 'a répondu' marks another speaker"]
    feminine_role_never_joins_a_man:
        "Paulin Escoffier a affirmé que la réforme était prête. \
         La ministre a répondu que rien n'était décidé."
        => [("Paulin Escoffier", Person, Unknown, 1), ("La ministre", Anonymous, Feminine, 1)];
    full_name_then_honorific_inverted:
        "Selon Kwabena Osei-Tutu, le cacao manque. « Les prix vont flamber », a ajouté M. Osei-Tutu."
        => [("Kwabena Osei-Tutu", Person, Masculine, 2)];
    agency_then_its_bare_noun:
        "L'Agence des lagunes méditerranéennes a estimé que l'étang mourait. \
         Selon l'agence, les pêcheurs devront partir."
        => [("Agence des lagunes méditerranéennes", Organisation, Unknown, 2)];
    namesakes_of_two_first_names:
        "Armelle Quéméneur a estimé que la criée était rentable. \
         Gwendal Quéméneur a répondu que la criée perdait de l'argent."
        => [("Armelle Quéméneur", Person, Unknown, 1), ("Gwendal Quéméneur", Person, Unknown, 1)];
    initial_later:
        "Ignace Mavoungou a déclaré que le fleuve débordait. Selon I. Mavoungou, trois villages sont évacués."
        => [("Ignace Mavoungou", Person, Unknown, 2)];
    named_role_then_pronoun:
        "La présidente de l'ONG, Nadège Lovisi, a estimé que les camps débordaient. \
         « Il faut agir vite », a-t-elle conclu."
        => [("Nadège Lovisi", Person, Feminine, 2)];
    surname_alone_later:
        "Perpetua Nwachukwu a affirmé que le marché était fermé. \
         « Les commerçants attendent », a dit Nwachukwu."
        => [("Perpetua Nwachukwu", Person, Unknown, 2)];
    metonym_then_person:
        "Matignon a indiqué que le texte serait retiré. \
         Le conseiller Anselme Pradier a précisé que la décision était prise."
        => [("Matignon", Organisation, Unknown, 1), ("Anselme Pradier", Person, Masculine, 1)];
}

// Written after the first score, for the rules of this session (not counted
// in it): an office held over a place, whatever reads the phrase ("selon",
// an inverted subject), names the place, known or not, never a person.
speaker_cases! {
    rule_place_office_after_selon:
        "Selon le maire de Vézenac, le pont sera rouvert."
        => [("le maire de Vézenac", Anonymous, Masculine, 1)];
    rule_place_office_after_d_apres:
        "D'après l'évêque de Morvannec, la cloche est fêlée."
        => [("l'évêque de Morvannec", Anonymous, Masculine, 1)];
    rule_place_office_inverted:
        "« Le suspect a avoué », a indiqué la procureure de Lanvédic."
        => [("la procureure de Lanvédic", Anonymous, Feminine, 1)];
    rule_place_office_then_a_name_after_selon:
        "Selon le maire de Vézenac Joachim Pellerin-Dastugue, le pont sera rouvert."
        => [("Joachim Pellerin-Dastugue", Person, Masculine, 1)];
}

// A fronted adjunct before a name is no apposition to it: the name is the
// clause's subject, neither the organisation nor the role of the adjunct.
speaker_cases! {
    rule_fronted_place_of_an_organisation_before_a_name:
        "Devant la mairie, Anatole Vasseur-Kergoat a déclaré que le pont serait refait."
        => [("Anatole Vasseur-Kergoat", Person, Unknown, 1)];
    rule_fronted_role_before_a_name_gives_no_cue:
        "Face à la présidente, Ewen Tanguy-Morvan a assuré que le budget était tenu."
        => [("Ewen Tanguy-Morvan", Person, Unknown, 1)];
    rule_apposition_after_selon_still_names:
        "Selon la ministre des Mines, Adjoa Mensah-Bonsu, la mine rouvrira."
        => [("Adjoa Mensah-Bonsu", Person, Feminine, 1)];
    rule_outlet_with_a_bare_complement:
        "Selon la chaîne de télévision publique Kanal Vierzehn, le vote est reporté."
        => [("Kanal Vierzehn", Organisation, Unknown, 1)];
    rule_conference_capitalised:
        "Selon la Conférence des évêques de Rhénanie, le synode aura lieu."
        => [("Conférence des évêques de Rhénanie", Organisation, Unknown, 1)];
}

// Role nouns the treebanks lack are nouns, whatever their ending: the
// office's "de" complement is the place, an apposition names the person.
speaker_cases! {
    rule_feminine_office_opening_the_sentence_then_a_name:
        "La procureure de Vézenac, Odile Brassac-Lhermite, a indiqué que le suspect avait avoué."
        => [("Odile Brassac-Lhermite", Person, Feminine, 1)];
    rule_feminine_governor_of_an_unknown_place:
        "La gouverneure de Kivuto a indiqué que les routes étaient coupées."
        => [("La gouverneure de Kivuto", Anonymous, Feminine, 1)];
}

// An institution whose capitalised head is followed by a complement is one
// body with the bare noun that refers back to it.
speaker_cases! {
    rule_institution_speaking_then_its_bare_noun:
        "La Conférence des maires du littoral a estimé que la digue était trop basse. \
         La conférence a ajouté que les travaux étaient urgents."
        => [("Conférence des maires du littoral", Organisation, Unknown, 2)];
}
