//! An eighth constructed set for speaker entities (issue 15, session 11),
//! written before any rule change of the session to estimate what a speaker
//! IS (person, organisation, anonymous), its gender cue and its links, on
//! news the rules have not seen. It aims at what the earlier sets cover
//! little: establishments and streets named after people ("le lycée
//! Jean-Moulin", "l'hôpital Georges-Pompidou", "la rue Léontine-Farjas"),
//! bodies named by a word-shaped acronym with their article and no type
//! word ("la Fnaim", "l'Unédic", "la Sacem"), charities named without one,
//! "le collectif X", surnames with apostrophes and particles ("N'Goran",
//! "d'Aubignac", "Van den Broeckstaele", "Al-Hachimi", "O'Donnell"), a firm
//! after a trade noun and an adjective ("le groupe pharmaceutique X", "le
//! promoteur immobilier X"), seats of governments and ministries by
//! metonymy, courts and prosecutors' offices, national sides, firms that
//! bear their founder's name ("Michelin", "Dassault") beside the people who
//! bear it ("Serge Dassault"), collective anonymous sources ("des
//! habitants", "plusieurs témoins"), gender cues from agreement and titles,
//! and speech-free controls that must give no speaker.
//!
//! Conventions (README, "Speakers: identity, kind and gender cue"): an
//! unnamed office-holder is anonymous, named with its article as written;
//! a first name is never a gender cue; an organisation has no gender cue
//! and is named without its article. Two readings the README implies and
//! this set spells out: an establishment named after a person keeps its
//! noun in its name ("lycée Jean-Moulin", as "hôpital de Kerdavel" keeps
//! its noun), since the name alone is the person's; and a national side
//! is a team, an organisation as a club is ("le XV de France", "les
//! Bleus"). Every invented person, company, collective and town appears
//! nowhere else in the repository (checked with grep when written); real
//! institutions, firms and teams are named as French news names them.
//!
//! Rows are (canonical name, kind, gender cue, quotes linked to the entity),
//! in order of first quote, as in `speaker_kinds_fresh_5.rs`; expectations
//! were written from GUIDELINES.md and the README's definitions, not from
//! the code's output.
//!
//! Scored once before any rule change: 159 cases, 125 passed (78.6 %) on
//! main 4b76b0a, 2026-12-01 05:08 UTC. The 34 failures are marked
//! `#[ignore]` with what went wrong: a word-shaped acronym or one-word name
//! with its article and no type word ("la Fnaim", "l'Unédic", "la
//! Chancellerie") read as a person (11), a street or station named after a
//! person in a role's complement or fronted (4), a national side read as a
//! group or a person (4), a firm named by its founder's name alone read as
//! a person (3), an establishment named after a person losing its noun
//! (3), a trade noun and adjective before a one-word firm name read as a
//! person's role (3), a fronted "Arrivée", "Très émue" giving no cue (2),
//! "des proches de la victime" feminine (1), a role's "à" complement cut
//! (1), "selon la place Beauvau" (1), an inverted plural subject not found
//! (1). A rule lifts an ignore only when its construction is also found in
//! data other than this set (three times, two sources).

#[macro_use]
mod support;

// Establishments, streets and stations named after people.
speaker_cases! {
    lycee_jean_moulin_fait_savoir:
        "Le lycée Jean-Moulin a fait savoir que les cours reprendraient lundi."
        => [("lycée Jean-Moulin", Organisation, Unknown, 1)];
    hopital_georges_pompidou_present:
        "L'hôpital Georges-Pompidou indique que trois blessés sont en réanimation."
        => [("hôpital Georges-Pompidou", Organisation, Unknown, 1)];
    college_invented_after_selon:
        "Selon le collège Hortense-Vaugirac, deux classes seront fermées."
        => [("collège Hortense-Vaugirac", Organisation, Unknown, 1)];
    clinique_invented_inverted:
        "« Les urgences restent ouvertes », a assuré la clinique Bastien-Lorcival."
        => [("clinique Bastien-Lorcival", Organisation, Unknown, 1)];
    ecole_invented_subject:
        "L'école Madeleine-Trévoux a annoncé que la cantine serait gratuite."
        => [("école Madeleine-Trévoux", Organisation, Unknown, 1)];
    musee_invented_subject:
        "Le musée Marcel-Quintard a indiqué que l'exposition était prolongée."
        => [("musée Marcel-Quintard", Organisation, Unknown, 1)];
    universite_paul_sabatier_after_selon:
        "Selon l'université Paul-Sabatier, les inscriptions ont augmenté."
        => [("université Paul-Sabatier", Organisation, Unknown, 1)];
    centre_hospitalier_emile_roux:
        "Le centre hospitalier Émile-Roux a précisé que la maternité fermerait."
        => [("centre hospitalier Émile-Roux", Organisation, Unknown, 1)];
    aeroport_charles_de_gaulle_subject:
        "L'aéroport Charles-de-Gaulle a indiqué que les vols étaient retardés."
        => [("aéroport Charles-de-Gaulle", Organisation, Unknown, 1)];
    fondation_abbe_pierre_after_selon:
        "Selon la Fondation Abbé-Pierre, quatre millions de personnes sont mal logées."
        => [("Fondation Abbé-Pierre", Organisation, Unknown, 1)];
    institut_curie_subject:
        "L'Institut Curie a annoncé que l'essai clinique était prometteur."
        => [("Institut Curie", Organisation, Unknown, 1)];
    lycee_then_bare_lycee:
        "Le lycée Jean-Moulin a indiqué que les cours reprendraient lundi. \
         Selon le lycée, aucun élève n'a été blessé."
        => [("lycée Jean-Moulin", Organisation, Unknown, 2)];
    habitante_rue_named_after_person:
        "Une habitante de la rue Léontine-Farjas a raconté que l'eau montait."
        => [("Une habitante de la rue Léontine-Farjas", Anonymous, Feminine, 1)];
    commercant_boulevard_after_selon:
        "Selon un commerçant du boulevard Anatole-Brissac, les clients ont fui."
        => [("un commerçant du boulevard Anatole-Brissac", Anonymous, Masculine, 1)];
    #[ignore = "a street or station named after a person, in a role's complement or fronted without a preposition, is read as a person or swallows the subject"]
    agent_station_louise_michel:
        "Selon un agent de la station Louise-Michel, la ligne est coupée."
        => [("un agent de la station Louise-Michel", Anonymous, Masculine, 1)];
    #[ignore = "a street or station named after a person, in a role's complement or fronted without a preposition, is read as a person or swallows the subject"]
    fronted_place_then_person:
        "Place Gaston-Mirabel, Léonie Castagnérac a raconté que le marché avait brûlé."
        => [("Léonie Castagnérac", Person, Unknown, 1)];
    #[ignore = "a street or station named after a person, in a role's complement or fronted without a preposition, is read as a person or swallows the subject"]
    fronted_rue_then_policier:
        "Rue Ferdinand-Colbrac, un policier a affirmé que la manifestation était dispersée."
        => [("un policier", Anonymous, Masculine, 1)];
    fronted_stade_then_entraineur:
        "Au stade Pierre-Mauroy, l'entraîneur a estimé que le match était perdu."
        => [("l'entraîneur", Anonymous, Masculine, 1)];
}

// Bodies named by a word-shaped acronym or a bare name, with their article.
speaker_cases! {
    fnaim_after_selon:
        "Selon la Fnaim, les prix de l'immobilier ont baissé."
        => [("Fnaim", Organisation, Unknown, 1)];
    unedic_subject:
        "L'Unédic a estimé que le déficit se creuserait."
        => [("Unédic", Organisation, Unknown, 1)];
    sacem_inverted:
        "« Les droits d'auteur ont reculé », a indiqué la Sacem."
        => [("Sacem", Organisation, Unknown, 1)];
    ademe_after_selon:
        "Selon l'Ademe, la consommation d'énergie a baissé."
        => [("Ademe", Organisation, Unknown, 1)];
    urssaf_subject:
        "L'Urssaf a précisé que les cotisations seraient reportées."
        => [("Urssaf", Organisation, Unknown, 1)];
    fnath_after_selon:
        "Selon la Fnath, les accidentés du travail sont mal indemnisés."
        => [("Fnath", Organisation, Unknown, 1)];
    arcom_subject:
        "L'Arcom a estimé que la chaîne avait manqué à ses obligations."
        => [("Arcom", Organisation, Unknown, 1)];
    anses_after_selon:
        "Selon l'Anses, le pesticide présente un risque pour les abeilles."
        => [("Anses", Organisation, Unknown, 1)];
    inserm_subject:
        "L'Inserm a indiqué que l'étude portait sur dix mille patients."
        => [("Inserm", Organisation, Unknown, 1)];
    unsa_after_selon:
        "Selon l'Unsa, la grève sera reconduite jeudi."
        => [("Unsa", Organisation, Unknown, 1)];
    dreal_subject:
        "La Dreal a indiqué que le barrage était sous surveillance."
        => [("Dreal", Organisation, Unknown, 1)];
    cimade_subject:
        "La Cimade a dénoncé que les expulsions avaient doublé."
        => [("Cimade", Organisation, Unknown, 1)];
    secours_populaire_subject:
        "Le Secours populaire a affirmé que les demandes d'aide avaient augmenté."
        => [("Secours populaire", Organisation, Unknown, 1)];
    restos_du_coeur_subject:
        "Les Restos du cœur ont affirmé que les stocks étaient vides."
        => [("Restos du cœur", Organisation, Unknown, 1)];
    emmaus_bare_subject:
        "Emmaüs a indiqué que les dons avaient baissé cet hiver."
        => [("Emmaüs", Organisation, Unknown, 1)];
    samu_social_after_selon:
        "Selon le Samu social, deux cents personnes dorment dehors."
        => [("Samu social", Organisation, Unknown, 1)];
    fnaim_then_elle:
        "La Fnaim a annoncé que les ventes reculaient. \
         « Le marché est bloqué », a-t-elle ajouté."
        => [("Fnaim", Organisation, Unknown, 2)];
}

// Collectives and committees.
speaker_cases! {
    collectif_named_after_selon:
        "Selon le collectif Nos Vallées Vivantes, le projet menace la rivière."
        => [("Nos Vallées Vivantes", Organisation, Unknown, 1)];
    collectif_justice_pour:
        "Le collectif Justice pour Anouar a affirmé que la vidéo avait été effacée."
        => [("Justice pour Anouar", Organisation, Unknown, 1)];
    collectif_inverted:
        "« Nous ne lâcherons rien », a lancé le collectif Stop Béton Varennois."
        => [("Stop Béton Varennois", Organisation, Unknown, 1)];
    collectif_des_parents_after_selon:
        "Selon le collectif des parents d'élèves de Morvillaret, la cantine est insalubre."
        => [("collectif des parents d'élèves de Morvillaret", Organisation, Unknown, 1)];
    coordination_des_sans_papiers:
        "La coordination des sans-papiers a affirmé que trois personnes avaient été arrêtées."
        => [("coordination des sans-papiers", Organisation, Unknown, 1)];
    comite_de_quartier:
        "Le comité de quartier des Vergnottes a estimé que la rue était dangereuse."
        => [("comité de quartier des Vergnottes", Organisation, Unknown, 1)];
}

// Surnames with apostrophes and particles: people.
speaker_cases! {
    ivorian_apostrophe_hyphen_after_selon:
        "Selon Adjoua N'Dri-Kouamé, le cacao se vend mal cette année."
        => [("Adjoua N'Dri-Kouamé", Person, Unknown, 1)];
    ivorian_apostrophe_inverted:
        "« Le port est bloqué », a affirmé Yao N'Goranvel."
        => [("Yao N'Goranvel", Person, Unknown, 1)];
    elided_particle_subject:
        "Hortense d'Aubignac a estimé que le château devait être classé."
        => [("Hortense d'Aubignac", Person, Unknown, 1)];
    elided_particle_after_selon:
        "Selon Gautier d'Estrevelle, la vente aura lieu en mai."
        => [("Gautier d'Estrevelle", Person, Unknown, 1)];
    mme_elided_particle:
        "Mme d'Arvillers a indiqué que l'école rouvrirait à la rentrée."
        => [("d'Arvillers", Person, Feminine, 1)];
    flemish_van_den:
        "Pieter Van den Broeckstaele a affirmé que le canal serait élargi."
        => [("Pieter Van den Broeckstaele", Person, Unknown, 1)];
    arabic_al_hyphen_after_selon:
        "Selon Karim Al-Hachimi, les négociations ont échoué."
        => [("Karim Al-Hachimi", Person, Unknown, 1)];
    arabic_al_hyphen_inverted:
        "« Le cessez-le-feu tient », a assuré Samir Al-Mansourani."
        => [("Samir Al-Mansourani", Person, Unknown, 1)];
    arabic_ben_accented:
        "Leïla Ben Saâdoun a raconté que l'école avait été bombardée."
        => [("Leïla Ben Saâdoun", Person, Unknown, 1)];
    irish_apostrophe:
        "Jean-Baptiste O'Dunleavy a estimé que le vote serait serré."
        => [("Jean-Baptiste O'Dunleavy", Person, Unknown, 1)];
    german_von:
        "Dieter von Strachwenz a affirmé que l'usine resterait en Bavière."
        => [("Dieter von Strachwenz", Person, Unknown, 1)];
    portuguese_da_after_selon:
        "Selon Ana da Silveirinha, le port de Lisbonne manque de grues."
        => [("Ana da Silveirinha", Person, Unknown, 1)];
    italian_della:
        "« La récolte est perdue », a déploré Matteo Della Valcurta."
        => [("Matteo Della Valcurta", Person, Unknown, 1)];
    belgian_de_hyphenated:
        "Emma De Smedt-Vannesteyn a expliqué que le tram serait prolongé."
        => [("Emma De Smedt-Vannesteyn", Person, Unknown, 1)];
    elided_particle_then_il:
        "Gautier d'Estrevelle a affirmé que la vente aurait lieu. \
         « Les acheteurs sont nombreux », a-t-il ajouté."
        => [("Gautier d'Estrevelle", Person, Masculine, 2)];
}

// Firms after a trade noun and an adjective, as subjects and after selon.
speaker_cases! {
    #[ignore = "a trade noun and its adjective before a one-word firm name ('le promoteur immobilier X', 'le bailleur social X') are read as a person's role"]
    promoteur_immobilier_firm_subject:
        "Le promoteur immobilier Bâtivéra a affirmé que les logements seraient livrés en juin."
        => [("Bâtivéra", Organisation, Unknown, 1)];
    groupe_pharmaceutique_subject:
        "Le groupe pharmaceutique Medivalor a annoncé que l'essai était suspendu."
        => [("Medivalor", Organisation, Unknown, 1)];
    groupe_agroalimentaire_after_selon:
        "Selon le groupe agroalimentaire Terrelysse, les prix du lait vont monter."
        => [("Terrelysse", Organisation, Unknown, 1)];
    laboratoire_inverted:
        "« Le médicament est sûr », a assuré le laboratoire Pharvellis."
        => [("Pharvellis", Organisation, Unknown, 1)];
    cabinet_de_conseil:
        "Le cabinet de conseil Stratvelia a estimé que la fusion créerait de la valeur."
        => [("Stratvelia", Organisation, Unknown, 1)];
    fabricant_de_jouets:
        "Le fabricant de jouets Ludimarre a annoncé que l'usine serait agrandie."
        => [("Ludimarre", Organisation, Unknown, 1)];
    #[ignore = "a trade noun and its adjective before a one-word firm name ('le promoteur immobilier X', 'le bailleur social X') are read as a person's role"]
    bailleur_social_after_selon:
        "Selon le bailleur social Habitélior, les loyers seront gelés."
        => [("Habitélior", Organisation, Unknown, 1)];
    groupe_hotelier_accor:
        "Le groupe hôtelier Accor a indiqué que la fréquentation avait retrouvé son niveau."
        => [("Accor", Organisation, Unknown, 1)];
    #[ignore = "a trade noun and its adjective before a one-word firm name ('le promoteur immobilier X', 'le bailleur social X') are read as a person's role"]
    promoteur_firm_then_promoteur:
        "Le promoteur immobilier Bâtivéra a affirmé que les logements seraient livrés. \
         Selon le promoteur, le chantier a pris un mois de retard."
        => [("Bâtivéra", Organisation, Unknown, 2)];
}

// Seats of governments and ministries by metonymy; ministries.
speaker_cases! {
    pentagone_subject:
        "Le Pentagone a affirmé que les frappes avaient visé un dépôt d'armes."
        => [("Pentagone", Organisation, Unknown, 1)];
    maison_blanche_after_selon:
        "Selon la Maison-Blanche, le sommet aura lieu en juin."
        => [("Maison-Blanche", Organisation, Unknown, 1)];
    bercy_inverted:
        "« Aucune hausse d'impôt n'est prévue », a indiqué Bercy."
        => [("Bercy", Organisation, Unknown, 1)];
    quai_d_orsay_after_selon:
        "Selon le Quai d'Orsay, deux ressortissants français ont été libérés."
        => [("Quai d'Orsay", Organisation, Unknown, 1)];
    kremlin_subject:
        "Le Kremlin a démenti que des soldats avaient franchi la frontière."
        => [("Kremlin", Organisation, Unknown, 1)];
    matignon_fait_savoir:
        "Matignon a fait savoir que le texte serait amendé."
        => [("Matignon", Organisation, Unknown, 1)];
    elysee_inverted:
        "« Le président recevra les syndicats », a annoncé l'Élysée."
        => [("Élysée", Organisation, Unknown, 1)];
    downing_street_subject:
        "Downing Street a indiqué que le Premier ministre ne démissionnerait pas."
        => [("Downing Street", Organisation, Unknown, 1)];
    moncloa_after_selon:
        "Selon la Moncloa, le budget sera présenté en octobre."
        => [("Moncloa", Organisation, Unknown, 1)];
    #[ignore = "'selon la place Beauvau' gives no speaker"]
    place_beauvau_after_selon:
        "Selon la place Beauvau, trois mille policiers seront déployés."
        => [("place Beauvau", Organisation, Unknown, 1)];
    chancellerie_subject:
        "La Chancellerie a indiqué que la réforme serait présentée au printemps."
        => [("Chancellerie", Organisation, Unknown, 1)];
    ministere_de_la_sante:
        "Le ministère de la Santé a indiqué que l'épidémie reculait."
        => [("ministère de la Santé", Organisation, Unknown, 1)];
    ministere_then_bare:
        "Le ministère des Armées a confirmé que le navire était rentré. \
         Selon le ministère, aucun marin n'a été blessé."
        => [("ministère des Armées", Organisation, Unknown, 2)];
    departement_d_etat:
        "Le département d'État a affirmé que l'ambassade resterait ouverte."
        => [("département d'État", Organisation, Unknown, 1)];
    douma_subject:
        "La Douma a estimé que les sanctions étaient illégales."
        => [("Douma", Organisation, Unknown, 1)];
    berlin_after_selon:
        "Selon Berlin, les livraisons de gaz reprendront en mars."
        => [("Berlin", Organisation, Unknown, 1)];
}

// Courts, prosecutors' offices and prosecutors.
speaker_cases! {
    tribunal_correctionnel_subject:
        "Le tribunal correctionnel de Vanlerville a estimé que le prévenu avait menti."
        => [("tribunal correctionnel de Vanlerville", Organisation, Unknown, 1)];
    cour_d_appel_of_city_after_selon:
        "Selon la cour d'appel de Rennes, la procédure était régulière."
        => [("cour d'appel de Rennes", Organisation, Unknown, 1)];
    cour_d_appel_bare_subject:
        "La cour d'appel a jugé que le licenciement était abusif."
        => [("cour d'appel", Organisation, Unknown, 1)];
    cour_d_assises_inverted:
        "« La peine est justifiée », a estimé la cour d'assises du Tarn."
        => [("cour d'assises du Tarn", Organisation, Unknown, 1)];
    tribunal_judiciaire_subject:
        "Le tribunal judiciaire de Sarvignac-le-Bas a indiqué que l'audience était reportée."
        => [("tribunal judiciaire de Sarvignac-le-Bas", Organisation, Unknown, 1)];
    conseil_d_etat_subject:
        "Le Conseil d'État a estimé que le décret était illégal."
        => [("Conseil d'État", Organisation, Unknown, 1)];
    cour_de_cassation_after_selon:
        "Selon la Cour de cassation, le contrat était nul."
        => [("Cour de cassation", Organisation, Unknown, 1)];
    parquet_of_town_subject:
        "Le parquet de Lormagnac a indiqué que trois personnes avaient été interpellées."
        => [("parquet de Lormagnac", Organisation, Unknown, 1)];
    parquet_bare_after_selon:
        "Selon le parquet, le suspect a reconnu les faits."
        => [("parquet", Organisation, Unknown, 1)];
    parquet_national_antiterroriste:
        "« L'enquête est ouverte pour assassinat », a indiqué le parquet national antiterroriste."
        => [("parquet national antiterroriste", Organisation, Unknown, 1)];
    procureur_of_town_anonymous:
        "Le procureur de Lormagnac a indiqué que l'enquête était ouverte."
        => [("Le procureur de Lormagnac", Anonymous, Masculine, 1)];
    procureure_de_la_republique_after_selon:
        "Selon la procureure de la République de Sarvignac-le-Bas, le suspect a avoué."
        => [("la procureure de la République de Sarvignac-le-Bas", Anonymous, Feminine, 1)];
    procureur_named_in_apposition:
        "Le procureur de la République, Thierry Vaugelarde, a indiqué que deux suspects étaient en fuite."
        => [("Thierry Vaugelarde", Person, Masculine, 1)];
    juge_des_libertes:
        "Le juge des libertés a estimé que la détention n'était plus justifiée."
        => [("Le juge des libertés", Anonymous, Masculine, 1)];
    parquet_then_procureur_two_speakers:
        "Le parquet de Lormagnac a indiqué que l'enquête était ouverte. \
         La procureure de Lormagnac a précisé que le suspect était connu."
        => [("parquet de Lormagnac", Organisation, Unknown, 1), ("La procureure de Lormagnac", Anonymous, Feminine, 1)];
}

// National sides and teams.
speaker_cases! {
    #[ignore = "a national side ('les Bleus', 'le XV de France', 'les All Blacks') is read as an anonymous group or a person"]
    xv_de_france_subject:
        "Le XV de France a annoncé que le capitaine était forfait."
        => [("XV de France", Organisation, Unknown, 1)];
    equipe_de_france_after_selon:
        "Selon l'équipe de France, le sélectionneur restera jusqu'en 2028."
        => [("équipe de France", Organisation, Unknown, 1)];
    #[ignore = "a national side ('les Bleus', 'le XV de France', 'les All Blacks') is read as an anonymous group or a person"]
    les_bleus_inverted:
        "« Nous irons chercher le titre », ont promis les Bleus."
        => [("Bleus", Organisation, Unknown, 1)];
    #[ignore = "a national side ('les Bleus', 'le XV de France', 'les All Blacks') is read as an anonymous group or a person"]
    les_bleues_subject:
        "Les Bleues ont affirmé que la finale serait serrée."
        => [("Bleues", Organisation, Unknown, 1)];
    #[ignore = "a national side ('les Bleus', 'le XV de France', 'les All Blacks') is read as an anonymous group or a person"]
    all_blacks_after_selon:
        "Selon les All Blacks, le haka restera avant chaque match."
        => [("All Blacks", Organisation, Unknown, 1)];
}

// Firms bearing a founder's name, and the people bearing it.
speaker_cases! {
    michelin_bare_subject:
        "Michelin a annoncé que l'usine de Cholet fermerait."
        => [("Michelin", Organisation, Unknown, 1)];
    dassault_bare_subject:
        "Dassault a affirmé que les Rafale seraient livrés en avance."
        => [("Dassault", Organisation, Unknown, 1)];
    peugeot_after_selon:
        "Selon Peugeot, les ventes ont progressé de dix pour cent."
        => [("Peugeot", Organisation, Unknown, 1)];
    renault_inverted:
        "« La production reprendra lundi », a indiqué Renault."
        => [("Renault", Organisation, Unknown, 1)];
    bouygues_after_selon:
        "Selon Bouygues, le chantier sera livré à temps."
        => [("Bouygues", Organisation, Unknown, 1)];
    hermes_subject:
        "Hermès a annoncé que le chiffre d'affaires avait bondi."
        => [("Hermès", Organisation, Unknown, 1)];
    citroen_subject:
        "Citroën a indiqué que le modèle serait rappelé."
        => [("Citroën", Organisation, Unknown, 1)];
    serge_dassault_person:
        "Serge Dassault a estimé que le journal devait changer de ligne."
        => [("Serge Dassault", Person, Unknown, 1)];
    michel_edouard_leclerc_person:
        "Michel-Édouard Leclerc a affirmé que les prix baisseraient."
        => [("Michel-Édouard Leclerc", Person, Unknown, 1)];
    firm_then_person_of_same_name:
        "Michelin a annoncé que l'usine fermerait. \
         Édouard Michelin avait affirmé que le site était rentable."
        => [("Michelin", Organisation, Unknown, 1), ("Édouard Michelin", Person, Unknown, 1)];
    groupe_lagardere_then_arnaud:
        "Le groupe Lagardère a indiqué que la vente était conclue. \
         Arnaud Lagardère a estimé que le prix était juste."
        => [("Lagardère", Organisation, Unknown, 1), ("Arnaud Lagardère", Person, Unknown, 1)];
}

// Collective anonymous sources.
speaker_cases! {
    des_habitants_subject:
        "Des habitants ont raconté que l'eau était montée en une heure."
        => [("Des habitants", Anonymous, Unknown, 1)];
    les_riverains_after_selon:
        "Selon les riverains, les camions passent toute la nuit."
        => [("les riverains", Anonymous, Unknown, 1)];
    plusieurs_temoins_subject:
        "Plusieurs témoins ont affirmé que le conducteur roulait très vite."
        => [("Plusieurs témoins", Anonymous, Unknown, 1)];
    #[ignore = "an inverted plural subject after the quote ('ont raconté des voisins') is not found"]
    des_voisins_inverted:
        "« On a eu très peur », ont raconté des voisins."
        => [("des voisins", Anonymous, Unknown, 1)];
    des_proches_de_la_victime_after_selon:
        "Selon des proches de la victime, la jeune femme avait reçu des menaces."
        => [("des proches de la victime", Anonymous, Unknown, 1)];
    les_parents_d_eleves:
        "Les parents d'élèves ont estimé que la fermeture était injuste."
        => [("Les parents d'élèves", Anonymous, Unknown, 1)];
    de_nombreux_commercants:
        "De nombreux commerçants ont affirmé que le chiffre d'affaires avait chuté."
        => [("De nombreux commerçants", Anonymous, Unknown, 1)];
    certains_elus_after_selon:
        "Selon certains élus, le budget est insincère."
        => [("certains élus", Anonymous, Unknown, 1)];
    une_dizaine_de_salaries:
        "Une dizaine de salariés ont affirmé que la direction les avait menacés."
        => [("Une dizaine de salariés", Anonymous, Unknown, 1)];
    les_manifestants_inverted:
        "« La police a chargé sans sommation », ont affirmé les manifestants."
        => [("les manifestants", Anonymous, Unknown, 1)];
    des_militants_after_selon:
        "Selon des militants, la permanence a été taguée dans la nuit."
        => [("des militants", Anonymous, Unknown, 1)];
    les_sinistres_subject:
        "Les sinistrés ont raconté qu'ils attendaient toujours les assurances."
        => [("Les sinistrés", Anonymous, Unknown, 1)];
    // "témoin" is masculine whatever the witness's sex: no cue (session
    // 19, tests/speaker_gender_fixed_nouns.rs).
    un_temoin_singular:
        "Un témoin a raconté que la voiture avait pris la fuite."
        => [("Un témoin", Anonymous, Unknown, 1)];
}

// Gender cues from agreement and from titles; none from first names.
speaker_cases! {
    s_est_declaree:
        "Alix Vermoulède s'est déclarée favorable au projet et a estimé que le coût était raisonnable."
        => [("Alix Vermoulède", Person, Feminine, 1)];
    fronted_interrogee_masculine_first_name:
        "Interrogée par France Inter, Maxime Dellacroix-Vanel a affirmé que la loi passerait."
        => [("Maxime Dellacroix-Vanel", Person, Feminine, 1)];
    fronted_interroge:
        "Interrogé par Le Parisien, Claude Soubiranel a estimé que le budget était faux."
        => [("Claude Soubiranel", Person, Masculine, 1)];
    fronted_contactee:
        "Contactée par l'AFP, Dominique Lestradel a indiqué que la plainte serait déposée."
        => [("Dominique Lestradel", Person, Feminine, 1)];
    apposed_interrogee:
        "Camille Bertaudière, interrogée par la radio, a estimé que la grève durerait."
        => [("Camille Bertaudière", Person, Feminine, 1)];
    la_premiere_adjointe_anonymous:
        "La première adjointe au maire a indiqué que la piscine rouvrirait."
        => [("La première adjointe au maire", Anonymous, Feminine, 1)];
    la_premiere_adjointe_named:
        "La première adjointe, Sasha Morellecq, a affirmé que le marché serait déplacé."
        => [("Sasha Morellecq", Person, Feminine, 1)];
    le_premier_adjoint_after_selon:
        "Selon le premier adjoint, Alix Fontanival, la fête aura lieu."
        => [("Alix Fontanival", Person, Masculine, 1)];
    s_est_felicitee_inverted:
        "« Le budget est voté », s'est félicitée Claude Andrieux-Sabrand."
        => [("Claude Andrieux-Sabrand", Person, Feminine, 1)];
    fronted_arrivee:
        "Arrivée en 2019, Morgan Tessiraud a expliqué que l'équipe avait doublé."
        => [("Morgan Tessiraud", Person, Feminine, 1)];
    fronted_elu:
        "Élu en 2020, Camille Rostagnac a estimé que la dette serait réduite."
        => [("Camille Rostagnac", Person, Masculine, 1)];
    fronted_tres_emue:
        "Très émue, Dominique Verlhaguet a raconté que sa maison avait brûlé."
        => [("Dominique Verlhaguet", Person, Feminine, 1)];
    la_deputee_epicene_first_name:
        "La députée Maxime Ourtalan a affirmé que l'amendement serait retiré."
        => [("Maxime Ourtalan", Person, Feminine, 1)];
    le_senateur_epicene_first_name:
        "Le sénateur Camille Pradellès a estimé que la réforme était injuste."
        => [("Camille Pradellès", Person, Masculine, 1)];
    la_doyenne_anonymous:
        "La doyenne de la faculté a indiqué que les examens étaient maintenus."
        => [("La doyenne de la faculté", Anonymous, Feminine, 1)];
    l_infirmiere_named:
        "L'infirmière Alex Marcadieu a raconté que le service manquait de lits."
        => [("Alex Marcadieu", Person, Feminine, 1)];
    #[ignore = "a role's 'à' complement is cut from its name ('l'adjointe à la culture')"]
    l_adjointe_a_la_culture_after_selon:
        "Selon l'adjointe à la culture, le festival est maintenu."
        => [("l'adjointe à la culture", Anonymous, Feminine, 1)];
    president_du_tribunal_named:
        "Le président du tribunal, Dominique Fabressac, a estimé que le procès pouvait reprendre."
        => [("Dominique Fabressac", Person, Masculine, 1)];
    mme_with_first_name:
        "Mme Camille Rouquettier a affirmé que le dispensaire fermerait."
        => [("Camille Rouquettier", Person, Feminine, 1)];
    m_with_first_name_after_selon:
        "Selon M. Dominique Sarrailhé, la route sera rouverte."
        => [("Dominique Sarrailhé", Person, Masculine, 1)];
    a_t_elle_ajoute_epicene_first_name:
        "Claude Mérindolle a affirmé que l'école fermerait. \
         « Nous n'avons pas le choix », a-t-elle ajouté."
        => [("Claude Mérindolle", Person, Feminine, 2)];
    est_arrive_then_il:
        "Camille Pérousselle est arrivé en retard. \
         Il a affirmé que le train était bloqué."
        => [("Camille Pérousselle", Person, Masculine, 1)];
    no_cue_from_first_name:
        "Selon Sophie Garandeau-Lys, le pont sera réparé avant l'été."
        => [("Sophie Garandeau-Lys", Person, Unknown, 1)];
    feminine_role_not_joining_man:
        "Paulin Esterval est arrivé à la mairie. \
         La préfète a estimé que la réunion était utile."
        => [("La préfète", Anonymous, Feminine, 1)];
}

// Speech-free controls: no speaker may be found.
speaker_cases! {
    control_lycee_closed:
        "Le lycée Jean-Moulin a fermé ses portes en juin."
        => [];
    control_michelin_closed_plant:
        "Michelin a fermé l'usine de Cholet en 2020."
        => [];
    control_bleus_won:
        "Les Bleus ont battu l'Italie samedi soir."
        => [];
    control_tribunal_sentenced:
        "Le tribunal correctionnel de Vanlerville a condamné le prévenu à deux ans de prison."
        => [];
    control_habitants_evacuated:
        "Des habitants ont été évacués pendant la nuit."
        => [];
    control_fnaim_publishes:
        "La Fnaim publie chaque mois un indice des prix."
        => [];
    control_selon_depending_on:
        "Selon les régions, les prix varient du simple au double."
        => [];
    control_hopital_receives:
        "L'hôpital Georges-Pompidou accueille trois mille patients par jour."
        => [];
    control_matignon_received:
        "Matignon a reçu les syndicats lundi matin."
        => [];
    control_dassault_died:
        "Serge Dassault est mort en 2018."
        => [];
}
