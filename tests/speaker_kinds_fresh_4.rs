//! A sixth constructed set for speaker entities (issue 15, session 9),
//! written before any rule change of the session to estimate what a speaker
//! IS (person, organisation, anonymous), its gender cue and its links, on
//! news the rules have not seen. It aims at what the earlier sets cover
//! little: foreign bodies named in their own language and foreign
//! ministries, foreign names with two surnames or particles, firm names
//! with "& Fils", "et Associés", "Frères", short firm names that later join
//! the full name, outlets whose names look like people ("Le Courrier
//! picard"), appositions that give a gender ("retraité de la marine", "mère
//! de deux enfants"), "un proche", "la direction de X" followed by a
//! pronoun, a bare name opening the sentence with a firm's noun in
//! apposition, "le promoteur immobilier X", sports clubs, unions, NGOs,
//! courts, places by metonymy, and epicene roles with and without an
//! agreeing word. Conventions (README): an unnamed office-holder is
//! anonymous; a first name is never a gender cue; an organisation has no
//! gender cue. Every invented person, company, club, outlet and town
//! appears nowhere else in the repository (checked with grep when written).
//!
//! Rows are (canonical name, kind, gender cue, quotes linked to the entity),
//! in order of first quote, as in `speaker_kinds_fresh_3.rs`; expectations
//! were written from GUIDELINES.md and the README's definitions, not from
//! the code's output.
//!
//! Scored once before any rule change: 142 cases, 92 passed (64.8 %) on
//! main 619c099, 2026-11-30 22:38 UTC. The 50 failures are marked
//! `#[ignore]` with what went wrong: "& Fils", "et Associés", "& Cie",
//! "Frères" after a name (9), outlets outside media.txt (7), foreign bodies
//! and clubs named in their own language (8), gender cues of nouns and
//! adjectives in apposition (5), an adjective read as a noun between an
//! organisation noun and its name (4), a firm's noun in apposition after a
//! bare name opening the sentence (4), bare outlet and club nouns referring
//! back (3), "l'intersyndicale", "l'ONG X" (2), capitalised plurals naming
//! a club or body (2), "des proches", "une proche" (2), a firm's short and
//! full names (2), a name cut at a lowercase preposition (1), "Selon elle"
//! after an apposition (1). A rule lifts an ignore only when its
//! construction is also found in data other than this set (three times, two
//! sources).

#[macro_use]
mod support;

// Foreign bodies named in their own language, and foreign ministries.
speaker_cases! {
    guardia_civil_after_selon:
        "Selon la Guardia Civil, la cargaison venait d'Algésiras."
        => [("Guardia Civil", Organisation, Unknown, 1)];
    guardia_civil_inverted:
        "« Les trois suspects ont été arrêtés », a indiqué la Guardia Civil."
        => [("Guardia Civil", Organisation, Unknown, 1)];
    bundestag_subject:
        "Le Bundestag a estimé que la loi sur le climat devait être revue."
        => [("Bundestag", Organisation, Unknown, 1)];
    bundesrat_after_selon:
        "Selon le Bundesrat, la réforme des retraites n'est pas finançable."
        => [("Bundesrat", Organisation, Unknown, 1)];
    policia_nacional_subject:
        "La Policía Nacional a affirmé que le réseau comptait vingt membres."
        => [("Policía Nacional", Organisation, Unknown, 1)];
    mossos_inverted:
        "« La manifestation s'est déroulée sans incident », ont affirmé les Mossos d'Esquadra."
        => [("Mossos d'Esquadra", Organisation, Unknown, 1)];
    bundespolizei_inverted:
        "« La frontière reste ouverte », a prévenu la Bundespolizei."
        => [("Bundespolizei", Organisation, Unknown, 1)];
    audiencia_nacional_subject:
        "L'Audiencia Nacional a estimé que l'extradition était possible."
        => [("Audiencia Nacional", Organisation, Unknown, 1)];
    ministere_espagnol_subject:
        "Le ministère espagnol de l'Intérieur a indiqué que deux migrants étaient morts."
        => [("ministère espagnol de l'Intérieur", Organisation, Unknown, 1)];
    ministere_italien_after_selon:
        "Selon le ministère italien de la Santé, le vaccin sera gratuit."
        => [("ministère italien de la Santé", Organisation, Unknown, 1)];
    farnesina_subject:
        "La Farnesina a affirmé que l'ambassadeur serait rappelé."
        => [("Farnesina", Organisation, Unknown, 1)];
    cour_constitutionnelle_italienne:
        "La Cour constitutionnelle italienne a estimé que le décret était illégal."
        => [("Cour constitutionnelle italienne", Organisation, Unknown, 1)];
}

// Foreign names: two surnames, particles, apostrophes.
speaker_cases! {
    spanish_two_surnames:
        "Iñaki Etxeberria Zubiri a affirmé que le port serait agrandi."
        => [("Iñaki Etxeberria Zubiri", Person, Unknown, 1)];
    spanish_two_surnames_after_selon:
        "Selon María Dolores Fuentes Albarrán, la sécheresse va durer."
        => [("María Dolores Fuentes Albarrán", Person, Unknown, 1)];
    italian_apostrophe_inverted:
        "« Le pont sera reconstruit », a promis Gianluca Dell'Orto."
        => [("Gianluca Dell'Orto", Person, Unknown, 1)];
    italian_della:
        "Ottavio Della Ricciarda a indiqué que la récolte d'olives était perdue."
        => [("Ottavio Della Ricciarda", Person, Unknown, 1)];
    german_honorific:
        "Selon Mme Haberkorn-Lüdtke, la centrale fermera en 2030."
        => [("Haberkorn-Lüdtke", Person, Feminine, 1)];
}

// Firm names with "& Fils", "et Associés", "Frères", "& Cie".
speaker_cases! {
    ampersand_fils_after_selon:
        "Selon Tournebride & Fils, la récolte de noix est bonne."
        => [("Tournebride & Fils", Organisation, Unknown, 1)];
    ampersand_fils_inverted:
        "« La tonnellerie embauche », a affirmé Castagnérac & Fils."
        => [("Castagnérac & Fils", Organisation, Unknown, 1)];
    et_associes_subject:
        "Lestradieu et Associés a estimé que le contrat était nul."
        => [("Lestradieu et Associés", Organisation, Unknown, 1)];
    cabinet_et_associes_after_selon:
        "Selon le cabinet Moirandeau et Associés, la fusion sera conclue en mai."
        => [("Moirandeau et Associés", Organisation, Unknown, 1)];
    ampersand_associes_inverted:
        "« Le dossier est solide », a assuré Pélissandre & Associés."
        => [("Pélissandre & Associés", Organisation, Unknown, 1)];
    freres_after_selon:
        "Selon Vaugrenier Frères, la distillerie sera agrandie."
        => [("Vaugrenier Frères", Organisation, Unknown, 1)];
    ampersand_cie_subject:
        "Merlandou & Cie a annoncé que les tarifs augmenteraient."
        => [("Merlandou & Cie", Organisation, Unknown, 1)];
    et_fils_subject:
        "Barthézène et Fils a indiqué que la cave serait vendue."
        => [("Barthézène et Fils", Organisation, Unknown, 1)];
}

// Outlets whose names look like people.
speaker_cases! {
    courrier_picard_inverted:
        "« Rien n'a changé depuis dix ans », a écrit Le Courrier picard."
        => [("Le Courrier picard", Organisation, Unknown, 1)];
    le_parisien_subject:
        "Le Parisien a révélé que le maire allait démissionner."
        => [("Le Parisien", Organisation, Unknown, 1)];
    voix_du_nord_after_selon:
        "Selon La Voix du Nord, la mine de Lévrincourt rouvrira."
        => [("La Voix du Nord", Organisation, Unknown, 1)];
    republicain_lorrain_subject:
        "Le Républicain lorrain a affirmé que l'usine serait vendue."
        => [("Le Républicain lorrain", Organisation, Unknown, 1)];
    est_republicain_after_selon:
        "Selon L'Est républicain, la préfecture a interdit le rassemblement."
        => [("L'Est républicain", Organisation, Unknown, 1)];
    le_telegramme_subject:
        "Le Télégramme a révélé que le chantier naval avait perdu son contrat."
        => [("Le Télégramme", Organisation, Unknown, 1)];
    la_montagne_after_selon:
        "Selon La Montagne, la station de ski n'ouvrira pas cet hiver."
        => [("La Montagne", Organisation, Unknown, 1)];
    le_progres_subject:
        "Le Progrès a affirmé que le suspect avait été relâché."
        => [("Le Progrès", Organisation, Unknown, 1)];
    invented_echo_de:
        "L'Écho de Vernazac a révélé que le conseil municipal avait démissionné."
        => [("L'Écho de Vernazac", Organisation, Unknown, 1)];
    invented_gazette_after_selon:
        "Selon La Gazette de Morvillars, le carnaval est annulé."
        => [("La Gazette de Morvillars", Organisation, Unknown, 1)];
}

// Appositions that give a gender.
speaker_cases! {
    retraite_de_la_marine:
        "Gaëtan Morlevin, retraité de la marine, a raconté que la digue avait cédé."
        => [("Gaëtan Morlevin", Person, Masculine, 1)];
    mere_de_deux_enfants_after_selon:
        "Selon Sidonie Carbuccia, mère de deux enfants, l'école manque de place."
        => [("Sidonie Carbuccia", Person, Feminine, 1)];
    pere_de_famille_epicene:
        "Camille Rieutord, père de trois enfants, a expliqué que la cantine était trop chère."
        => [("Camille Rieutord", Person, Masculine, 1)];
    veuve_epicene:
        "Dominique Lhermet, veuve d'un pêcheur, a raconté que le bateau avait coulé."
        => [("Dominique Lhermet", Person, Feminine, 1)];
    ancien_combattant:
        "Alix Trémoulet, ancien combattant, a affirmé que le monument devait rester."
        => [("Alix Trémoulet", Person, Masculine, 1)];
    habitante_du_quartier:
        "Sacha Pelvoux, habitante du quartier, a raconté que les voitures roulaient vite."
        => [("Sacha Pelvoux", Person, Feminine, 1)];
    retraitee_inverted:
        "« Le bus ne passe plus », a raconté Maxime Ronsardier, retraitée de l'enseignement."
        => [("Maxime Ronsardier", Person, Feminine, 1)];
    fils_du_fondateur:
        "Claude Bellerivaz, fils du fondateur, a indiqué que l'entreprise serait vendue."
        => [("Claude Bellerivaz", Person, Masculine, 1)];
    fille_d_agriculteurs:
        "Camille Astorgues, fille d'agriculteurs, a expliqué que la ferme était endettée."
        => [("Camille Astorgues", Person, Feminine, 1)];
    grand_mere_de_la_victime:
        "Andréa Sollivet, grand-mère de la victime, a confié que la famille était effondrée."
        => [("Andréa Sollivet", Person, Feminine, 1)];
    ancienne_championne:
        "Morgan Deslandrieu, ancienne championne de France, a estimé que la piste était dangereuse."
        => [("Morgan Deslandrieu", Person, Feminine, 1)];
    epouse_du_maire:
        "Dominique Fabrègues, épouse du maire, a expliqué que la fête était annulée."
        => [("Dominique Fabrègues", Person, Feminine, 1)];
    eleveur_de_brebis:
        "Eden Costabelle, éleveur de brebis, a affirmé que le loup avait attaqué."
        => [("Eden Costabelle", Person, Masculine, 1)];
    eleveuse_de_brebis_after_selon:
        "Selon Sasha Montcalvet, éleveuse de brebis, trois agneaux ont été tués."
        => [("Sasha Montcalvet", Person, Feminine, 1)];
}

// "Un proche", "une proche", and a look-alike.
speaker_cases! {
    un_proche_du_maire:
        "Un proche du maire a affirmé que la démission était écrite."
        => [("Un proche du maire", Anonymous, Masculine, 1)];
    une_proche_de_la_victime_after_selon:
        "Selon une proche de la victime, la jeune femme avait porté plainte."
        => [("une proche de la victime", Anonymous, Feminine, 1)];
    un_proche_inverted:
        "« Il ne reviendra pas », a confié un proche de l'entraîneur."
        => [("un proche de l'entraîneur", Anonymous, Masculine, 1)];
    des_proches_after_selon:
        "Selon des proches, le chanteur se repose dans le Lot."
        => [("des proches", Anonymous, Unknown, 1)];
    source_proche_no_cue:
        "Selon une source proche de l'enquête, le suspect a avoué."
        => [("une source proche de l'enquête", Anonymous, Unknown, 1)];
}

// "La direction de X" followed by a pronoun: the head decides.
speaker_cases! {
    direction_d_firm_then_elle:
        "La direction d'Aérovelle a annoncé que l'atelier fermerait. \
         « Aucun licenciement n'est prévu », a-t-elle ajouté."
        => [("direction d'Aérovelle", Organisation, Unknown, 2)];
    direction_de_l_hopital_then_selon_elle:
        "La direction de l'hôpital de Quintenac a indiqué que le service rouvrirait. \
         Selon elle, deux médecins ont été recrutés."
        => [("direction de l'hôpital de Quintenac", Organisation, Unknown, 2)];
    direction_du_groupe_then_elle_inverted:
        "La direction du groupe Solbrenne a estimé que le plan était nécessaire. \
         « Nous n'avons pas le choix », a-t-elle expliqué."
        => [("direction du groupe Solbrenne", Organisation, Unknown, 2)];
    direction_de_la_poste_then_elle:
        "La direction de La Poste a affirmé que le bureau resterait ouvert. \
         « Les horaires changeront », a-t-elle précisé."
        => [("direction de La Poste", Organisation, Unknown, 2)];
}

// A bare name opening the sentence, with a firm's or a body's noun in
// apposition.
speaker_cases! {
    name_then_compagnie_aerienne:
        "Aérolvane, la compagnie aérienne régionale, a annoncé que les vols reprendraient."
        => [("Aérolvane", Organisation, Unknown, 1)];
    name_then_mutuelle:
        "Mutalisse, la mutuelle des enseignants, a indiqué que les cotisations augmenteraient."
        => [("Mutalisse", Organisation, Unknown, 1)];
    name_then_cooperative:
        "Fermevaux, une coopérative laitière, a affirmé que le lait serait mieux payé."
        => [("Fermevaux", Organisation, Unknown, 1)];
    name_then_entreprise_de_transport:
        "Solvanie, l'entreprise de transport, a annoncé que dix lignes seraient supprimées."
        => [("Solvanie", Organisation, Unknown, 1)];
    name_then_association:
        "Vigie-Landrec, une association de riverains, a dénoncé le projet et a affirmé que l'air était pollué."
        => [("Vigie-Landrec", Organisation, Unknown, 1)];
    name_then_fournisseur:
        "Brisalec, le fournisseur d'électricité, a assuré que les coupures étaient finies."
        => [("Brisalec", Organisation, Unknown, 1)];
    #[ignore = "the firm's or body's noun in apposition after a bare name opening the sentence is not read"]
    name_then_reseau:
        "Tramelisse, le réseau de bus de l'agglomération, a prévenu que le trafic serait perturbé."
        => [("Tramelisse", Organisation, Unknown, 1)];
    full_name_then_directeur_stays_person:
        "Lucas Ferrandière, le directeur de la compagnie, a annoncé que les vols reprendraient."
        => [("Lucas Ferrandière", Person, Masculine, 1)];
}

// "Le promoteur immobilier X" and other trade words with an adjective.
speaker_cases! {
    #[ignore = "an adjective the tagger reads as a noun ('immobilier') between the organisation noun and the name hides the name"]
    promoteur_immobilier_subject:
        "Le promoteur immobilier Pierrevaudine a assuré que les appartements seraient livrés."
        => [("Pierrevaudine", Organisation, Unknown, 1)];
    promoteur_immobilier_after_selon:
        "Selon le promoteur immobilier Habitalys, les prix vont baisser."
        => [("Habitalys", Organisation, Unknown, 1)];
    groupe_immobilier_inverted:
        "« Le chantier reprendra lundi », a affirmé le groupe immobilier Domnovane."
        => [("Domnovane", Organisation, Unknown, 1)];
    agence_immobiliere_subject:
        "L'agence immobilière Clefmaisonne a indiqué que les loyers avaient augmenté."
        => [("Clefmaisonne", Organisation, Unknown, 1)];
    societe_immobiliere_after_selon:
        "Selon la société immobilière Logivertan, la résidence sera rénovée."
        => [("Logivertan", Organisation, Unknown, 1)];
    promoteur_immobilier_person:
        "Le promoteur immobilier Bastien Lormièrez a affirmé que le permis était valable."
        => [("Bastien Lormièrez", Person, Masculine, 1)];
}

// Sports clubs.
speaker_cases! {
    paris_saint_germain_subject:
        "Le Paris Saint-Germain a annoncé que l'attaquant était blessé."
        => [("Paris Saint-Germain", Organisation, Unknown, 1)];
    stade_toulousain_after_selon:
        "Selon le Stade toulousain, le match est maintenu."
        => [("Stade toulousain", Organisation, Unknown, 1)];
    girondins_de_bordeaux_subject:
        "Les Girondins de Bordeaux ont indiqué que l'entraîneur était limogé."
        => [("Girondins de Bordeaux", Organisation, Unknown, 1)];
    #[ignore = "a foreign body or club named in its own language after an article is read as a person"]
    entente_sportive_subject:
        "L'Entente sportive de Valmarouse a annoncé que le gymnase serait fermé."
        => [("Entente sportive de Valmarouse", Organisation, Unknown, 1)];
    sporting_club_inverted:
        "« Nous ferons appel de la sanction », a indiqué le Sporting Club de Brévannes."
        => [("Sporting Club de Brévannes", Organisation, Unknown, 1)];
    red_star_subject:
        "Le Red Star a annoncé que le stade serait rénové."
        => [("Red Star", Organisation, Unknown, 1)];
    club_de_town_after_selon:
        "Selon le club de Vallorgues, le gardien a prolongé son contrat."
        => [("club de Vallorgues", Organisation, Unknown, 1)];
    as_invented_inverted:
        "« Le président reste », a assuré l'AS Quérinac."
        => [("AS Quérinac", Organisation, Unknown, 1)];
}

// Unions.
speaker_cases! {
    cgt_subject:
        "La CGT a affirmé que la grève serait reconduite."
        => [("CGT", Organisation, Unknown, 1)];
    force_ouvriere_after_selon:
        "Selon Force ouvrière, les salaires doivent augmenter."
        => [("Force ouvrière", Organisation, Unknown, 1)];
    intersyndicale_subject:
        "L'intersyndicale a annoncé que la grève continuerait jeudi."
        => [("intersyndicale", Organisation, Unknown, 1)];
    confederation_paysanne_subject:
        "La Confédération paysanne a estimé que le traité ruinerait les éleveurs."
        => [("Confédération paysanne", Organisation, Unknown, 1)];
    fnsea_inverted:
        "« Les prix sont trop bas », a prévenu la FNSEA."
        => [("FNSEA", Organisation, Unknown, 1)];
    syndicat_des_cheminots_subject:
        "Le syndicat des cheminots a affirmé que les trains ne circuleraient pas."
        => [("syndicat des cheminots", Organisation, Unknown, 1)];
    syndicat_named_after_selon:
        "Selon le syndicat Sud-Douanes, trois postes frontières fermeront."
        => [("Sud-Douanes", Organisation, Unknown, 1)];
}

// NGOs and charities.
speaker_cases! {
    amnesty_after_selon:
        "Selon Amnesty International, les détenus ont été torturés."
        => [("Amnesty International", Organisation, Unknown, 1)];
    croix_rouge_inverted:
        "« Les vivres n'arrivent plus », a indiqué la Croix-Rouge."
        => [("Croix-Rouge", Organisation, Unknown, 1)];
    fondation_abbe_pierre_subject:
        "La Fondation Abbé-Pierre a estimé que le mal-logement progressait."
        => [("Fondation Abbé-Pierre", Organisation, Unknown, 1)];
    restos_du_coeur_subject:
        "Les Restos du cœur ont annoncé que les inscriptions avaient doublé."
        => [("Restos du cœur", Organisation, Unknown, 1)];
    secours_populaire_after_selon:
        "Selon le Secours populaire, un Français sur trois a sauté un repas."
        => [("Secours populaire", Organisation, Unknown, 1)];
    ong_invented_subject:
        "L'ONG Terres Partagées a affirmé que les paysans avaient été expulsés."
        => [("Terres Partagées", Organisation, Unknown, 1)];
    #[ignore = "an organisation's name with a lowercase preposition after 'l'association' is cut at it"]
    association_invented_after_selon:
        "Selon l'association Toit pour Chacun, deux cents familles dorment dehors."
        => [("Toit pour Chacun", Organisation, Unknown, 1)];
}

// Courts and prosecutors' offices.
speaker_cases! {
    cour_d_appel_subject:
        "La cour d'appel de Rennes a estimé que la sanction était disproportionnée."
        => [("cour d'appel de Rennes", Organisation, Unknown, 1)];
    tribunal_administratif_after_selon:
        "Selon le tribunal administratif de Lyon, l'arrêté est illégal."
        => [("tribunal administratif de Lyon", Organisation, Unknown, 1)];
    conseil_d_etat_subject:
        "Le Conseil d'État a jugé que le décret était légal."
        => [("Conseil d'État", Organisation, Unknown, 1)];
    cour_de_cassation_inverted:
        "« Le pourvoi est rejeté », a tranché la Cour de cassation."
        => [("Cour de cassation", Organisation, Unknown, 1)];
    parquet_de_town_subject:
        "Le parquet de Quimperlé a indiqué que l'enquête était close."
        => [("parquet de Quimperlé", Organisation, Unknown, 1)];
    parquet_national_financier_after_selon:
        "Selon le parquet national financier, les comptes ont été maquillés."
        => [("parquet national financier", Organisation, Unknown, 1)];
    cedh_subject:
        "La Cour européenne des droits de l'homme a jugé que la France avait violé la convention."
        => [("Cour européenne des droits de l'homme", Organisation, Unknown, 1)];
    tribunal_correctionnel_inverted:
        "« La relaxe s'impose », a estimé le tribunal correctionnel de Vannes."
        => [("tribunal correctionnel de Vannes", Organisation, Unknown, 1)];
}

// Places speaking by metonymy.
speaker_cases! {
    berlin_subject:
        "Berlin a répondu que les sanctions seraient maintenues."
        => [("Berlin", Organisation, Unknown, 1)];
    madrid_after_selon:
        "Selon Madrid, l'accord de pêche est caduc."
        => [("Madrid", Organisation, Unknown, 1)];
    pekin_inverted:
        "« Nous ne céderons pas », a prévenu Pékin."
        => [("Pékin", Organisation, Unknown, 1)];
    rome_subject:
        "Rome a estimé que les migrants devaient être répartis."
        => [("Rome", Organisation, Unknown, 1)];
    l_italie_subject:
        "L'Italie a affirmé que ses ports resteraient fermés."
        => [("Italie", Organisation, Unknown, 1)];
    le_portugal_after_selon:
        "Selon le Portugal, la dette sera remboursée en 2030."
        => [("Portugal", Organisation, Unknown, 1)];
    ottawa_subject:
        "Ottawa a annoncé que les droits de douane seraient relevés."
        => [("Ottawa", Organisation, Unknown, 1)];
    la_catalogne_subject:
        "La Catalogne a estimé que le référendum devait avoir lieu."
        => [("Catalogne", Organisation, Unknown, 1)];
    le_kremlin_inverted:
        "« Ces accusations sont absurdes », a répondu le Kremlin."
        => [("Kremlin", Organisation, Unknown, 1)];
    downing_street_subject:
        "Downing Street a indiqué que le Premier ministre était en bonne santé."
        => [("Downing Street", Organisation, Unknown, 1)];
}

// Epicene roles, with and without an agreeing word.
speaker_cases! {
    la_journaliste:
        "La journaliste a raconté que les soldats avaient tiré."
        => [("La journaliste", Anonymous, Feminine, 1)];
    l_architecte_no_cue_after_selon:
        "Selon l'architecte, la façade sera conservée."
        => [("l'architecte", Anonymous, Unknown, 1)];
    l_architecte_interrogee:
        "L'architecte, interrogée par la radio, a estimé que la façade serait conservée."
        => [("L'architecte", Anonymous, Feminine, 1)];
    une_eleve:
        "Une élève a raconté que le professeur avait été menacé."
        => [("Une élève", Anonymous, Feminine, 1)];
    un_eleve_inverted:
        "« On avait peur », a raconté un élève."
        => [("un élève", Anonymous, Masculine, 1)];
    la_secretaire_generale:
        "La secrétaire générale du syndicat a affirmé que la grève continuerait."
        => [("La secrétaire générale du syndicat", Anonymous, Feminine, 1)];
    l_adjointe_au_maire:
        "L'adjointe au maire a indiqué que la crèche ouvrirait en mars."
        => [("L'adjointe au maire", Anonymous, Feminine, 1)];
    l_elue_ecologiste:
        "L'élue écologiste a estimé que le projet était dépassé."
        => [("L'élue écologiste", Anonymous, Feminine, 1)];
    named_pediatre_no_cue:
        "Claude Varlinier, pédiatre à Rouen, a expliqué que les urgences étaient pleines."
        => [("Claude Varlinier", Person, Unknown, 1)];
    #[ignore = "a noun or adjective in apposition after the name ('retraité de', 'ancienne championne', 'grand-mère', 'pédiatre reconnue') gives no cue"]
    named_pediatre_reconnue:
        "Dominique Serratier, pédiatre reconnue, a expliqué que l'épidémie reculait."
        => [("Dominique Serratier", Person, Feminine, 1)];
    un_responsable_syndical:
        "Selon un responsable syndical, la direction a menti."
        => [("un responsable syndical", Anonymous, Masculine, 1)];
    une_responsable_associative:
        "Une responsable associative a affirmé que les dons avaient baissé."
        => [("Une responsable associative", Anonymous, Feminine, 1)];
    named_ministre_no_cue:
        "Selon Camille Aubertange, ministre de la Culture, le musée rouvrira."
        => [("Camille Aubertange", Person, Unknown, 1)];
}

// Entity links across sentences with the classes above.
speaker_cases! {
    short_firm_then_full_name:
        "Orvalisse a annoncé que l'usine fermerait. \
         Orvalisse Technologies a précisé que les salariés seraient reclassés."
        => [("Orvalisse Technologies", Organisation, Unknown, 2)];
    full_firm_then_short_name:
        "Brenvaux Industries a annoncé que l'usine fermerait. \
         Selon Brenvaux, les salariés seront reclassés."
        => [("Brenvaux Industries", Organisation, Unknown, 2)];
    ampersand_fils_then_short_name:
        "Tournebride & Fils a annoncé que la récolte était bonne. \
         « Les prix baisseront », a précisé Tournebride."
        => [("Tournebride & Fils", Organisation, Unknown, 2)];
    cabinet_et_associes_then_cabinet:
        "Le cabinet Lestradieu et Associés a estimé que le contrat était nul. \
         Selon le cabinet, la procédure durera un an."
        => [("Lestradieu et Associés", Organisation, Unknown, 2)];
    courrier_picard_then_quotidien:
        "Le Courrier picard a révélé que le maire allait démissionner. \
         Selon le quotidien, la lettre est déjà écrite."
        => [("Le Courrier picard", Organisation, Unknown, 2)];
    le_parisien_then_journal:
        "Le Parisien a révélé que le stade serait vendu. \
         Selon le journal, l'acheteur est qatari."
        => [("Le Parisien", Organisation, Unknown, 2)];
    cour_d_appel_then_elle:
        "La cour d'appel de Douai a jugé que le licenciement était abusif. \
         Selon elle, l'employeur n'avait pas prévenu le salarié."
        => [("cour d'appel de Douai", Organisation, Unknown, 2)];
    sporting_club_then_club:
        "Le Sporting Club de Brévannes a annoncé que l'entraîneur partait. \
         Selon le club, son successeur sera nommé lundi."
        => [("Sporting Club de Brévannes", Organisation, Unknown, 2)];
    spanish_two_surnames_then_first_surname:
        "Iñaki Etxeberria Zubiri a affirmé que le port serait agrandi. \
         Etxeberria a ajouté que les travaux commenceraient en mai."
        => [("Iñaki Etxeberria Zubiri", Person, Unknown, 2)];
    italian_then_honorific:
        "Gianluca Dell'Orto a promis que le pont serait reconstruit. \
         M. Dell'Orto a ajouté que l'État paierait."
        => [("Gianluca Dell'Orto", Person, Masculine, 2)];
    apposition_gender_then_elle:
        "Sidonie Carbuccia, mère de deux enfants, a affirmé que l'école manquait de place. \
         « Les classes sont surchargées », a-t-elle ajouté."
        => [("Sidonie Carbuccia", Person, Feminine, 2)];
    un_proche_then_il:
        "Un proche du maire a affirmé que la démission était écrite. \
         « Il partira en janvier », a-t-il ajouté."
        => [("Un proche du maire", Anonymous, Masculine, 2)];
    place_then_role:
        "Berlin a répondu que les sanctions seraient maintenues. \
         Le chancelier a ajouté que le dialogue restait ouvert."
        => [("Berlin", Organisation, Unknown, 1), ("Le chancelier", Anonymous, Masculine, 1)];
    guardia_civil_then_elle:
        "La Guardia Civil a indiqué que trois suspects avaient été arrêtés. \
         Selon elle, la drogue venait du Maroc."
        => [("Guardia Civil", Organisation, Unknown, 2)];
    #[ignore = "an adjective the tagger reads as a noun ('immobilier') between the organisation noun and the name hides the name"]
    promoteur_immobilier_then_bare_name:
        "Le promoteur immobilier Pierrevaudine a assuré que les appartements seraient livrés. \
         « Le retard est rattrapé », a précisé Pierrevaudine."
        => [("Pierrevaudine", Organisation, Unknown, 2)];
    #[ignore = "'Selon elle' after a bare name with a firm's noun in apposition does not join it"]
    apposition_firm_then_selon_elle:
        "Solvanie, l'entreprise de transport, a annoncé que dix lignes seraient supprimées. \
         Selon elle, les bus sont vides."
        => [("Solvanie", Organisation, Unknown, 2)];
    ministry_then_named_minister:
        "Le ministère italien de la Santé a indiqué que le vaccin serait gratuit. \
         La ministre, Paola Ferrandini, a ajouté que les pharmacies le distribueraient."
        => [("ministère italien de la Santé", Organisation, Unknown, 1), ("Paola Ferrandini", Person, Feminine, 1)];
}
