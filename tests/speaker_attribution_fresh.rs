//! A constructed set on speaker attribution (issue 14 and 15, session 11):
//! WHO says each quote, on constructions the rules were not tuned on.
//! Written before any rule was changed for it and scored once as written:
//! that first score is the honest estimate of how the speaker rules meet
//! new text. It samples pronoun speakers ("a-t-elle souligné", "selon lui",
//! "il a ajouté que") whose antecedent is one or two sentences back, with a
//! person of the other gender, a place or an organisation in between; a
//! fronted apposition before a pronoun ("Directrice de l'école X, elle
//! estime que"); subjects with complements ("Le président du conseil
//! départemental de la Marne, X, a déclaré", "L'ARS d'Occitanie estime
//! que", "Le porte-parole du ministère de l'Intérieur"); organisations
//! after "selon", "d'après" and "pour" with their type word ("Selon l'ONG
//! X,", "Pour l'association X,"), and as the subject of a quoted que-clause;
//! the speaker named in the next sentence ("« … » Ce sont les mots de X.");
//! a relative clause between the subject and its verb; an inverted subject
//! with a long apposition after a quote; a quote continued in the next
//! paragraph by the same speaker; two speakers in one paragraph; anaphora
//! by "celui-ci", "ce dernier", "la jeune femme", "le sexagénaire"; "M. X"
//! and "Mme X" after the full name; and speech-free sentences built on the
//! same words, where no one may be a speaker.
//!
//! One case a line: `text => fragment | mention | name`, one `=> …` group
//! per expected quote in text order, or `text => none`. The found quotes
//! must be exactly as many as the groups; each group takes the first
//! remaining found quote whose content holds the fragment, its speaker
//! mention must hold the mention's words (whole words: the mention the text
//! uses nearest to the quote, GUIDELINES' `speaker`) and its resolved
//! speaker must bear exactly that name (GUIDELINES' `speaker_name`: the
//! fullest name the text gives, an organisation's name, or the description
//! as written when no one is named). `¶` stands for a paragraph break. A
//! line starting with `gap ` is a known gap: the table checks that it still
//! fails, so that a fix must promote it to a regression case. Expected
//! values follow ../shared/eval/GUIDELINES.md, not the code's output; the
//! invented people, organisations and places are found nowhere else in the
//! repository. `cargo test --test speaker_attribution_fresh -- --nocapture`
//! prints the pass rate by construction.
//!
//! First score, before any rule changed (on 4b76b0a, 2026-12-01 05:20 UTC):
//! 59 of 80 cases as first written (73.8 %). Five expectations had written
//! the mention of "M. X" / "Mme X" with its honorific, where GUIDELINES
//! takes the shortest span that still names the person ("X"); corrected to
//! that before the commit: 64 of 80 (80.0 %). The 16 failing cases were
//! then marked `gap`.
//!
//! Added later the same day (on e156c2f, 06:45 UTC), before any rule for
//! it: six cases of a title, a party's or a body's acronym and its place
//! before the person's name ("Le sénateur PS de Gironde, X, estime que"),
//! where the acronym rule leaves the place as the speaker ("de Gironde").
//! First score: 1 of 6 (only after "selon", where the apposition is read);
//! the 5 failures are marked `gap`. No rule was added: the construction
//! occurs once in the tuned data (UD Sequoia train, "le maire RPR de la
//! Ville de Paris, Jean Tiberi", not a speaker) and nowhere in the tuned
//! Wikinews texts, fr-litbank or tools/holdout, below the evidence bar.
//! Session 12 found it three times in UD Sequoia train (also "l'ex-conseiller
//! général RPR des Hauts-de-Seine Didier Schuller" and "le député-maire (UMP)
//! de Levallois-Perret Patrick Balkany") besides the constructed cases of
//! tests/speaker_attribution_fresh_2.rs; the acronym now qualifies the title
//! as an adjective does and the 5 cases pass.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::{case_lines, holds_word, score_table, TableCase};
use guillemet::Document;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a pronoun speaker, its antecedent one or two sentences back past a distractor",
        r"
La sénatrice Armelle Quintrand a rencontré mardi le préfet Bastien Horvelle. « Le dossier avance », a-t-elle souligné. => Le dossier avance | elle | Armelle Quintrand
Le maire, Gaëtan Ferlandier, a reçu la députée Solène Abrassart à la mairie. Selon lui, la rocade sera prête en 2027. => la rocade sera prête en 2027 | lui | Gaëtan Ferlandier
Maëlys Tournevent dirige la fondation depuis 2019. Le conseil départemental de l'Yonne lui a retiré sa subvention en mars. Elle a ajouté que les ateliers continueraient. => les ateliers continueraient | Elle | Maëlys Tournevent
gap Hervé Castelmouly a quitté la présidence du club en juin. Sa successeure, Ophélie Darnaudin, a été élue à l'unanimité. Il a estimé que le club était « entre de bonnes mains ». => le club était | Il | Hervé Castelmouly
L'avocate Clémence Orsatelli défend le maire de Vinzelles depuis trois ans. Selon elle, l'enquête est « bâclée ». => l'enquête est | elle | Clémence Orsatelli
Le chercheur Yannick Perronnet a travaillé dix ans à Toulouse. La ville lui a remis une médaille. Il a rappelé que la recherche manquait de moyens. => la recherche manquait de moyens | Il | Yannick Perronnet
Nadège Fourcadier, directrice du refuge, a accueilli le vétérinaire Loïc Semperin. « Nous manquons de bénévoles », a-t-elle confié. => Nous manquons de bénévoles | elle | Nadège Fourcadier
Le syndicat Avenir Rail a appelé à la grève. Son secrétaire général, Romuald Kerlogodec, a rencontré la ministre. Selon lui, les négociations sont « au point mort ». => les négociations sont | lui | Romuald Kerlogodec
Perrine Lascombes a été élue présidente de l'université en mai. Le ministère l'a félicitée. Elle a assuré que les frais d'inscription ne changeraient pas. => les frais d'inscription ne changeraient pas | Elle | Perrine Lascombes
Ambroise Delétang, agriculteur à Montrevault, a perdu sa récolte. Sa voisine, Ginette Pradalié, aussi. « On n'a jamais vu ça », a-t-il témoigné. => On n'a jamais vu ça | il | Ambroise Delétang
La présidente de la région, Véronique Maudhuy, a visité l'usine en compagnie du directeur, Mathis Roucayrol. Il a ajouté que quarante emplois seraient créés. => quarante emplois seraient créés | Il | Mathis Roucayrol
Selon Bérangère Talmondière, la crue a été sous-estimée. Le préfet du Gard a promis une enquête. Elle a estimé que l'État devait indemniser les sinistrés. => la crue a été sous-estimée | Bérangère Talmondière | Bérangère Talmondière => l'État devait indemniser les sinistrés | Elle | Bérangère Talmondière
",
    ),
    (
        "a fronted apposition before a pronoun subject",
        r"
gap Laurence Brévignon connaît bien le quartier. Directrice de l'école Jean-Moulin depuis 2015, elle estime que les classes sont « surchargées ». => les classes sont | elle | Laurence Brévignon
Fabrice Ollagnier s'oppose au contournement routier. Maire de Castelnau-Rivière depuis vingt ans, il assure que le projet ne verra pas le jour. => le projet ne verra pas le jour | il | Fabrice Ollagnier
Sandrine Lacoutière entraîne le club d'aviron de Mâcon. Ancienne championne de France, elle affirme que les jeunes abandonnent trop tôt. => les jeunes abandonnent trop tôt | elle | Sandrine Lacoutière
Thierry Vaubourg a présenté la nouvelle entraîneuse, Inès Marchesseau. Président du club depuis 2012, il a déclaré que l'équipe jouerait en Ligue 2. => l'équipe jouerait en Ligue 2 | il | Thierry Vaubourg
Lucie Ferracci a pris la parole devant la préfecture. Porte-parole du collectif, elle a indiqué que la manifestation était maintenue. => la manifestation était maintenue | elle | Lucie Ferracci
",
    ),
    (
        "a subject with its complements, a name in apposition or none",
        r"
Le président du conseil départemental de la Marne, Jean-Loup Verdagne, a déclaré que les routes seraient salées. => les routes seraient salées | Jean-Loup Verdagne | Jean-Loup Verdagne
L'ARS d'Occitanie estime que l'épidémie recule. => l'épidémie recule | ARS | ARS d'Occitanie
Le porte-parole du ministère de l'Intérieur a affirmé que trois suspects avaient été interpellés. => trois suspects avaient été interpellés | porte-parole | Le porte-parole du ministère de l'Intérieur
La directrice de l'hôpital de Plouhinec-sur-Aff a indiqué que deux lits supplémentaires seraient ouverts. => deux lits supplémentaires seraient ouverts | directrice | La directrice de l'hôpital de Plouhinec-sur-Aff
La secrétaire d'État chargée de la Mer, Albane Ruffiac, a annoncé que les quotas seraient revus. => les quotas seraient revus | Albane Ruffiac | Albane Ruffiac
L'adjoint au maire chargé des sports, Kévin Malvergne, a assuré que le gymnase rouvrirait en septembre. => le gymnase rouvrirait en septembre | Kévin Malvergne | Kévin Malvergne
Le procureur de la République de Montbrison, Olivier Sarramagnan, a précisé que l'enquête était ouverte pour homicide. => l'enquête était ouverte pour homicide | Olivier Sarramagnan | Olivier Sarramagnan
La CCI de Normandie juge que la taxe pénalise les commerçants. => la taxe pénalise les commerçants | CCI | CCI de Normandie
L'Urssaf d'Auvergne a annoncé que les délais de paiement seraient prolongés. => les délais de paiement seraient prolongés | Urssaf | Urssaf d'Auvergne
",
    ),
    (
        "a title, a party's or a body's acronym and its place before the person's name",
        r"
Le sénateur PS de Gironde, Aurélien Pratmarty, estime que la réforme est injuste. => la réforme est injuste | Aurélien Pratmarty | Aurélien Pratmarty
Le député LFI de Paris Florian Quénéhervé a déclaré que le texte serait amendé. => le texte serait amendé | Florian Quénéhervé | Florian Quénéhervé
La députée LR du Var, Josiane Castellac, a affirmé que la loi passerait. => la loi passerait | Josiane Castellac | Josiane Castellac
« Nous voterons contre », a prévenu le conseiller régional RN d'Occitanie Bastien Morvillard. => Nous voterons contre | Bastien Morvillard | Bastien Morvillard
Selon la maire EELV de Lorient, Maïwenn Kerdraon, le tramway sera prolongé. => le tramway sera prolongé | Maïwenn Kerdraon | Maïwenn Kerdraon
Le secrétaire CGT du Finistère Loïc Kervarec assure que la grève continuera. => la grève continuera | Loïc Kervarec | Loïc Kervarec
",
    ),
    (
        "an organisation named after its type word, after selon, d'après, pour or as subject",
        r"
Selon l'ONG Brise-Frontières, quatre mille familles ont été déplacées. => quatre mille familles ont été déplacées | Brise-Frontières | Brise-Frontières
Selon le collectif Vélorution Bocage, la piste cyclable est dangereuse. => la piste cyclable est dangereuse | Vélorution Bocage | Vélorution Bocage
Pour l'association Lumière d'Argonne, la restauration de l'église est urgente. => la restauration de l'église est urgente | Lumière d'Argonne | Lumière d'Argonne
D'après l'ONG Océan Témoin, les prises accessoires ont doublé. => les prises accessoires ont doublé | Océan Témoin | Océan Témoin
Selon le collectif Eau Commune Saintonge, les réserves assèchent les rivières. => les réserves assèchent les rivières | Eau Commune Saintonge | Eau Commune Saintonge
Pour la fondation Marbelle, les dons ont chuté de moitié. => les dons ont chuté de moitié | Marbelle | Marbelle
L'ONG Veille Littorale estime que « la pollution est sous-estimée ». => la pollution est sous-estimée | Veille Littorale | Veille Littorale
L'association Racines d'Ardèche juge que la fermeture de la ligne est « inacceptable ». => la fermeture de la ligne est | Racines d'Ardèche | Racines d'Ardèche
",
    ),
    (
        "the speaker named in the sentence after the quote",
        r"
gap « Nous ne partirons pas. » Ce sont les mots de Raymonde Escoubeyrou, 82 ans, locataire de l'immeuble depuis 1970. => Nous ne partirons pas | Raymonde Escoubeyrou | Raymonde Escoubeyrou
gap « La mer monte chaque année un peu plus. » C'est le constat d'Alain Kerjouan, pêcheur à Étel. => La mer monte chaque année un peu plus | Alain Kerjouan | Alain Kerjouan
gap « Je n'ai rien vu venir. » Voilà ce que raconte Mélodie Sarraute, caissière à Vierzon. => Je n'ai rien vu venir | Mélodie Sarraute | Mélodie Sarraute
gap « Le village va mourir. » Tel est l'avis de Gérard Pouzadoux, le dernier boulanger de la commune. => Le village va mourir | Gérard Pouzadoux | Gérard Pouzadoux
",
    ),
    (
        "a relative clause between the subject and its reporting verb",
        r"
Corinne Vaugelade, qui préside l'association depuis 2018, a affirmé que le festival aurait lieu. => le festival aurait lieu | Corinne Vaugelade | Corinne Vaugelade
Le maire, qui avait promis une piscine, a reconnu que le projet était abandonné. => le projet était abandonné | maire | Le maire
Bertrand Moulinié, qui a dirigé la police municipale de Nîmes pendant dix ans, estime que les caméras ne suffisent pas. => les caméras ne suffisent pas | Bertrand Moulinié | Bertrand Moulinié
La ministre, que les syndicats accusent de mépris, a assuré qu'elle recevrait les représentants. => elle recevrait les représentants | ministre | La ministre
Jacqueline Estrabaud, dont le fils a disparu en 2011, a déclaré que la justice l'avait « abandonnée ». => la justice l'avait | Jacqueline Estrabaud | Jacqueline Estrabaud
",
    ),
    (
        "an inverted subject after the quote with a long apposition",
        r"
« La commune n'a plus un sou », a déclaré Paul Vidalbrune, maire (LR) de Saint-Aubin-des-Prés depuis 2014. => La commune n'a plus un sou | Paul Vidalbrune | Paul Vidalbrune
« Nous attendons des actes », a lancé Marion Tixerand, secrétaire départementale de la CFDT dans l'Allier. => Nous attendons des actes | Marion Tixerand | Marion Tixerand
« Les stocks sont vides », explique Hugo Castanéry, responsable de la banque alimentaire de Périgueux, une structure qui nourrit 3 000 familles. => Les stocks sont vides | Hugo Castanéry | Hugo Castanéry
« C'est un crève-cœur », confie Annick Berthoumayrou, 67 ans, ancienne institutrice et conseillère municipale (DVG) de Lavaur. => C'est un crève-cœur | Annick Berthoumayrou | Annick Berthoumayrou
« Le pont doit être fermé », a insisté l'ingénieur Didier Ramonatxo, expert auprès de la cour d'appel de Pau. => Le pont doit être fermé | Didier Ramonatxo | Didier Ramonatxo
",
    ),
    (
        "a quote continued in the next paragraph by the same speaker",
        r"
« Nous avons tout perdu », a raconté Florence Delmestre. ¶ « La maison, les photos, les souvenirs. Il ne reste rien. » => Nous avons tout perdu | Florence Delmestre | Florence Delmestre => Il ne reste rien | Florence Delmestre | Florence Delmestre
Marc Aubertot a déclaré : « L'usine ne fermera pas. ¶ « Nous avons des commandes jusqu'en 2028. » => L'usine ne fermera pas | Marc Aubertot | Marc Aubertot => Nous avons des commandes | Marc Aubertot | Marc Aubertot
« Le tribunal a tranché », a commenté l'avocate Sylvie Chabrenat. ¶ « Mon client est soulagé, il va pouvoir reprendre une vie normale », a-t-elle ajouté. => Le tribunal a tranché | Sylvie Chabrenat | Sylvie Chabrenat => Mon client est soulagé | elle | Sylvie Chabrenat
« Ce projet est une erreur », estime Jean-Pierre Lafourcade. ¶ « On bétonne des terres agricoles pour un parking », poursuit l'élu. => Ce projet est une erreur | Jean-Pierre Lafourcade | Jean-Pierre Lafourcade => On bétonne des terres agricoles | élu | Jean-Pierre Lafourcade
",
    ),
    (
        "two speakers in one paragraph",
        r"
« Le budget est tenu », a assuré le maire, Denis Roquebrune. « C'est faux », a répliqué l'opposante Claire Mathalin. => Le budget est tenu | Denis Roquebrune | Denis Roquebrune => C'est faux | Claire Mathalin | Claire Mathalin
gap Selon Gilles Bordenave, la saison est bonne, mais Odile Peyrastre juge que les prix sont trop bas. => la saison est bonne | Gilles Bordenave | Gilles Bordenave => les prix sont trop bas | Odile Peyrastre | Odile Peyrastre
La préfète Hélène Quillivic a indiqué que les routes étaient rouvertes. Le maire de Brossac, Rémi Chabassol, a toutefois affirmé que deux hameaux restaient isolés. => les routes étaient rouvertes | Hélène Quillivic | Hélène Quillivic => deux hameaux restaient isolés | Rémi Chabassol | Rémi Chabassol
« Il faut évacuer », a ordonné le capitaine Franck Duvignac. « Pas question », lui a répondu une habitante, Josiane Méric. => Il faut évacuer | Franck Duvignac | Franck Duvignac => Pas question | Josiane Méric | Josiane Méric
Pour Baptiste Cambefort, la réforme est « juste ». Son adversaire, Mireille Contamouche, estime au contraire qu'elle est « dangereuse ». => la réforme est | Baptiste Cambefort | Baptiste Cambefort => elle est | Mireille Contamouche | Mireille Contamouche
",
    ),
    (
        "anaphora by a demonstrative or a description of the person",
        r"
Le ministre a rencontré Théo Valadier, un éleveur de Lozère. Ce dernier a affirmé que les loups avaient tué trente brebis. => les loups avaient tué trente brebis | Ce dernier | Théo Valadier
Léa Montbazillac, 24 ans, a été blessée lors de l'incendie. « J'ai cru mourir », raconte la jeune femme. => J'ai cru mourir | jeune femme | Léa Montbazillac
Raymond Soulacroix, 63 ans, a été relaxé vendredi. « Justice est faite », a déclaré le sexagénaire à sa sortie du tribunal. => Justice est faite | sexagénaire | Raymond Soulacroix
La juge a interrogé Patrice Gardelle, le gérant de la société. Celui-ci a assuré qu'il ignorait tout des fraudes. => il ignorait tout des fraudes | Celui-ci | Patrice Gardelle
Interrogé sur les licenciements, Norbert Castaing n'a pas souhaité répondre à la journaliste. Pour lui, la direction « assume ses choix ». => la direction | lui | Norbert Castaing
Agathe Leyrissoux a été élue maire à 29 ans. « Je veux rajeunir la commune », affirme la jeune élue. => Je veux rajeunir la commune | élue | Agathe Leyrissoux
gap Le patron de la PME, Laurent Escudié, a rencontré la ministre. Cette dernière a promis que l'État aiderait l'entreprise. => l'État aiderait l'entreprise | Cette dernière | la ministre
Sébastien Arrighetti, 45 ans, est jugé depuis lundi. Le quadragénaire affirme qu'il n'était pas sur les lieux. => il n'était pas sur les lieux | quadragénaire | Sébastien Arrighetti
",
    ),
    (
        "M. or Mme and the surname after the full name",
        r"
Isabelle Grandcolas dirige la maternité depuis 2010. Selon Mme Grandcolas, les naissances ont baissé de 20 %. => les naissances ont baissé de 20 % | Grandcolas | Isabelle Grandcolas
Pierre-Alain Mézergues a été réélu dimanche. M. Mézergues a promis que les impôts n'augmenteraient pas. => les impôts n'augmenteraient pas | Mézergues | Pierre-Alain Mézergues
Marie-Claude Fontarèches et son mari Henri Fontarèches tiennent l'épicerie depuis trente ans. « On ne nous a jamais aidés », regrette Mme Fontarèches. => On ne nous a jamais aidés | Fontarèches | Marie-Claude Fontarèches
Le député Arnaud Sauvagnargues a rencontré la préfète. « Rien n'est réglé », a déploré M. Sauvagnargues. => Rien n'est réglé | Sauvagnargues | Arnaud Sauvagnargues
Selon Mme Perrochaud, l'école fermera en juin. La directrice, Annie Perrochaud, a été prévenue par l'académie. => l'école fermera en juin | Perrochaud | Annie Perrochaud
",
    ),
    (
        "speech-free sentences built on the same words",
        r"
Jean-Noël Barbezieux a quitté la salle sans un mot. => none
Selon les régions, les prix varient de 10 %. => none
Directrice de l'école depuis 2015, Martine Cazalis connaît tous les élèves. => none
Le président du conseil départemental, Gaston Roubichou, a inauguré le collège. => none
L'ONG Ciel Ouvert a publié son rapport annuel mardi. => none
Ce sont les mots de la chanson qui ont ému la salle. => none
Pour la première fois, la commune de Vézénobres accueille le festival. => none
Le sexagénaire, qui vivait seul, a été retrouvé mort dimanche. => none
Il sait que la route sera longue. => none
Celui-ci a annoncé sa démission. => none
",
    ),
];

/// One expected quote: a fragment of its content, words of its speaker
/// mention and the resolved speaker's name (`None`: no speaker).
struct Expected<'a> {
    fragment: &'a str,
    speaker: Option<(&'a str, &'a str)>,
}

/// One case: the text, whether it is a known gap, the quotes it holds.
struct Case<'a> {
    text: String,
    gap: bool,
    expected: Vec<Expected<'a>>,
}

fn parse(block: &str) -> Vec<Case<'_>> {
    case_lines(block)
        .map(|(gap, text, groups)| Case {
            text: text.into_owned(),
            gap,
            expected: groups
                .into_iter()
                .map(|[fragment, mention, name]| Expected {
                    fragment,
                    speaker: (mention != "-").then_some((mention, name)),
                })
                .collect(),
        })
        .collect()
}

/// The found quotes as (content, speaker mention, resolved name).
fn found(doc: &Document<'_>) -> Vec<(String, Option<String>, Option<String>)> {
    doc.quotes()
        .iter()
        .map(|q| {
            (
                doc.slice(q.span).to_string(),
                q.speaker.as_ref().map(|m| doc.slice(m.span).to_string()),
                doc.speaker_of(q).map(|s| s.name.clone()),
            )
        })
        .collect()
}

/// Why a case fails, or None when it passes.
fn check(case: &Case<'_>) -> Option<String> {
    let doc = guillemet::analyze(&case.text).unwrap();
    let mut got = found(&doc);
    let mut problems = Vec::new();
    for e in &case.expected {
        let Some(at) = got.iter().position(|(c, _, _)| c.contains(e.fragment)) else {
            problems.push(format!("missing {:?}", e.fragment));
            continue;
        };
        let (_, mention, name) = got.remove(at);
        let ok = match (e.speaker, &mention, &name) {
            (None, None, _) => true,
            (Some((words, who)), Some(m), Some(n)) => holds_word(m, words) && n == who,
            _ => false,
        };
        if !ok {
            problems.push(format!(
                "{:?}: speaker {mention:?} = {name:?}, not {:?}",
                e.fragment, e.speaker
            ));
        }
    }
    for extra in got {
        problems.push(format!("unexpected {extra:?}"));
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

impl TableCase for Case<'_> {
    fn text(&self) -> &str {
        &self.text
    }
    fn is_gap(&self) -> bool {
        self.gap
    }
    fn failure(&self) -> Option<String> {
        check(self)
    }
}

#[test]
fn speaker_attribution_fresh() {
    score_table("speaker attribution, session 11", CONSTRUCTIONS, parse);
}
