//! A tenth batch of constructed sentences for reported speech (issue 14,
//! session 9), written before any rule was changed for it and scored once
//! as written: that first score is the honest estimate of how the rules meet
//! text they were not tuned on. It samples the genres of the UD treebanks
//! the earlier sets cover little: parliamentary speech reported in the
//! third person (Europarl, the Assemblée), institutional and legal text
//! (courts, the Cour des comptes, independent authorities), encyclopaedic
//! text ("selon la légende", "Hérodote rapporte que"), health news,
//! regional newspaper items and Wikinews-style wire copy; then the
//! constructions earlier sessions left open ("Comme l'a rappelé X,", "ne
//! nie pas que", "nous confie X", an adverbial between commas before an
//! inverted subject, coordinated subjects, "Cité par X,", "pour le
//! politologue X" after the content, …); and speech-free look-alikes from
//! the same genres. Expected values follow ../shared/eval/GUIDELINES.md and
//! the conventions of the earlier sets, not the code's output. The invented
//! names are found nowhere else in the repository. `cargo test --test
//! quote_news_constructions_6 -- --nocapture` prints the pass rate by
//! construction; the table format is described in
//! tests/support/constructions.rs (a failing case is marked `gap`: the
//! table checks it still fails).
//!
//! First score, before any rule changed (on 619c099, 2026-11-30 22:40 UTC):
//! 83 of 104 cases (79.8 %); the 21 failing cases were then marked `gap`.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "parliamentary speech reported in the third person",
        r"
Le rapporteur a souligné que la directive devait être transposée avant la fin de l'année. => la directive devait être transposée avant la fin de l'année | rapporteur | verb-que
M. Delaunoy a rappelé que son groupe avait voté contre le texte en première lecture. => son groupe avait voté contre le texte en première lecture | Delaunoy | verb-que
La commissaire a répondu que la Commission présenterait une proposition au printemps. => la Commission présenterait une proposition au printemps | commissaire | verb-que
Le président de séance a fait observer que le temps de parole était épuisé. => le temps de parole était épuisé | président | verb-que
Mme Valmorel, au nom du groupe socialiste, a demandé que le vote soit reporté à la prochaine session. => le vote soit reporté à la prochaine session | Valmorel | verb-que
Le Conseil estime que les crédits prévus sont suffisants. => les crédits prévus sont suffisants | Conseil | verb-que
Plusieurs orateurs ont regretté que la Commission n'ait pas consulté les partenaires sociaux. => la Commission n'ait pas consulté les partenaires sociaux | orateurs | verb-que
L'auteur de l'amendement a expliqué que celui-ci visait à protéger les petites exploitations. => celui-ci visait à protéger les petites exploitations | auteur | verb-que
Selon le rapporteur, le compromis trouvé avec le Conseil est « équilibré ». => le compromis trouvé avec le Conseil est « équilibré » | rapporteur | selon
La ministre a indiqué aux députés que le décret serait publié avant l'été. => le décret serait publié avant l'été | ministre | verb-que
« Ce texte ne règle rien », a lancé depuis les bancs de l'opposition le député Armand Cazenove. => Ce texte ne règle rien | Cazenove | incise
Le groupe des Verts juge que la proposition de la Commission manque d'ambition. => la proposition de la Commission manque d'ambition | groupe | verb-que
Le commissaire Hallgren a déclaré : « La Commission ne retirera pas sa proposition. » => La Commission ne retirera pas sa proposition. | Hallgren | verb-colon
",
    ),
    (
        "institutional and legal text",
        r"
Le Conseil constitutionnel a jugé que la disposition contestée était conforme à la Constitution. => la disposition contestée était conforme à la Constitution | Conseil | verb-que
Dans son arrêt, la cour d'appel considère que le licenciement était dépourvu de cause réelle et sérieuse. => le licenciement était dépourvu de cause réelle et sérieuse | cour | verb-que
La Cour des comptes relève que les objectifs fixés en 2019 n'ont pas été atteints. => les objectifs fixés en 2019 n'ont pas été atteints | Cour | verb-que
Le Défenseur des droits recommande que les contrôles d'identité fassent l'objet d'un récépissé. => les contrôles d'identité fassent l'objet d'un récépissé | Défenseur | verb-que
Selon le rapport annuel de la Cour, la dette des hôpitaux a doublé en dix ans. => la dette des hôpitaux a doublé en dix ans | rapport | selon
La préfecture rappelle que l'usage des pétards est interdit sur la voie publique. => l'usage des pétards est interdit sur la voie publique | préfecture | verb-que
gap « Une peine de prison ferme s'impose », a requis la procureure Valentine Oudry. => Une peine de prison ferme s'impose | Oudry | incise
La Commission nationale de l'informatique et des libertés estime que le fichier est « disproportionné ». => le fichier est « disproportionné » | Commission | verb-que
Le tribunal administratif a estimé que l'arrêté municipal portait une atteinte grave à la liberté d'aller et venir. => l'arrêté municipal portait une atteinte grave à la liberté d'aller et venir | tribunal | verb-que
L'avocat du syndicat, Me Florent Quillévéré, a annoncé qu'il allait se pourvoir en cassation. => il allait se pourvoir en cassation | Quillévéré | verb-que
Le Sénat a adopté mardi le projet de loi, a indiqué la présidence de la chambre haute. => Le Sénat a adopté mardi le projet de loi | présidence | incise
",
    ),
    (
        "encyclopaedic text",
        r"
gap Selon la légende, le saint aurait traversé la Manche sur une auge de pierre. => le saint aurait traversé la Manche sur une auge de pierre | légende | selon
D'après l'historien Gaston Rebuffel, le château fut construit au XIIe siècle. => le château fut construit au XIIe siècle | Rebuffel | selon
Hérodote rapporte que les Perses enseignaient à leurs fils à monter à cheval. => les Perses enseignaient à leurs fils à monter à cheval | Hérodote | verb-que
Certains auteurs affirment que la ville fut fondée par des marins phéniciens. => la ville fut fondée par des marins phéniciens | auteurs | verb-que
Le chroniqueur raconte que le roi mourut d'une chute de cheval. => le roi mourut d'une chute de cheval | chroniqueur | verb-que
Pour les historiens, cette bataille marque la fin de la guerre de Cent Ans. => cette bataille marque la fin de la guerre de Cent Ans | historiens | selon
Le philosophe soutenait que la morale ne pouvait se fonder sur la seule raison. => la morale ne pouvait se fonder sur la seule raison | philosophe | verb-que
Selon le recensement de 2021, la commune compte 2 341 habitants. => la commune compte 2 341 habitants | recensement | selon
",
    ),
    (
        "health news",
        r"
Selon Santé publique France, l'épidémie de grippe a atteint son pic la semaine dernière. => l'épidémie de grippe a atteint son pic la semaine dernière | Santé | selon
« Les urgences sont saturées depuis trois semaines », alerte le Dr Maëlig Hervouët, urgentiste au CHU de Brest. => Les urgences sont saturées depuis trois semaines | Hervouët | incise
Une étude publiée dans The Lancet montre que la pollution de l'air réduit l'espérance de vie de deux ans. => la pollution de l'air réduit l'espérance de vie de deux ans | étude | verb-que
Les chercheurs estiment que le traitement pourrait être disponible d'ici cinq ans. => le traitement pourrait être disponible d'ici cinq ans | chercheurs | verb-que
L'ANSM rappelle que ce médicament ne doit pas être utilisé chez l'enfant. => ce médicament ne doit pas être utilisé chez l'enfant | ANSM | verb-que
« Il ne faut pas céder à la panique », a tempéré le professeur Aurélien Gasquet, infectiologue. => Il ne faut pas céder à la panique | Gasquet | incise
Le vaccin est efficace à 90 %, selon les résultats préliminaires de l'essai. => Le vaccin est efficace à 90 % | résultats | selon
L'Organisation mondiale de la santé a averti que la résistance aux antibiotiques progressait « de manière alarmante ». => la résistance aux antibiotiques progressait « de manière alarmante » | Organisation | verb-que
D'après une enquête de l'Inserm, un adolescent sur cinq dort moins de sept heures par nuit. => un adolescent sur cinq dort moins de sept heures par nuit | enquête | selon
Le ministère de la Santé a fait savoir que 1 200 lits supplémentaires seraient ouverts cet hiver. => 1 200 lits supplémentaires seraient ouverts cet hiver | ministère | verb-que
« Le tabac reste la première cause de mortalité évitable », rappelle la pneumologue. => Le tabac reste la première cause de mortalité évitable | pneumologue | incise
Le professeur Clément Vasseur-Nadal, chef du service de pédiatrie, souligne que la vaccination reste « le meilleur rempart ». => la vaccination reste « le meilleur rempart » | Vasseur-Nadal | verb-que
",
    ),
    (
        "regional newspaper items",
        r"
« Nous attendons plus de 3 000 visiteurs », annonce Josiane Le Quintrec, présidente du comité des fêtes. => Nous attendons plus de 3 000 visiteurs | Quintrec | incise
Le président de l'association, Roland Lestrange, a remercié les bénévoles et rappelé que la fête avait trente ans. => la fête avait trente ans | Lestrange | verb-que
Selon les organisateurs, la randonnée a réuni 450 marcheurs. => la randonnée a réuni 450 marcheurs | organisateurs | selon
Les travaux devraient s'achever fin mars, indique la mairie. => Les travaux devraient s'achever fin mars | mairie | incise
« C'est une belle récompense pour toute l'équipe », se réjouit le boulanger, primé au concours départemental. => C'est une belle récompense pour toute l'équipe | boulanger | incise
La directrice de l'école, Hélène Corlay, explique que les effectifs sont en baisse depuis trois ans. => les effectifs sont en baisse depuis trois ans | Corlay | verb-que
gap Le club de football recherche des bénévoles, précise son président. => Le club de football recherche des bénévoles | président | incise
« On a toujours connu la ferme comme ça », sourit Marcel, 82 ans. => On a toujours connu la ferme comme ça | Marcel | incise
Pour le maire, Alain Ropars, la fermeture du bureau de poste serait « un très mauvais signal ». => la fermeture du bureau de poste serait « un très mauvais signal » | Ropars | selon
",
    ),
    (
        "wire copy",
        r"
Le ministère des Affaires étrangères a annoncé lundi que deux ressortissants français avaient été libérés. => deux ressortissants français avaient été libérés | ministère | verb-que
L'incendie a détruit plus de 2 000 hectares, a rapporté l'agence Reuters. => L'incendie a détruit plus de 2 000 hectares | Reuters | incise
D'après la BBC, le Premier ministre devrait annoncer sa démission dans la soirée. => le Premier ministre devrait annoncer sa démission dans la soirée | BBC | selon
Les autorités japonaises ont déclaré qu'aucune fuite radioactive n'avait été détectée. => aucune fuite radioactive n'avait été détectée | autorités | verb-que
La NASA a confirmé que la sonde avait atteint son orbite. => la sonde avait atteint son orbite | NASA | verb-que
Le porte-parole du gouvernement, Léandre Mativet, a qualifié l'attaque d'« acte lâche et barbare ». => acte lâche et barbare | Mativet | fragment
Un porte-parole de la police a précisé que le suspect avait été interpellé dans la nuit. => le suspect avait été interpellé dans la nuit | porte-parole | verb-que
Le séisme a fait au moins 14 morts, selon un bilan provisoire communiqué par la protection civile. => Le séisme a fait au moins 14 morts | bilan | selon
« Nous n'avons pas l'intention de démissionner », a déclaré le président kényan lors d'une conférence de presse à Nairobi. => Nous n'avons pas l'intention de démissionner | président | incise
Le journal Le Monde affirme que le contrat a été signé en 2018. => le contrat a été signé en 2018 | journal | verb-que
Le secrétaire général de l'Otan, Henrik Valsgaard, s'est dit « profondément préoccupé » par l'escalade. => profondément préoccupé | Valsgaard | fragment
",
    ),
    (
        "constructions left open by earlier sessions",
        r"
Comme l'a rappelé la rectrice, la réforme entrera en vigueur à la rentrée. => la réforme entrera en vigueur à la rentrée | rectrice | incise
Comme l'indique l'Insee dans sa dernière note, la natalité continue de baisser. => la natalité continue de baisser | Insee | incise
La direction ne nie pas que des retards ont été pris sur le chantier. => des retards ont été pris sur le chantier | direction | verb-que
gap « La récidive est probable », a requis l'avocate générale. => La récidive est probable | avocate | incise
« J'ai tout appris ici », nous confie la cheffe étoilée. => J'ai tout appris ici | cheffe | incise
gap L'ancien mineur se souvient que les galeries étaient inondées chaque printemps. => les galeries étaient inondées chaque printemps | mineur | verb-que
« Rien ne justifie une telle hausse », a déclaré, jeudi, le président de la chambre d'agriculture. => Rien ne justifie une telle hausse | président | incise
« Ce texte est une trahison », plaide auprès de l'AFP la députée Soazig Perrichon. => Ce texte est une trahison | Perrichon | incise
La SNCF et la RATP ont annoncé que le trafic serait normal lundi. => le trafic serait normal lundi | SNCF | verb-que
Cité par le quotidien Sud Ouest, un viticulteur affirme que la récolte est perdue. => la récolte est perdue | viticulteur | verb-que
La majorité sortira affaiblie de ce scrutin, pour le politologue Bastien Orlhac. => La majorité sortira affaiblie de ce scrutin | Orlhac | selon
Retraites : « Nous irons jusqu'au retrait », préviennent les syndicats => Nous irons jusqu'au retrait | syndicats | incise
« C'est la fin d'une époque », a glissé, ému, le gardien du phare. => C'est la fin d'une époque | gardien | incise
L'ONG Océans Vivants dénonce « une catastrophe écologique annoncée ». => une catastrophe écologique annoncée | ONG | verb-quote
« Les coraux meurent plus vite que prévu », alerte Iris Dambreville, océanographe. => Les coraux meurent plus vite que prévu | Dambreville | incise
Selon un proche du dossier, la vente pourrait être conclue avant l'été. => la vente pourrait être conclue avant l'été | proche | selon
gap Un rapport de l'Inspection générale des finances pointe que les aides ont été mal ciblées. => les aides ont été mal ciblées | rapport | verb-que
Le syndicat Alliance juge que les effectifs sont « largement insuffisants ». => les effectifs sont « largement insuffisants » | syndicat | verb-que
",
    ),
    (
        "speech-free look-alikes",
        r"
Le rapporteur a présenté son rapport en séance plénière. => none
La Commission a adopté une proposition de directive sur les emballages. => none
Le Conseil constitutionnel a censuré trois articles de la loi. => none
Le tribunal a prononcé la relaxe des deux prévenus. => none
Selon les saisons, le lac peut perdre jusqu'à deux mètres. => none
Pour la deuxième année consécutive, la commune a reçu le label Villes fleuries. => none
Le chroniqueur fut exilé en Bretagne en 1204. => none
L'étude porte sur 12 000 patients suivis pendant dix ans. => none
Le médecin a prescrit des antibiotiques à l'enfant. => none
Les chercheurs ont prélevé des échantillons dans trois rivières. => none
Comme chaque année, le comité des fêtes organise un vide-grenier. => none
Le maire a inauguré la nouvelle médiathèque samedi matin. => none
Comme prévu, les travaux ont commencé lundi. => none
Le ministre a annoncé sa démission lundi soir. => none
La NASA a lancé une nouvelle sonde vers Jupiter. => none
Les députés ont adopté le texte par 312 voix contre 204. => none
Le parquet a ouvert une enquête pour homicide involontaire. => none
Il est prévu que les travaux durent six mois. => none
La cour a confirmé la condamnation de l'ancien maire. => none
Le livre raconte l'histoire d'une famille de pêcheurs. => none
On sait que la maladie touche surtout les enfants. => none
Comme l'a montré la crise de 2008, les banques restent fragiles. => none
",
    ),
];

/// Cases for the rules added in session 9 after the first score, each
/// seen at least three times in at least two sources.
const RULE_CASES: &[(&str, &str)] = &[
    (
        "\"nous\" or \"vous\" before a verb that does not agree with it is its object",
        r"
« Tout est prêt », nous assure le directeur du festival. => Tout est prêt | directeur | incise
« Il reviendra », nous a confié sa sœur. => Il reviendra | sœur | incise
« C'était un autre temps », vous dira Gisèle, 90 ans. => C'était un autre temps | Gisèle | incise
Le témoin nous dit que la voiture roulait vite. => la voiture roulait vite | témoin | verb-que
« Nous avons dit non », avons-nous répondu. => Nous avons dit non | nous | incise
",
    ),
    (
        "a speech verb the tagger reads as a noun, between a closing mark and its subject",
        r"
« La forêt brûle », alerte Maïwenn Coatanéa, garde forestière. => La forêt brûle | Coatanéa | incise
« Les crédits manquent », note le rapport. => Les crédits manquent | rapport | incise
« Rien n'est joué », alerte le sélectionneur. => Rien n'est joué | sélectionneur | incise
« Le débat est clos », conclut Ghislain Merzouki. => Le débat est clos | Merzouki | incise
",
    ),
    (
        "an incidental between commas, or an adverb and de, before an inverted subject",
        r"
« Nous partirons », a annoncé, mardi soir, le capitaine du navire. => Nous partirons | capitaine | incise
« Je suis soulagée », a confié, émue, la mère de la victime. => Je suis soulagée | mère | incise
« Le site fermera », a indiqué lors du conseil le maire de Plouzané. => Le site fermera | maire | incise
« Il faut agir », plaide auprès de Reuters le ministre des Finances. => Il faut agir | ministre | incise
« On reviendra », a lancé, hier, Yanis Belkacemi. => On reviendra | Belkacemi | incise
",
    ),
    (
        "a capitalised particle after a first name opens the surname",
        r"
« Je reste », a déclaré Gwenaëlle Le Moal. => Je reste | Moal | incise
Selon Erwan Le Dantec, le port sera agrandi. => le port sera agrandi | Dantec | selon
« La saison est lancée », annonce Corentin La Prairie, président du club. => La saison est lancée | Prairie | incise
« Rien ne bouge », regrette Annick Le Floc'h. => Rien ne bouge | Floc'h | incise
",
    ),
    (
        "a fronted clause of \"comme\" whose neuter clitic stands for the main clause",
        r"
Comme l'a souligné le rapporteur, le texte ne coûtera rien. => le texte ne coûtera rien | rapporteur | incise
Comme le rappelle Santé publique France, la grippe tue chaque hiver. => la grippe tue chaque hiver | Santé | incise
Comme le rappelle l'Institut Pasteur, la grippe tue chaque hiver. => la grippe tue chaque hiver | Institut | incise
Comme le maire l'a annoncé, la piscine rouvrira en juin. => la piscine rouvrira en juin | maire | incise
Mais comme l'a précisé la préfète, l'arrêté reste en vigueur. => l'arrêté reste en vigueur | préfète | incise
Comme l'a montré la crue de 2016, la digue est trop basse. => none
Comme chaque été, la commune organise un feu d'artifice. => none
",
    ),
    (
        "an anonymous source can speak",
        r"
Selon un proche de la ministre, elle ne se représentera pas. => elle ne se représentera pas | proche | selon
D'après un responsable du chantier, les travaux ont pris du retard. => les travaux ont pris du retard | responsable | selon
Selon des témoins, l'homme courait vers la gare. => l'homme courait vers la gare | témoins | selon
Pour un observateur de la vie locale, le maire a perdu sa majorité. => le maire a perdu sa majorité | observateur | selon
",
    ),
    (
        "a fronted participle or adjective before a preposition is no subject",
        r"
Cité par Ouest-France, un pêcheur affirme que la saison est perdue. => la saison est perdue | pêcheur | verb-que
Présent sur les lieux, le préfet a assuré que la situation était maîtrisée. => la situation était maîtrisée | préfet | verb-que
Contactée par téléphone, la directrice a confirmé que l'école fermerait. => l'école fermerait | directrice | verb-que
Médecins sans frontières dénonce « une situation intenable ». => une situation intenable | Médecins | verb-quote
",
    ),
    (
        "after its content, \"pour\" names a role with its name",
        r"
Le scrutin sera serré, pour l'analyste Roxane Méheut. => Le scrutin sera serré | Méheut | selon
La reprise est fragile, pour l'économiste Jules Vintrignier. => La reprise est fragile | Vintrignier | selon
Une sortie en mer est organisée samedi, pour les rameurs du club. => none
J'ai écrit une lettre, pour Mlle Rosine. => none
",
    ),
    (
        "a denial's negation asserts the clause",
        r"
L'entraîneur ne conteste pas que son équipe a mal joué. => son équipe a mal joué | entraîneur | verb-que
Le ministre n'a pas démenti que le projet serait abandonné. => le projet serait abandonné | ministre | verb-que
La mairie ne nie pas que des erreurs ont été commises. => des erreurs ont été commises | mairie | verb-que
Le maire nie que la piscine fermera. => la piscine fermera | maire | verb-que
Le maire n'a pas dit que la piscine fermerait. => none
",
    ),
];

#[test]
fn news_construction_batch_ten() {
    run_table("news batch, session 9 (set 6)", CONSTRUCTIONS);
}

#[test]
fn news_construction_batch_ten_rules() {
    run_table("news batch, session 9 (set 6), rule cases", RULE_CASES);
}
