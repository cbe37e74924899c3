//! A third constructed set on speaker attribution (issue 14, session 13):
//! choosing the right person among several. Each case is a short news
//! passage (two to five sentences, sometimes paragraphs) naming several
//! people of both genders, and organisations, before a quote whose speaker
//! is a pronoun ("a-t-elle assuré", "selon lui", "Il a estimé que"), a role
//! noun ("la présidente", "le ministre", "l'élu") or a surname or "M. X"
//! that must resolve to the person introduced earlier; a quote opening a
//! paragraph whose speaker is only in the paragraph before; an interview's
//! questions and answers; and a person named as the object of the verb
//! ("a reçu X", "a rencontré X") who is not the speaker. Written from
//! French press usage before looking at the code's output on it.
//!
//! One case a line: `text => fragment | mention | name | rule`, one `=> …`
//! group per expected quote in text order, or `text => none`. The found
//! quotes must be exactly as many as the groups; each group takes the first
//! remaining found quote whose content holds the fragment, its speaker
//! mention must hold the mention's words (whole words), its resolved
//! speaker must bear exactly that name (GUIDELINES' `speaker_name`: the
//! fullest name the text gives) and its rule must be the given one. `¶`
//! stands for a paragraph break; a line starting with `gap ` is a known gap
//! (the table checks that it still fails). Expected values follow
//! ../shared/eval/GUIDELINES.md, not the code's output; the invented people
//! are found nowhere else in the repository. `cargo test --test
//! speaker_attribution_fresh_3 -- --nocapture` prints the pass rate by
//! construction.
//!
//! First score, before any rule changed (on 68ab538, 2026-12-01 12:48 UTC):
//! 29 of 36 cases (80.6 %); the 7 failing cases were then marked `gap`.
//! One of them expects `previous-sentence` where the code says `narration`
//! for a quote opening the paragraph after "X a décrit l'intervention";
//! the expectation stays as written.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a pronoun speaker after several people of both genders",
        r"
La ministre de la Culture, Hélène Vasseyrac, a reçu mardi le directeur du festival, Bruno Kermadec. « Le budget sera maintenu », a-t-elle assuré. => Le budget sera maintenu | elle | Hélène Vasseyrac | incise
La ministre de la Culture, Hélène Vasseyrac, a reçu mardi le directeur du festival, Bruno Kermadec. « Nous avons été entendus », a-t-il déclaré à la sortie. => Nous avons été entendus | il | Bruno Kermadec | incise
Le maire, Gérard Poulignac, et son adjointe, Martine Astruc, ont visité le chantier. Selon elle, les travaux dureront deux ans. => les travaux dureront deux ans | elle | Martine Astruc | selon
L'économiste Thomas Verdanne a présenté son rapport à la commissaire européenne Ingrid Solberg. Selon lui, la croissance ralentira en 2027. => la croissance ralentira en 2027 | lui | Thomas Verdanne | selon
Nadia Belkhoudja préside l'association depuis 2019. Le conseil municipal lui a refusé une subvention en mars. Elle estime que la mairie « punit les bénévoles ». => la mairie | Elle | Nadia Belkhoudja | verb-que
Le procureur Étienne Marcheterre a requis dix ans de prison contre l'accusée, Sandrine Poujol. ¶ Son avocate, Me Claire Dunoyer, a plaidé l'acquittement. « Ma cliente n'était pas sur les lieux », a-t-elle martelé. => Ma cliente n'était pas sur les lieux | elle | Claire Dunoyer | incise
Le préfet Didier Maupertuis et la présidente du département, Agnès Coustou, ont signé l'accord jeudi. « C'est une étape décisive », a-t-il souligné. « Il reste à trouver le financement », a-t-elle nuancé. => C'est une étape décisive | il | Didier Maupertuis | incise => Il reste à trouver le financement | elle | Agnès Coustou | incise
L'ingénieure Laure Castagnou a alerté le directeur de l'usine, Michel Rivaud, dès 2021. Selon elle, les cuves fuyaient depuis des mois. => les cuves fuyaient depuis des mois | elle | Laure Castagnou | selon
",
    ),
    (
        "a pronoun speaker continuing an a-t-il ajouté chain over another person",
        r"
« Les salariés sont inquiets », a déclaré Sophie Larrouturou, déléguée CFDT. Le directeur du site, Marc Olivennes, a répondu que les emplois seraient préservés. « Nous attendons des garanties écrites », a-t-elle ajouté. => Les salariés sont inquiets | Sophie Larrouturou | Sophie Larrouturou | incise => les emplois seraient préservés | Marc Olivennes | Marc Olivennes | verb-que => Nous attendons des garanties écrites | elle | Sophie Larrouturou | incise
gap « Nous voulons des garanties », a déclaré Paul Mérignac, délégué CGT. La direction, représentée par Anne Colombel, n'a pas souhaité réagir. « Nous reviendrons la semaine prochaine », a-t-il ajouté. => Nous voulons des garanties | Paul Mérignac | Paul Mérignac | incise => Nous reviendrons la semaine prochaine | il | Paul Mérignac | incise
« Le projet est viable », a affirmé l'architecte Louis Partarrieu. Le promoteur, Henri Gastaldi, a confirmé que les travaux commenceraient en mai. « Nous avons tous les permis », a-t-il précisé. => Le projet est viable | Louis Partarrieu | Louis Partarrieu | incise => les travaux commenceraient en mai | Henri Gastaldi | Henri Gastaldi | verb-que => Nous avons tous les permis | il | Henri Gastaldi | incise
Le maire, Jean-Louis Pradelou, a inauguré la médiathèque en présence de la sous-préfète, Valérie Cortès. « C'est l'aboutissement de dix ans de travail », a-t-il déclaré. ¶ « Ce lieu appartient à tous les habitants », a ajouté l'élu. => C'est l'aboutissement de dix ans de travail | il | Jean-Louis Pradelou | incise => Ce lieu appartient à tous les habitants | élu | Jean-Louis Pradelou | incise
",
    ),
    (
        "a role noun resolving to the person introduced with that role",
        r"
Le ministre de l'Agriculture, Julien Castelnaud, s'est rendu à Rennes. La présidente de la chambre d'agriculture, Marie Trégouët, l'attendait. « Nous avons besoin d'aides d'urgence », a déclaré la présidente. « Les aides arriveront avant l'été », a assuré le ministre. => Nous avons besoin d'aides d'urgence | présidente | Marie Trégouët | incise => Les aides arriveront avant l'été | ministre | Julien Castelnaud | incise
Catherine Lemaistre, maire de Pontivy, a rencontré le préfet. La maire a estimé que la fermeture de la maternité serait « un désastre ». => la fermeture de la maternité | maire | Catherine Lemaistre | verb-que
Le ministre Olivier Dambrine a rencontré l'ancien ministre Paul Ferrandiez. « Le dialogue est renoué », a déclaré l'ancien ministre. => Le dialogue est renoué | ministre | Paul Ferrandiez | incise
La présidente du syndicat, Nathalie Brossard, a écrit au directeur, Yves Tanguy. Le directeur a répondu qu'aucune fermeture n'était prévue. => aucune fermeture n'était prévue | directeur | Yves Tanguy | verb-que
Dominique Arnaudet, présidente de la communauté de communes, et Lucien Ferrier, maire de Plouaret, ont inauguré la ligne. « C'est un jour historique », a lancé la présidente. => C'est un jour historique | présidente | Dominique Arnaudet | incise
Le ministre de l'Intérieur Bernard Caussade a reçu les maires de la vallée, dont Pierre Lestrade. Le ministre a promis que l'État « sera présent ». => l'État | ministre | Bernard Caussade | verb-que
L'avocat de la famille, Me Fabien Rocheteau, a rencontré la procureure Émilie Garrigoustes. La procureure a indiqué que l'enquête était « loin d'être close ». => l'enquête était | procureure | Émilie Garrigoustes | verb-que
Pascal Thiriet, porte-parole de la SNCF, a répondu à la députée Hélène Mazars. Le porte-parole a indiqué que les trains reprendraient jeudi. => les trains reprendraient jeudi | porte-parole | Pascal Thiriet | verb-que
",
    ),
    (
        "a surname alone or M. / Mme and the surname after several people",
        r"
Hugues Malvergne, président du club, et Sylvie Bonnafous, sa directrice générale, ont présenté le budget. « Nous visons la montée », a déclaré Malvergne. Mme Bonnafous a précisé que les salaires seraient gelés. => Nous visons la montée | Malvergne | Hugues Malvergne | incise => les salaires seraient gelés | Bonnafous | Sylvie Bonnafous | verb-que
Le député Raphaël Quinsonnas a interpellé le ministre Jacques Herbelin. M. Herbelin a répondu que le texte serait amendé. => le texte serait amendé | Herbelin | Jacques Herbelin | verb-que
L'Ukrainienne Oksana Melnyk a battu l'Américaine Jessica Brandt en finale. « Je suis épuisée mais heureuse », a confié Melnyk. Brandt a reconnu que son adversaire avait été « plus forte ». => Je suis épuisée mais heureuse | Melnyk | Oksana Melnyk | incise => son adversaire avait été | Brandt | Jessica Brandt | verb-que
Le sénateur Arnaud Pellissier et la sénatrice Corinne Vidalencq ont déposé un amendement commun. Pour Mme Vidalencq, « le texte oublie les communes rurales ». => le texte oublie les communes rurales | Vidalencq | Corinne Vidalencq | selon
",
    ),
    (
        "a quote after a colon or opening a paragraph, its speaker in the sentence or paragraph before",
        r"
Le syndicaliste Bernard Lhermoyer a rencontré la directrice des ressources humaines, Agathe Vernier. Elle a prévenu : « Il n'y aura pas de prime cette année. » => Il n'y aura pas de prime cette année | Elle | Agathe Vernier | verb-colon
Marc Lévesque, adjoint aux finances, a présenté le budget aux côtés de la maire, Isabelle Darrigade. La maire a tranché : « Nous n'augmenterons pas les impôts locaux. » => Nous n'augmenterons pas les impôts locaux | maire | Isabelle Darrigade | verb-colon
gap Le capitaine des pompiers, Yann Le Bourhis, a décrit l'intervention devant la presse. ¶ « Le feu est parti d'un entrepôt. Nous avons évacué quarante personnes. » => Le feu est parti d'un entrepôt | Yann Le Bourhis | Yann Le Bourhis | previous-sentence
« Les négociations sont rompues », a annoncé Lucie Bertrand, déléguée syndicale, après avoir rencontré le directeur, Alain Fortuné. ¶ « La direction refuse toute augmentation. Nous appelons à la grève lundi. » => Les négociations sont rompues | Lucie Bertrand | Lucie Bertrand | incise => La direction refuse toute augmentation | Lucie Bertrand | Lucie Bertrand | floating
",
    ),
    (
        "an interview: questions and answers between two people",
        r"
Le journaliste Pierre Varennier a interrogé la sénatrice Odile Lachaume. « Votre parti soutiendra-t-il la réforme ? », a-t-il demandé. « Nous la voterons si elle est amendée », a-t-elle répondu. => Votre parti soutiendra-t-il la réforme | il | Pierre Varennier | incise => Nous la voterons si elle est amendée | elle | Odile Lachaume | incise
Interrogée sur France Inter, la ministre de la Santé, Claire Fauvelle, a défendu sa réforme. « Aucun service ne fermera cet été », a-t-elle assuré. => Aucun service ne fermera cet été | elle | Claire Fauvelle | incise
Nous avons interrogé Mathieu Roustagnac, maire de Gignac. ¶ — Le village va-t-il perdre son école ? ¶ — Non, elle restera ouverte, nous nous y engageons. => elle restera ouverte | Mathieu Roustagnac | Mathieu Roustagnac | dialogue-turn
Le présentateur a demandé à Gisèle Ambroisine si elle serait candidate. « Je n'ai pas encore décidé », a-t-elle répondu. => Je n'ai pas encore décidé | elle | Gisèle Ambroisine | incise
",
    ),
    (
        "a person named as the object of the verb, not the speaker",
        r"
La ministre du Travail, Sandrine Lebrun, a rencontré jeudi le patron de Valmétal, Frédéric Osmont. Elle a jugé que le plan social était « inacceptable ». => le plan social était | Elle | Sandrine Lebrun | verb-que
Le président du conseil régional, Hervé Marchalot, a reçu le maire de Morlaix, Jacques Le Gall. Il a affirmé que la région financerait la rocade. => la région financerait la rocade | Il | Hervé Marchalot | verb-que
Martine Soulé a présenté Nicolas Ferraccini aux militants. « Il sera notre candidat en juin », a-t-elle annoncé. => Il sera notre candidat en juin | elle | Martine Soulé | incise
L'association Terre Vivante a porté plainte contre le groupe Norvalis. Sa présidente, Josiane Marcadet, a dénoncé « une pollution délibérée ». Le groupe affirme que les rejets sont « conformes aux normes ». => une pollution délibérée | Josiane Marcadet | Josiane Marcadet | verb-quote => les rejets sont | groupe | Norvalis | verb-que
",
    ),
];

#[test]
fn speaker_attribution_fresh_3() {
    score_table(
        "speaker attribution among several people, session 13",
        CONSTRUCTIONS,
        parse,
    );
}
