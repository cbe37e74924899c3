//! A twelfth batch of constructed sentences for reported speech (issue 14,
//! session 11), written before any rule was changed for it and scored once
//! as written: that first score is the honest estimate of how the rules meet
//! text they were not tuned on. It samples the reporting clauses that news
//! writes and the earlier sets cover little: reporting verbs in the simple
//! past, the future and the journalistic conditional; the passive with an
//! agent ("Il a été rappelé par le préfet que"); a dative clitic or an
//! indirect object between the verb and its que-clause ("lui a assuré
//! que", "nous a confié que", "a affirmé aux journalistes que"); inverted
//! subject clitics after marks opened by a colon, and "ont-ils fait savoir";
//! "comme l'a rappelé X" and "à en croire X"; a clitic object that
//! announces the content after a colon ("X l'a redit : …"); quotations over
//! two sentences or two paragraphs, one with no opening mark in its second
//! paragraph; interviews in the dialogue-dash convention; source adjuncts
//! and nominal cues ("Selon l'ONG X", "selon les termes de X", "l'annonce,
//! par X, que"); bodies named by an acronym and their place ("L'ARS de
//! Bretagne"); judgements with an adjective ("juge indispensable que") and
//! rarer verbs ("a requis que", "n'a pas écarté la possibilité que", "a
//! concédé que"); the impersonal "on" ("dit-on", "on dit que"); then
//! speech-free look-alikes ("pour la première fois", "selon les cas",
//! "dire que" as an exclamation, titles of films and books). Expected
//! values follow ../shared/eval/GUIDELINES.md and the conventions of the
//! earlier sets, not the code's output. The invented names are found
//! nowhere else in the repository. `cargo test --test
//! quote_news_constructions_8 -- --nocapture` prints the pass rate by
//! construction; the table format is described in
//! tests/support/constructions.rs (a failing case is marked `gap`: the
//! table checks it still fails).
//!
//! First score, before any rule changed (on 4b76b0a, 2026-12-01 05:05 UTC):
//! 67 of 95 cases (70.5 %); the 28 failing cases were then marked `gap`.
//! Added on 65d48be (06:55 UTC) from the published held-out set 11, before
//! any rule: a phrase between commas between the verb and "que" (3 of 6:
//! the prepositional phrase and "selon" pass, the participle "cité par",
//! "interrogé par", "contacté par" fails) and "vouloir dire", to mean
//! (1 of 5, among the rule cases: only the negated form passes).
//! Added on fdf4fcc (07:15 UTC) from the published held-out set 11 and UD
//! GSD dev, before any rule: the quoted title of a work after a verb of
//! publishing, writing or presenting, named by a work noun in apposition
//! or after "intitulé" (5 of 9: the three controls that stay speech pass,
//! "présente" and "signe", no speech verbs, pass; "publie" and "a écrit"
//! before the title fail).

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "reporting verbs in the simple past, the future and the conditional",
        r"
Le général déclara que la ville ne serait jamais livrée. => la ville ne serait jamais livrée | général | verb-que
« Nous tiendrons le pont », promit le capitaine Évariste Lannuzel. => Nous tiendrons le pont | Lannuzel | incise
« Le pire est derrière nous », assurèrent les médecins. => Le pire est derrière nous | médecins | incise
La reine répondit qu'elle ne signerait pas. => elle ne signerait pas | reine | verb-que
La rapporteure précisera que le texte ne concerne pas les mineurs. => le texte ne concerne pas les mineurs | rapporteure | verb-que
Le ministre aurait confié à ses proches qu'il envisageait de démissionner. => il envisageait de démissionner | ministre | verb-que
Le directeur aurait affirmé que les comptes étaient à l'équilibre. => les comptes étaient à l'équilibre | directeur | verb-que
« Je reviendrai », lança-t-elle en quittant la scène. => Je reviendrai | elle | incise
Si la ministre affirmait que la réforme est abandonnée, personne ne la croirait. => none
",
    ),
    (
        "the passive with an agent",
        r"
Il a été rappelé par le préfet que la baignade restait interdite. => la baignade restait interdite | préfet | passive
Il a été précisé par les organisateurs que le concert était reporté. => le concert était reporté | organisateurs | passive
Il nous a été confirmé par la gendarmerie que deux suspects avaient été interpellés. => deux suspects avaient été interpellés | gendarmerie | passive
gap Il a été souligné, par la rapporteure, que le budget dérivait. => le budget dérivait | rapporteure | passive
Il avait été annoncé par la mairie que les travaux dureraient six mois. => les travaux dureraient six mois | mairie | passive
Il a été annoncé que le festival était annulé. => none
",
    ),
    (
        "a dative clitic or an indirect object between the verb and que",
        r"
Le directeur lui a assuré que son poste serait maintenu. => son poste serait maintenu | directeur | verb-que
Une infirmière nous a confié que le service manquait de bras. => le service manquait de bras | infirmière | verb-que
Le maire leur a promis que la salle serait rénovée avant l'été. => la salle serait rénovée avant l'été | maire | verb-que
La préfète m'a expliqué que les évacuations avaient commencé. => les évacuations avaient commencé | préfète | verb-que
Le capitaine a affirmé aux journalistes que l'équipe était prête. => l'équipe était prête | capitaine | verb-que
L'entraîneur a rappelé à ses joueurs qu'aucun match n'était gagné d'avance. => aucun match n'était gagné d'avance | entraîneur | verb-que
« Tout ira bien », lui a assuré l'infirmière. => Tout ira bien | infirmière | incise
« Nous sommes épuisés », nous a confié le patron du bar. => Nous sommes épuisés | patron | incise
",
    ),
    (
        "an inverted subject clitic after marks opened by a colon, and ont-ils fait savoir",
        r"
Le constat est amer : « On a tout perdu », ajoute-t-il. => On a tout perdu | il | incise
Sa conclusion est simple : « Il faut reconstruire », poursuit-elle. => Il faut reconstruire | elle | incise
Ils ne signeront pas l'accord, ont-ils fait savoir. => Ils ne signeront pas l'accord | ils | incise
« Nous attendons des actes », ont-elles fait savoir lundi. => Nous attendons des actes | elles | incise
La grève continuera jusqu'à nouvel ordre, ont fait savoir les syndicats. => La grève continuera jusqu'à nouvel ordre | syndicats | incise
« Rien n'a changé », a-t-elle redit devant les élus. => Rien n'a changé | elle | incise
« La décision est prise », ont-ils tenu à rappeler. => La décision est prise | ils | incise
",
    ),
    (
        "comme l'a rappelé X, and à en croire X",
        r"
Comme l'a rappelé la procureure, l'enquête ne fait que commencer. => l'enquête ne fait que commencer | procureure | incise
Comme l'a expliqué le maire lors du conseil, les travaux dureront deux ans. => les travaux dureront deux ans | maire | incise
Comme le répète souvent l'entraîneur, un match n'est jamais gagné d'avance. => un match n'est jamais gagné d'avance | entraîneur | incise
Comme l'avait annoncé la direction, l'usine fermera en juin. => l'usine fermera en juin | direction | incise
gap À en croire le syndic, les travaux seront terminés en mai. => les travaux seront terminés en mai | syndic | selon
À en croire ses proches, l'ancien maire ne se représentera pas. => l'ancien maire ne se représentera pas | proches | selon
gap Les prix vont baisser, à en croire le ministre. => Les prix vont baisser | ministre | selon
Comme prévu, les travaux ont commencé lundi. => none
",
    ),
    (
        "a clitic object that announces the content after a colon",
        r"
Le ministre l'a redit mardi : la réforme ira à son terme. => la réforme ira à son terme | ministre | verb-colon
La maire l'a répété devant le conseil : « Il n'y aura pas de hausse d'impôts. » => Il n'y aura pas de hausse d'impôts. | maire | verb-colon
Le syndicat l'a rappelé dans un communiqué : aucun accord n'a été signé. => aucun accord n'a été signé | syndicat | verb-colon
L'entraîneur l'a reconnu après le match : son équipe a manqué de rythme. => son équipe a manqué de rythme | entraîneur | verb-colon
La juge l'a dit sans détour : le dossier est vide. => le dossier est vide | juge | verb-colon
Le maire l'a assuré : « Personne ne sera laissé de côté. » => Personne ne sera laissé de côté. | maire | verb-colon
",
    ),
    (
        "a quotation over two sentences or two paragraphs",
        r"
« Nous avons tout essayé. Rien n'a marché », reconnaît le directeur. => Nous avons tout essayé. Rien n'a marché | directeur | incise
Le maire a déclaré : « Le budget est tenu. Les impôts ne monteront pas. » => Le budget est tenu. Les impôts ne monteront pas. | maire | verb-colon
« Le village est coupé du monde. Les routes sont impraticables. Nous manquons de tout », alerte le maire de Saint-Ivrel. => Le village est coupé du monde. Les routes sont impraticables. Nous manquons de tout | maire | incise
La présidente a déclaré : « Nous ne fermerons pas le site. ¶ « Les salariés peuvent compter sur nous. » => Nous ne fermerons pas le site. | présidente | verb-colon => Les salariés peuvent compter sur nous. | présidente | continued
gap La présidente a déclaré : « Nous ne fermerons pas le site. ¶ Les salariés peuvent compter sur nous. » => Nous ne fermerons pas le site. | présidente | verb-colon => Les salariés peuvent compter sur nous. | présidente | continued
gap Le guide raconte : « Nous avons marché dix heures. ¶ Il neigeait sans arrêt. » => Nous avons marché dix heures. | guide | verb-colon => Il neigeait sans arrêt. | guide | continued
« La saison a été dure. ¶ « Mais nous reviendrons », promet l'entraîneur. => La saison a été dure. | entraîneur | continued => Mais nous reviendrons | entraîneur | incise
",
    ),
    (
        "interviews in the dialogue-dash convention",
        r"
Nous avons rencontré la navigatrice Eudoxie Ferrasse à son retour. ¶ — Comment s'est passée la course ? ¶ — La mer était calme, le bateau a tenu. => La mer était calme, le bateau a tenu. | Ferrasse | dialogue-turn
gap — Regrettez-vous d'être parti ? ¶ — Jamais, répond le navigateur. => Jamais | navigateur | incise
gap — Quand reprendrez-vous la mer ? ¶ — Dès le printemps, assure l'alpiniste. => Dès le printemps | alpiniste | incise
gap — Avez-vous peur ? ¶ — Un peu, avoue la candidate. => Un peu | candidate | incise
gap — Que pensez-vous de la réforme ? ¶ — Elle arrive trop tard, tranche le syndicaliste Gurvan Quillivic. => Elle arrive trop tard | Quillivic | incise
",
    ),
    (
        "source adjuncts and nominal cues",
        r"
Selon l'ONG Vigimer, trente chalutiers pêchent illégalement dans la zone. => trente chalutiers pêchent illégalement dans la zone | Vigimer | selon
Selon l'association Terrevive, la moitié des haies a disparu. => la moitié des haies a disparu | Terrevive | selon
L'ONG Ocelane estime que « le littoral est sacrifié ». => le littoral est sacrifié | Ocelane | verb-que
gap Selon les termes du ministre, la réforme est « non négociable ». => la réforme est « non négociable » | ministre | selon
gap Selon les propres termes de la présidente, le club est « en survie ». => le club est « en survie » | présidente | selon
gap L'annonce, par la préfecture, que le pont resterait fermé a exaspéré les riverains. => le pont resterait fermé | préfecture | speech-noun
L'affirmation du maire selon laquelle la dette a baissé est contestée. => la dette a baissé | maire | speech-noun
",
    ),
    (
        "a body named by an acronym and its place",
        r"
L'ARS de Bretagne estime que l'épidémie recule. => l'épidémie recule | ARS | verb-que
La CCI de Normandie a indiqué que les exportations avaient chuté. => les exportations avaient chuté | CCI | verb-que
La DDTM du Finistère a rappelé que la pêche à pied était interdite. => la pêche à pied était interdite | DDTM | verb-que
« Les chiffres sont faux », affirme le SDIS de la Manche. => Les chiffres sont faux | SDIS | incise
Selon la DREAL d'Occitanie, le loup est présent dans quarante communes. => le loup est présent dans quarante communes | DREAL | selon
Le CHU de Trémazan précise que deux patients sont en réanimation. => deux patients sont en réanimation | CHU | verb-que
",
    ),
    (
        "judgements with an adjective before que, and rarer reporting verbs",
        r"
gap Le maire juge indispensable que l'État participe aux travaux. => l'État participe aux travaux | maire | verb-que
gap La syndicaliste estime anormal que les primes soient supprimées. => les primes soient supprimées | syndicaliste | verb-que
gap Les élus jugent inacceptable que la ligne ferme. => la ligne ferme | élus | verb-que
gap Le parquet a requis que l'accusé soit maintenu en détention. => l'accusé soit maintenu en détention | parquet | verb-que
« Le quartier n'était qu'un marécage », se souvient Philomène Marzin. => Le quartier n'était qu'un marécage | Marzin | incise
Le ministre n'a pas écarté la possibilité que les élections soient reportées. => les élections soient reportées | ministre | verb-que
La direction n'exclut pas la possibilité que des postes soient supprimés. => des postes soient supprimés | direction | verb-que
Le joueur a concédé que son équipe avait mal joué. => son équipe avait mal joué | joueur | verb-que
« On verra bien », a glissé le capitaine. => On verra bien | capitaine | incise
",
    ),
    (
        "the impersonal on",
        r"
Le club serait à vendre, dit-on. => Le club serait à vendre | - | incise
On dit que le maire ne se représentera pas. => le maire ne se représentera pas | - | verb-que
« Le patron est malade », murmure-t-on dans les couloirs. => Le patron est malade | - | incise
On raconte que le château est hanté. => le château est hanté | - | verb-que
",
    ),
    (
        "speech-free look-alikes",
        r"
Pour la première fois, le club remporte la coupe. => none
Pour la deuxième année consécutive, la récolte est mauvaise. => none
Selon les cas, le traitement dure deux ou trois semaines. => none
Selon toute vraisemblance, le match sera reporté. => none
Dire que le village comptait mille habitants il y a un siècle ! => none
Il faut dire que la route était verglacée. => none
Autant dire que la saison est terminée. => none
Le film « Les Heures claires » sort mercredi en salles. => none
Le livre « Mémoires d'un passeur » raconte la vie d'un douanier. => none
Le maire a requis l'aide de l'armée. => none
La vieille dame se souvient du naufrage de 1962. => none
Comme chaque année, la foire attire des milliers de visiteurs. => none
Il a été élu par le conseil municipal. => none
",
    ),
    (
        "a prepositional or participle phrase between commas between the verb and que",
        r"
La préfecture a indiqué, dans un communiqué, que le pont resterait fermé. => le pont resterait fermé | préfecture | verb-que
Le maire a expliqué, lors d'une conférence de presse, qu'il ne se représenterait pas. => il ne se représenterait pas | maire | verb-que
Le syndicat a déclaré, selon l'AFP, que la grève serait reconduite. => la grève serait reconduite | syndicat | verb-que
La ministre a assuré, citée par un quotidien régional, que rien n'était décidé. => rien n'était décidé | ministre | verb-que
Le porte-parole a estimé, interrogé par une radio locale, que la grève serait longue. => la grève serait longue | porte-parole | verb-que
Le parquet a précisé, contacté par téléphone, que l'enquête se poursuivait. => l'enquête se poursuivait | parquet | verb-que
",
    ),
];

/// Cases for the rules added in session 11 after the first score, each
/// seen at least three times in at least two sources (the sentence rule
/// for an organisation's name of several words is 6244855's, made at the
/// same time from the same held-out evidence; these cases assert the
/// quote, speaker and rule it gives).
const RULE_CASES: &[(&str, &str)] = &[
    (
        "an organisation named in two or three capitalised words after its noun",
        r"
Selon l'ONG Horizon Libre, quarante villages sont privés d'eau. => quarante villages sont privés d'eau | Horizon | selon
L'ONG Vigie Côtière estime que « la pêche illégale explose ». => la pêche illégale explose | Vigie | verb-que
L'association Lisière Verte dénonce « un massacre ». => un massacre | Lisière | verb-quote
« Les stocks s'effondrent », alerte l'ONG Houle Claire. => Les stocks s'effondrent | Houle | incise
Le collectif Forêt Debout affirme que la forêt recule. => la forêt recule | Forêt | verb-que
",
    ),
    (
        "redire, a speech verb of repetition like répéter",
        r"
« Nous ne céderons pas », redit la ministre. => Nous ne céderons pas | ministre | incise
La présidente a redit que l'usine ne fermerait pas. => l'usine ne fermerait pas | présidente | verb-que
Le maire le redira lundi : la piscine rouvrira en juin. => la piscine rouvrira en juin | maire | verb-colon
Le comité n'a rien trouvé à redire au projet. => none
Il n'y a rien à redire sur la forme. => none
",
    ),
    (
        "vouloir dire, to mean, reports no speech",
        r"
Ça veut dire que les loyers vont encore augmenter. => none
Cette décision veut dire que le chantier est suspendu. => none
Ce chiffre veut simplement dire que la saison a été bonne. => none
gap Cela voulait dire, pour les riverains, que la route serait coupée. => none
Cela ne voulait pas dire que la ligne fermerait. => none
",
    ),
    (
        "a title of a work after a verb of publishing, writing or presenting",
        r"
Lucien Morvan publie « Les Sentiers d'hiver », un roman sur la Grande Guerre. => none
Agathe Vernier a écrit « La Maison des dunes », un livre sur son grand-père. => none
Le réalisateur Paol Kerhervé présente « Les Quais de Brest », un documentaire sur les dockers. => none
Le groupe Lanvaux signe « Marées basses », son deuxième album. => none
Le quotidien a publié un éditorial intitulé « La fin d'une époque ». => none
La romancière a écrit un essai intitulé « Le Silence des phares ». => none
« Nous ne céderons pas », a écrit le maire sur Twitter. => Nous ne céderons pas | maire | incise
La députée a écrit « Honte à vous », un message publié sur Twitter. => Honte à vous | députée | verb-quote
Le maire a écrit : « Nous ne fermerons pas l'école. » => Nous ne fermerons pas l'école. | maire | verb-colon
",
    ),
];

#[test]
fn news_construction_batch_twelve() {
    run_table("news batch, session 11 (set 8)", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_twelve_rules() {
    run_table("news batch, session 11 (set 8), rule cases", RULE_CASES);
}
