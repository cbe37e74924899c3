//! A third constructed set of multi-paragraph articles on speaker
//! attribution across sentences (issue 14, session 16), modelled on
//! tests/speaker_attribution_articles_2.rs, from the constructions held-out
//! set 16's articles miss (tools/holdout/session16/articles.txt, README
//! "Session 16's held-out set"), in new wording, domains and names: "elle"
//! / "a-t-elle" after a woman introduced with her role as a sentence's
//! subject while a man (a first name the lexicon may not know) is named in
//! a complement of that sentence ("le projet de X", "le plan de X"), and
//! the same with a man subject and a woman in the complement; a quote
//! opening a paragraph whose speaker the next sentence names (a group, a
//! person, a director named in the headline); a role the story gives to
//! someone named before ("le représentant de l'État" for a prefect, "la
//! championne" after a race, "le réalisateur" for a filmmaker introduced
//! as "le cinéaste"); a quote after a sentence with no reporting verb whose
//! subject is a named person ("X ne décolère pas. « … »") when an
//! organisation was quoted just before; and speech-free controls. The
//! first 16 articles were written before looking at the code's output on
//! them; when the four plain cases of the first construction passed, two
//! were added to find what the held-out miss depends on: a split quote
//! over a paragraph after "le gouvernement de X" (passes; a first try with
//! a headline "Nom : « … »" failed only on that headline's known gap, so
//! the headline was made quote-free), and a role holding a capitalised
//! group name, the feature that varying the held-out article itself showed
//! to be the trigger (fails). The invented surnames are found nowhere else
//! in the repository.
//!
//! Format and checker: tests/support/attribution.rs (`text => fragment |
//! mention | name | rule`, one group per expected quote in text order, `¶`
//! a paragraph break, `gap ` a known gap, `text => none` for a case with
//! no quote). `cargo test --test speaker_attribution_articles_3 --
//! --nocapture` prints the pass rate by construction and the count quote
//! by quote.
//!
//! First score, before any rule changed (on 15c8fb1, 2026-12-01 21:13 UTC):
//! 8 of 18 articles (44.4 %); quote by quote 22 of 33 right (66.7 %), and
//! 1 found quote no group expects (the film title in a headline, taken as
//! an unattributed quote). Three group and organisation names were first
//! written otherwise ("riverains" for "Les riverains") and set to the
//! description as written before this count. The 10 failing articles were
//! then marked `gap`: "a-t-elle" after a woman whose role holds a
//! capitalised group name ("La présidente du groupe Gauche et Ruralité au
//! conseil départemental, X") given to the man of the complement, while
//! the five cases with a plain role ("La présidente du conseil régional")
//! pass, "le gouvernement de X" included; a quote opening a paragraph given
//! to the previous sentence's subject ("Les éboueurs de Valence", "La
//! fermeture du dernier bureau de poste") by narration, or left
//! unattributed after a headline naming the director; "le représentant de
//! l'État" and "la championne" left unresolved, "le réalisateur" given to
//! the screenwriter named last (a woman); a quote after "X ne décolère pas."
//! given, as floating, to the organisation quoted before (CGT, chambre de
//! commerce, direction du club). The three speech-free articles pass.
//!
//! Session 17: a narrated sentence whose subject can speak now takes the
//! bare quote after it before any earlier speaker can float onto it, and
//! "ne" opens a verb group after a subject ("X ne décolère pas"): the
//! three narration articles pass, and three were added for the evidence
//! (a fronted apposition with "n'en", two in fiction's style after an
//! incise by another speaker). A bare quote opening a paragraph now goes
//! to the name the next sentence has as its subject: the bookseller's row
//! passes; the documentary's still fails on its headline's title (taken as
//! an unattributed quote), so the same article without that headline and a
//! market stallholder's were added.
//!
//! Then role families (src/lexicons/role_families.txt: a definite
//! role joins the nearest named person introduced with a role of its
//! family) lift the three role cases ("le représentant de l'État", "la
//! championne", "le réalisateur"). With both rules and the rows they
//! added, 20 of 23 articles and 38 of 41 quotes pass.
//! Session 18: the "Gauche et Ruralité" article passes (a pronoun prefers
//! the person whose cues agree, tests/speaker_entity_gaps.rs).

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a pronoun after a subject introduced with her or his role, a person of the other gender named in a complement of that sentence",
        r"
La présidente du conseil régional, Hélène Vauclairac, a dénoncé mardi le projet de Tancrède Mourjaud, qui veut regrouper trois lycées agricoles sur un seul site. ¶ « On ne forme pas des paysans à cent kilomètres de leur ferme », a-t-elle lancé devant les élus. ¶ Elle a annoncé qu'une consultation des familles serait organisée à l'automne. => On ne forme pas des paysans | elle | Hélène Vauclairac | incise => une consultation des familles serait organisée | Elle | Hélène Vauclairac | verb-que
La directrice technique de la fédération de judo, Claire Escoulen, a sévèrement jugé samedi la gestion de Gwendal Manhaval, le président démissionnaire du club de Tarbes. « Les jeunes ont été abandonnés pendant deux saisons », a-t-elle regretté. ¶ Selon elle, une dizaine de licenciés ont déjà rejoint le club voisin. => Les jeunes ont été abandonnés | elle | Claire Escoulen | incise => une dizaine de licenciés ont déjà rejoint | elle | Claire Escoulen | selon
La cheffe des urgences de l'hôpital d'Aurillac, Sandrine Peyrolles, a répondu jeudi au plan d'Enguerrand Puechagut, le nouveau directeur de l'agence régionale de santé. ¶ « Ce plan ferme des lits sans créer un seul poste d'infirmier », estime-t-elle. Elle affirme que l'attente dépasse déjà douze heures le week-end. => Ce plan ferme des lits | elle | Sandrine Peyrolles | incise => l'attente dépasse déjà douze heures | Elle | Sandrine Peyrolles | verb-que
Rythmes scolaires : les parents d'élèves demandent le retrait de la réforme ¶ La présidente de la fédération des parents d'élèves, Armelle Coustoulin, a dénoncé lundi la réforme des rythmes scolaires du gouvernement de Thibaut Ramondenc, adoptée sans vote. ¶ « Cette réforme a été écrite sans un seul enseignant, a-t-elle déclaré lundi soir sur Radio Causses. Le ministre a choisi d'ignorer les familles, et il devra s'en expliquer. ¶ « Nous demanderons son retrait devant le Conseil d'État. » => Cette réforme a été écrite sans un seul enseignant | elle | Armelle Coustoulin | incise => Le ministre a choisi d'ignorer les familles | elle | Armelle Coustoulin | incise => Nous demanderons son retrait | elle | Armelle Coustoulin | continued
La présidente du groupe Gauche et Ruralité au conseil départemental, Noémie Lavergnac, a voté jeudi contre le schéma routier de Baudouin Ségalard, le président de l'assemblée, adopté à une voix près. ¶ « Ce schéma oublie les routes de montagne, a-t-elle déclaré en séance. Les villages du plateau resteront coupés tout l'hiver. » => Ce schéma oublie les routes de montagne | elle | Noémie Lavergnac | incise => Les villages du plateau resteront coupés | elle | Noémie Lavergnac | incise
Le maire de Bagnols, Firmin Cazalières, s'est opposé lundi au budget de Solveig Arnalbert, la présidente de la communauté de communes. « Je ne voterai jamais une hausse de douze pour cent des impôts locaux », a-t-il prévenu. ¶ Il a ajouté que sa commune pourrait quitter l'intercommunalité dès janvier. => Je ne voterai jamais une hausse | il | Firmin Cazalières | incise => sa commune pourrait quitter l'intercommunalité | Il | Firmin Cazalières | verb-que
",
    ),
    (
        "a quote opening a paragraph, its speaker named in the next sentence or in the headline; a role the story gives to someone named before",
        r"
gap Les éboueurs de Valence sont en grève depuis huit jours et les sacs s'entassent dans les rues du centre. ¶ « On ramasse vos ordures, ramassez nos revendications. » La phrase revient dans la bouche de tous les grévistes rassemblés chaque matin devant le dépôt. ¶ Le délégué syndical, Florent Ganivet, a annoncé que le mouvement serait reconduit lundi. => On ramasse vos ordures | grévistes | tous les grévistes | attribution => le mouvement serait reconduit lundi | Florent Ganivet | Florent Ganivet | verb-que
La fermeture du dernier bureau de poste de Saint-Flour inquiète les commerçants. ¶ « Sans la poste, les touristes ne s'arrêteront plus ici. » Bertrand Malbouys, qui tient la librairie de la place depuis trente ans, ne voit pas d'autre issue qu'une pétition. ¶ La direction régionale de La Poste assure que des permanences seront maintenues deux jours par semaine. => Sans la poste, les touristes ne s'arrêteront plus ici | Bertrand Malbouys | Bertrand Malbouys | attribution => des permanences seront maintenues | direction | direction régionale de La Poste | verb-que
gap « Les Bergers du silence » : Aurèle Vergnolles suit les derniers transhumants ¶ « Je voulais montrer un métier qui s'éteint sans faire de bruit. » Avec ce premier documentaire, présenté mercredi au festival de La Rochelle, Aurèle Vergnolles a passé quatre étés sur les estives de l'Ariège. ¶ Sa productrice, Manon Rouffignac, reconnaît que le film a failli ne jamais se faire. « Personne ne croyait à des bergers pendant une heure et demie », raconte-t-elle. => Je voulais montrer un métier | Aurèle Vergnolles | Aurèle Vergnolles | attribution => le film a failli ne jamais se faire | Manon Rouffignac | Manon Rouffignac | verb-que => Personne ne croyait à des bergers | elle | Manon Rouffignac | incise
Aurèle Vergnolles suit les derniers transhumants ¶ « Je voulais montrer un métier qui s'éteint sans faire de bruit. » Avec ce premier documentaire, présenté mercredi au festival de La Rochelle, Aurèle Vergnolles a passé quatre étés sur les estives de l'Ariège. => Je voulais montrer un métier | Aurèle Vergnolles | Aurèle Vergnolles | attribution
Le marché couvert de Millau rouvre après deux ans de travaux. ¶ « On a retrouvé nos clients dès la première heure. » Josette Carbasse, qui vend ses fromages sous la halle depuis 1987, a retrouvé sa place près de l'entrée. => On a retrouvé nos clients | Josette Carbasse | Josette Carbasse | attribution
Le préfet du Cantal, Ambroise Trémouillac, a autorisé jeudi l'extension de la carrière de Vézac. Il a estimé que le projet respectait la protection des sources. ¶ « Toutes les garanties ont été demandées à l'exploitant », a assuré le représentant de l'État. ¶ Les riverains ont annoncé qu'ils feraient appel. => le projet respectait la protection des sources | Il | Ambroise Trémouillac | verb-que => Toutes les garanties ont été demandées | représentant | Ambroise Trémouillac | incise => ils feraient appel | riverains | Les riverains | verb-que
La cycliste Léonie Marsillac a remporté dimanche à Cholet le championnat de France sur route, devant Inès Bourdaloue. ¶ Le sélectionneur national, Gaspard Estaniol, a salué « une course parfaitement maîtrisée ». « J'ai attaqué dans la dernière côte sans réfléchir », sourit la championne. => une course parfaitement maîtrisée | Gaspard Estaniol | Gaspard Estaniol | verb-quote => J'ai attaqué dans la dernière côte | championne | Léonie Marsillac | incise
Le cinéaste Armand Coustaury présente cette semaine à Annecy son troisième film d'animation, tourné avec une équipe de douze personnes. ¶ Sa scénariste, Odile Ferrandoux, a expliqué que l'écriture avait pris cinq ans. ¶ « Chaque plan a été dessiné à la main, sans exception », insiste le réalisateur. => l'écriture avait pris cinq ans | Odile Ferrandoux | Odile Ferrandoux | verb-que => Chaque plan a été dessiné à la main | réalisateur | Armand Coustaury | incise
",
    ),
    (
        "a quote after a sentence with no reporting verb whose subject is a named person, an organisation quoted just before; speech-free articles in the same style",
        r"
La région a confirmé la suppression de la ligne ferroviaire entre Rodez et Séverac. Pour la CGT, cette décision « condamne tout un territoire ». ¶ Conductrice depuis vingt ans sur la ligne, Véronique Albouysse ne décolère pas. « On nous avait promis des trains neufs, on nous donne des cars. » => cette décision « condamne tout un territoire » | CGT | CGT | selon => On nous avait promis des trains neufs | Véronique Albouysse | Véronique Albouysse | narration
Les travaux du tramway bloqueront la rue Carnot pendant deux ans. La chambre de commerce juge que le calendrier est « intenable » pour les boutiques. ¶ Boulanger dans la rue depuis 1998, Lucien Bessièrou n'en dort plus. « Deux ans de palissades devant ma vitrine, c'est la faillite assurée. » => le calendrier est « intenable » pour les boutiques | chambre | chambre de commerce | verb-que => Deux ans de palissades devant ma vitrine | Lucien Bessièrou | Lucien Bessièrou | narration
Le club de Montauban a perdu dimanche son cinquième match de suite. Selon la direction du club, l'entraîneur garde toute sa confiance. ¶ Le gardien Basile Trinquecoste, lui, reste sceptique. « On ne gagne plus, et tout le monde fait semblant de ne pas le voir. » => l'entraîneur garde toute sa confiance | direction | direction du club | selon => On ne gagne plus | Basile Trinquecoste | Basile Trinquecoste | narration
Pour le syndicat Sud-Rail, ces suppressions de postes « mettent les voyageurs en danger ». ¶ Contrôleur depuis douze ans, Yannick Combalbert n'en revient pas. « On nous demande de faire rouler des trains sans personne à bord. » => mettent les voyageurs en danger | syndicat | Sud-Rail | selon => On nous demande de faire rouler | Yannick Combalbert | Yannick Combalbert | narration
« Tu as vendu la ferme ? » demanda Julien à voix basse. ¶ Mathilde détourna les yeux vers la fenêtre. « Il le fallait, nous n'avions plus un sou. » => Tu as vendu la ferme | Julien | Julien | incise => Il le fallait | Mathilde | Mathilde | narration
« Vous repartez quand ? » demanda l'aubergiste en essuyant un verre. ¶ Louise Verdalle ne répondit pas tout de suite. « Je crois que je vais rester ici tout l'hiver. » => Vous repartez quand | aubergiste | l'aubergiste | incise => Je crois que je vais rester | Louise Verdalle | Louise Verdalle | narration
Le maire de Brioude, Anselme Courbayrac, a inauguré samedi la nouvelle médiathèque. ¶ Le bâtiment, dessiné par l'architecte Lise Cantarel, accueillera aussi une ludothèque et un atelier numérique. => none
La skieuse Ophélie Granjoux a terminé quatrième de la descente de Val-d'Isère, derrière l'Autrichienne Anna Delpastre. ¶ Elle retrouvera la Coupe du monde le mois prochain à Cortina. => none
La directrice du musée de Figeac, Agathe Roumégoux, a accueilli mardi le projet de Maël Calvignac, un collectionneur qui prête ses cartes anciennes. ¶ L'exposition ouvrira le 3 mai et durera tout l'été. => none
",
    ),
];

#[test]
fn speaker_attribution_articles_3() {
    score_articles(
        "speaker attribution in multi-paragraph articles, third set, session 16",
        CONSTRUCTIONS,
    );
}
