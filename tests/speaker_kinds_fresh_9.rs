//! An eleventh constructed set for speaker entities (issue 15, session 13),
//! written before looking at the output of main 68ab538, to estimate how the
//! KIND and GENDER CUE rules carry over to names no lexicon lists. Issue 15
//! measured kind accuracy 100 on the tuned Wikinews articles and 84.0 on the
//! unseen ones: the rules had learnt names. Here: real firms, NGOs, unions,
//! clubs and agencies absent from `src/lexicons/` (checked with grep when
//! written: Eiffage, Nexity, Keolis, Handicap International, Action contre
//! la faim, SOS Méditerranée, Global Witness, FSU, CFE-CGC, Solidaires,
//! Limoges CSP, ANSM…), courts and prosecutors, embassies, prefectures,
//! town halls and regional agencies, governments named by their capital,
//! names with an organisation's morphology ("Groupe X", "Fondation X",
//! "X SAS", "Association des …", "Collectif des …", a mixed-case acronym),
//! anonymous sources with and without a gender cue, persons with rare
//! foreign names, and gender cues from agreement ("s'est dite", "réélue",
//! "interrogée", "a-t-elle", "la porte-parole"), including a masculine role
//! noun ("le maire") contradicted by a feminine agreement: its grammatical
//! gender must not win, the entity's cues disagree, so its cue is unknown.
//!
//! Conventions as in `speaker_kinds_fresh_7.rs`: an unnamed speaker is
//! anonymous, named with its article as written, its cue from its article
//! when the head is a person noun ("un proche", "une habitante"); a first
//! name is never a gender cue; an organisation has no gender cue and is
//! named without its article, a place in the "de" complement of an
//! institution's noun is not its name; a government named by its capital is
//! an organisation. Every invented person appears nowhere else in the
//! repository (checked with grep when written). Rows are (canonical name,
//! kind, gender cue, quotes linked to the entity), in order of first quote.
//!
//! Scored once before any rule change: 49 cases, 38 passed (77.6 %) on main
//! 68ab538, 2026-12-01 12:58 UTC. The 11 failures are marked `#[ignore]`
//! with what went wrong: an organisation's name made of common, foreign or
//! acronym words read as a person ("Handicap International", "Global
//! Witness", "SOS Méditerranée", "Action contre la faim") (4), a bare
//! one-word firm read as a person ("Eiffage", "Nexity") (2), a name with an
//! acronym after a lowercase "le" read as a person with its article ("le
//! Limoges CSP", "le SNUipp-FSU") (2), a masculine role noun's article
//! winning over a feminine agreement (2), an apposed "réélue" giving no cue
//! (1). A rule lifts an ignore only when its construction is also found in
//! data other than this set (three times, two sources). After session 13's
//! rules (a participle's "-ue" and an apposition's closing comma read as
//! agreement, a title and an agreement that disagree giving no cue, an
//! acronym inside a name making it an organisation's): 49 of 55 with 6
//! rule cases, 6 ignored (docs/known-gaps.md). Late round (held-out set
//! 13's miss): 7 cases for a participle or adjective in apposition after
//! an incise's inverted subject, 3 of 7 first (9a33f0d), 7 of 7 with the
//! rule; the file 56 of 62, 6 ignored.

#[macro_use]
mod support;

// Firms, NGOs, unions, clubs and agencies no lexicon lists.
speaker_cases! {
    #[ignore = "a bare one-word name no lexicon lists is read as a person"]
    firm_bare_subject:
        "Eiffage a annoncé que le chantier serait livré en juin."
        => [("Eiffage", Organisation, Unknown, 1)];
    #[ignore = "a bare one-word name no lexicon lists is read as a person"]
    firm_bare_after_selon:
        "Selon Nexity, les ventes de logements neufs ont reculé de 20 %."
        => [("Nexity", Organisation, Unknown, 1)];
    firm_with_apposed_operator:
        "Keolis, l'exploitant du réseau, a assuré que les bus circuleraient normalement."
        => [("Keolis", Organisation, Unknown, 1)];
    #[ignore = "an organisation's name made of common, foreign or acronym words is read as a person"]
    ngo_international_subject:
        "Handicap International a affirmé que les bombardements visaient des écoles."
        => [("Handicap International", Organisation, Unknown, 1)];
    #[ignore = "an organisation's name made of common, foreign or acronym words is read as a person"]
    ngo_common_words_after_selon:
        "Selon Action contre la faim, deux millions de personnes manquent de nourriture."
        => [("Action contre la faim", Organisation, Unknown, 1)];
    ngo_inverted:
        "« Le navire attend toujours un port », a indiqué SOS Méditerranée."
        => [("SOS Méditerranée", Organisation, Unknown, 1)];
    #[ignore = "an organisation's name made of common, foreign or acronym words is read as a person"]
    ngo_english_name:
        "Global Witness a affirmé que les mines finançaient la guerre."
        => [("Global Witness", Organisation, Unknown, 1)];
    union_acronym_with_article:
        "La FSU a prévenu que les enseignants feraient grève jeudi."
        => [("FSU", Organisation, Unknown, 1)];
    union_hyphenated_acronym_after_selon:
        "Selon la CFE-CGC, les cadres refusent le forfait en jours."
        => [("CFE-CGC", Organisation, Unknown, 1)];
    union_after_type_words:
        "Selon l'union syndicale Solidaires, la grève est reconduite."
        => [("Solidaires", Organisation, Unknown, 1)];
    police_union_after_syndicat:
        "« Les collègues sont épuisés », a déclaré le syndicat Alliance Police nationale."
        => [("Alliance Police nationale", Organisation, Unknown, 1)];
    club_town_and_acronym:
        "Le Limoges CSP a annoncé que son meneur était blessé."
        => [("Limoges CSP", Organisation, Unknown, 1)];
    agency_acronym_elided:
        "L'ANSM a indiqué que le médicament serait retiré des pharmacies."
        => [("ANSM", Organisation, Unknown, 1)];
    mixed_case_union_acronym:
        "Le SNUipp-FSU a affirmé que mille postes manquaient à la rentrée."
        => [("SNUipp-FSU", Organisation, Unknown, 1)];
    // Added with the rule (session 13): an acronym inside a name makes it
    // an organisation's (tuned data: Sequoia train and GSD dev "FIBA
    // Europe", "BBC World News", "NAC Breda", "Dijon FCO", "MJC Nomade",
    // "SAI Ambrosini"…; held-out sets "ARS Bretagne", "FO Santé", "Paris
    // FC", "US Concarneau"; Wikinews "BNP Paribas Fortis"); a Roman
    // numeral or an outlet before a person's name does not.
    regional_agency_with_inner_acronym:
        "Selon l'ARS Normandie, trois lits ont été fermés."
        => [("ARS Normandie", Organisation, Unknown, 1)];
    control_roman_numeral_person:
        "Selon Boniface VIII, la paix était possible."
        => [("Boniface VIII", Person, Unknown, 1)];
    control_outlet_acronym_before_person:
        "« Rien n'est décidé », a déclaré à RTL Gwenaël Trémarec."
        => [("Gwenaël Trémarec", Person, Unknown, 1)];
}

// Courts, prosecutors, embassies, prefectures, town halls, agencies, capitals.
speaker_cases! {
    labour_court:
        "Le conseil de prud'hommes de Roubaix a estimé que le licenciement était abusif."
        => [("conseil de prud'hommes de Roubaix", Organisation, Unknown, 1)];
    judicial_court_after_selon:
        "Selon le tribunal judiciaire de Nanterre, la plainte est recevable."
        => [("tribunal judiciaire de Nanterre", Organisation, Unknown, 1)];
    prosecutor_inverted:
        "« L'enquête se poursuit », a indiqué le parquet de Lyon."
        => [("parquet de Lyon", Organisation, Unknown, 1)];
    supreme_court_capitalised:
        "La Cour de cassation a jugé que la clause était nulle."
        => [("Cour de cassation", Organisation, Unknown, 1)];
    embassy_after_selon:
        "Selon l'ambassade de France, les ressortissants sont en sécurité."
        => [("ambassade de France", Organisation, Unknown, 1)];
    prefecture_after_selon:
        "Selon la préfecture du Finistère, trois routes sont coupées."
        => [("préfecture du Finistère", Organisation, Unknown, 1)];
    town_hall_fait_savoir:
        "La mairie de Quimper a fait savoir que la piscine resterait fermée."
        => [("mairie de Quimper", Organisation, Unknown, 1)];
    regional_health_agency:
        "L'agence régionale de santé d'Occitanie a affirmé que l'épidémie reculait."
        => [("agence régionale de santé d'Occitanie", Organisation, Unknown, 1)];
    capital_replied:
        "Canberra a répondu que les négociations continueraient."
        => [("Canberra", Organisation, Unknown, 1)];
    capital_present_tense_inverted:
        "« C'est une provocation », dénonce Pékin."
        => [("Pékin", Organisation, Unknown, 1)];
}

// Names with an organisation's morphology.
speaker_cases! {
    groupe_capitalised:
        "Le Groupe Vallorcine a annoncé que l'usine serait vendue."
        => [("Groupe Vallorcine", Organisation, Unknown, 1)];
    fondation_after_selon:
        "Selon la Fondation Brissaguet, un enfant sur cinq vit sous le seuil de pauvreté."
        => [("Fondation Brissaguet", Organisation, Unknown, 1)];
    legal_form_sas:
        "Trévalis SAS a affirmé que les salariés seraient reclassés."
        => [("Trévalis SAS", Organisation, Unknown, 1)];
    association_des:
        "L'Association des riverains du Pont-Neuf a estimé que le bruit était insupportable."
        => [("Association des riverains du Pont-Neuf", Organisation, Unknown, 1)];
    collectif_inverted:
        "« Nous voulons des régularisations », a lancé le Collectif des sans-papiers de Montreuil."
        => [("Collectif des sans-papiers de Montreuil", Organisation, Unknown, 1)];
}

// Anonymous sources.
speaker_cases! {
    un_proche_du_dossier:
        "Selon un proche du dossier, la vente sera signée lundi."
        => [("un proche du dossier", Anonymous, Masculine, 1)];
    une_habitante_inverted:
        "« Il y a eu une explosion », raconte une habitante du quartier."
        => [("une habitante du quartier", Anonymous, Feminine, 1)];
    plusieurs_riverains:
        "Plusieurs riverains ont assuré que l'eau était montée en dix minutes."
        => [("Plusieurs riverains", Anonymous, Unknown, 1)];
    source_judiciaire:
        "Une source judiciaire a précisé que le suspect avait avoué."
        => [("Une source judiciaire", Anonymous, Unknown, 1)];
    un_proche_interroge:
        "Un proche de la ministre, interrogé par l'AFP, a affirmé qu'elle ne démissionnerait pas."
        => [("Un proche de la ministre", Anonymous, Masculine, 1)];
}

// Persons with rare foreign names.
speaker_cases! {
    yoruba_hyphenated:
        "Oluwaseun Adebayo-Okafor a affirmé que les élections seraient reportées."
        => [("Oluwaseun Adebayo-Okafor", Person, Unknown, 1)];
    mongolian_after_selon:
        "Selon Batbayar Tsedendamba, la frontière restera fermée."
        => [("Batbayar Tsedendamba", Person, Unknown, 1)];
    maori_particle_inverted:
        "« Nous ne partirons pas », a affirmé Kiri Te Whakarongo."
        => [("Kiri Te Whakarongo", Person, Unknown, 1)];
    south_african_with_apposed_participle:
        "Thabo Ndlovu-Sithebe, interrogé par la radio, a estimé que la grève durerait."
        => [("Thabo Ndlovu-Sithebe", Person, Masculine, 1)];
    russian_after_selon:
        "Selon Ruslan Abdulkhakimov, les troupes se sont retirées."
        => [("Ruslan Abdulkhakimov", Person, Unknown, 1)];
}

// Gender cues from agreement.
speaker_cases! {
    reflexive_dite:
        "Yasmina Ouldkhettab s'est dite « soulagée » par la décision."
        => [("Yasmina Ouldkhettab", Person, Feminine, 1)];
    reflexive_dit_epicene_name:
        "Claude Verbrugghe s'est dit « surpris » par le verdict."
        => [("Claude Verbrugghe", Person, Masculine, 1)];
    apposed_reelue:
        "Dominique Haldenwang, réélue dimanche, a promis que les impôts baisseraient."
        => [("Dominique Haldenwang", Person, Feminine, 1)];
    apposed_interrogee_by_outlet:
        "Claude Merbouche, interrogée par Ouest-France, a estimé que le port fermerait."
        => [("Claude Merbouche", Person, Feminine, 1)];
    a_t_elle_after_arrivee:
        "Sacha Turbelin est rentrée chez elle lundi. « Tout est détruit », a-t-elle raconté."
        => [("Sacha Turbelin", Person, Feminine, 1)];
    la_porte_parole_apposed:
        "La porte-parole du gouvernement, Camille Ardouvel, a assuré que la réforme passerait."
        => [("Camille Ardouvel", Person, Feminine, 1)];
    la_ministre_reflexive:
        "La ministre de la Culture s'est dite « très inquiète »."
        => [("La ministre de la Culture", Anonymous, Feminine, 1)];
    masculine_role_noun_feminine_agreement:
        "Le maire de Plestin, Anne Lestrohan, réélue en mars, a affirmé que le budget serait tenu."
        => [("Anne Lestrohan", Person, Unknown, 1)];
    #[ignore = "a masculine role noun's article wins over a feminine agreement"]
    masculine_role_noun_then_a_t_elle:
        "Le maire, Josiane Kerjégu, a affirmé que l'école resterait ouverte. \
         « Nous trouverons l'argent », a-t-elle ajouté."
        => [("Josiane Kerjégu", Person, Unknown, 2)];
    // Added with the rule (session 13): a participle's feminine "-ue" the
    // treebanks lack gives its cue after être, a reflexive or in apposition
    // closed by a comma or a date, as it did fronted (tuned data: fr-litbank
    // "madame François était revenue", "elle était descendue", "La petite
    // Fontanelle demeurait isolée, éperdue"; Sequoia train "Louise-Yvonne
    // Casetta, …, a été reconnue coupable", "la veuve de Théophile Maupas,
    // soutenue par"; held-out sets "s'est rendue", "était attendue", "a été
    // réélue"); a title and an agreement that disagree give no cue.
    apposed_participle_closed_by_comma:
        "Alix Dumontreuil, éperdue, a raconté que l'eau montait."
        => [("Alix Dumontreuil", Person, Feminine, 1)];
    apposed_participle_after_selon_source:
        "Selon Alix Dumontreuil, réélue dimanche, la dette baissera."
        => [("Alix Dumontreuil", Person, Feminine, 1)];
    masculine_title_reflexive_feminine:
        "Le ministre de la Santé, Agnès Kerbriand, s'est dite « choquée »."
        => [("Agnès Kerbriand", Person, Unknown, 1)];
    interrogee_fronted_then_role:
        "Interrogée par la radio, Morgane Tournadre a estimé que la saison était perdue."
        => [("Morgane Tournadre", Person, Feminine, 1)];
}

// Added in session 13's late round, before the rule: a participle or
// adjective in apposition after an incise's inverted subject, an adverb
// before it or not ("a déclaré X, visiblement émue", "fit le vieux,
// mécontent"), agrees with the subject as it does after a preverbal name;
// a phrase that is no participle ("encore sous le choc") and a participle
// after a complement of its own ("devant la mairie, fermée") give none.
speaker_cases! {
    inverted_apposed_adverb_participle:
        "« Je n'y croyais plus », a déclaré Maëlys Tardivon, visiblement émue."
        => [("Maëlys Tardivon", Person, Feminine, 1)];
    inverted_apposed_participle_bare:
        "« Nous avons tout perdu », a raconté Dominique Escarguel, bouleversée."
        => [("Dominique Escarguel", Person, Feminine, 1)];
    inverted_apposed_tres_masculine:
        "« C'est une victoire collective », a réagi Claude Ferrachat, très ému."
        => [("Claude Ferrachat", Person, Masculine, 1)];
    inverted_apposed_adverb_adjective:
        "« Ce n'est pas acceptable », a répondu Sacha Mondoloni, manifestement furieuse."
        => [("Sacha Mondoloni", Person, Feminine, 1)];
    inverted_apposed_inside_quote:
        "« Nous reviendrons, a promis Camille Lestelle, très émue, dès que possible. »"
        => [("Camille Lestelle", Person, Feminine, 1)];
    inverted_apposed_prepositional_phrase_no_cue:
        "« On a entendu un grand bruit », raconte Camille Delorne-Riva, encore sous le choc."
        => [("Camille Delorne-Riva", Person, Unknown, 1)];
    inverted_participle_after_complement_no_cue:
        "« On ne nous dit rien », a déclaré Dominique Fourastier devant la mairie, fermée depuis lundi."
        => [("Dominique Fourastier", Person, Unknown, 1)];
}
