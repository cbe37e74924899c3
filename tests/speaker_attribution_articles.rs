//! A constructed set of multi-paragraph articles on speaker attribution
//! (issue 14, session 14): who says each quote when a passage of three to
//! seven paragraphs names two to four people and quotes them several times.
//! A person introduced with a name and a title is then quoted as il / elle
//! ("a-t-il ajouté", "poursuit-elle", "Elle a promis que", "Selon lui"),
//! by the role noun of the introduction ("le ministre", "la juge", "la
//! directrice", "l'entraîneur") or by an event's role ("le prévenu", "le
//! vainqueur", "la candidate"), by the surname alone or "M. X" / "Mme X";
//! two people of the same gender quoted in turn; a quotation over two
//! paragraphs (French style: the first paragraph's marks left open, the
//! second reopened with «) and a paragraph of closed marks with no
//! attribution after an attributed quote; an interview in dialogue dashes
//! (the journalist's questions are no items, GUIDELINES) and a debate; a
//! new person whose quote stands before their name. Written from French
//! press usage before looking at the code's output on it.
//!
//! One case a line (an article): `text => fragment | mention | name | rule`,
//! one `=> …` group per expected quote in text order (the checker of
//! tests/support/attribution.rs, as in speaker_attribution_fresh_3.rs): the
//! found quotes must be exactly as many as the groups; each group takes the
//! first remaining found quote whose content holds the fragment, its speaker
//! mention must hold the mention's words (whole words), its resolved speaker
//! must bear exactly that name (GUIDELINES' `speaker_name`: the fullest name
//! the text gives) and its rule must be the given one. `¶` stands for a
//! paragraph break; a line starting with `gap ` is a known gap (the table
//! checks that it still fails). Expected values follow
//! ../shared/eval/GUIDELINES.md, not the code's output; the invented people
//! are found nowhere else in the repository. `cargo test --test
//! speaker_attribution_articles -- --nocapture` prints the pass rate by
//! construction and the count quote by quote.
//!
//! First score, before any rule changed (on 7c05aea, 2026-12-01 15:41 UTC):
//! 7 of 12 articles (58.3 %); quote by quote 39 of 47 right (83.0 %), and
//! 3 found quotes no group expects (the interview's questions). The 5
//! failing articles were then marked `gap`: a fragment after "juge cet
//! argument" not found; "le prévenu" and "le vainqueur" (a role the event
//! gives) and "le Kényan" (a nationality before the name) left unresolved;
//! the interview's answers unattributed and its questions taken as quotes;
//! a quote opening a paragraph before its speaker's name given to the
//! previous paragraph's speaker.
//!
//! Added at 16:30 UTC (on 0e40642), before its rule: five cases of a
//! colon after a clause with no reporting verb whose last pronoun follows a
//! preposition ("s'est tourné vers elle :", "près d'elle", "à elles"), the
//! construction of 4 speaker errors on fr-litbank ("La mère le presse
//! contre elle, avec de petits mots :", "Il vint près d'elle, … :", "une
//! voix forte dit tout à côté d'elle :", "une voisine, qui sortait de chez
//! elle, … :"); first score 0 of 5, then 5 of 5 after the rule (file 12
//! of 17, 44 of 52 quotes).
//!
//! Session 14's late round: the article with "Corinne Sauvageot, juge cet
//! argument « irrecevable »" passes (file 13 of 17; a speech verb the
//! tagger reads as a noun after an apposition's comma, before an object
//! and its attribute in marks).

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::score_articles;

/// The constructions, each with its articles.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "two or three people of both genders: pronouns, role nouns, surnames, M. / Mme",
        r"
La ministre de la Transition écologique, Armelle Quérouan, s'est rendue jeudi à Saint-Nazaire, où l'attendait le maire, Gilles Fourcadère. ¶ « Le chantier naval est une chance pour toute la région », a déclaré la ministre devant les ouvriers. Elle a promis que l'État financerait la moitié du nouveau bassin. ¶ Le maire a salué l'annonce. « C'est une bonne nouvelle, mais nous attendons les crédits », a-t-il ajouté. ¶ « Les crédits seront inscrits au budget dès janvier », a répondu Mme Quérouan. => Le chantier naval est une chance | ministre | Armelle Quérouan | incise => l'État financerait la moitié du nouveau bassin | Elle | Armelle Quérouan | verb-que => C'est une bonne nouvelle | il | Gilles Fourcadère | incise => Les crédits seront inscrits au budget | Quérouan | Armelle Quérouan | incise
La juge d'instruction Nathalie Escudier a mis en examen jeudi l'ancien adjoint à l'urbanisme de Perpignan, Michel Taillades, pour corruption passive. ¶ Selon la juge, M. Taillades aurait perçu 200 000 euros d'un promoteur entre 2019 et 2022. ¶ L'ancien élu conteste les faits. « Je n'ai jamais touché un centime », a-t-il déclaré à la sortie du palais de justice. ¶ Son avocate, Me Hélène Bousquier-Arnal, dénonce « un dossier vide ». « La juge s'appuie sur un seul témoignage, celui d'un promoteur en faillite », poursuit-elle. => M. Taillades aurait perçu | juge | Nathalie Escudier | selon => Je n'ai jamais touché un centime | il | Michel Taillades | incise => un dossier vide | Hélène Bousquier-Arnal | Hélène Bousquier-Arnal | verb-quote => La juge s'appuie sur un seul témoignage | elle | Hélène Bousquier-Arnal | incise
Le directeur de l'hôpital de Vierzon, Patrick Lemarquier, a confirmé mardi la fermeture de la maternité à la fin de l'année. « Nous ne trouvons plus d'obstétriciens, malgré des salaires revalorisés », a-t-il expliqué. ¶ « Trois postes sont vacants depuis dix-huit mois. Sans eux, la sécurité des mères n'est plus garantie. » ¶ La présidente du collectif de défense de la maternité, Corinne Sauvageot, juge cet argument « irrecevable ». « On ferme d'abord, on cherche ensuite », ironise-t-elle. ¶ M. Lemarquier a précisé que les accouchements seraient transférés à Bourges. => Nous ne trouvons plus d'obstétriciens | il | Patrick Lemarquier | incise => Trois postes sont vacants | il | Patrick Lemarquier | floating => irrecevable | Corinne Sauvageot | Corinne Sauvageot | fragment => On ferme d'abord | elle | Corinne Sauvageot | incise => les accouchements seraient transférés à Bourges | Lemarquier | Patrick Lemarquier | verb-que
L'entraîneur du Stade lavallois, Olivier Pécastaing, n'a pas caché sa déception après la défaite face à Quimper (0-2). « Nous avons été trop timides en première période », a-t-il reconnu. ¶ La capitaine de l'équipe, Amandine Roussinaud, a défendu ses coéquipières. « On a manqué de réussite, pas d'envie », a-t-elle estimé. ¶ « Il faudra réagir dès samedi contre Brest », a-t-il ajouté. ¶ L'entraîneur a indiqué que la gardienne titulaire, blessée à l'épaule, manquerait trois semaines. => Nous avons été trop timides | il | Olivier Pécastaing | incise => On a manqué de réussite | elle | Amandine Roussinaud | incise => Il faudra réagir dès samedi | il | Olivier Pécastaing | incise => la gardienne titulaire | entraîneur | Olivier Pécastaing | verb-que
",
    ),
    (
        "two or three people of the same gender quoted in turn",
        r"
gap Le procès de l'ancien directeur de la clinique des Tilleuls, Roland Vessereau, s'est ouvert lundi devant le tribunal correctionnel de Tours. ¶ Le procureur, Xavier Delpeuch, a requis trois ans de prison avec sursis. « M. Vessereau savait que les appareils étaient défectueux », a-t-il affirmé. ¶ L'avocat de la défense, Me Antoine Caradeuc, a plaidé la relaxe. « Mon client a alerté sa hiérarchie à quatre reprises », a-t-il rappelé. Selon lui, la responsabilité incombe au groupe propriétaire de la clinique. ¶ Invité à s'exprimer en dernier, le prévenu a assuré qu'il n'avait « jamais mis un patient en danger ». => M. Vessereau savait | il | Xavier Delpeuch | incise => Mon client a alerté sa hiérarchie | il | Antoine Caradeuc | incise => la responsabilité incombe au groupe | lui | Antoine Caradeuc | selon => jamais mis un patient en danger | prévenu | Roland Vessereau | verb-que
La directrice générale de Brenolis, Valérie Aubazac, a annoncé mardi la fermeture du site de Montluçon. La déléguée syndicale Sonia Ferrandal a aussitôt appelé à la grève. ¶ « Nous n'avons pas d'autre choix face à la chute des commandes », a expliqué la directrice lors d'une conférence de presse. ¶ « C'est un mensonge, les commandes n'ont jamais été aussi hautes », rétorque la déléguée syndicale. Elle affirme que la production sera « simplement délocalisée en Roumanie ». ¶ Mme Aubazac a de son côté indiqué que des reclassements seraient proposés aux 140 salariés. => Nous n'avons pas d'autre choix | directrice | Valérie Aubazac | incise => C'est un mensonge | déléguée | Sonia Ferrandal | incise => simplement délocalisée en Roumanie | Elle | Sonia Ferrandal | verb-que => des reclassements seraient proposés | Aubazac | Valérie Aubazac | verb-que
gap Le Français Hugo Carrassou a remporté dimanche le marathon de Lyon devant le Kényan Daniel Kiprotich Mutai. ¶ « J'ai attaqué au trentième kilomètre et je n'ai plus regardé derrière moi », a raconté Carrassou à l'arrivée. Le vainqueur a ajouté qu'il visait désormais les championnats d'Europe. ¶ Mutai, lui, a regretté une crampe dans les derniers kilomètres. « Sans cela, la course aurait été différente », a estimé le Kényan. ¶ « Daniel reste le plus fort sur le papier », a reconnu Carrassou. => J'ai attaqué au trentième kilomètre | Carrassou | Hugo Carrassou | incise => il visait désormais les championnats | vainqueur | Hugo Carrassou | verb-que => Sans cela, la course aurait été différente | Kényan | Daniel Kiprotich Mutai | incise => Daniel reste le plus fort | Carrassou | Hugo Carrassou | incise
Le ministre des Transports, Laurent Chabrerie, et le président de la région Occitanie, Bernard Alibert, ont inauguré vendredi la ligne rénovée entre Béziers et Neussargues. ¶ « Cette ligne était menacée de fermeture il y a cinq ans », a rappelé le ministre. Il a annoncé que l'État consacrerait 300 millions d'euros aux petites lignes d'ici 2030. ¶ Le président de région a salué « un engagement tenu ». Selon lui, la fréquentation a déjà doublé depuis la réouverture. ¶ « Il reste à obtenir des trains plus fréquents », a toutefois nuancé M. Alibert. => Cette ligne était menacée | ministre | Laurent Chabrerie | incise => l'État consacrerait 300 millions | Il | Laurent Chabrerie | verb-que => un engagement tenu | président | Bernard Alibert | verb-quote => la fréquentation a déjà doublé | lui | Bernard Alibert | selon => Il reste à obtenir des trains | Alibert | Bernard Alibert | incise
",
    ),
    (
        "across paragraphs: a quotation over two paragraphs, an interview, a debate, a quote before its speaker's name",
        r"
Éleveur de brebis à Saint-Affrique depuis trente ans, Jean-Baptiste Rouquairol a perdu onze bêtes la semaine dernière. ¶ « La nuit, je ne dors plus. Je me lève trois fois pour vérifier l'enclos, raconte-t-il. ¶ « Et quand je trouve une brebis égorgée le matin, je n'ai même plus la force de me mettre en colère. » ¶ La préfète de l'Aveyron, Catherine Mouliérac, a annoncé jeudi l'autorisation de deux tirs de défense. « Nous ne laisserons pas les éleveurs seuls », a-t-elle assuré. => je ne dors plus | il | Jean-Baptiste Rouquairol | incise => quand je trouve une brebis égorgée | il | Jean-Baptiste Rouquairol | continued => Nous ne laisserons pas les éleveurs seuls | elle | Catherine Mouliérac | incise
À 91 ans, Germaine Lacombrade vient de publier son premier roman. Nous l'avons rencontrée dans sa maison de Figeac. ¶ — Pourquoi avoir attendu si longtemps ? ¶ — Je n'avais jamais osé. Mon mari n'aimait pas me voir écrire. ¶ — Et aujourd'hui ? ¶ — Aujourd'hui, je n'ai plus personne à qui demander la permission. ¶ — Vous écrivez déjà le suivant ? ¶ — Oui, il se passera pendant la guerre, dans cette maison. => Je n'avais jamais osé | Lacombrade | Germaine Lacombrade | dialogue-turn => je n'ai plus personne à qui demander | Lacombrade | Germaine Lacombrade | dialogue-turn => il se passera pendant la guerre | Lacombrade | Germaine Lacombrade | dialogue-turn
Sur le plateau de Radio Vézère, les deux candidats au second tour de la municipale de Brive, Mireille Cazaumayou et Thierry Sabathé, ont débattu mercredi soir pendant une heure. ¶ Interrogée sur les impôts locaux, Mme Cazaumayou a exclu toute baisse. « Non, et je l'assume, la ville a besoin de ses recettes », a-t-elle répondu. ¶ Son adversaire promet au contraire une baisse de 5 %. « La ville peut se le permettre », a assuré M. Sabathé. ¶ « C'est une promesse intenable », a rétorqué la candidate. => la ville a besoin de ses recettes | elle | Mireille Cazaumayou | incise => La ville peut se le permettre | Sabathé | Thierry Sabathé | incise => C'est une promesse intenable | candidate | Mireille Cazaumayou | incise
Le maire de Lodève, Christian Bergounhoux, a présenté lundi le projet de contournement routier. Il a assuré que les travaux débuteraient en 2028. ¶ « On va couper nos fermes en deux. » Agricultrice sur le tracé, Lucie Pomarède a lancé une pétition qui a déjà recueilli 3 000 signatures. ¶ « Le tracé a été choisi sans aucune concertation », dénonce Renaud Estibals, président de l'association Causses Debout. ¶ Le maire assure que des réunions publiques auront lieu au printemps. => les travaux débuteraient en 2028 | Il | Christian Bergounhoux | verb-que => On va couper nos fermes en deux | Lucie Pomarède | Lucie Pomarède | attribution => Le tracé a été choisi | Renaud Estibals | Renaud Estibals | incise => des réunions publiques auront lieu | maire | Christian Bergounhoux | verb-que
",
    ),
    (
        "a pronoun after a preposition before a colon is no speaker",
        r"
L'infirmière Marie Dupuis est arrivée à la préfecture. Le préfet, Paul Lenoir, s'est tourné vers elle : « Bienvenue parmi nous. » => Bienvenue parmi nous | Paul Lenoir | Paul Lenoir | colon
La juge Claire Vautrin a fait entrer la prévenue, Sonia Berthet. Son avocat, Me Louis Garnier, s'est assis près d'elle, avec ces mots : « Tout ira bien. » => Tout ira bien | Louis Garnier | Louis Garnier | colon
La maire, Sophie Allard, a reçu les mères d'élèves. Le directeur de l'école, Marc Tessier, s'est adressé à elles sans détour : « Nous rouvrirons lundi. » => Nous rouvrirons lundi | Marc Tessier | Marc Tessier | colon
La capitaine Léa Mornet a rejoint le vestiaire. L'entraîneur, Yves Caradol, a marché vers elle, le poing levé : « Tu nous as sauvés. » => Tu nous as sauvés | Yves Caradol | Yves Caradol | colon
La ministre Agnès Fabre a visité l'usine avec le directeur, Jean Sorel. Il a désigné les machines devant elle : « Tout est automatisé. » => Tout est automatisé | Il | Jean Sorel | colon
",
    ),
];

#[test]
fn speaker_attribution_articles() {
    score_articles(
        "speaker attribution in multi-paragraph articles, session 14",
        CONSTRUCTIONS,
    );
}
