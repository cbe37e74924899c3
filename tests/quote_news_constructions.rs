//! A fifth batch of constructed news sentences for reported speech (issue
//! 14, session 5), written before any rule was changed for it, to estimate
//! how the rules meet text they were not written for. It varies what news
//! the rules were not tuned on varies: speech verbs and their inflections
//! (passé composé, présent, passé simple, imparfait, inversions), long
//! subject phrases (de-complements, appositions, relatives, coordinations,
//! titles and names, organisations), inverted subjects with long noun
//! phrases in incises, selon / d'après / pour / à en croire with long
//! phrases, verb groups with governing verbs and adverbs, headlines, and
//! speech-free sentences that look like speech. The names and most of the
//! vocabulary appear nowhere else in the repository; none is copied from a
//! data file. `cargo test --test quote_news_constructions -- --nocapture`
//! prints the pass rate by construction. The table format is described in
//! tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "speech verbs and their inflections in incises",
        r"
« Nous ne reculerons pas d'un millimètre », martèle-t-elle. => Nous ne reculerons pas d'un millimètre | elle | incise
« Cette réforme est une faute politique », a fustigé Hortense Delacambre. => Cette réforme est une faute politique | Delacambre | incise
« Tout n'est pas noir », nuance toutefois le directeur de l'usine. => Tout n'est pas noir | directeur | incise
« On verra bien », glisse un conseiller ministériel. => On verra bien | conseiller | incise
« Je ne suis pas candidat », a lâché le maire de Quimperlé. => Je ne suis pas candidat | maire | incise
« C'est une honte ! », tonna le député. => C'est une honte ! | député | incise
« Ces méthodes sont indignes », s'insurge Maëlys Tréguer. => Ces méthodes sont indignes | Tréguer | incise
« Le public a répondu présent », se félicite la directrice du festival. => Le public a répondu présent | directrice | incise
« Nous n'avons pas été consultés », regrettent les pêcheurs. => Nous n'avons pas été consultés | pêcheurs | incise
« Mon client a agi en état de légitime défense », a plaidé Me Anselme Vuillermoz. => Mon client a agi en état de légitime défense | Vuillermoz | incise
« Les prix vont encore grimper », prévenait la semaine dernière une économiste. => Les prix vont encore grimper | économiste | incise
« Personne ne sera épargné », avertit le procureur. => Personne ne sera épargné | procureur | incise
« Il faut aller vite », insistait-il. => Il faut aller vite | il | incise
« Rien ne presse », tempère son entourage. => Rien ne presse | entourage | incise
« C'est vous qui avez échoué », rétorqua la sénatrice. => C'est vous qui avez échoué | sénatrice | incise
« Heureusement que la météo était clémente », ironise un organisateur. => Heureusement que la météo était clémente | organisateur | incise
« La nappe phréatique n'a jamais été aussi basse », s'alarme l'hydrologue Solène Kerbrat. => La nappe phréatique n'a jamais été aussi basse | Kerbrat | incise
« Ce joueur n'a rien compris », a taclé l'entraîneur adverse. => Ce joueur n'a rien compris | entraîneur | incise
« Encore une réunion pour rien », s'agace une infirmière. => Encore une réunion pour rien | infirmière | incise
« Qu'ils viennent voir sur place ! », s'emporte le maire. => Qu'ils viennent voir sur place ! | maire | incise
« Les chiffres sont trompeurs », relativise le ministre du Travail. => Les chiffres sont trompeurs | ministre | incise
« Il a raison », abonde son collègue Baptistin Oriol. => Il a raison | Oriol | incise
« On nous a oubliés », déplora-t-elle. => On nous a oubliés | elle | incise
« Nous restons mobilisés », pestent les agriculteurs. => Nous restons mobilisés | agriculteurs | incise
« Il n'y aura pas de passe-droit », avait tempêté le préfet. => Il n'y aura pas de passe-droit | préfet | incise
La sécurité des agents n'est plus assurée, déplore le syndicat. => La sécurité des agents n'est plus assurée | syndicat | incise
gap Le gouvernement ment, fustige-t-il. => Le gouvernement ment | il | incise
",
    ),
    (
        "speech verbs and their inflections with que or a colon",
        r"
La ministre a martelé que le calendrier serait tenu. => le calendrier serait tenu | ministre | verb-que
Le rapporteur avait averti que les délais étaient trop courts. => les délais étaient trop courts | rapporteur | verb-que
Les associations regrettent que le dispositif ait été supprimé. => le dispositif ait été supprimé | associations | verb-que
Le Premier ministre s'est félicité que l'accord ait été trouvé. => l'accord ait été trouvé | ministre | verb-que
Le président du club déplorait que les supporters aient envahi la pelouse. => les supporters aient envahi la pelouse | président | verb-que
L'opposition s'inquiète que la dette continue de croître. => la dette continue de croître | opposition | verb-que
La préfète a prévenu les habitants que l'eau serait coupée. => l'eau serait coupée | préfète | verb-que
Le médecin insiste : le repos est indispensable. => le repos est indispensable | médecin | verb-colon
Les députés insoumis fustigent une « trahison ». => trahison | députés | verb-quote
",
    ),
    (
        "long subject phrases",
        r"
Le porte-parole du ministère de l'Intérieur, Corentin Abgrall, a indiqué que deux suspects avaient été interpellés. => deux suspects avaient été interpellés | Abgrall | verb-que
La directrice générale de l'Agence régionale de santé de Bretagne a annoncé que les visites seraient limitées. => les visites seraient limitées | directrice | verb-que
Le président de la chambre d'agriculture du Gers, qui avait appelé au blocage, estime que le gouvernement a cédé trop tard. => le gouvernement a cédé trop tard | président | verb-que
Le maire de la commune et son premier adjoint ont assuré que le marché serait maintenu. => le marché serait maintenu | maire | verb-que
L'Union des pêcheurs du Ponant a affirmé que les quotas étaient injustes. => les quotas étaient injustes | Union | verb-que
Un haut responsable américain, s'exprimant sous couvert d'anonymat, a affirmé que l'accord était proche. => l'accord était proche | responsable | verb-que
La sénatrice socialiste de l'Aude Ysaline Quérel a rappelé que la loi n'était pas appliquée. => la loi n'était pas appliquée | Quérel | verb-que
Me Hugues Ferrandier, l'avocat de la victime, a indiqué que sa cliente porterait plainte. => sa cliente porterait plainte | Ferrandier | verb-que
Le nouveau patron de la Fédération française de cyclisme, élu en juin, assure que les finances sont saines. => les finances sont saines | patron | verb-que
La ministre déléguée chargée de l'Enseignement supérieur et de la Recherche a reconnu que les moyens manquaient. => les moyens manquaient | ministre | verb-que
Le général Aymeric Castagnède, chef d'état-major de l'armée de terre, a estimé que la menace restait élevée. => la menace restait élevée | Castagnède | verb-que
Les représentants des parents d'élèves du collège Jean-Moulin ont dénoncé un « manque de moyens ». => manque de moyens | représentants | verb-quote
La Confédération paysanne et la Coordination rurale estiment que les prix sont trop bas. => les prix sont trop bas | Confédération | verb-que
Le secrétaire général de la préfecture, Honoré Larrouy, précise que la route restera fermée. => la route restera fermée | Larrouy | verb-que
L'ancienne ministre des Sports, aujourd'hui députée européenne, juge que les Jeux ont été un succès. => les Jeux ont été un succès | ministre | verb-que
La présidente de l'association Les Amis du Vieux-Port, Odile Pelissou, a expliqué que la fête était annulée. => la fête était annulée | Pelissou | verb-que
Le directeur de recherche au CNRS Lucien Mabillon explique que les glaciers reculent. => les glaciers reculent | Mabillon | verb-que
Un porte-parole de la compagnie aérienne a confirmé que tous les vols étaient annulés. => tous les vols étaient annulés | porte-parole | verb-que
Les habitants de la rue, excédés par le bruit, affirment que rien n'a changé. => rien n'a changé | habitants | verb-que
",
    ),
    (
        "inverted subject with a long noun phrase",
        r"
« La situation est sous contrôle », a assuré le porte-parole de la gendarmerie nationale, Gaspard Moutet. => La situation est sous contrôle | Moutet | incise
« Ce budget est insincère », a fustigé la présidente du groupe écologiste à l'Assemblée nationale. => Ce budget est insincère | présidente | incise
« Nous avons besoin de bras », souligne dans un communiqué l'Association des maires ruraux de France. => Nous avons besoin de bras | Association | incise
« La banquise fond plus vite que prévu », estime Gaëlle Brunetière, chercheuse au CNRS. => La banquise fond plus vite que prévu | Brunetière | incise
L'enquête avance, a indiqué à l'AFP une source proche du dossier. => L'enquête avance | source | incise
« Nos enfants ne sont pas en sécurité », ont regretté les représentants des parents d'élèves du collège. => Nos enfants ne sont pas en sécurité | représentants | incise
« On a tout perdu », raconte Fernand Ducasse, 74 ans, agriculteur à la retraite. => On a tout perdu | Ducasse | incise
« Le dossier est vide », a déclaré lundi devant le tribunal correctionnel l'avocat de la défense. => Le dossier est vide | avocat | incise
« Il faut rouvrir la ligne », plaide le président de la communauté de communes du Haut-Jura. => Il faut rouvrir la ligne | président | incise
Les tarifs augmenteront de 8 %, a annoncé jeudi le directeur général de la régie des transports. => Les tarifs augmenteront de 8 % | directeur | incise
« C'est un signal fort », s'est félicitée la ministre de la Transition écologique, Albane Sabatou. => C'est un signal fort | Sabatou | incise
« La décision sera rendue en mars », précise une porte-parole du tribunal administratif de Rennes. => La décision sera rendue en mars | porte-parole | incise
« Ce n'est pas notre rôle », répond l'un des responsables de l'association. => Ce n'est pas notre rôle | responsables | incise
gap Le trafic restera perturbé, préviennent la SNCF et la RATP. => Le trafic restera perturbé | SNCF | incise
« Nous ne savons pas encore », admet le maire de Saint-Brieuc, Yannick Joubrel. => Nous ne savons pas encore | Joubrel | incise
",
    ),
    (
        "selon, d'après, pour, à en croire with long phrases",
        r"
Selon le dernier rapport annuel de l'Observatoire national de la pauvreté, publié mardi, un enfant sur cinq vit sous le seuil de pauvreté. => un enfant sur cinq vit sous le seuil de pauvreté | rapport | selon
Selon Mathilde Keraudren, directrice de recherche à l'Inserm, le virus circule encore. => le virus circule encore | Keraudren | selon
Le vol a été retardé de six heures, selon une porte-parole de la compagnie aérienne. => Le vol a été retardé de six heures | porte-parole | selon
D'après le président du syndicat des pharmaciens de la Manche, les ruptures vont se multiplier. => les ruptures vont se multiplier | président | selon
À en croire l'entourage du ministre, le remaniement est imminent. => le remaniement est imminent | entourage | selon
De l'avis de plusieurs experts du secteur, la reprise sera lente. => la reprise sera lente | experts | selon
Le chantier, d'après les services de la mairie, sera achevé en mai. => sera achevé en mai | services | selon
Selon les premiers éléments de l'enquête, la victime connaissait son agresseur. => la victime connaissait son agresseur | éléments | selon
Pour la présidente de la Fédération des boulangers de l'Orne, la hausse de la farine est intenable. => la hausse de la farine est intenable | présidente | selon
Selon un communiqué du parquet de Lorient, le suspect a été placé en garde à vue. => le suspect a été placé en garde à vue | communiqué | selon
Les ventes ont chuté de 12 %, selon les chiffres publiés vendredi par l'Insee. => Les ventes ont chuté de 12 % | Insee | selon
Toujours selon le procureur de la République, l'homme était armé. => l'homme était armé | procureur | selon
Pour le syndicat Sud-Santé, l'hôpital est au bord de la rupture. => l'hôpital est au bord de la rupture | syndicat | selon
",
    ),
    (
        "verb groups: governing verbs, adverbs, emphasis",
        r"
Le ministre lui-même a reconnu que l'erreur était humaine. => l'erreur était humaine | ministre | verb-que
Le maire a fini par admettre que le projet était trop coûteux. => le projet était trop coûteux | maire | verb-que
Le club a fait savoir mercredi que l'entraîneur resterait en poste. => l'entraîneur resterait en poste | club | verb-que
Le procureur a par ailleurs indiqué que l'enquête était élargie. => l'enquête était élargie | procureur | verb-que
Les organisateurs ont eux aussi estimé que la sécurité était insuffisante. => la sécurité était insuffisante | organisateurs | verb-que
L'ancien sélectionneur aurait confié à plusieurs joueurs qu'il comptait partir. => il comptait partir | sélectionneur | verb-que
Le préfet est venu rappeler que le port du casque était obligatoire. => le port du casque était obligatoire | préfet | verb-que
La maire, elle, assure que le budget est tenu. => le budget est tenu | maire | verb-que
",
    ),
    (
        "headlines",
        r"
Grève des contrôleurs : « Nous irons jusqu'au bout », prévient Sud-Rail => Nous irons jusqu'au bout | Sud-Rail | incise
Pêche : les quotas de sole seront réduits de 20 %, selon Bruxelles => les quotas de sole seront réduits de 20 % | Bruxelles | selon
Hortense Delacambre : « Je ne serai pas candidate » => Je ne serai pas candidate | Delacambre | headline-colon
Logement : la Fondation pour le logement dénonce une « crise sans précédent » => crise sans précédent | Fondation | verb-quote
",
    ),
    (
        "speech-free look-alikes",
        r"
Le forgeron martèle le métal encore chaud. => none
Le gouvernement regrette la décision du tribunal. => none
Le vent a soufflé toute la nuit sur la côte. => none
Elle a glissé sur le trottoir verglacé. => none
Selon les années, la récolte varie du simple au double. => none
Pour les enfants de moins de six ans, l'entrée est gratuite. => none
Le fait que le stade soit plein ne surprend personne. => none
Il est possible que la neige tombe dès demain. => none
Après avoir annoncé sa candidature, il a quitté le parti. => none
Les élèves doivent savoir que l'examen commence à 8 heures. => none
On voit bien que les prix montent. => none
Il est vrai que la saison a été difficile. => none
Le dernier album du groupe, « Marée basse », sort vendredi. => none
Le conseil municipal a approuvé le budget par 32 voix contre 5. => none
Il n'a jamais prétendu que le projet était rentable. => none
Je pense que nous devons partir avant la nuit. => none
Les enquêteurs cherchent à savoir ce qui s'est passé. => none
Le tonnerre a grondé pendant tout l'après-midi. => none
Le maire a lancé les travaux de la nouvelle médiathèque. => none
La direction a avancé la date de la réunion. => none
Pour le reste, rien ne change. => none
Il a été averti par SMS du retard de son train. => none
Le club regrette l'absence de ses supporters. => none
Selon la taille du logement, l'aide varie de 50 à 200 euros. => none
",
    ),
];

/// A second batch, written after the first round of rules (f8b3121) and
/// before any rule was changed for it: other quotation marks, incises
/// inside the quote, fronted participles and ages in subject phrases,
/// other tenses and governing verbs, indirect questions, colons after long
/// subjects, and more speech-free look-alikes.
const SECOND_BATCH: &[(&str, &str)] = &[
    (
        "other marks and incises inside the quote",
        r#"
“Nous n'avons pas le choix”, a reconnu la directrice de la clinique. => Nous n'avons pas le choix | directrice | incise
"La saison est sauvée", a lancé le président du club de Guingamp. => La saison est sauvée | président | incise
« Nous allons, a assuré le directeur de l'hôpital, rouvrir le service en janvier. » => Nous allons, a assuré le directeur de l'hôpital, rouvrir le service en janvier. | directeur | incise
« Ce chantier, confie Marc Kervella, a failli nous ruiner. » => Ce chantier, confie Marc Kervella, a failli nous ruiner. | Kervella | incise
Le maire est formel. « Il n'y aura pas de fermeture », assure-t-il. => Il n'y aura pas de fermeture | il | incise
« Nous sommes épuisés. Nous demandons des renforts. », écrivent les soignants dans une lettre ouverte. => Nous sommes épuisés. Nous demandons des renforts. | soignants | incise
"#,
    ),
    (
        "fronted participles, ages and appositions in subject phrases",
        r"
Interrogé par Ouest-France, le maire de Plouézec a reconnu que la digue était fragile. => la digue était fragile | maire | verb-que
Présente sur place, la ministre des Armées a promis que les familles seraient reçues. => les familles seraient reçues | ministre | verb-que
Gilles Maréchaux, 52 ans, explique qu'il a perdu la moitié de son troupeau. => il a perdu la moitié de son troupeau | Maréchaux | verb-que
Sa fille, étudiante en médecine à Lille, raconte que les gardes durent vingt-quatre heures. => les gardes durent vingt-quatre heures | fille | verb-que
Arrivé en tête au premier tour, le candidat écologiste assure qu'il ne fera aucune alliance. => il ne fera aucune alliance | candidat | verb-que
Le patron de l'entreprise familiale, lui, affirme que les commandes ont repris. => les commandes ont repris | patron | verb-que
Quant au préfet de la Manche, il a indiqué que l'alerte était levée. => l'alerte était levée | il | verb-que
Ancienne championne du monde de judo, Laurence Tessier estime que la fédération a failli. => la fédération a failli | Tessier | verb-que
",
    ),
    (
        "tenses, moods and governing verbs",
        r"
Le ministre aurait affirmé que la taxe serait supprimée. => la taxe serait supprimée | ministre | verb-que
La direction annoncera mardi que le site est vendu. => le site est vendu | direction | verb-que
Le porte-parole devrait confirmer que les négociations reprennent. => les négociations reprennent | porte-parole | verb-que
La juge a tenu à rappeler que l'audience était publique. => l'audience était publique | juge | verb-que
Le syndicat n'a pas manqué de souligner que les salaires stagnent. => les salaires stagnent | syndicat | verb-que
Les élus locaux avaient pourtant prévenu que la route était dangereuse. => la route était dangereuse | élus | verb-que
Le procureur a demandé si l'accusé regrettait ses actes. => l'accusé regrettait ses actes | procureur | verb-que
La ministre s'interroge sur le fait de savoir si la loi suffira. => none
Le maire a assuré ne pas vouloir augmenter les impôts. => ?ne pas vouloir augmenter les impôts | maire | verb-infinitive
La présidente du jury estimait alors que le film méritait la Palme. => le film méritait la Palme | présidente | verb-que
",
    ),
    (
        "colons after long subjects",
        r"
Le président de la Fédération nationale des chasseurs a été clair : « Nous ne céderons pas. » => Nous ne céderons pas. | président | colon
La porte-parole de la compagnie Air Ponant résume : les vols reprendront lundi. => les vols reprendront lundi | porte-parole | verb-colon
Dans une vidéo publiée dimanche, l'ancien ministre Paul Hautecœur a lancé : « Je reviendrai. » => Je reviendrai. | Hautecœur | verb-colon
Les habitants de Saint-Quay, excédés, préviennent : « Nous bloquerons le port. » => Nous bloquerons le port. | habitants | verb-colon
",
    ),
    (
        "selon and pour, more shapes",
        r"
Selon une étude de l'université de Rennes, publiée dans Nature, les abeilles déclinent. => les abeilles déclinent | étude | selon
Selon nos informations, le directeur a démissionné. => le directeur a démissionné | informations | selon
D'après des témoins, le conducteur roulait très vite. => le conducteur roulait très vite | témoins | selon
Pour le patron de la fédération, Jean-Yves Mandonnet, la saison est perdue. => la saison est perdue | Mandonnet | selon
Selon elle, rien n'a été fait pour les victimes. => rien n'a été fait pour les victimes | elle | selon
Les loyers ont grimpé de 15 % en deux ans, selon l'Observatoire des loyers. => Les loyers ont grimpé de 15 % en deux ans | Observatoire | selon
Pour de nombreux économistes, la récession est inévitable. => la récession est inévitable | économistes | selon
D'après les syndicats, plus de 3 000 personnes ont défilé à Quimper. => plus de 3 000 personnes ont défilé à Quimper | syndicats | selon
",
    ),
    (
        "speech-free look-alikes, second batch",
        r"
Le club a déclaré forfait pour le match de samedi. => none
Le gouvernement a déclaré la guerre aux fraudeurs. => none
Le juge a estimé le préjudice à 3 000 euros. => none
Le prix annoncé par la direction reste trop élevé. => none
Les réponses apportées par le gouvernement restent floues. => none
Le slogan « Travailler mieux » a marqué la campagne. => none
La ministre, qui a annoncé sa démission, quitte le gouvernement. => none
Les pompiers ont annoncé l'évacuation du quartier. => none
Il s'est dit que la nuit serait longue. => none
Pour la rentrée, les fournitures coûtent plus cher. => none
Selon le modèle choisi, le prix varie du simple au triple. => none
Pour les plus de 65 ans, la vaccination est gratuite. => none
Le rapport annuel sera publié en mars. => none
Le communiqué de la préfecture a été diffusé dans la soirée. => none
La chanson « Les Lacs du Connemara » a été reprise en chœur. => none
Le témoin a été entendu par les gendarmes. => none
",
    ),
];

#[test]
fn news_construction_batch() {
    run_table("news batch", CONSTRUCTIONS);
}

#[test]
fn news_construction_second_batch() {
    run_table("news batch, second", SECOND_BATCH);
}
