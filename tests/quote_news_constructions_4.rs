//! An eighth batch of constructed news sentences for reported speech (issue
//! 14, session 8), written before any rule of the session was changed and
//! scored once as written: that first score is the honest estimate of how
//! the rules meet news they were not tuned on. It spreads widely over the
//! constructions of wire copy: tenses and moods of the speech verb (futur,
//! conditionnel, plus-que-parfait, passé simple), inverted subjects,
//! appositions and parentheses on the subject, fronted adverbials ("Lundi,
//! sur RTL, …"), modal and aspect verbs before the speech verb ("a tenu à
//! préciser que", "a fini par admettre que", "n'a pas manqué de souligner
//! que"), negations beside litotes, coordinated clauses (", tandis que X
//! affirme que", "a estimé que … et a ordonné …"), "Comme l'a rappelé X,",
//! selon / d'après with outlets and sources anywhere, "a-t-on appris de
//! source judiciaire", quotes in “ ” with an incise, a fragment before the
//! object ("X juge « inacceptable » la décision"), headlines, sources that
//! are documents, bodies and places, and 22 speech-free look-alikes (titles
//! in « » before "raconte" or "a été reprise", "le texte prévoit que",
//! "Pour la première fois,", list items). It takes up README's known gaps
//! and the misses of session 7's held-out set, in new sentences of our own.
//! Expected values follow ../shared/eval/GUIDELINES.md and the conventions
//! of the earlier sets, not the code's output. The invented names are found
//! nowhere else in the repository; none is copied from a data file. `cargo
//! test --test quote_news_constructions_4 -- --nocapture` prints the pass
//! rate by construction; the table format is described in
//! tests/support/constructions.rs (a failing case is marked `gap`: the
//! table checks it still fails).
//!
//! First score, before any rule changed (on a202e9e, 2026-11-30 18:38 UTC):
//! 85 of 141 cases (60.3 %); the 56 failing cases were then marked `gap`.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "tenses and moods of the speech verb",
        r"
Le ministre des Finances annoncera jeudi que le déficit sera ramené à 4 %. => le déficit sera ramené à 4 % | ministre | verb-que
La directrice du musée précisera demain que les collections seront déplacées. => les collections seront déplacées | directrice | verb-que
Le sénateur Aurélien Trémoulac aurait reconnu devant les enquêteurs qu'il connaissait la victime. => il connaissait la victime | Trémoulac | verb-que
La fédération avait assuré en mars que le championnat reprendrait en mai. => le championnat reprendrait en mai | fédération | verb-que
Le préfet avait prévenu que les contrôles seraient renforcés. => les contrôles seraient renforcés | préfet | verb-que
Le général Hippolyte Carbonnel déclara que la ville ne se rendrait pas. => la ville ne se rendrait pas | Carbonnel | verb-que
La reine répondit qu'elle ne recevrait personne. => elle ne recevrait personne | reine | verb-que
« Nous ne céderons pas », répétera la présidente de la région. => Nous ne céderons pas | présidente | incise
Le club aurait indiqué à ses joueurs que les salaires seraient versés en retard. => les salaires seraient versés en retard | club | verb-que
La présidente du tribunal avait déclaré : « Le dossier est clos. » => Le dossier est clos. | présidente | verb-colon
",
    ),
    (
        "inverted subjects",
        r"
« La saison est terminée », a annoncé lundi le président du club, Gaspard Ollivry. => La saison est terminée | Ollivry | incise
Le site sera dépollué d'ici 2028, assure la directrice de l'usine. => Le site sera dépollué d'ici 2028 | directrice | incise
« C'est un vrai soulagement », confie Mireille Esquirol, 67 ans, retraitée à Gaillac. => C'est un vrai soulagement | Esquirol | incise
Les négociations reprendront mardi, ont fait savoir les deux syndicats. => Les négociations reprendront mardi | syndicats | incise
« Personne ne nous a prévenus », racontent des passagers du TGV bloqué. => Personne ne nous a prévenus | passagers | incise
« Nous étions au courant depuis des mois », a reconnu, lundi soir, l'ancien trésorier du parti. => Nous étions au courant depuis des mois | trésorier | incise
« Il faut sauver la ligne », plaide auprès de l'AFP la députée Ombeline Favrichon. => Il faut sauver la ligne | Favrichon | incise
gap Rien ne justifie ces coupes, estiment dans une tribune une centaine de chercheurs. => Rien ne justifie ces coupes | chercheurs | incise
« L'accusation ne tient pas », tranche Me Ambroise Pélissard, qui défend la commune. => L'accusation ne tient pas | Pélissard | incise
gap Les trains circuleront normalement dimanche, préviennent la SNCF et la RATP. => Les trains circuleront normalement dimanche | SNCF | incise
",
    ),
    (
        "appositions and parentheses on the subject",
        r"
Léontine Baradat, maire de Saint-Lizier depuis 2014, a annoncé qu'elle ne se représenterait pas. => elle ne se représenterait pas | Baradat | verb-que
Le porte-parole de la gendarmerie, le commandant Ferréol Dumaine, a précisé que deux suspects avaient été interpellés. => deux suspects avaient été interpellés | Dumaine | verb-que
Théodric Valmasque (LR), sénateur du Tarn, estime que la loi est inapplicable. => la loi est inapplicable | Valmasque | verb-que
L'avocate de la famille, Me Armance Corbière, a indiqué que la famille porterait plainte. => la famille porterait plainte | Corbière | verb-que
Le patron de la PME, lui-même ancien ouvrier, reconnaît que les salaires sont bas. => les salaires sont bas | patron | verb-que
Anselme Picquenard, 54 ans, chauffeur routier, raconte qu'il dort dans son camion trois nuits par semaine. => il dort dans son camion trois nuits par semaine | Picquenard | verb-que
La présidente de l'association Terres Vives, Gwendoline Arribat, juge que le projet menace la nappe phréatique. => le projet menace la nappe phréatique | Arribat | verb-que
Le maire (divers droite) de Villefranque a affirmé que la fête aurait lieu. => la fête aurait lieu | maire | verb-que
",
    ),
    (
        "fronted adverbials",
        r"
Lundi, sur RTL, le ministre de la Santé a affirmé que les pharmacies seraient approvisionnées. => les pharmacies seraient approvisionnées | ministre | verb-que
Mardi soir, dans un communiqué, la préfecture a annoncé que la route était rouverte. => la route était rouverte | préfecture | verb-que
Sur France Info, la secrétaire d'État Violaine Castelbajou a estimé que la grève était « injustifiée ». => la grève était « injustifiée » | Castelbajou | verb-que
Devant la commission d'enquête, l'ancien directeur a reconnu que des alertes avaient été ignorées. => des alertes avaient été ignorées | directeur | verb-que
Quelques heures plus tard, le parquet a fait savoir que l'enquête était close. => l'enquête était close | parquet | verb-que
À l'issue du conseil des ministres, la porte-parole du gouvernement a indiqué que le texte serait présenté en juin. => le texte serait présenté en juin | porte-parole | verb-que
Dans un entretien aux Échos, la directrice générale du groupe, Séverine Colombat, juge que la reprise sera lente. => la reprise sera lente | Colombat | verb-que
Cité par Le Monde, un diplomate affirme que la rencontre est annulée. => la rencontre est annulée | diplomate | verb-que
Présente sur place, la ministre a promis que les sinistrés seraient indemnisés. => les sinistrés seraient indemnisés | ministre | verb-que
Jeudi, à Strasbourg, « nous tiendrons nos engagements », a promis la commissaire. => nous tiendrons nos engagements | commissaire | incise
Hier matin, à la sortie du tribunal, « justice a été rendue », a déclaré l'avocat. => justice a été rendue | avocat | incise
",
    ),
    (
        "modal and aspect verbs before the speech verb",
        r"
Le directeur de l'hôpital a tenu à préciser qu'aucun patient n'avait été contaminé. => aucun patient n'avait été contaminé | directeur | verb-que
La ministre a tenu à rappeler que la loi s'applique à tous. => la loi s'applique à tous | ministre | verb-que
Le maire a fini par admettre que le budget avait été dépassé. => le budget avait été dépassé | maire | verb-que
L'entreprise a fini par reconnaître que des données avaient fuité. => des données avaient fuité | entreprise | verb-que
Le sélectionneur n'a pas manqué de souligner que son équipe restait invaincue. => son équipe restait invaincue | sélectionneur | verb-que
La procureure n'a pas manqué de rappeler que la peine encourue était de dix ans. => la peine encourue était de dix ans | procureure | verb-que
Le PDG a d'ores et déjà annoncé que le siège serait déménagé. => le siège serait déménagé | PDG | verb-que
Le gouvernement s'est empressé de préciser que la mesure serait temporaire. => la mesure serait temporaire | gouvernement | verb-que
Les tarifs ne bougeront pas, a tenu à rassurer le directeur de la régie. => Les tarifs ne bougeront pas | directeur | incise
Le porte-parole a refusé de confirmer que l'ambassadeur avait été rappelé. => none
",
    ),
    (
        "negations and litotes",
        r"
La préfète n'a pas caché que la situation restait fragile. => la situation restait fragile | préfète | verb-que
Le trésorier ne nie pas que des erreurs ont été commises. => des erreurs ont été commises | trésorier | verb-que
Le ministre n'a pas exclu que des renforts soient envoyés. => des renforts soient envoyés | ministre | verb-que
Le procureur ne conteste pas que l'enquête a pris du retard. => l'enquête a pris du retard | procureur | verb-que
La direction ne dément pas que des fermetures sont à l'étude. => des fermetures sont à l'étude | direction | verb-que
L'entraîneur n'a jamais dit que son joueur partirait. => none
Le maire n'a pas affirmé que l'école fermerait. => none
Personne n'a prétendu que le vote était truqué. => none
Aucun responsable n'a confirmé que le site fermerait. => none
",
    ),
    (
        "coordinated clauses",
        r"
Le tribunal a estimé que la grève était illicite et a ordonné la reprise du travail. => la grève était illicite | tribunal | verb-que
La maire a rappelé que le stationnement était interdit et a annoncé des amendes. => le stationnement était interdit | maire | verb-que
Le médecin a expliqué que l'enfant était hors de danger et a remercié les pompiers. => l'enfant était hors de danger | médecin | verb-que
L'avocat a dit que son client était innocent mais a refusé de commenter l'enquête. => son client était innocent | avocat | verb-que
Le maire a assuré que les travaux commenceraient en mars, puis a quitté la salle. => les travaux commenceraient en mars | maire | verb-que
La direction affirme que le plan est équilibré, tandis que les syndicats dénoncent une « casse sociale ». => le plan est équilibré | direction | verb-que => casse sociale | syndicats | verb-quote
Le gouvernement assure que le chômage baisse, alors que l'opposition affirme qu'il stagne. => le chômage baisse | gouvernement | verb-que => il stagne | opposition | verb-que
Le club parle d'un malentendu, tandis que le joueur affirme qu'il a été écarté. => il a été écarté | joueur | verb-que
Les organisateurs revendiquent 5 000 participants, tandis que la police estime qu'ils étaient 1 800. => ils étaient 1 800 | police | verb-que
",
    ),
    (
        "comme l'a dit X",
        r"
Comme l'a rappelé le préfet, la baignade reste interdite. => la baignade reste interdite | préfet | incise
Comme l'a souligné la ministre lundi, les crédits seront maintenus. => les crédits seront maintenus | ministre | incise
Comme le rappelle l'Insee, la population vieillit. => la population vieillit | Insee | incise
Comme l'avait annoncé Lucrèce Fabrègue, la maison d'édition sera vendue. => la maison d'édition sera vendue | Fabrègue | incise
Comme l'explique le chercheur Octave Brunissen, le glacier recule de dix mètres par an. => le glacier recule de dix mètres par an | Brunissen | incise
Comme prévu, la séance a été levée à midi. => none
Comme chaque année, le festival attire des milliers de visiteurs. => none
",
    ),
    (
        "selon and d'après with outlets and sources, anywhere",
        r"
D'après Le Figaro, le ministre envisagerait de démissionner. => le ministre envisagerait de démissionner | Figaro | selon
D'après Libération, la réforme sera repoussée à l'automne. => la réforme sera repoussée à l'automne | Libération | selon
Selon Mediapart, l'enquête aurait été classée sans suite. => l'enquête aurait été classée sans suite | Mediapart | selon
Le trafic restera perturbé jusqu'à jeudi, selon la SNCF. => Le trafic restera perturbé jusqu'à jeudi | SNCF | selon
Trois randonneurs sont portés disparus, d'après la gendarmerie de Haute-Savoie. => Trois randonneurs sont portés disparus | gendarmerie | selon
Toujours selon la préfecture, quarante maisons ont été évacuées. => quarante maisons ont été évacuées | préfecture | selon
L'usine, selon son directeur, pourrait rouvrir en septembre. => pourrait rouvrir en septembre | directeur | selon
Selon plusieurs témoins, le conducteur roulait à vive allure. => le conducteur roulait à vive allure | témoins | selon
Selon un proche de la chanteuse, elle se repose dans le Sud. => elle se repose dans le Sud | proche | selon
gap D'après la météo, les orages arriveront dans la nuit. => les orages arriveront dans la nuit | météo | selon
Selon les saisons, le prix du billet varie du simple au double. => none
",
    ),
    (
        "on and a source in the incise",
        r"
Le suspect a été placé en garde à vue, a-t-on appris de source policière. => Le suspect a été placé en garde à vue | source | incise
Deux classes fermeront à la rentrée, a-t-on appris auprès du rectorat. => Deux classes fermeront à la rentrée | rectorat | incise
L'usine devrait rouvrir lundi, apprend-on de source syndicale. => L'usine devrait rouvrir lundi | source | incise
Le contrat a été signé mardi, a-t-on appris de sources concordantes. => Le contrat a été signé mardi | sources | incise
La victime est décédée dans la nuit, a-t-on appris auprès des pompiers. => La victime est décédée dans la nuit | pompiers | incise
« Le dossier avance », glisse-t-on à l'Élysée. => Le dossier avance | Élysée | incise
",
    ),
    (
        "quotes in curly and straight marks with an incise",
        r#"
“Nous sommes à bout de souffle”, alerte Clothilde Vermorel, infirmière à Tulle. => Nous sommes à bout de souffle | Vermorel | incise
“Le calendrier est intenable”, déplore le syndicat des enseignants. => Le calendrier est intenable | syndicat | incise
“Je n'ai rien vu venir”, raconte Barnabé Lacoustille, commerçant. => Je n'ai rien vu venir | Lacoustille | incise
"On se sent abandonnés", témoigne une habitante du quartier. => On se sent abandonnés | habitante | incise
“Il n'y aura pas de hausse d'impôts”, a promis le maire de Valdrôme. => Il n'y aura pas de hausse d'impôts | maire | incise
"#,
    ),
    (
        "a fragment before the object",
        r"
Le syndicat juge « inacceptable » la fermeture du site. => inacceptable | syndicat | fragment
Berlin estime « prématurée » toute levée des sanctions. => prématurée | Berlin | fragment
La ministre a jugé « irresponsable » l'attitude des grévistes. => irresponsable | ministre | fragment
L'opposition qualifie de « mascarade » le débat organisé par le gouvernement. => mascarade | opposition | fragment
Le président du club trouve « scandaleuse » la sanction infligée à son joueur. => scandaleuse | président | fragment
Les riverains jugent la décision « incompréhensible ». => incompréhensible | riverains | fragment
Le jury a jugé « remarquable » le premier roman de Fulbert Gaudriot. => remarquable | jury | fragment
",
    ),
    (
        "headlines",
        r"
Hortense Vaudrémont : « Je ne quitterai pas la mairie » => Je ne quitterai pas la mairie | Vaudrémont | headline-colon
Le préfet du Cantal : « La route restera fermée tout l'hiver » => La route restera fermée tout l'hiver | préfet | headline-colon
Fermeture de l'usine Galvaris : « On nous a menti », dénoncent les salariés => On nous a menti | salariés | incise
Inflation : les prix alimentaires vont encore grimper, prévient la Banque de France => les prix alimentaires vont encore grimper | Banque | incise
Retraites : la CFDT juge le projet « inacceptable » => inacceptable | CFDT | fragment
Sécheresse : 40 communes privées d'eau potable selon la préfecture => 40 communes privées d'eau potable | préfecture | selon
Grève des contrôleurs : « Le trafic sera très perturbé » (SNCF) => Le trafic sera très perturbé | SNCF | attribution
",
    ),
    (
        "sources that are documents, bodies and places",
        r"
Un rapport de la Cour des comptes estime que le dispositif coûte trop cher. => le dispositif coûte trop cher | rapport | verb-que
Une note interne du ministère affirme que les effectifs sont insuffisants. => les effectifs sont insuffisants | note | verb-que
L'Élysée a fait savoir que le président ne se rendrait pas au sommet. => le président ne se rendrait pas au sommet | Élysée | verb-que
Matignon assure que le calendrier sera respecté. => le calendrier sera respecté | Matignon | verb-que
Une étude de l'université de Lille conclut que les abeilles disparaissent plus vite. => les abeilles disparaissent plus vite | étude | verb-que
Le communiqué de la fédération précise que les matchs seront rejoués. => les matchs seront rejoués | communiqué | verb-que
Washington a averti que toute attaque aurait des conséquences. => toute attaque aurait des conséquences | Washington | verb-que
Le Conseil d'État a estimé que le décret était illégal. => le décret était illégal | Conseil | verb-que
Une enquête de l'Ifop révèle que 60 % des Français sont favorables au projet. => 60 % des Français sont favorables au projet | enquête | verb-que
",
    ),
    (
        "speech-free look-alikes",
        r"
Le film « Les Oubliés du port » raconte la vie d'un docker. => none
La chanson « Mon pays d'hiver » a été reprise par une chorale. => none
Le roman « La Dernière Marée » a été traduit en douze langues. => none
L'exposition « Terres brûlées » a été prolongée jusqu'en mars. => none
Le spectacle « Nuit blanche » a été annulé. => none
Le journal « La Voix du Causse » a été racheté par un groupe belge. => none
L'opération « Mains propres » a été lancée en 2019. => none
Le texte prévoit que les loyers seront gelés pendant deux ans. => none
Le décret prévoit que les commerces fermeront à 20 heures. => none
La loi dispose que le maire est responsable de la sécurité. => none
Pour la première fois, le parti recule dans les sondages. => none
Pour la deuxième année consécutive, les ventes baissent. => none
gap Pour Noël, la mairie installe une patinoire. => none
- la création de 300 places en crèche ; => none
- « Le Grand Large », un film de 1988 => none
- une hausse de 3 % des salaires. => none
Il apparaît aujourd'hui que le budget sera dépassé. => none
Il est prévu que les travaux durent un an. => none
Il faut que les élus se mettent d'accord. => none
Le maire sait que la décision sera contestée. => none
Les enquêteurs ont entendu le témoin pendant trois heures. => none
Le ministre a annoncé sa démission. => none
",
    ),
];

/// Cases written after the first score, for a rule of the session (each
/// construction also seen in the published held-out sets or session 7's
/// batch): they test the rule, they do not estimate anything.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "where a que-clause stops: a coordinated verb, a contrastive report",
        r"
Le juge a rappelé que le prévenu avait avoué et a prononcé la peine. => le prévenu avait avoué | juge | verb-que
Le préfet a indiqué que la route serait fermée et a demandé aux automobilistes d'éviter le secteur. => la route serait fermée | préfet | verb-que
Le maire a affirmé que l'adjoint a menti et a démissionné. => l'adjoint a menti et a démissionné | maire | verb-que
La ministre a déclaré que les prix montaient, alors que les salaires stagnaient. => les prix montaient, alors que les salaires stagnaient | ministre | verb-que
La mairie parle de vandalisme, alors que les riverains affirment qu'il s'agit d'un accident. => il s'agit d'un accident | riverains | verb-que
",
    ),
    (
        "a governed infinitive and its governor's polarity",
        r"
La juge n'a pas hésité à affirmer que l'enquête avait été bâclée. => l'enquête avait été bâclée | juge | verb-que
L'avocat a commencé par rappeler que son client était mineur. => son client était mineur | avocat | verb-que
Le maire a bel et bien confirmé que la piscine fermerait. => la piscine fermerait | maire | verb-que
Le trafic reprendra lundi, a tenu à préciser la porte-parole de la compagnie. => Le trafic reprendra lundi | porte-parole | incise
Le ministre ne veut pas dire que la réforme est abandonnée. => none
Le directeur a oublié de préciser que l'usine fermait. => none
",
    ),
    (
        "titles in marks, legal texts, adjective attributes",
        r"
La série « Les Veilleurs du rail » raconte la vie des cheminots. => none
« Nous tiendrons » a déclaré le maire de Sarlande. => Nous tiendrons | maire | incise
Le contrat prévoit que le club touchera 10 % des recettes. => none
La ministre prévoit que la croissance ralentira. => la croissance ralentira | ministre | verb-que
Le maire trouve le projet « déraisonnable ». => déraisonnable | maire | fragment
L'opposition dénonce une « mascarade » électorale. => mascarade | opposition | verb-quote
",
    ),
    (
        "a source that told: a-t-on appris",
        r"
Les négociations ont échoué, apprend-on auprès des syndicats. => Les négociations ont échoué | syndicats | incise
La garde à vue a été levée, a-t-on appris de source proche du dossier. => La garde à vue a été levée | source | incise
Le maire a appris la nouvelle lundi. => none
Il a appris que sa mère était malade. => none
",
    ),
    (
        "a speech verb read as a noun after an apposition",
        r"
Le patron de la coopérative, Eudes Malbranque, juge que les prix baisseront. => les prix baisseront | Malbranque | verb-que
La doyenne du conseil, ancienne institutrice, juge que l'école doit rester au village. => l'école doit rester au village | doyenne | verb-que
Le juge du tribunal, que les parties attendaient, est arrivé en retard. => none
Il a croisé le juge, que tout le monde connaît. => none
",
    ),
];

#[test]
fn news_construction_batch_eight() {
    run_table("news batch, session 8", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_eight_rules() {
    run_table("news batch, session 8, rule cases", RULE_CASES);
}
