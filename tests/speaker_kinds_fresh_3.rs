//! A fifth constructed set for speaker entities (issue 15, session 8),
//! written before any rule change of the session to estimate what a speaker
//! IS (person, organisation, anonymous), its gender cue and its links, on
//! news the rules have not seen. It aims at the classes the README's Known
//! gaps name: company forms and foreign company words, trade nouns whose
//! first sense is a person, clubs ("l'Olympique de …", "le Stade …"),
//! fronts, institutions named by a place noun (hôpital, mairie, ville,
//! commune, université), a bare name with a firm's noun in apposition at the
//! start of the sentence, foreign bodies after an article, an adjective
//! between an organisation noun and its name, surnames that are also title
//! or role nouns, particles, gender cues from agreeing participles, pronouns
//! after "la direction de …", epicene first names with and without a cue,
//! and anonymous roles (an unnamed office-holder is anonymous: README, Kind).
//! Every invented person, company, club and town appears nowhere else in the
//! repository (checked with grep when written).
//!
//! Rows are (canonical name, kind, gender cue, quotes linked to the entity),
//! in order of first quote, as in `speaker_kinds_fresh_2.rs`; expectations
//! were written from GUIDELINES.md and the README's definitions, not from
//! the code's output.
//!
//! Scored once before any rule change: 152 cases, 61 passed (40.1 %) on
//! main a202e9e, 2026-11-30 18:30 UTC. The 91 failures are marked
//! `#[ignore]` with what went wrong: company forms and company words after a
//! name, "& Fils", "Frères" and "les Établissements X" (19), trade nouns
//! whose first sense is a person before a firm's name or a person's (16),
//! surnames that are title nouns (9), institutions named by a place noun
//! (10), clubs and fronts (10), gender cues of reflexive, fronted and apposed
//! participles and of "un proche" (15), foreign bodies (4), an adjective
//! read as a noun before a name (3), a firm's noun in apposition taken as the
//! speaker (3), pronouns (2). A rule lifts an ignore only when its
//! construction is also found in data other than this set (three times, two
//! sources).

#[macro_use]
mod support;

// Company forms and company words in other languages after a bare name.
speaker_cases! {
    form_sa_subject:
        "Corvalène SA a annoncé que l'usine de Tulle fermerait."
        => [("Corvalène SA", Organisation, Unknown, 1)];
    form_sas_after_selon:
        "Selon Brisemont SAS, les commandes ont doublé en un an."
        => [("Brisemont SAS", Organisation, Unknown, 1)];
    form_sarl_inverted:
        "« Nos comptes sont sains », a assuré Ferbalux SARL."
        => [("Ferbalux SARL", Organisation, Unknown, 1)];
    form_ag_subject:
        "Kalmeyer AG a affirmé que les moteurs étaient conformes."
        => [("Kalmeyer AG", Organisation, Unknown, 1)];
    form_spa_after_selon:
        "Selon Marzotelli SpA, la filature rouvrira en septembre."
        => [("Marzotelli SpA", Organisation, Unknown, 1)];
    form_bv_subject:
        "Dijkhoven BV a indiqué que les serres seraient chauffées au gaz."
        => [("Dijkhoven BV", Organisation, Unknown, 1)];
    word_aerospace_subject:
        "Heliantor Aerospace a indiqué que le lanceur décollerait en juin."
        => [("Heliantor Aerospace", Organisation, Unknown, 1)];
    word_aerospace_inverted:
        "« Le satellite est perdu », a reconnu Strelvik Aerospace."
        => [("Strelvik Aerospace", Organisation, Unknown, 1)];
    word_pharmaceuticals_subject:
        "Feldrich Pharmaceuticals a annoncé que l'essai était suspendu."
        => [("Feldrich Pharmaceuticals", Organisation, Unknown, 1)];
    word_holding_inverted:
        "« La cession est achevée », a annoncé Vostrand Holding."
        => [("Vostrand Holding", Organisation, Unknown, 1)];
    word_capital_after_selon:
        "Selon Ravensholt Capital, le rachat sera finalisé en mai."
        => [("Ravensholt Capital", Organisation, Unknown, 1)];
    word_logistics_subject:
        "Ostervik Logistics a affirmé que les colis seraient livrés lundi."
        => [("Ostervik Logistics", Organisation, Unknown, 1)];
    word_energy_inverted:
        "« Les pompes sont à l'arrêt », a reconnu Pétrovane Energy."
        => [("Pétrovane Energy", Organisation, Unknown, 1)];
    word_solutions_subject:
        "Datavelle Solutions a reconnu que des données avaient fui."
        => [("Datavelle Solutions", Organisation, Unknown, 1)];
    word_foods_after_selon:
        "Selon Brambury Foods, le rappel concerne deux lots de biscuits."
        => [("Brambury Foods", Organisation, Unknown, 1)];
    word_airlines_subject:
        "Nordhavn Airlines a annoncé que les vols reprendraient jeudi."
        => [("Nordhavn Airlines", Organisation, Unknown, 1)];
}

// French company words: "les Établissements X", "X & Fils", "X et Fils".
speaker_cases! {
    etablissements_subject:
        "Les Établissements Mourguet ont indiqué que la scierie embaucherait."
        => [("Établissements Mourguet", Organisation, Unknown, 1)];
    etablissements_after_selon:
        "Selon les Établissements Caussignac, la tannerie restera ouverte."
        => [("Établissements Caussignac", Organisation, Unknown, 1)];
    etablissements_inverted:
        "« Nous livrerons à temps », ont assuré les Établissements Pradoux."
        => [("Établissements Pradoux", Organisation, Unknown, 1)];
    ampersand_fils_subject:
        "Kervadec-Lénan & Fils a annoncé que la cave serait vendue."
        => [("Kervadec-Lénan & Fils", Organisation, Unknown, 1)];
    et_fils_after_selon:
        "Selon Bardolet et Fils, les vendanges commencent lundi."
        => [("Bardolet et Fils", Organisation, Unknown, 1)];
    freres_subject:
        "Lagardière Frères a indiqué que la distillerie serait agrandie."
        => [("Lagardière Frères", Organisation, Unknown, 1)];
}

// Trade nouns whose first sense is a person: before a bare firm's name
// they are its type word; before a full person's name, a role.
speaker_cases! {
    editeur_subject:
        "L'éditeur Plumevive a annoncé que le roman serait réédité."
        => [("Plumevive", Organisation, Unknown, 1)];
    editeur_de_jeux_after_selon:
        "Selon l'éditeur de jeux vidéo Pixarnel, la suite sortira en mars."
        => [("Pixarnel", Organisation, Unknown, 1)];
    brasseur_subject:
        "Le brasseur Malterre a indiqué que la bière serait rappelée."
        => [("Malterre", Organisation, Unknown, 1)];
    brasseur_inverted:
        "« La récolte est mauvaise », a prévenu le brasseur Houbrelle."
        => [("Houbrelle", Organisation, Unknown, 1)];
    negociant_subject:
        "Le négociant Vinabrac a affirmé que les prix du vrac baisseraient."
        => [("Vinabrac", Organisation, Unknown, 1)];
    imprimeur_after_selon:
        "Selon l'imprimeur Typoflor, le papier manque depuis l'été."
        => [("Typoflor", Organisation, Unknown, 1)];
    #[ignore = "an adjective the tagger reads as a noun ('immobilier') between the trade noun and the name hides the name"]
    promoteur_subject:
        "Le promoteur immobilier Batirance a assuré que les logements seraient livrés."
        => [("Batirance", Organisation, Unknown, 1)];
    producteur_inverted:
        "« Le lait sera payé plus cher », a promis le producteur laitier Lactorvel."
        => [("Lactorvel", Organisation, Unknown, 1)];
    chocolatier_subject:
        "Le chocolatier Cacaurel a reconnu que les tablettes contenaient des traces d'arachide."
        => [("Cacaurel", Organisation, Unknown, 1)];
    industriel_subject:
        "L'industriel Métalvoix a indiqué que la fonderie fermerait."
        => [("Métalvoix", Organisation, Unknown, 1)];
    joaillier_after_selon:
        "Selon le joaillier Orlenne, les ventes de bagues ont doublé."
        => [("Orlenne", Organisation, Unknown, 1)];
    editeur_person:
        "L'éditeur Anselme Brocquevielle a affirmé que le roman serait réédité."
        => [("Anselme Brocquevielle", Person, Masculine, 1)];
    brasseur_person:
        "Le brasseur Mathis Kerbradec a expliqué que l'orge manquait."
        => [("Mathis Kerbradec", Person, Masculine, 1)];
    productrice_person:
        "La productrice Salomé Vidrequin a annoncé que le film sortirait en mai."
        => [("Salomé Vidrequin", Person, Feminine, 1)];
    editrice_person_inverted:
        "« Le livre est épuisé », a confié l'éditrice Ondine Tressabat."
        => [("Ondine Tressabat", Person, Feminine, 1)];
}

// Clubs named by their type word and a town or an adjective.
speaker_cases! {
    olympique_de_subject:
        "L'Olympique de Vaumarcy a annoncé que l'entraîneur restait."
        => [("Olympique de Vaumarcy", Organisation, Unknown, 1)];
    olympique_de_after_selon:
        "Selon l'Olympique de Saint-Véranne, le stade sera rénové."
        => [("Olympique de Saint-Véranne", Organisation, Unknown, 1)];
    olympique_de_inverted:
        "« Nous ferons appel », a annoncé l'Olympique de Brassenac."
        => [("Olympique de Brassenac", Organisation, Unknown, 1)];
    stade_adjective_after_selon:
        "Selon le Stade corlésien, le demi de mêlée est blessé."
        => [("Stade corlésien", Organisation, Unknown, 1)];
    racing_club_de_subject:
        "Le Racing Club de Mervignac a indiqué que le match serait rejoué."
        => [("Racing Club de Mervignac", Organisation, Unknown, 1)];
    union_sportive_de_inverted:
        "« Le club n'a rien à cacher », a affirmé l'Union sportive de Tréloc."
        => [("Union sportive de Tréloc", Organisation, Unknown, 1)];
}

// Fronts: a movement's name opened by "Front".
speaker_cases! {
    front_populaire_de_subject:
        "Le Front populaire de libération du Karvanistan a affirmé que la trêve était rompue."
        => [("Front populaire de libération du Karvanistan", Organisation, Unknown, 1)];
    front_after_selon:
        "Selon le Front patriotique de Malvénie, les élections sont truquées."
        => [("Front patriotique de Malvénie", Organisation, Unknown, 1)];
    front_uni_inverted:
        "« Nous ne déposerons pas les armes », a déclaré le Front uni du Sud-Ardalan."
        => [("Front uni du Sud-Ardalan", Organisation, Unknown, 1)];
    front_lowercase_article_mid_sentence:
        "Lundi, le Front démocratique ardalien a estimé que le scrutin devait être reporté."
        => [("Front démocratique ardalien", Organisation, Unknown, 1)];
}

// Institutions named by a place noun.
speaker_cases! {
    hopital_subject:
        "L'hôpital de Kerdavel a indiqué que deux blessés étaient sortis."
        => [("hôpital de Kerdavel", Organisation, Unknown, 1)];
    hopital_inverted:
        "« Les urgences sont saturées », a prévenu l'hôpital de Saint-Andrénac."
        => [("hôpital de Saint-Andrénac", Organisation, Unknown, 1)];
    hopital_after_selon:
        "Selon l'hôpital de Montbrézal, le patient est sorti du coma."
        => [("hôpital de Montbrézal", Organisation, Unknown, 1)];
    centre_hospitalier_subject:
        "Le centre hospitalier de Vaumoise a affirmé que la maternité resterait ouverte."
        => [("centre hospitalier de Vaumoise", Organisation, Unknown, 1)];
    mairie_subject:
        "La mairie de Castelbrunet a annoncé que le marché serait déplacé."
        => [("mairie de Castelbrunet", Organisation, Unknown, 1)];
    mairie_after_selon:
        "Selon la mairie de Trézellan, la fête est annulée."
        => [("mairie de Trézellan", Organisation, Unknown, 1)];
    ville_subject:
        "La ville de Montgoubert a affirmé que la piscine rouvrirait en juin."
        => [("ville de Montgoubert", Organisation, Unknown, 1)];
    ville_after_selon:
        "Selon la ville de Roquesalve, les travaux dureront un an."
        => [("ville de Roquesalve", Organisation, Unknown, 1)];
    ville_inverted:
        "« Le festival est annulé », a annoncé la ville de Bellencombe-sur-Aure."
        => [("ville de Bellencombe-sur-Aure", Organisation, Unknown, 1)];
    commune_subject:
        "La commune de Saint-Fréjoux a indiqué que l'école fermerait."
        => [("commune de Saint-Fréjoux", Organisation, Unknown, 1)];
    universite_subject:
        "L'université de Vaudrémont a indiqué que les examens seraient reportés."
        => [("université de Vaudrémont", Organisation, Unknown, 1)];
    prison_after_selon:
        "Selon la prison de Kervallec, aucun détenu ne s'est évadé."
        => [("prison de Kervallec", Organisation, Unknown, 1)];
    ville_then_elle:
        "La ville de Montgoubert a annoncé que la piscine fermerait. \
         « Les travaux dureront six mois », a-t-elle précisé."
        => [("ville de Montgoubert", Organisation, Unknown, 2)];
}

// A bare name opening the sentence, with a firm's noun in apposition.
speaker_cases! {
    name_then_laboratoire:
        "Optralis, le laboratoire allemand, a reconnu que l'essai avait échoué."
        => [("Optralis", Organisation, Unknown, 1)];
    name_then_start_up:
        "Gravélio, la start-up nantaise, a affirmé que ses batteries étaient sûres."
        => [("Gravélio", Organisation, Unknown, 1)];
    name_then_indefinite_pme:
        "Vendrelle, une PME de la Drôme, a indiqué que les commandes avaient doublé."
        => [("Vendrelle", Organisation, Unknown, 1)];
    name_then_fabricant_after_selon:
        "Selon Tixora, le fabricant de jouets, les ventes de Noël baissent."
        => [("Tixora", Organisation, Unknown, 1)];
    name_then_entreprise:
        "Marbrevent, l'entreprise familiale, a annoncé que la carrière serait vendue."
        => [("Marbrevent", Organisation, Unknown, 1)];
    name_then_compagnie:
        "Norcapel, la compagnie aérienne, a annoncé que les vols étaient annulés."
        => [("Norcapel", Organisation, Unknown, 1)];
    name_then_societe_de_conseil:
        "Sylvanor, une société de conseil, a estimé que la reprise serait lente."
        => [("Sylvanor", Organisation, Unknown, 1)];
    name_then_groupe_inverted:
        "« Nous ne céderons rien », a prévenu Kapterra, le groupe minier."
        => [("Kapterra", Organisation, Unknown, 1)];
    name_then_editeur:
        "Lectoria, l'éditeur bordelais, a annoncé que le prix du livre augmenterait."
        => [("Lectoria", Organisation, Unknown, 1)];
    full_name_then_founder_stays_person:
        "Ambroisine Velcourt, la fondatrice du laboratoire, a affirmé que l'essai reprendrait."
        => [("Ambroisine Velcourt", Person, Feminine, 1)];
}

// Foreign bodies after an article, named in their own language.
speaker_cases! {
    guardia_civil_subject:
        "La Guardia Civil a indiqué que trois suspects avaient été arrêtés."
        => [("Guardia Civil", Organisation, Unknown, 1)];
    bundeswehr_after_selon:
        "Selon la Bundeswehr, les exercices dureront deux semaines."
        => [("Bundeswehr", Organisation, Unknown, 1)];
    mossad_inverted:
        "« L'opération est terminée », a affirmé le Mossad."
        => [("Mossad", Organisation, Unknown, 1)];
    generalitat_subject:
        "La Generalitat a estimé que le référendum était légal."
        => [("Generalitat", Organisation, Unknown, 1)];
    bundeskartellamt_after_selon:
        "Selon le Bundeskartellamt, la fusion fausserait la concurrence."
        => [("Bundeskartellamt", Organisation, Unknown, 1)];
    carabinieri_subject:
        "Les Carabinieri ont indiqué que le tableau avait été retrouvé."
        => [("Carabinieri", Organisation, Unknown, 1)];
    shin_bet_inverted:
        "« La menace est sérieuse », a prévenu le Shin Bet."
        => [("Shin Bet", Organisation, Unknown, 1)];
    gendarmerie_royale_mid_sentence:
        "Mardi, la Gendarmerie royale a affirmé que la frontière était fermée."
        => [("Gendarmerie royale", Organisation, Unknown, 1)];
}

// An adjective between an organisation noun and its name.
speaker_cases! {
    parti_ecologiste_subject:
        "Le parti écologiste Terre Vivace a estimé que la centrale devait fermer."
        => [("Terre Vivace", Organisation, Unknown, 1)];
    syndicat_agricole_after_selon:
        "Selon le syndicat agricole Sillons Unis, la récolte sera mauvaise."
        => [("Sillons Unis", Organisation, Unknown, 1)];
    association_humanitaire_inverted:
        "« Les vivres manquent », a alerté l'association humanitaire Main Tendue."
        => [("Main Tendue", Organisation, Unknown, 1)];
    mouvement_citoyen_subject:
        "Le mouvement citoyen Aube Nouvelle a affirmé que la pétition avait réuni 20 000 signatures."
        => [("Aube Nouvelle", Organisation, Unknown, 1)];
    ong_environnementale_after_selon:
        "Selon l'ONG environnementale Racines Claires, la rivière est polluée."
        => [("Racines Claires", Organisation, Unknown, 1)];
    collectif_feministe_subject:
        "Le collectif féministe Voix Égales a dénoncé que les plaintes étaient classées."
        => [("Voix Égales", Organisation, Unknown, 1)];
}

// Surnames that are also title or role nouns, and honorifics before them.
speaker_cases! {
    surname_juge:
        "Bénédicte Juge a affirmé que le dossier était complet."
        => [("Bénédicte Juge", Person, Unknown, 1)];
    surname_marchand_after_selon:
        "Selon Paulin Marchand, le marché couvert rouvrira en mai."
        => [("Paulin Marchand", Person, Unknown, 1)];
    surname_pasteur_inverted:
        "« La paroisse survivra », a assuré Firmin Pasteur."
        => [("Firmin Pasteur", Person, Unknown, 1)];
    surname_prince_after_honorific:
        "M. Prince a indiqué que la digue avait cédé."
        => [("Prince", Person, Masculine, 1)];
    surname_notaire:
        "Gisèle Notaire a estimé que la vente était valable."
        => [("Gisèle Notaire", Person, Unknown, 1)];
    surname_chevalier_after_honorific:
        "Selon Mme Chevalier, le conseil votera jeudi."
        => [("Chevalier", Person, Feminine, 1)];
    surname_boucher:
        "Léandre Boucher a affirmé que la boucherie fermerait."
        => [("Léandre Boucher", Person, Unknown, 1)];
    surname_maire:
        "Norbert Maire a jugé que la route était dangereuse."
        => [("Norbert Maire", Person, Unknown, 1)];
    surname_docteur:
        "Rosalie Docteur a expliqué que la clinique manquait de lits."
        => [("Rosalie Docteur", Person, Unknown, 1)];
    surname_duc_feminine_participle:
        "Apolline Duc est arrivée en retard et a expliqué que le train était bloqué."
        => [("Apolline Duc", Person, Feminine, 1)];
}

// Particles inside a name.
speaker_cases! {
    van_der:
        "Pieter van der Hoeksma a affirmé que la digue tiendrait."
        => [("Pieter van der Hoeksma", Person, Unknown, 1)];
    van_den_after_selon:
        "Selon Joost van den Brouckere, les polders sont inondés."
        => [("Joost van den Brouckere", Person, Unknown, 1)];
    von_inverted:
        "« Le contrat est signé », a annoncé Friedrich von Altendorf."
        => [("Friedrich von Altendorf", Person, Unknown, 1)];
    da_portuguese:
        "Joaquim da Silveira Brandão a estimé que la récolte était sauvée."
        => [("Joaquim da Silveira Brandão", Person, Unknown, 1)];
    del_spanish_after_selon:
        "Selon Inés del Valle Ortuño, le barrage est plein."
        => [("Inés del Valle Ortuño", Person, Unknown, 1)];
    de_la_french:
        "Hortense de La Vernède a indiqué que le château serait vendu."
        => [("Hortense de La Vernède", Person, Unknown, 1)];
    van_der_then_surname:
        "Pieter van der Hoeksma a affirmé que la digue tiendrait. \
         Van der Hoeksma a ajouté que les pompes fonctionnaient."
        => [("Pieter van der Hoeksma", Person, Unknown, 2)];
    ben_arabic:
        "Selon Karim ben Saïdane, le port sera agrandi."
        => [("Karim ben Saïdane", Person, Unknown, 1)];
}

// Gender cues from agreeing participles and adjectives.
speaker_cases! {
    s_est_dite_with_a_fragment:
        "Corisande Malaret s'est dite « choquée » par la décision."
        => [("Corisande Malaret", Person, Feminine, 1)];
    s_est_dit_with_a_fragment:
        "Évrard Casteljaloux s'est dit « scandalisé » par le verdict."
        => [("Évrard Casteljaloux", Person, Masculine, 1)];
    s_est_felicitee_inverted:
        "« Nous avons gagné », s'est félicitée Maëlys Ternisien."
        => [("Maëlys Ternisien", Person, Feminine, 1)];
    s_est_felicite_inverted:
        "« C'est un succès », s'est félicité Aymeric Bourdalès."
        => [("Aymeric Bourdalès", Person, Masculine, 1)];
    s_est_exclamee_inverted:
        "« Quelle surprise ! », s'est exclamée Bertille Fontarabie."
        => [("Bertille Fontarabie", Person, Feminine, 1)];
    jointe_par_telephone:
        "Jointe par téléphone, Domitille Vassas a affirmé que la ferme était sauvée."
        => [("Domitille Vassas", Person, Feminine, 1)];
    joint_par_telephone:
        "Joint par téléphone, Anicet Drouvé a affirmé que le refuge était plein."
        => [("Anicet Drouvé", Person, Masculine, 1)];
    name_interrogee_par:
        "Jacinthe Montrevel, interrogée par la radio, a estimé que la grève était justifiée."
        => [("Jacinthe Montrevel", Person, Feminine, 1)];
    epicene_name_interroge_par:
        "Claude Ferrandou, interrogé par nos confrères, a reconnu que le chantier avait du retard."
        => [("Claude Ferrandou", Person, Masculine, 1)];
    epicene_name_contactee:
        "Dominique Astruc-Vidal, contactée par notre rédaction, a confirmé que le magasin fermait."
        => [("Dominique Astruc-Vidal", Person, Feminine, 1)];
    un_proche_de_la_famille:
        "Un proche de la famille a affirmé que la victime était menacée."
        => [("Un proche de la famille", Anonymous, Masculine, 1)];
    une_proche_du_ministre:
        "Une proche du ministre a indiqué que la démission était prête."
        => [("Une proche du ministre", Anonymous, Feminine, 1)];
    #[ignore = "a fronted adjective or bare participle ('Émue,', 'Interrogée,') gives no cue"]
    visiblement_emu:
        "Visiblement ému, Basile Tardivat a raconté que sa grange avait brûlé."
        => [("Basile Tardivat", Person, Masculine, 1)];
    #[ignore = "a fronted adjective or bare participle ('Émue,', 'Interrogée,') gives no cue"]
    emue_fronted:
        "Émue, Ysoline Garric a raconté que sa maison avait été inondée."
        => [("Ysoline Garric", Person, Feminine, 1)];
    interrogee_alone_epicene:
        "Interrogée, Sacha Lemerdy a répondu que le concert aurait lieu."
        => [("Sacha Lemerdy", Person, Feminine, 1)];
    est_partie_then_pronoun:
        "Camille Ordonneau est partie tôt. « Je reviendrai », a-t-elle promis."
        => [("Camille Ordonneau", Person, Feminine, 1)];
}

// Epicene first names: a cue when the text gives one, unknown otherwise.
speaker_cases! {
    epicene_no_cue:
        "Camille Vaudrey a affirmé que le pont était fragile."
        => [("Camille Vaudrey", Person, Unknown, 1)];
    epicene_no_cue_after_selon:
        "Selon Dominique Arbellot, la forêt brûle depuis trois jours."
        => [("Dominique Arbellot", Person, Unknown, 1)];
    epicene_no_cue_inverted:
        "« Le vote aura lieu », a assuré Alix Durbessac."
        => [("Alix Durbessac", Person, Unknown, 1)];
    epicene_with_feminine_apposition:
        "Sacha Belvédrine, la directrice du port, a estimé que les quais étaient trop étroits."
        => [("Sacha Belvédrine", Person, Feminine, 1)];
    epicene_with_masculine_pronoun:
        "Claude Rimbaldi a rencontré les élus. Il a expliqué que le budget serait voté."
        => [("Claude Rimbaldi", Person, Masculine, 1)];
    epicene_with_feminine_title_before:
        "L'avocate Maxime Portalès a estimé que la peine était trop lourde."
        => [("Maxime Portalès", Person, Feminine, 1)];
    epicene_with_masculine_honorific:
        "M. Andréa Bellomonte a indiqué que le navire était à quai."
        => [("Andréa Bellomonte", Person, Masculine, 1)];
    epicene_participle_after_etre:
        "Yannick Morsalines est restée prudente et a affirmé que rien n'était joué."
        => [("Yannick Morsalines", Person, Feminine, 1)];
}

// Pronouns after an organisation phrase with a complement: the head decides.
speaker_cases! {
    #[ignore = "'elle' after 'la direction de la SNCF' joins 'SNCF', not the phrase's head"]
    direction_de_la_sncf_then_elle:
        "La direction de la SNCF a annoncé que les trains circuleraient. \
         « Le trafic sera normal », a-t-elle précisé."
        => [("direction de la SNCF", Organisation, Unknown, 2)];
    direction_du_groupe_then_elle:
        "La direction du groupe Vendravel a indiqué que l'usine fermerait. \
         Selon elle, les salariés seront reclassés."
        => [("direction du groupe Vendravel", Organisation, Unknown, 2)];
    le_conseil_de_la_federation_then_il:
        "Le conseil d'administration de la fédération a estimé que la saison était compromise. \
         « Aucun match ne sera joué », a-t-il ajouté."
        => [("conseil d'administration de la fédération", Organisation, Unknown, 2)];
    porte_parole_de_la_police_then_elle:
        "La porte-parole de la police a indiqué que deux hommes étaient recherchés. \
         « Ils sont dangereux », a-t-elle ajouté."
        => [("La porte-parole de la police", Anonymous, Feminine, 2)];
}

// Anonymous roles, definite and indefinite; an unnamed office-holder is
// anonymous.
speaker_cases! {
    ministre_de_l_education:
        "La ministre de l'Éducation a assuré qu'aucune classe ne fermerait."
        => [("La ministre de l'Éducation", Anonymous, Feminine, 1)];
    juge_des_enfants:
        "Le juge des enfants a estimé que le mineur devait être placé."
        => [("Le juge des enfants", Anonymous, Masculine, 1)];
    le_procureur_inverted:
        "« L'enquête sera longue », a prévenu le procureur de Valcombrier."
        => [("le procureur de Valcombrier", Anonymous, Masculine, 1)];
    un_enqueteur_after_selon:
        "Selon un enquêteur, le suspect a tout avoué."
        => [("un enquêteur", Anonymous, Masculine, 1)];
    une_infirmiere:
        "Une infirmière a raconté que le service manquait de bras."
        => [("Une infirmière", Anonymous, Feminine, 1)];
    // "témoin" is masculine whatever the witness's sex: no cue (session
    // 19, tests/speaker_gender_fixed_nouns.rs).
    un_temoin_inverted:
        "« J'ai vu la voiture accélérer », a raconté un témoin."
        => [("un témoin", Anonymous, Unknown, 1)];
    la_maire_feminine:
        "La maire a annoncé que la cantine serait gratuite."
        => [("La maire", Anonymous, Feminine, 1)];
    un_porte_parole_du_ministere:
        "Un porte-parole du ministère a affirmé que les fonds étaient versés."
        => [("Un porte-parole du ministère", Anonymous, Masculine, 1)];
    la_presidente_du_tribunal_after_selon:
        "Selon la présidente du tribunal, l'audience est reportée."
        => [("la présidente du tribunal", Anonymous, Feminine, 1)];
    des_temoins:
        "Des témoins ont affirmé que le conducteur roulait vite."
        => [("Des témoins", Anonymous, Unknown, 1)];
    le_directeur_de_l_ecole:
        "Le directeur de l'école a indiqué que les cours reprendraient lundi."
        => [("Le directeur de l'école", Anonymous, Masculine, 1)];
    une_source_judiciaire_after_selon:
        "Selon une source judiciaire, le juge a été dessaisi."
        => [("une source judiciaire", Anonymous, Unknown, 1)];
}

// Entity links across sentences with the classes above.
speaker_cases! {
    #[ignore = "'les Établissements X' is read as a group of people"]
    etablissements_then_bare_name:
        "Les Établissements Mourguet ont annoncé que la scierie embaucherait. \
         Selon Mourguet, dix postes sont ouverts."
        => [("Établissements Mourguet", Organisation, Unknown, 2)];
    company_form_then_bare_name:
        "Corvalène SA a annoncé que l'usine fermerait. Corvalène a ajouté que les salariés seraient reclassés."
        => [("Corvalène SA", Organisation, Unknown, 2)];
    hopital_then_bare_noun:
        "L'hôpital de Kerdavel a indiqué que deux blessés étaient sortis. \
         Selon l'hôpital, un troisième reste en réanimation."
        => [("hôpital de Kerdavel", Organisation, Unknown, 2)];
    editeur_then_bare_name:
        "L'éditeur Plumevive a annoncé que le roman serait réédité. \
         « Le tirage sera de 10 000 exemplaires », a précisé Plumevive."
        => [("Plumevive", Organisation, Unknown, 2)];
    #[ignore = "a surname that is also a title or role noun is cut off or read as a role"]
    surname_title_then_surname_alone:
        "Bénédicte Juge a affirmé que le dossier était complet. \
         Mme Juge a ajouté que l'audience aurait lieu en mars."
        => [("Bénédicte Juge", Person, Feminine, 2)];
    olympique_then_club:
        "L'Olympique de Vaumarcy a annoncé que l'entraîneur restait. \
         Selon le club, le contrat est prolongé."
        => [("Olympique de Vaumarcy", Organisation, Unknown, 2)];
    front_then_il:
        "Le Front patriotique de Malvénie a affirmé que le scrutin était truqué. \
         « Nous boycotterons », a-t-il ajouté."
        => [("Front patriotique de Malvénie", Organisation, Unknown, 2)];
    #[ignore = "an adjective the tagger reads as a noun between an organisation noun and its name stays in the name"]
    party_with_adjective_then_name_alone:
        "Le parti écologiste Terre Vivace a estimé que la centrale devait fermer. \
         Selon Terre Vivace, le réacteur est trop vieux."
        => [("Terre Vivace", Organisation, Unknown, 2)];
    two_persons_of_one_surname_title:
        "Bénédicte Juge a affirmé que le dossier était complet. \
         Armand Juge a répondu que des pièces manquaient."
        => [("Bénédicte Juge", Person, Unknown, 1), ("Armand Juge", Person, Unknown, 1)];
    #[ignore = "'Elle' as a subject outside a quote does not link to the organisation of the sentence before"]
    company_apposition_then_elle:
        "Gravélio, la start-up nantaise, a affirmé que ses batteries étaient sûres. \
         Elle assure que les tests ont été concluants."
        => [("Gravélio", Organisation, Unknown, 2)];
}
