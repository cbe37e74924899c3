//! A twelfth constructed set for speaker entities (issue 15, session 14),
//! written before looking at the output of main 7c05aea, to estimate again
//! how the KIND and GENDER CUE rules carry over to names no lexicon lists
//! (issue 15: kind 100 on the tuned Wikinews articles, 84.0 on our unseen
//! split). Here: firms whose names are ordinary words or look like
//! surnames or a person's full name ("la Fnac", "Darty", "Legrand",
//! "Picard", "Casino", "Fleury Michon", "Leroy Merlin"), a few listed ones
//! as controls ("Orange", "Carrefour", "Emmaüs", "Les Restos du cœur"),
//! associations named "SOS …", "Collectif …", "Fondation <first name>
//! <surname>", unions, sports clubs, courts and parquets, prefectures and
//! town halls, foreign ministries and agencies, hospitals and universities
//! named after a person ("hôpital Necker", "Institut Curie"), capitals
//! speaking for governments, anonymous sources, persons with rare foreign
//! names or a surname that is a common noun, and gender cues from titles,
//! agreement, pronouns and demonyms, including a masculine title with a
//! feminine agreement (no cue: the entity's cues disagree). The last group
//! checks `Document::people`: persons mentioned but not quoted, with their
//! cue, and organisations left out of it (an organisation is no person).
//! Unlisted names were checked with grep in `src/lexicons/` when written.
//!
//! Conventions as in `speaker_kinds_fresh_9.rs`: an unnamed speaker is
//! anonymous, named with its article as written, its cue from its article
//! when the head is a person noun ("un haut fonctionnaire", "une voisine");
//! a first name is never a gender cue; an organisation has no gender cue
//! and is named without its article ("la Fnac" -> "Fnac"), an organisation
//! noun before a name ("le fabricant Legrand", "l'association Utopia 56")
//! is not part of it; a place in the "de" complement of an institution's
//! noun is not its name; a capital speaking for its government is an
//! organisation. Every invented person appears nowhere else in the
//! repository (checked with grep when written). Rows are (canonical name,
//! kind, gender cue, quotes linked to the entity), in order of first quote.
//!
//! Scored once before any rule change: 76 cases, 59 passed (77.6 %) on main
//! 7c05aea, 2026-12-01 15:37 UTC. The 17 failures are marked `#[ignore]`
//! with what went wrong: a bare one-word name no lexicon lists read as a
//! person ("Darty", "Picard", "Roscosmos", "Sud-Rail") (4), a firm named
//! like a person ("Fleury Michon", "Leroy Merlin", twice) (3), an article
//! before a capitalised name taken into a person's name ("La Fnac", "La
//! Sorbonne", "Le Chamois") (3), "SOS" before a common noun (2), an English
//! common word in a firm's name ("Schneider Electric") (1), "Sciences Po"
//! anonymous (1), a title with its own complement before the name ("La
//! juge d'instruction X") taken whole (1), a coordinated subject's title
//! giving its gender to the second conjunct (1), "Fondation Abbé Pierre"
//! leaving a person "Pierre" (1). A rule lifts an ignore only when its
//! construction is also found in data other than this set (three times,
//! two sources).
//!
//! Session 14's rule (a name of two words or more after a fused article
//! "du", "au", "des", "aux", or of any length after "le", "la", "l'", or
//! opened by a capitalised "Le", "La", "L'" before two words or more, is no
//! person's) was written with 14 cases before it (6 of 14 first, 7 rule
//! cases, 1 gap: "Mme du X" gives no person), then 4 for the plural fused
//! articles (1 of 4 first): 10 rule cases of 10 with the rule. The file:
//! 76 of 94, 18 ignored (the 17 first failures and the particle gap); none
//! of the first 17 is the rule's construction ("La Fnac", "La Sorbonne"
//! and "Le Chamois niortais" are one word after a capitalised article,
//! which is also a surname's: "Le Pen", "La Fontaine").
//!
//! Session 14, round 2: the organisation lexicon's extension from public
//! lists (CAC 40 / SBF 120 firms, retailers, banks, insurers, carmakers,
//! energy and transport firms, unions and federations, NGOs and
//! foundations, grandes écoles, public and space agencies) lifts 10
//! ignores ("La Fnac", "Darty", "Fleury Michon", "Leroy Merlin" twice,
//! "Schneider Electric", "Sud-Rail", "Roscosmos", "La Sorbonne", "Sciences
//! Po"); "Picard" stays a gap on purpose (a common surname, left out), and
//! "SOS Homophobie" / "SOS Médecins" stay gaps though listed (the name is
//! cut before the lexicon is read). 6 cases added before it check that a
//! person bearing a listed firm's name stays a person (6 of 6 with the
//! extension; before it none of those surnames was listed). The file: 92
//! of 100, 8 ignored.
//!
//! Session 16: a title's name after an article-less "de" complement ("la
//! juge d'instruction X", see `speaker_kinds_fresh_11.rs`) lifts
//! `feminine_title_compound`. The file: 93 of 100, 7 ignored. An acronym
//! that opens listed organisations' longer names ("SOS" as in "SOS
//! Racisme") keeps the word after it, in the name run and in the sentence
//! ("SOS | Homophobie" was split as a run-in headline): the two "SOS"
//! gaps lifted, 95 of 100, 5 ignored.

#[macro_use]
mod support;

// Firms whose names are ordinary words, surnames or look like a person's.
speaker_cases! {
    firm_fnac_with_article:
        "La Fnac a annoncé que ses magasins ouvriraient le dimanche."
        => [("Fnac", Organisation, Unknown, 1)];
    firm_surname_after_selon:
        "Selon Darty, les ventes de climatiseurs ont doublé en juin."
        => [("Darty", Organisation, Unknown, 1)];
    firm_surname_after_type_noun:
        "Le fabricant Legrand a affirmé que les prix augmenteraient en janvier."
        => [("Legrand", Organisation, Unknown, 1)];
    firm_looking_like_full_name:
        "Fleury Michon a indiqué que l'usine de Chantonnay serait agrandie."
        => [("Fleury Michon", Organisation, Unknown, 1)];
    firm_first_name_and_surname_inverted:
        "« Les rayons seront réapprovisionnés lundi », a assuré Leroy Merlin."
        => [("Leroy Merlin", Organisation, Unknown, 1)];
    firm_enseigne_type_noun:
        "L'enseigne Lidl a affirmé que les prix baisseraient à la rentrée."
        => [("Lidl", Organisation, Unknown, 1)];
    firm_common_word_after_distributeur:
        "Le distributeur Casino a annoncé que trois magasins seraient vendus."
        => [("Casino", Organisation, Unknown, 1)];
    #[ignore = "a bare one-word name no lexicon lists is read as a person ('Picard' is left out of organisations.txt: a common surname)"]
    firm_surname_and_region:
        "Picard a précisé que les produits concernés avaient été retirés des rayons."
        => [("Picard", Organisation, Unknown, 1)];
    firm_two_words_english:
        "Schneider Electric a affirmé que mille emplois seraient créés."
        => [("Schneider Electric", Organisation, Unknown, 1)];
    firm_groupe_lowercase:
        "Le groupe Bonduelle a estimé que la récolte de haricots serait mauvaise."
        => [("Bonduelle", Organisation, Unknown, 1)];
    control_listed_orange_inverted:
        "« Nos clients ne paieront pas plus », a assuré Orange."
        => [("Orange", Organisation, Unknown, 1)];
    control_listed_carrefour_after_selon:
        "Selon Carrefour, les rayons seront réapprovisionnés lundi."
        => [("Carrefour", Organisation, Unknown, 1)];
}

// Associations, foundations and unions.
speaker_cases! {
    control_listed_emmaus_after_selon:
        "Selon Emmaüs, les dons de meubles ont baissé de moitié."
        => [("Emmaüs", Organisation, Unknown, 1)];
    control_listed_restos_plural_article:
        "Les Restos du cœur ont annoncé qu'ils accueilleraient moins de familles cet hiver."
        => [("Restos du cœur", Organisation, Unknown, 1)];
    sos_association_subject:
        "SOS Homophobie a affirmé que les agressions avaient augmenté de 30 %."
        => [("SOS Homophobie", Organisation, Unknown, 1)];
    sos_association_after_selon:
        "Selon SOS Médecins, les appels ont doublé pendant le week-end."
        => [("SOS Médecins", Organisation, Unknown, 1)];
    association_name_with_number_inverted:
        "« Des enfants dorment dehors », a déclaré l'association Utopia 56."
        => [("Utopia 56", Organisation, Unknown, 1)];
    collectif_des:
        "Le Collectif des mères solidaires a estimé que les aides arrivaient trop tard."
        => [("Collectif des mères solidaires", Organisation, Unknown, 1)];
    fondation_named_after_a_person:
        "La Fondation Abbé Pierre a affirmé que le nombre de sans-abri avait doublé."
        => [("Fondation Abbé Pierre", Organisation, Unknown, 1)];
    ligue_de_after_selon:
        "Selon la Ligue de l'enseignement, les colonies de vacances manquent d'animateurs."
        => [("Ligue de l'enseignement", Organisation, Unknown, 1)];
    union_hyphenated_name:
        "Sud-Rail a prévenu que la grève serait reconduite jusqu'à dimanche."
        => [("Sud-Rail", Organisation, Unknown, 1)];
    union_confederation_after_selon:
        "Selon la Confédération paysanne, les éleveurs ne sont toujours pas indemnisés."
        => [("Confédération paysanne", Organisation, Unknown, 1)];
    employers_acronym_with_article:
        "La CPME a estimé que les petites entreprises seraient les premières touchées."
        => [("CPME", Organisation, Unknown, 1)];
    union_acronym_inverted:
        "« Les salariés sont à bout », a déclaré la CFTC."
        => [("CFTC", Organisation, Unknown, 1)];
}

// Sports clubs, courts and parquets, prefectures and town halls.
speaker_cases! {
    #[ignore = "an article before a capitalised name no lexicon lists is taken into a person's name"]
    club_nickname_with_article:
        "Le Chamois niortais a annoncé que son entraîneur était limogé."
        => [("Chamois niortais", Organisation, Unknown, 1)];
    club_town_and_fc_after_selon:
        "Selon le Pau FC, le match se jouera à huis clos."
        => [("Pau FC", Organisation, Unknown, 1)];
    club_acronym_elided:
        "L'USAP a confirmé que son demi d'ouverture serait absent trois mois."
        => [("USAP", Organisation, Unknown, 1)];
    parquet_national_financier:
        "Le parquet national financier a indiqué que l'enquête était close."
        => [("parquet national financier", Organisation, Unknown, 1)];
    parquet_de_after_selon:
        "Selon le parquet de Créteil, le suspect a été placé en garde à vue."
        => [("parquet de Créteil", Organisation, Unknown, 1)];
    appeal_court_lowercase:
        "La cour d'appel de Douai a estimé que la sanction était disproportionnée."
        => [("cour d'appel de Douai", Organisation, Unknown, 1)];
    administrative_court_inverted:
        "« La décision est exécutoire », a précisé le tribunal administratif de Rennes."
        => [("tribunal administratif de Rennes", Organisation, Unknown, 1)];
    prefecture_de_police:
        "La préfecture de police a affirmé que le rassemblement était interdit."
        => [("préfecture de police", Organisation, Unknown, 1)];
    town_hall_after_selon:
        "Selon la mairie de Bordeaux, les travaux dureront deux ans."
        => [("mairie de Bordeaux", Organisation, Unknown, 1)];
}

// Foreign ministries and agencies, capitals, hospitals and universities.
speaker_cases! {
    foreign_ministry_with_demonym:
        "Le ministère japonais des Affaires étrangères a affirmé que l'avion avait violé l'espace aérien."
        => [("ministère japonais des Affaires étrangères", Organisation, Unknown, 1)];
    foreign_agency_bare:
        "Roscosmos a annoncé que le lancement était reporté à mars."
        => [("Roscosmos", Organisation, Unknown, 1)];
    foreign_agency_common_noun_after_selon:
        "Selon l'agence spatiale indienne, la sonde s'est posée sans encombre."
        => [("agence spatiale indienne", Organisation, Unknown, 1)];
    foreign_central_bank:
        "La Banque d'Angleterre a estimé que l'inflation ralentirait en 2027."
        => [("Banque d'Angleterre", Organisation, Unknown, 1)];
    capital_after_selon:
        "Selon Ottawa, les droits de douane américains sont illégaux."
        => [("Ottawa", Organisation, Unknown, 1)];
    hospital_group_acronym:
        "L'AP-HP a indiqué que mille lits étaient fermés faute de soignants."
        => [("AP-HP", Organisation, Unknown, 1)];
    chu_de_after_selon:
        "Selon le CHU de Nantes, l'enfant est hors de danger."
        => [("CHU de Nantes", Organisation, Unknown, 1)];
    hospital_named_after_surname:
        "L'hôpital Necker a précisé que l'opération avait réussi."
        => [("hôpital Necker", Organisation, Unknown, 1)];
    institute_named_after_surname:
        "L'Institut Curie a estimé que le traitement était prometteur."
        => [("Institut Curie", Organisation, Unknown, 1)];
    university_bare_name:
        "La Sorbonne a annoncé que les examens étaient reportés d'une semaine."
        => [("Sorbonne", Organisation, Unknown, 1)];
    university_de_after_selon:
        "Selon l'université de Strasbourg, les cours reprendront lundi."
        => [("université de Strasbourg", Organisation, Unknown, 1)];
    school_two_words:
        "Sciences Po a assuré que la sanction serait maintenue."
        => [("Sciences Po", Organisation, Unknown, 1)];
}

// Anonymous sources.
speaker_cases! {
    source_diplomatique_after_selon:
        "Selon une source diplomatique, les négociations ont échoué dans la nuit."
        => [("une source diplomatique", Anonymous, Unknown, 1)];
    haut_fonctionnaire_inverted:
        "« Rien n'est signé », confie un haut fonctionnaire."
        => [("un haut fonctionnaire", Anonymous, Masculine, 1)];
    une_elue_subject:
        "Une élue de l'opposition a affirmé que le budget était insincère."
        => [("Une élue de l'opposition", Anonymous, Feminine, 1)];
    des_enqueteurs_after_dapres:
        "D'après des enquêteurs, le feu a été allumé volontairement."
        => [("des enquêteurs", Anonymous, Unknown, 1)];
    une_voisine_inverted:
        "« Il est parti sans un mot », raconte une voisine."
        => [("une voisine", Anonymous, Feminine, 1)];
    responsable_syndical_subject:
        "Un responsable syndical a assuré que le préavis serait levé."
        => [("Un responsable syndical", Anonymous, Masculine, 1)];
    source_proche_de_lenquete:
        "Selon une source proche de l'enquête, le suspect était connu des services."
        => [("une source proche de l'enquête", Anonymous, Unknown, 1)];
}

// Persons with rare foreign names or a surname that is a common noun.
speaker_cases! {
    vietnamese_three_part_name:
        "Nguyen Thi Thuy Duong a affirmé que l'usine avait été inondée."
        => [("Nguyen Thi Thuy Duong", Person, Unknown, 1)];
    ukrainian_after_selon:
        "Selon Oleksandr Hnatiouk, le pont a été détruit dans la nuit."
        => [("Oleksandr Hnatiouk", Person, Unknown, 1)];
    malian_hyphenated_inverted:
        "« Le vote a été truqué », a déclaré Aminata Kouyaté-Sissoko."
        => [("Aminata Kouyaté-Sissoko", Person, Unknown, 1)];
    tongan_hyphenated_subject:
        "Siosaia Tupou-Fifita a estimé que l'île serait évacuée."
        => [("Siosaia Tupou-Fifita", Person, Unknown, 1)];
    norwegian_after_selon:
        "Selon Bjørn Haukeland, les quotas de pêche seront réduits."
        => [("Bjørn Haukeland", Person, Unknown, 1)];
    surname_common_noun:
        "Léonce Boulanger a raconté que le four avait pris feu dans la nuit."
        => [("Léonce Boulanger", Person, Unknown, 1)];
    monsieur_rare_surname_after_selon:
        "Selon M. Koumaré-Diakité, la récolte de coton est perdue."
        => [("Koumaré-Diakité", Person, Masculine, 1)];
}

// Gender cues from titles, agreement, pronouns and demonyms.
speaker_cases! {
    masculine_title_then_feminine_title_apposed:
        "Le préfet Arnaud Delpierre a annoncé que la route serait rouverte. \
         La présidente du département, Nadège Ferrandeau-Lhuis, a estimé que c'était trop tard."
        => [("Arnaud Delpierre", Person, Masculine, 1), ("Nadège Ferrandeau-Lhuis", Person, Feminine, 1)];
    masculine_title_feminine_agreement:
        "Le professeur Mathilde Vercoutre, interrogée par France Inter, a estimé que l'épidémie reculait."
        => [("Mathilde Vercoutre", Person, Unknown, 1)];
    a_t_elle_after_narration:
        "Ikram Bensalhi dirige la clinique depuis 2019. « Nous manquons de tout », a-t-elle déclaré."
        => [("Ikram Bensalhi", Person, Feminine, 1)];
    selon_elle_after_narration:
        "Maïwenn Querrec a quitté le parti en mai. Selon elle, la direction a menti aux militants."
        => [("Maïwenn Querrec", Person, Feminine, 1)];
    apposed_arrivee:
        "Wen Jiali, arrivée en France en 2015, a raconté que le restaurant avait fermé."
        => [("Wen Jiali", Person, Feminine, 1)];
    feminine_title_compound:
        "La juge d'instruction Corinne Abadie-Reyt a estimé que le dossier était vide."
        => [("Corinne Abadie-Reyt", Person, Feminine, 1)];
    avocate_with_maitre:
        "L'avocate de la famille, Me Soizic Le Goarnig, a affirmé que la plainte serait maintenue."
        => [("Soizic Le Goarnig", Person, Feminine, 1)];
    epicene_name_masculine_agreement:
        "Dominique Le Quélennec, arrivé en tête, a affirmé que la liste gagnerait."
        => [("Dominique Le Quélennec", Person, Masculine, 1)];
    demonym_masculine:
        "Le Sénégalais Moussa Ndiaye-Fall a expliqué que la pirogue avait chaviré."
        => [("Moussa Ndiaye-Fall", Person, Masculine, 1)];
    demonym_feminine_inverted:
        "« Je n'ai jamais douté », a affirmé la Brésilienne Thaís Albuquerque-Moita."
        => [("Thaís Albuquerque-Moita", Person, Feminine, 1)];
    madame_rare_surname:
        "Mme Oyelaran-Haddou a affirmé que le centre social fermerait."
        => [("Oyelaran-Haddou", Person, Feminine, 1)];
}

// People mentioned but not quoted: `Document::people` (persons only).
people_cases! {
    #[ignore = "a coordinated subject's first title gives its gender to the second conjunct's apposed name"]
    people_coordinated_prefet_and_presidente:
        "Le préfet Arnaud Delpierre et la présidente de la région, Nadège Ferrandeau-Lhuis, ont inauguré la ligne."
        => [("Arnaud Delpierre", Masculine), ("Nadège Ferrandeau-Lhuis", Feminine)];
    people_foreign_name_and_feminine_title:
        "Le juge a entendu Ibrahima Sow-Ferrandi et la députée Léa Marquisot."
        => [("Ibrahima Sow-Ferrandi", Unknown), ("Léa Marquisot", Feminine)];
    people_skip_a_firm_looking_like_a_name:
        "Le directeur de Leroy Merlin, Vincent Goarnisson, a rencontré les grévistes."
        => [("Vincent Goarnisson", Masculine)];
    people_masculine_title_feminine_agreement:
        "Le préfet, Sylvie Harnois-Légeret, s'est rendue à Morlaix."
        => [("Sylvie Harnois-Légeret", Unknown)];
    #[ignore = "a foundation named after a person ('Fondation Abbé Pierre') leaves a person 'Pierre' in people"]
    people_skip_institutions_named_after_people:
        "L'Institut Curie et la Fondation Abbé Pierre ont reçu Mariam Touré-Bahoum."
        => [("Mariam Touré-Bahoum", Unknown)];
    people_skip_firm_surname_subject:
        "Darty a recruté Kevin Lestradec comme directeur des ventes."
        => [("Kevin Lestradec", Unknown)];
}

// Added before the rule (session 14): a definite article before a name is
// no person's, whatever the name's length, and "du" / "au" (de le, à le)
// are that article too; a capitalised "Le" / "La" opening a name of two
// more words opens a thing's or a body's name, where one word after it is
// a surname ("Le Gouzrannec"). Tuned data (people wrongly listed as
// persons): after "du"/"au", UD GSD dev 14 ("du Pan Am", "au Naval War
// College", "du Slovan Bratislava", "du Lac de la Vieille"…), Wikinews 2
// ("du Boson de Higgs", "du Centaure"), fr-litbank 2 ("au Val de Ciré",
// "du Vater Rhein"), held-out sets 2 ("du XV de Brive", "au Zénith de
// Nantes"); three words or more after a lowercase article, UD 14 ("la
// Plateforme de Convergence", "le Tunnel de Rebaix", "le Pays de
// Montbéliard"…), fr-litbank 4 ("l'Arc de Triomphe", "la Marianne de
// Mairet"…), held-out sets 4 ("la République de Vannes"…); a capitalised
// article opening three words or more, UD 6 ("La Bourse de Paris", "Le
// Cap Borda", "L'Effort Basket de Mirecourt"…), fr-litbank 1 ("Le
// Mystérieux Sous-Marin"). A title or a demonym first ("du Colonel
// Mazères", "le Danois Wilson Kipketer") and "du" as a particle after a
// title or a first name ("Mme du Barri") keep the person.
speaker_cases! {
    article_before_three_word_name_after_selon:
        "Selon le Bagad Kemper Penhars, le défilé est annulé."
        => [("Bagad Kemper Penhars", Organisation, Unknown, 1)];
    article_before_three_word_name_inverted:
        "« Nous jouerons tout l'été », a annoncé la Belle Équipe de Morlaix."
        => [("Belle Équipe de Morlaix", Organisation, Unknown, 1)];
    capitalised_article_opening_three_words:
        "La Vuelta Ciclista Asturias a annoncé que l'étape était annulée."
        => [("Vuelta Ciclista Asturias", Organisation, Unknown, 1)];
    control_capitalised_article_surname_inverted:
        "« Rien n'est joué », a estimé Le Gouzrannec."
        => [("Le Gouzrannec", Person, Unknown, 1)];
    control_capitalised_article_surname_subject:
        "Le Bihan-Kerné a affirmé que la criée fermerait."
        => [("Le Bihan-Kerné", Person, Unknown, 1)];
    control_demonym_after_article:
        "Selon le Britannique Oliver Pennington-Hale, la course est perdue."
        => [("Oliver Pennington-Hale", Person, Masculine, 1)];
    control_particle_du_after_first_name:
        "Selon Hélène du Pontavice, le château sera vendu."
        => [("Hélène du Pontavice", Person, Unknown, 1)];
}

people_cases! {
    people_skip_a_venue_after_au:
        "Le groupe s'est produit au Zénith de Toulouse devant Margaux Quéhennec."
        => [("Margaux Quéhennec", Unknown)];
    people_skip_a_club_after_du:
        "Il a quitté le club du Slavia Prague pour rejoindre Tomáš Dvořáček."
        => [("Tomáš Dvořáček", Unknown)];
    people_skip_a_two_word_name_after_du:
        "La direction du Kerlann Sport a reçu Kenza Moulinier-Roy."
        => [("Kenza Moulinier-Roy", Unknown)];
    people_skip_a_three_word_name_after_le:
        "Soazig Le Braz-Huon dirige le Bagad Kemper Penhars depuis 2010."
        => [("Soazig Le Braz-Huon", Unknown)];
    people_skip_a_capitalised_article_and_three_words:
        "La Bourse de Casablanca a fermé en hausse, selon Idriss Benkirane-Alaoui."
        => [("Idriss Benkirane-Alaoui", Unknown)];
    people_control_capitalised_title_after_du:
        "L'hommage du Général Yves Le Cozannet a ému Pierrick Guéguen."
        => [("Yves Le Cozannet", Masculine), ("Pierrick Guéguen", Unknown)];
    #[ignore = "a lowercase particle after a title ('Mme du X') gives no person"]
    people_control_particle_after_title:
        "Le portrait de Mme du Plessis-Kergoat a été vendu."
        => [("du Plessis-Kergoat", Feminine)];
}

// Added before its extension of the rule (session 14): the plural fused
// articles "des" / "aux" before a name of two words or more (a family
// takes one: "chez les Fournel", "aux Grangier"). Tuned data (people
// wrongly listed as persons on main): UD GSD dev 3 ("des Maisons d'York",
// "des Special Forces", "des Championnats d'Europe de Paris"), Sequoia
// train 2 ("des Rapides de la Meuse", "des Forges de Méziré"), ParTUT
// train 1 ("des États Unis"), Wikinews 1 ("des États d'Afrique"), held-out
// sets 1 ("des Vieilles Pierres").
people_cases! {
    people_skip_a_festival_after_des:
        "La fête des Vieilles Charrues a attiré Malo Kerhoaz-Riou."
        => [("Malo Kerhoaz-Riou", Unknown)];
    people_skip_a_team_after_des:
        "Les joueurs des Brooklyn Nets ont rencontré Yannick Pérennès-Coz."
        => [("Yannick Pérennès-Coz", Unknown)];
    people_skip_a_festival_after_aux:
        "Le groupe a joué aux Nuits Sonores de Lyon avec Gwenola Castrec."
        => [("Gwenola Castrec", Unknown)];
}
speaker_cases! {
    plural_fused_article_control_family:
        "« La récolte est perdue », a déclaré Gwenola Castrec devant la ferme des Kerhoaz."
        => [("Gwenola Castrec", Person, Unknown, 1)];
}

// Added before the organisation lexicon's extension (session 14, round 2:
// CAC 40 / SBF 120 firms, retailers, banks, unions, NGOs, schools,
// agencies): a person whose surname is a listed firm's one-word name stays a
// person after a first name or an honorific, and a later bare surname is
// still that person; the common surnames left out of the list ("Picard",
// "Legrand", "Leclerc") stay persons too.
speaker_cases! {
    person_first_name_and_listed_firm_surname:
        "Pierre Darty a affirmé que les ventes avaient doublé."
        => [("Pierre Darty", Person, Unknown, 1)];
    person_honorific_and_listed_firm_surname:
        "M. Bonduelle a estimé que la récolte serait mauvaise."
        => [("Bonduelle", Person, Masculine, 1)];
    person_honorific_feminine_listed_firm_surname_after_selon:
        "Selon Mme Porsche, le musée rouvrira en mai."
        => [("Porsche", Person, Feminine, 1)];
    person_listed_firm_surname_again_bare:
        "Hélène Casino a affirmé que le budget était insincère. \
         Casino a ajouté que le vote serait reporté."
        => [("Hélène Casino", Person, Unknown, 2)];
    person_common_surname_left_out_of_the_list:
        "Jean Picard a précisé que les produits avaient été retirés."
        => [("Jean Picard", Person, Unknown, 1)];
    person_honorific_common_surname_left_out:
        "« Les prix augmenteront », a affirmé M. Legrand."
        => [("Legrand", Person, Masculine, 1)];
}
