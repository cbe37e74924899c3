//! A thirteenth constructed set for speaker entities (issue 15, session 15),
//! written before looking at the output of main d49de6f, to estimate again
//! how the KIND and GENDER CUE rules carry over to names no lexicon lists
//! (issue 15: kind 100 on the tuned Wikinews articles, 84.0 on our unseen
//! split), in domains unlike the tuned ones: sport (clubs named by their
//! head noun or form, "Stade", "AS", "Racing Club de", "Olympique de",
//! "Union sportive de", federations, national sides, coaches), local news
//! (collectives, associations, "comité des fêtes", "office de tourisme",
//! gendarmerie, "syndicat des eaux", hospitals, prefectures, town halls,
//! "SOS" before a common noun), courts (tribunals, parquets, "cour
//! d'assises", judges with a complement before their name, lawyers,
//! defendants), business (a firm shaped like a person's name after
//! "société" / "groupe", one-word firms after "enseigne" / "laboratoire",
//! legal forms, cooperatives, chambers of commerce), foreign news (capitals
//! speaking for governments, foreign ministries, armies, commissions,
//! foreign persons) and gender cues from role agreement ("la présidente",
//! "la cheffe", "la docteure", "Mme", "le docteur"), from an apposed
//! "élue" or "elle-même", and from the speaker's own first-person
//! agreement inside the quote ("« Je suis fière »", "« J'ai été menacé »";
//! no cue from "nous" or from a third person; no cue when it disagrees
//! with the title). The last group checks `Document::people`.
//!
//! Conventions as in `speaker_kinds_fresh_10.rs`: an unnamed speaker is
//! anonymous, named with its article as written, its cue from its article
//! when the head is a person noun; a first name is never a gender cue; an
//! organisation has no gender cue and is named without its article, a
//! lowercase organisation noun before a capitalised name ("le collectif
//! Vigilance Estuaire", "la société Jean Kerbrat") is not part of it, a
//! lowercase institution noun with its complement is ("parquet de Vannes",
//! "comité des fêtes de Saint-Avézan"); a capital speaking for its
//! government is an organisation. Every invented person and firm appears
//! nowhere else in the repository (checked with grep when written; the
//! "SOS" names are not in organisations.txt). Rows are (canonical name,
//! kind, gender cue, quotes linked to the entity), in order of first quote.
//!
//! Scored once before any rule change: 96 cases, 75 passed (78.1 %) on main
//! d49de6f, 2026-12-01 18:30 UTC. The 21 failures are marked `#[ignore]`
//! with what went wrong: the speaker's first-person agreement inside the
//! quote not read ("« Je suis fière »", "« J'ai été menacé »") (7, one of
//! them the check that it contradicts a title), a title with its own
//! complement before the name ("la juge d'instruction X", "la juge des
//! enfants X") (2), "SOS" before a common noun (2), a participle used as a
//! person noun giving no cue ("le prévenu", "la prévenue") (2), a
//! coordinated subject's first title giving its cue to the second conjunct
//! (1), "Mme du X" (1), "la sélection malgache" anonymous (1), "chambre de
//! commerce et d'industrie du X" cut at "et" (1), "Le Goff et Fils" losing
//! its article (1), "Goasdoué-Le Roux" cut at the hyphen (1), an inverted
//! plural "ont raconté des témoins" giving no speaker (1), "s'est dit
//! inquiet" without quotation marks read as no quote (1, quote stage).
//! Kinds, names or a lost speaker: 10 of the 21; gender cues: 11.
//!
//! Session 15's rule (a named speaker's own first-person agreement inside
//! its direct quote is a gender cue: "je" + être / rester / avoir été / se
//! sentir + an agreeing adjective or participle) lifts 6 of its 7 ignores;
//! "« Je suis ravi », a déclaré la maire, X" stays a gap ("ravi" gives no
//! cue here, so the title's feminine stands). The file: 81 of 96, 15 ignored.
//!
//! Session 16's rule (a title, a "de" complement of one to three words
//! without an article of its own, then a name of two words or more: the
//! name is the title-holder's) lifts 2 ignores (`judge_with_complement_
//! before_name`, `title_institution_complement_name`); the people row
//! "à la juge des enfants X" still has no cue. The file: 85 of 99, 14
//! ignored.
//!
//! Session 16, next: an acronym that opens listed organisations' longer
//! names ("SOS" as in "SOS Racisme", "CGT" as in "CGT Cheminots") keeps
//! the one word after it ("SOS Estuaire"), in the name run and in the
//! sentence splitter ("Selon SOS | Paysans" was split as a run-in
//! headline): both "SOS" gaps lifted; with 2 cases added for it (a union
//! section, a person's name after a union's acronym), 89 of 101, 12
//! ignored.
//!
//! Then "prévenu" / "prévenue" as person nouns (grammar.txt): the
//! defendant's article is a cue ("Le prévenu", "la prévenue"), 91 of 101,
//! 10 ignored.

#[macro_use]
mod support;

// Sport: clubs named by their head noun or form, federations, national
// sides, coaches and players.
speaker_cases! {
    club_stade_adjective_capitalised_article:
        "Le Stade quimperlois a annoncé que son gardien était prolongé jusqu'en 2028."
        => [("Stade quimperlois", Organisation, Unknown, 1)];
    club_as_town_after_selon:
        "Selon l'AS Vauvenargues, le match contre Gardanne est reporté."
        => [("AS Vauvenargues", Organisation, Unknown, 1)];
    club_racing_club_de_town:
        "Le Racing Club de Vauréal a indiqué que la tribune nord serait fermée."
        => [("Racing Club de Vauréal", Organisation, Unknown, 1)];
    club_olympique_de_town:
        "L'Olympique de Castelbrun a annoncé que son président quittait le club."
        => [("Olympique de Castelbrun", Organisation, Unknown, 1)];
    club_lowercase_club_de_town:
        "Le club de Tarbes-Lourdes a précisé que la rencontre se jouerait à huis clos."
        => [("club de Tarbes-Lourdes", Organisation, Unknown, 1)];
    club_union_sportive_inverted:
        "« Les vestiaires ont été saccagés », a déploré l'Union sportive de Roquebrune."
        => [("Union sportive de Roquebrune", Organisation, Unknown, 1)];
    federation_capitalised_full_name:
        "La Fédération française de pétanque a annoncé que le championnat serait rejoué."
        => [("Fédération française de pétanque", Organisation, Unknown, 1)];
    federation_lowercase_after_selon:
        "Selon la fédération de handball, la licence du joueur est suspendue six mois."
        => [("fédération de handball", Organisation, Unknown, 1)];
    #[ignore = "'la sélection' + demonym is no organisation noun: anonymous"]
    national_side_demonym:
        "La sélection malgache a affirmé que le stage de préparation était maintenu."
        => [("sélection malgache", Organisation, Unknown, 1)];
    organising_committee:
        "Le comité d'organisation du marathon a indiqué que le départ serait avancé."
        => [("comité d'organisation du marathon", Organisation, Unknown, 1)];
    coach_feminine_title_apposed:
        "L'entraîneuse des Vauréaliennes, Sandrine Vaucoret-Béhal, a estimé que le groupe était prêt."
        => [("Sandrine Vaucoret-Béhal", Person, Feminine, 1)];
    coach_masculine_title_apposed_inverted:
        "« Nous avons manqué de réalisme », a reconnu l'entraîneur de Castelbrun, Régis Kerbrat-Mahé."
        => [("Régis Kerbrat-Mahé", Person, Masculine, 1)];
    captain_feminine_apposed:
        "La capitaine de l'équipe, Inès Marchadier-Pujol, a jugé que l'arbitrage avait été correct."
        => [("Inès Marchadier-Pujol", Person, Feminine, 1)];
    anonymous_coach:
        "Le sélectionneur a estimé que ses joueurs manquaient de fraîcheur."
        => [("Le sélectionneur", Anonymous, Masculine, 1)];
    first_person_feminine_agreement_in_quote:
        "« Je suis fière de mes joueuses », a déclaré Nolwenn Trégouët-Abiven."
        => [("Nolwenn Trégouët-Abiven", Person, Feminine, 1)];
    first_person_masculine_agreement_in_quote:
        "« Je suis très déçu par notre deuxième mi-temps », a reconnu Yvon Kerhervé-Lostis."
        => [("Yvon Kerhervé-Lostis", Person, Masculine, 1)];
}

// Local news: associations, collectives, committees, public services.
speaker_cases! {
    collectif_lowercase_type_noun:
        "Le collectif Vigilance Estuaire a estimé que le projet défigurait la baie."
        => [("Vigilance Estuaire", Organisation, Unknown, 1)];
    association_des_riverains_after_selon:
        "Selon l'association des riverains de la rocade, le bruit a doublé depuis l'été."
        => [("association des riverains de la rocade", Organisation, Unknown, 1)];
    comite_des_fetes:
        "Le comité des fêtes de Saint-Avézan a annoncé que le feu d'artifice était annulé."
        => [("comité des fêtes de Saint-Avézan", Organisation, Unknown, 1)];
    office_de_tourisme:
        "L'office de tourisme de Kerlouan a indiqué que la fréquentation avait baissé de 10 %."
        => [("office de tourisme de Kerlouan", Organisation, Unknown, 1)];
    gendarmerie_de_town_after_selon:
        "Selon la gendarmerie de Quimperlé, le conducteur roulait sans permis."
        => [("gendarmerie de Quimperlé", Organisation, Unknown, 1)];
    syndicat_des_eaux:
        "Le syndicat des eaux de la Haute-Rance a annoncé que l'eau était de nouveau potable."
        => [("syndicat des eaux de la Haute-Rance", Organisation, Unknown, 1)];
    centre_hospitalier_de_town:
        "Le centre hospitalier de Landivisiau a confirmé que la maternité fermerait en juin."
        => [("centre hospitalier de Landivisiau", Organisation, Unknown, 1)];
    chr_acronym_after_selon:
        "Selon le CHR de Vauréal, deux patients sont toujours en réanimation."
        => [("CHR de Vauréal", Organisation, Unknown, 1)];
    regional_health_agency_lowercase:
        "L'agence régionale de santé a estimé que l'épidémie reculait dans le département."
        => [("agence régionale de santé", Organisation, Unknown, 1)];
    prefecture_de_department_inverted:
        "« Les arrêtés seront levés lundi », a indiqué la préfecture du Morbihan."
        => [("préfecture du Morbihan", Organisation, Unknown, 1)];
    mairie_de_town:
        "La mairie de Plougastel a précisé que la piscine rouvrirait en septembre."
        => [("mairie de Plougastel", Organisation, Unknown, 1)];
    sos_before_common_noun_subject:
        "SOS Estuaire a affirmé que la vasière était polluée depuis six jours."
        => [("SOS Estuaire", Organisation, Unknown, 1)];
    sos_before_common_noun_after_selon:
        "Selon SOS Paysans, les appels ont augmenté de 20 % cet hiver."
        => [("SOS Paysans", Organisation, Unknown, 1)];
    local_feminine_trade_noun_apposed:
        "La boulangère du village, Maryvonne Le Gall-Tanguy, a raconté que le four avait pris feu."
        => [("Maryvonne Le Gall-Tanguy", Person, Feminine, 1)];
    anonymous_feminine_resident:
        "« On n'a plus de bus le dimanche », regrette une habitante du quartier."
        => [("une habitante du quartier", Anonymous, Feminine, 1)];
    anonymous_plural_parents:
        "Des parents d'élèves ont affirmé que la cantine servait des plats froids."
        => [("Des parents d'élèves", Anonymous, Unknown, 1)];
    madame_la_maire_rare_surname:
        "Selon Mme Kerdoncuff-Ollivro, la fête du port est maintenue."
        => [("Kerdoncuff-Ollivro", Person, Feminine, 1)];
}

// Courts: tribunals, parquets, judges, lawyers, defendants.
speaker_cases! {
    tribunal_judiciaire_de_town:
        "Le tribunal judiciaire de Lorient a estimé que le licenciement était abusif."
        => [("tribunal judiciaire de Lorient", Organisation, Unknown, 1)];
    parquet_de_town_inverted:
        "« L'enquête est ouverte pour homicide involontaire », a indiqué le parquet de Vannes."
        => [("parquet de Vannes", Organisation, Unknown, 1)];
    cour_dassises_after_selon:
        "Selon la cour d'assises du Finistère, l'accusé ne pouvait ignorer l'âge de la victime."
        => [("cour d'assises du Finistère", Organisation, Unknown, 1)];
    conseil_detat:
        "Le Conseil d'État a jugé que l'arrêté municipal était illégal."
        => [("Conseil d'État", Organisation, Unknown, 1)];
    feminine_prosecutor_apposed:
        "La procureure de la République, Anne-Gaëlle Trouvé-Mével, a affirmé que le suspect avait avoué."
        => [("Anne-Gaëlle Trouvé-Mével", Person, Feminine, 1)];
    judge_with_complement_before_name:
        "La juge d'instruction Armelle Pennec-Gouez a estimé que les charges étaient insuffisantes."
        => [("Armelle Pennec-Gouez", Person, Feminine, 1)];
    feminine_lawyer_maitre_after_selon:
        "Selon Me Gaëlle Quintric, avocate de la victime, la peine est trop légère."
        => [("Gaëlle Quintric", Person, Feminine, 1)];
    masculine_lawyer_maitre_inverted:
        "« Mon client conteste tout », a déclaré Me Tanguy Olier-Brélivet."
        => [("Tanguy Olier-Brélivet", Person, Unknown, 1)];
    defendant_anonymous:
        "Le prévenu a affirmé qu'il ne se souvenait de rien."
        => [("Le prévenu", Anonymous, Masculine, 1)];
    defendant_feminine_anonymous_inverted:
        "« Je regrette », a murmuré la prévenue."
        => [("la prévenue", Anonymous, Feminine, 1)];
    first_person_feminine_participle_quote:
        "« Je me suis sentie trahie par mon employeur », a expliqué Laurence Pédron-Guillou à la barre."
        => [("Laurence Pédron-Guillou", Person, Feminine, 1)];
    first_person_masculine_participle_epicene_name:
        "« J'ai été menacé pendant des mois », a raconté Camille Le Borgne-Huet."
        => [("Camille Le Borgne-Huet", Person, Masculine, 1)];
    epicene_name_no_cue:
        "Claude Mahéo-Rivoal a affirmé que la vente du terrain était illégale."
        => [("Claude Mahéo-Rivoal", Person, Unknown, 1)];
    investigators_after_dapres:
        "D'après les enquêteurs de la police judiciaire, la victime connaissait son agresseur."
        => [("les enquêteurs de la police judiciaire", Anonymous, Unknown, 1)];
}

// Business: firms by their head noun or form, firms shaped like a
// person's name, persons bearing a firm's name.
speaker_cases! {
    societe_lowercase_type_noun_person_like_name:
        "La société Jean Kerbrat a annoncé que quarante emplois seraient supprimés."
        => [("Jean Kerbrat", Organisation, Unknown, 1)];
    groupe_person_like_name_after_selon:
        "Selon le groupe Louis Gourlaouen, les ventes ont reculé de 8 %."
        => [("Louis Gourlaouen", Organisation, Unknown, 1)];
    enseigne_one_word_inverted:
        "« Aucun magasin ne fermera », a assuré l'enseigne Brocalys."
        => [("Brocalys", Organisation, Unknown, 1)];
    person_looking_firm_without_type_noun:
        "Pierre Gourlaouen a affirmé que l'usine de Pontivy serait agrandie."
        => [("Pierre Gourlaouen", Person, Unknown, 1)];
    firm_legal_form_sa:
        "Armor Conserves SA a indiqué que la conserverie serait vendue."
        => [("Armor Conserves SA", Organisation, Unknown, 1)];
    #[ignore = "a firm 'X et Fils' opened by a surname's capitalised article loses the article"]
    firm_et_fils:
        "Le Goff et Fils a précisé que les livraisons reprendraient lundi."
        => [("Le Goff et Fils", Organisation, Unknown, 1)];
    laboratory_type_noun:
        "Le laboratoire Vetrapharm a reconnu que le lot avait été contaminé."
        => [("Vetrapharm", Organisation, Unknown, 1)];
    cooperative_lowercase_name:
        "La coopérative agricole de Landerneau a estimé que le prix du lait était trop bas."
        => [("coopérative agricole de Landerneau", Organisation, Unknown, 1)];
    #[ignore = "a coordinated complement inside an institution's name ('chambre de commerce et d'industrie du X') is cut at 'et'"]
    chamber_of_commerce:
        "Selon la chambre de commerce et d'industrie du Morbihan, les faillites ont doublé."
        => [("chambre de commerce et d'industrie du Morbihan", Organisation, Unknown, 1)];
    feminine_ceo_apposed_inverted:
        "« Nous ne délocaliserons pas », a promis la présidente du directoire, Solenn Ravalec-Jaouen."
        => [("Solenn Ravalec-Jaouen", Person, Feminine, 1)];
    feminine_director_cheffe_apposed:
        "Morgane Kerjean-Tallec, cheffe d'entreprise à Pontivy, a estimé que les aides arrivaient trop tard."
        => [("Morgane Kerjean-Tallec", Person, Feminine, 1)];
    masculine_founder_apposed:
        "Le fondateur de la start-up, Aurélien Bescond-Roudaut, a affirmé que la levée de fonds était bouclée."
        => [("Aurélien Bescond-Roudaut", Person, Masculine, 1)];
    anonymous_union_delegate_feminine:
        "Une déléguée syndicale a affirmé que la direction refusait de négocier."
        => [("Une déléguée syndicale", Anonymous, Feminine, 1)];
    anonymous_management:
        "Selon la direction de l'usine, aucun licenciement n'est prévu."
        => [("direction de l'usine", Organisation, Unknown, 1)];
}

// Foreign news: capitals for governments, ministries, agencies, foreign
// persons.
speaker_cases! {
    capital_subject_repond:
        "Nairobi a répondu que les frontières resteraient fermées."
        => [("Nairobi", Organisation, Unknown, 1)];
    capital_subject_estime:
        "Moscou estime que les sanctions sont illégales."
        => [("Moscou", Organisation, Unknown, 1)];
    capital_inverted:
        "« Nous ne céderons pas », a prévenu Ankara."
        => [("Ankara", Organisation, Unknown, 1)];
    capital_after_selon:
        "Selon Canberra, l'accord de pêche sera signé en mars."
        => [("Canberra", Organisation, Unknown, 1)];
    foreign_ministry_lowercase_demonym:
        "Le ministère malien de la Défense a affirmé que l'attaque avait été repoussée."
        => [("ministère malien de la Défense", Organisation, Unknown, 1)];
    foreign_government_demonym_after_selon:
        "Selon le gouvernement péruvien, le glissement de terrain a fait douze morts."
        => [("gouvernement péruvien", Organisation, Unknown, 1)];
    foreign_army:
        "L'armée philippine a indiqué que trois soldats avaient été blessés."
        => [("armée philippine", Organisation, Unknown, 1)];
    foreign_electoral_commission:
        "La commission électorale zambienne a annoncé que le scrutin serait reporté."
        => [("commission électorale zambienne", Organisation, Unknown, 1)];
    foreign_agency_institut:
        "L'Institut météorologique islandais a averti que l'éruption pouvait reprendre."
        => [("Institut météorologique islandais", Organisation, Unknown, 1)];
    foreign_person_feminine_title:
        "La ministre kényane de la Santé, Wanjiru Mwangi-Otieno, a assuré que les vaccins arriveraient."
        => [("Wanjiru Mwangi-Otieno", Person, Feminine, 1)];
    foreign_person_masculine_demonym_inverted:
        "« Le cessez-le-feu tiendra », a affirmé le Colombien Julián Restrepo-Arango."
        => [("Julián Restrepo-Arango", Person, Masculine, 1)];
    foreign_person_no_cue_after_selon:
        "Selon Thandiwe Nkosana-Dube, la grève des mineurs durera."
        => [("Thandiwe Nkosana-Dube", Person, Unknown, 1)];
    foreign_person_doctor:
        "Le docteur Haruki Matsudaira-Ono a estimé que le virus circulait encore."
        => [("Haruki Matsudaira-Ono", Person, Masculine, 1)];
    anonymous_diplomat_feminine:
        "Une diplomate européenne a affirmé que les discussions reprendraient lundi."
        => [("Une diplomate européenne", Anonymous, Feminine, 1)];
    #[ignore = "an inverted plural verb 'ont raconté des témoins' after a quote gives no speaker"]
    anonymous_witnesses_inverted:
        "« Les tirs ont duré une heure », ont raconté des témoins."
        => [("des témoins", Anonymous, Unknown, 1)];
}

// Gender cues from role agreement, honorifics, pronouns and the quote.
speaker_cases! {
    presidente_apposed_after_name:
        "Josiane Le Nédélec-Hamon, présidente de l'association, a affirmé que la salle était trop petite."
        => [("Josiane Le Nédélec-Hamon", Person, Feminine, 1)];
    directrice_before_name_no_comma:
        "La directrice Agnès Pouliquen-Riou a indiqué que l'école fermerait."
        => [("Agnès Pouliquen-Riou", Person, Feminine, 1)];
    #[ignore = "a surname whose second part opens with a capitalised particle ('Goasdoué-Le Roux') is cut at the hyphen"]
    honorific_madame_full_name:
        "Mme Rozenn Goasdoué-Le Roux a affirmé que la digue céderait."
        => [("Rozenn Goasdoué-Le Roux", Person, Feminine, 1)];
    honorific_monsieur_inverted:
        "« C'est une honte », a lancé M. Kerangal-Postic."
        => [("Kerangal-Postic", Person, Masculine, 1)];
    #[ignore = "no quote: 's'est dit' + adjective without quotation marks is not read as speech (quote stage)"]
    s_est_dit_masculine:
        "Gwenaël Troadec-Mingant s'est dit inquiet pour l'avenir de la criée."
        => [("Gwenaël Troadec-Mingant", Person, Masculine, 1)];
    apposed_feminine_participle_elue:
        "Yannick Le Moal-Cozic, élue depuis 2014, a affirmé que le budget serait voté."
        => [("Yannick Le Moal-Cozic", Person, Feminine, 1)];
    elle_meme_apposed:
        "« Nous manquons de bras », reconnaît Kim Derrien-Saliou, infirmière à Morlaix, elle-même malade la semaine dernière."
        => [("Kim Derrien-Saliou", Person, Feminine, 1)];
    first_person_feminine_adjective_prete:
        "« Je suis prête à reprendre le poste », assure Andréa Le Meur-Prigent."
        => [("Andréa Le Meur-Prigent", Person, Feminine, 1)];
    first_person_masculine_adjective_confiant:
        "« Je reste confiant pour la suite », a déclaré Dominique Jaffrès-Cadiou."
        => [("Dominique Jaffrès-Cadiou", Person, Masculine, 1)];
    #[ignore = "'ravi' after 'Je suis' gives no cue (not read as an agreeing adjective), so the title's cue stands"]
    first_person_cue_disagrees_with_title:
        "« Je suis ravi », a déclaré la maire, Sacha Le Quintrec-Morvan."
        => [("Sacha Le Quintrec-Morvan", Person, Unknown, 1)];
    first_person_plural_no_cue:
        "« Nous sommes prêts », a affirmé Alix Gourvennec-Tanguy."
        => [("Alix Gourvennec-Tanguy", Person, Unknown, 1)];
    quote_about_a_third_person_no_cue:
        "« Elle est partie sans prévenir », a raconté Lou Riou-Kergoat."
        => [("Lou Riou-Kergoat", Person, Unknown, 1)];
    docteur_honorific_masculine:
        "Selon le docteur Ewen Le Floc'h-Madec, l'enfant est hors de danger."
        => [("Ewen Le Floc'h-Madec", Person, Masculine, 1)];
    doctoresse_feminine:
        "La docteure Nolwenn Abgrall-Cotten a estimé que le service était saturé."
        => [("Nolwenn Abgrall-Cotten", Person, Feminine, 1)];
}

// People mentioned but not quoted: `Document::people` (persons only).
people_cases! {
    people_coordinated_titles_each_own_cue:
        "La présidente Hélène Kervella-Ropars et le trésorier, Mathis Guivarc'h-Bellec, ont signé la convention."
        => [("Hélène Kervella-Ropars", Feminine), ("Mathis Guivarc'h-Bellec", Masculine)];
    people_skip_club_named_after_a_town:
        "Le Racing Club de Vauréal a recruté Maëlys Fichou-Daniel."
        => [("Maëlys Fichou-Daniel", Unknown)];
    people_skip_firm_with_type_noun:
        "La société Jean Kerbrat a embauché Loïc Salaün-Quéré."
        => [("Loïc Salaün-Quéré", Unknown)];
    #[ignore = "a lowercase particle after a title ('Mme du X') gives no person"]
    people_madame_particle_du:
        "Le manoir de Mme du Halgouët-Kerjégu a été vendu aux enchères."
        => [("du Halgouët-Kerjégu", Feminine)];
    #[ignore = "a title with its own complement before the name ('la juge des enfants X') gives no cue"]
    people_feminine_judge_with_complement:
        "Le dossier a été confié à la juge des enfants Isabelle Trémel-Cornec."
        => [("Isabelle Trémel-Cornec", Feminine)];
    people_skip_sos_association:
        "SOS Paysans a aidé Awa Konaté-Diabira."
        => [("Awa Konaté-Diabira", Unknown)];
}

// Added before the rule (session 15): a title, a "de" complement without an
// article of its own ("d'instruction", "des enfants", "des Affaires
// étrangères", "des Finances allemand") and a name of two words or more
// right after it: the name is the title-holder's. Tuned data: Sequoia
// train 2 ("le juge d'instruction Armand Riberolles", "la juge
// d'instruction Isabelle Prévost-Desprez"), Sequoia 1 ("le ministre des
// Affaires étrangères Roland Dumas"), GSD dev 1 ("le ministre des Finances
// allemand Hjalmar Schacht"); constructed 3 (fresh_10 1, this file's 2
// ignores above). A complement with its own article names someone else
// ("le fils de la ministre X": the minister). First score on main 5407c9b:
// 2 of 3 (after "selon" the name is already read; as a subject it is not);
// 3 of 3 with the rule (session 16).
speaker_cases! {
    title_complement_name_after_selon:
        "Selon le juge d'instruction Yves Tréguer-Maho, l'enquête est close."
        => [("Yves Tréguer-Maho", Person, Masculine, 1)];
    title_institution_complement_name:
        "Le ministre des Affaires étrangères Aurélien Kerbastrec-Noé a déclaré que l'ambassade fermerait."
        => [("Aurélien Kerbastrec-Noé", Person, Masculine, 1)];
    control_complement_with_article_names_someone_else:
        "Le fils de la ministre Anne Kerfourn-Dagorn a affirmé que la maison était vendue."
        => [("Le fils de la ministre Anne Kerfourn-Dagorn", Anonymous, Masculine, 1)];
}

// Added with the rule for an acronym that opens listed organisations'
// longer names (session 16): a union's acronym keeps one word after it
// ("CGT Kerbriand", as "CGT Cheminots"), a person's name after a party's
// or union's acronym and a title stays the person's, and a run-in headline
// in capitals still ends its sentence.
speaker_cases! {
    acronym_opening_union_section:
        "CGT Kerbriand a affirmé que la grève continuerait lundi."
        => [("CGT Kerbriand", Organisation, Unknown, 1)];
    control_union_acronym_before_person_name:
        "Le délégué CGT Yannick Le Bihan-Quéré a affirmé que la grève continuerait."
        => [("Yannick Le Bihan-Quéré", Person, Masculine, 1)];
}
