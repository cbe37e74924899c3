//! A ninth batch of constructed news sentences for reported speech (issue
//! 14, session 8), written before any rule was changed for it and scored
//! once as written: that first score is the honest estimate of how the
//! rules meet news they were not tuned on. It samples the genres the
//! earlier sets cover thinly, as they print: the regional daily press
//! (faits divers, municipal councils, court reports: "a requis le parquet",
//! "a plaidé l'avocate"), sport (post-match quotes: "a lâché l'entraîneur"),
//! economy wire copy (results, strikes, "indique le groupe dans un
//! communiqué"), international wire copy ("a déclaré à l'AFP un responsable
//! sous couvert d'anonymat"), interviews ("confie-t-il au Parisien"), and
//! speech-free look-alikes from the same genres. Expected values follow
//! ../shared/eval/GUIDELINES.md and the conventions of the earlier sets, not
//! the code's output. The invented names are found nowhere else in the
//! repository. `cargo test --test quote_news_constructions_5 --
//! --nocapture` prints the pass rate by construction; the table format is
//! described in tests/support/constructions.rs (a failing case is marked
//! `gap`: the table checks it still fails).
//!
//! First score, before any rule changed (on 1938bb0, 2026-11-30 19:49 UTC):
//! 79 of 86 cases (91.9 %); the 7 failing cases were then marked `gap`.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "court reports",
        r"
« Il a frappé pour tuer », a lancé l'avocat général Firmin Lestrade dans son réquisitoire. => Il a frappé pour tuer | Lestrade | incise
« Mon client regrette profondément son geste », a plaidé Me Anaïs Corbier, son avocate. => Mon client regrette profondément son geste | Corbier | incise
gap « Il a agi avec une froide détermination », a requis le parquet. => Il a agi avec une froide détermination | parquet | incise
Le parquet a indiqué que le conducteur présentait un taux d'alcoolémie de 1,8 gramme. => le conducteur présentait un taux d'alcoolémie de 1,8 gramme | parquet | verb-que
Selon le parquet de Quimper, le suspect a reconnu les faits en garde à vue. => le suspect a reconnu les faits en garde à vue | parquet | selon
À la barre, le prévenu a assuré qu'il ne se souvenait de rien. => il ne se souvenait de rien | prévenu | verb-que
« Je ne savais pas qu'elle était mineure », s'est défendu l'accusé. => Je ne savais pas qu'elle était mineure | accusé | incise
L'avocate de la famille, Me Pauline Ravenel, a dénoncé « une enquête bâclée ». => une enquête bâclée | Ravenel | verb-quote
Le juge d'instruction a estimé qu'il existait des « charges suffisantes » contre le maire. => il existait des « charges suffisantes » contre le maire | juge | verb-que
« La peine est lourde mais juste », estime le bâtonnier Gaspard Héloury. => La peine est lourde mais juste | Héloury | incise
",
    ),
    (
        "faits divers",
        r"
« On a entendu une énorme détonation, puis plus rien », raconte une voisine, encore sous le choc. => On a entendu une énorme détonation, puis plus rien | voisine | incise
Selon les premiers éléments de l'enquête, le conducteur aurait perdu le contrôle de son véhicule. => le conducteur aurait perdu le contrôle de son véhicule | éléments | selon
Les pompiers précisent que l'incendie a été maîtrisé vers 3 h du matin. => l'incendie a été maîtrisé vers 3 h du matin | pompiers | verb-que
D'après la gendarmerie, aucune piste n'est pour l'instant écartée. => aucune piste n'est pour l'instant écartée | gendarmerie | selon
« Il roulait beaucoup trop vite dans le bourg », témoigne un riverain. => Il roulait beaucoup trop vite dans le bourg | riverain | incise
Le feu serait parti d'une friteuse, indiquent les secours. => Le feu serait parti d'une friteuse | secours | incise
Le maire de la commune, Loïc Penvern, se dit « profondément choqué ». => profondément choqué | Penvern | fragment
« Elle était connue de tout le quartier », glisse un commerçant. => Elle était connue de tout le quartier | commerçant | incise
",
    ),
    (
        "municipal councils",
        r"
Lors du conseil municipal de lundi soir, le maire, Yannick Le Goarnec, a annoncé que la piscine fermerait pour travaux en juin. => la piscine fermerait pour travaux en juin | Goarnec | verb-que
« Ce budget ne prépare pas l'avenir », a regretté Marie-Odile Trescan, élue d'opposition. => Ce budget ne prépare pas l'avenir | Trescan | incise
Pour l'adjointe aux finances, Nathalie Querrien, la hausse des taux est « inévitable ». => la hausse des taux est « inévitable » | Querrien | selon
L'élu a rappelé que la commune n'avait pas augmenté les impôts depuis 2014. => la commune n'avait pas augmenté les impôts depuis 2014 | élu | verb-que
« Nous avons fait le choix de l'investissement », a justifié le premier adjoint. => Nous avons fait le choix de l'investissement | adjoint | incise
Le maire est formel : « Il n'y aura pas de hausse d'impôts. » => Il n'y aura pas de hausse d'impôts. | maire | colon
La conseillère municipale Sylvie Marhadour a demandé que le vote soit reporté. => le vote soit reporté | Marhadour | verb-que
Le projet de lotissement divise, reconnaît l'édile. => Le projet de lotissement divise | édile | incise
",
    ),
    (
        "post-match quotes",
        r"
« On n'a pas existé en première période », a lâché l'entraîneur lorientais à l'issue de la rencontre. => On n'a pas existé en première période | entraîneur | incise
« C'est une victoire qui fait du bien », a réagi le capitaine Kévin Morvezen au micro de Canal+. => C'est une victoire qui fait du bien | Morvezen | incise
Interrogé après le match, le défenseur a reconnu que l'équipe avait « manqué d'agressivité ». => l'équipe avait « manqué d'agressivité » | défenseur | verb-que
« Je suis fier de mes joueurs », a savouré le coach rennais, Thibaut Aubrac. => Je suis fier de mes joueurs | Aubrac | incise
« On savait que ce serait dur ici », confiait la meneuse de jeu après la défaite. => On savait que ce serait dur ici | meneuse | incise
« L'arbitre a tué le match », a pesté le président du club, Gérard Vaillonnet. => L'arbitre a tué le match | Vaillonnet | incise
Pour l'entraîneur, la qualification reste « largement jouable ». => la qualification reste « largement jouable » | entraîneur | selon
Le sélectionneur estime que son équipe « peut rivaliser avec les meilleurs ». => son équipe « peut rivaliser avec les meilleurs » | sélectionneur | verb-que
« J'ai pris énormément de plaisir », a souri la skieuse savoyarde. => J'ai pris énormément de plaisir | skieuse | incise
« On a manqué de réalisme. On doit vite se remettre au travail », a analysé le technicien. => On a manqué de réalisme. On doit vite se remettre au travail | technicien | incise
",
    ),
    (
        "economy wire copy",
        r"
« L'activité a été soutenue par la demande asiatique », indique le groupe dans un communiqué. => L'activité a été soutenue par la demande asiatique | groupe | incise
Le chiffre d'affaires devrait progresser de 3 à 4 % en 2027, précise l'équipementier. => Le chiffre d'affaires devrait progresser de 3 à 4 % en 2027 | équipementier | incise
Le constructeur a précisé que la production reprendrait lundi sur le site de Sochaux. => la production reprendrait lundi sur le site de Sochaux | constructeur | verb-que
« Les salariés n'en peuvent plus », affirme Sandrine Moalic, déléguée syndicale CFDT. => Les salariés n'en peuvent plus | Moalic | incise
Selon la direction, 35 % des salariés étaient en grève jeudi matin. => 35 % des salariés étaient en grève jeudi matin | direction | selon
Le taux de chômage a reculé de 0,2 point au troisième trimestre, selon l'Insee. => Le taux de chômage a reculé de 0,2 point au troisième trimestre | Insee | selon
Le groupe indique dans un communiqué qu'il va supprimer 450 postes en Europe. => il va supprimer 450 postes en Europe | groupe | verb-que
« Nous ne sommes pas inquiets pour 2027 », a assuré le directeur financier, Hervé Castagnède, lors d'une conférence téléphonique. => Nous ne sommes pas inquiets pour 2027 | Castagnède | incise
L'intersyndicale dénonce « un plan social déguisé ». => un plan social déguisé | intersyndicale | verb-quote
La direction s'est dite prête à rouvrir les négociations. => none
Les syndicats réclament une hausse générale des salaires de 5 %, a précisé Jacques Terrenoire, secrétaire du comité social et économique. => Les syndicats réclament une hausse générale des salaires de 5 % | Terrenoire | incise
",
    ),
    (
        "international wire copy",
        r"
« La situation humanitaire est catastrophique », a déclaré à l'AFP un responsable de l'ONU sous couvert d'anonymat. => La situation humanitaire est catastrophique | responsable | incise
Au moins douze personnes ont été tuées dans l'attaque, selon un bilan fourni par les autorités locales. => Au moins douze personnes ont été tuées dans l'attaque | autorités | selon
Le porte-parole du département d'État, Mark Dellinger, a affirmé que Washington « ne restera pas les bras croisés ». => Washington « ne restera pas les bras croisés » | Dellinger | verb-que
Moscou a dénoncé une « provocation » et a convoqué l'ambassadeur. => provocation | Moscou | verb-quote
« Nous n'avons reçu aucune demande officielle », a indiqué une source diplomatique européenne. => Nous n'avons reçu aucune demande officielle | source | incise
Les rebelles affirment avoir pris le contrôle de l'aéroport de Goma. => ?avoir pris le contrôle de l'aéroport de Goma | rebelles | verb-infinitive
Un haut responsable américain, s'exprimant sous couvert d'anonymat, a indiqué que les discussions avaient « progressé ». => les discussions avaient « progressé » | responsable | verb-que
Selon l'agence officielle Kuna, l'émir a reçu le ministre dans son palais. => l'émir a reçu le ministre dans son palais | Kuna | selon
« Toutes les options sont sur la table », a prévenu le chef de la diplomatie, cité par l'agence Tass. => Toutes les options sont sur la table | chef | incise
Les combats ont fait au moins 300 morts depuis le début du mois, d'après l'Organisation mondiale de la santé. => Les combats ont fait au moins 300 morts depuis le début du mois | Organisation | selon
Le cessez-le-feu a été violé à plusieurs reprises, a affirmé l'armée dans un communiqué. => Le cessez-le-feu a été violé à plusieurs reprises | armée | incise
",
    ),
    (
        "interviews",
        r"
« J'ai longtemps hésité avant d'accepter », confie-t-il au Parisien. => J'ai longtemps hésité avant d'accepter | il | incise
Dans un entretien au Monde publié samedi, la ministre assure que la réforme « ira jusqu'au bout ». => la réforme « ira jusqu'au bout » | ministre | verb-que
« Je ne me représenterai pas », annonce le député Jean-Baptiste Orsoni dans une interview à Ouest-France. => Je ne me représenterai pas | Orsoni | incise
« On ne m'a jamais fait de cadeau », glisse la chanteuse, rencontrée dans sa loge. => On ne m'a jamais fait de cadeau | chanteuse | incise
Interrogée par France Info, la secrétaire d'État a estimé qu'il était « trop tôt » pour tirer un bilan. => il était « trop tôt » pour tirer un bilan | secrétaire | verb-que
« Mon père ne parlait jamais de la guerre », se souvient l'écrivaine. => Mon père ne parlait jamais de la guerre | écrivaine | incise
« C'est le rôle de ma vie », nous confie Lucie Armagnac. => C'est le rôle de ma vie | Armagnac | incise
« Je n'ai aucun regret », assure-t-elle aujourd'hui. => Je n'ai aucun regret | elle | incise
",
    ),
    (
        "headlines of these genres",
        r"
Municipales à Lannion : « Je serai candidat », annonce Erwan Kerbrat => Je serai candidat | Kerbrat | incise
Grève chez Vantrelle : la direction dénonce « un blocage illégal » => un blocage illégal | direction | verb-quote
Football : « On doit relever la tête », estime le capitaine du Stade brestois => On doit relever la tête | capitaine | incise
Procès de l'incendie de la rue Saint-Malo : la défense plaide l'acquittement => none
",
    ),
    (
        "speech-free look-alikes",
        r"
Le procureur de la République a requis cinq ans de prison, dont deux avec sursis. => none
Le tribunal correctionnel de Lorient a condamné l'homme à dix-huit mois de prison avec sursis. => none
L'automobiliste, âgé de 42 ans, a été transporté au centre hospitalier de Vannes. => none
Une enquête a été ouverte pour déterminer les circonstances de l'accident. => none
L'opposition a voté contre la délibération. => none
Le maire a répondu aux questions des habitants pendant près de deux heures. => none
L'entraîneur a fait tourner son effectif avant le déplacement à Brest. => none
Le pilote a déclaré forfait pour le Grand Prix du Japon. => none
Le joueur a été expulsé à la 67e minute pour un second carton jaune. => none
Le groupe a annoncé jeudi un bénéfice net de 1,2 milliard d'euros, en hausse de 8 %. => none
Les analystes tablaient sur un chiffre d'affaires de 4,3 milliards d'euros. => none
La Bourse de Paris a terminé en hausse de 0,8 % vendredi. => none
Le ministère de la Santé a fait état de 27 morts. => none
Le gouvernement a décrété l'état d'urgence dans trois provinces. => none
L'acteur se livre dans un long entretien accordé à Télérama. => none
Le président du tribunal a rappelé les faits. => none
",
    ),
];

/// Cases for the rules added in session 8 after the first score, each
/// seen at least three times in at least two sources.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "Me: the lawyer's title before a name, not the clitic",
        r"
« Le dossier est vide », a estimé Me Hortense Galmiche, l'avocate du prévenu. => Le dossier est vide | Galmiche | incise
« Nous ferons appel », annonce Me Ysaline Ferrand-Dulac. => Nous ferons appel | Ferrand-Dulac | incise
Me Barnabé Quéméner a affirmé que son client était innocent. => son client était innocent | Quéméner | verb-que
Selon Me Tugdual Kervella, la procédure est nulle. => la procédure est nulle | Kervella | selon
« Me voilà rassuré », a dit le maire. => Me voilà rassuré | maire | incise
Le témoin me dit que tout va bien. => tout va bien | témoin | verb-que
",
    ),
    (
        "local services of the State, emergency services and team staff speak",
        r"
La route restera fermée jusqu'à lundi, précise la sous-préfecture. => La route restera fermée jusqu'à lundi | sous-préfecture | incise
Selon le commissariat, trois plaintes ont été déposées. => trois plaintes ont été déposées | commissariat | selon
D'après les secours, la victime était consciente. => la victime était consciente | secours | selon
Le groupe a manqué de fraîcheur, estime le technicien. => Le groupe a manqué de fraîcheur | technicien | incise
Nous devons rester humbles, a prévenu la tacticienne. => Nous devons rester humbles | tacticienne | incise
L'équipe peut encore se qualifier, assure le coach. => L'équipe peut encore se qualifier | coach | incise
Le budget sera tenu, promet l'édile de Kerlouan. => Le budget sera tenu | édile | incise
Les secours ont évacué douze personnes. => none
",
    ),
    (
        "verbless adverbials before the marks of an incise's content frame it",
        r"
Samedi, devant le stade, « on ne lâchera rien », a lancé le capitaine. => on ne lâchera rien | capitaine | incise
À l'issue de l'audience, « nous allons faire appel », a annoncé Me Clémence Vautrin. => nous allons faire appel | Vautrin | incise
Lundi, au conseil municipal, « ce projet est mort », a tranché le maire. => ce projet est mort | maire | incise
Interrogée par France Bleu, « je ne regrette rien », a-t-elle confié. => je ne regrette rien | elle | incise
Le club est en danger, « vraiment en danger », a averti le président. => Le club est en danger, « vraiment en danger » | président | incise
",
    ),
];

#[test]
fn news_construction_batch_nine() {
    run_table("news batch, session 8 (set 5)", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_nine_rules() {
    run_table("news batch, session 8 (set 5), rule cases", RULE_CASES);
}
