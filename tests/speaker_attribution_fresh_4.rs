//! A fourth constructed set on speaker attribution (issue 14, session 19):
//! the whole-article speaker gaps of the published held-out sets 14, 16,
//! 17 and 18 (scored with `tools/holdout/score.py -v`), one construction a
//! table, with controls. Format as in `speaker_attribution_fresh_3.rs`:
//! `text => fragment | mention | name | rule`, `¶` a paragraph break, a
//! line starting with `gap ` a known gap. Expected values follow
//! ../shared/eval/GUIDELINES.md; the invented people are found nowhere
//! else in the repository.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        // Held-out set 17 a02 and set 18 a02: "Son avocat, Me X, a plaidé la
        // relaxe, estimant que" went to an anonymous "Son avocat".
        "a participle after a main verb whose subject is a role with a name in apposition",
        r"
Le prévenu a nié les faits. Son avocat, Me Anselme Tréguidy, a plaidé la relaxe, estimant que le dossier était « vide ». => le dossier était | Anselme Tréguidy | Anselme Tréguidy | verb-que
La ministre de la Santé, Paule Ferrandin, a présenté son plan mardi, assurant que les urgences seraient « renforcées ». => les urgences seraient | Paule Ferrandin | Paule Ferrandin | verb-que
Le président du club, Hervé Casteljau, a renouvelé sa confiance à l'entraîneur, jugeant que l'équipe allait « dans le bon sens ». => l'équipe allait | Hervé Casteljau | Hervé Casteljau | verb-que
L'avocate de la famille, Me Solène Barthouil, a demandé une contre-expertise, expliquant que le rapport était « incomplet ». => le rapport était | Solène Barthouil | Solène Barthouil | verb-que
Le directeur du musée, Paul Grenadier, qui a reçu la presse, a présenté l'exposition, assurant qu'elle serait « un succès ». => elle serait | Paul Grenadier | Paul Grenadier | verb-que
Le maire de Lyon, en déplacement à Paris, a défendu son projet, assurant qu'il serait « rentable ». => il serait | maire | Le maire de Lyon | verb-que
",
    ),
    (
        // Held-out set 18 a01: "Auteur de deux buts, Yanis X savourait : « … »
        // L'attaquant de 24 ans a assuré que" went to an anonymous forward.
        "a role with an age refers back to the person named or quoted",
        r"
Malik Ferrandou a inscrit un doublé samedi. « Je n'avais plus marqué depuis octobre », a-t-il savouré. L'attaquant de 24 ans a assuré qu'il ne pensait « pas encore » à la montée. => Je n'avais plus marqué | il | Malik Ferrandou | incise => il ne pensait | attaquant | Malik Ferrandou | verb-que
Le sélectionneur, Bastien Morvaniec, a dévoilé sa liste jeudi. Le technicien de 52 ans a estimé que le groupe était « prêt ». => le groupe était | technicien | Bastien Morvaniec | verb-que
La joueuse Clémence Arvilliers a remporté son premier tournoi. « C'est un rêve », a-t-elle lancé. La joueuse de 21 ans a confié qu'elle n'y croyait « pas du tout ». => C'est un rêve | elle | Clémence Arvilliers | incise => elle n'y croyait | joueuse | Clémence Arvilliers | verb-que
L'attaquante Noémie Kerbrat a signé un triplé. L'attaquante de 27 ans a estimé que l'équipe avait « enfin trouvé son jeu ». => l'équipe avait | attaquante | Noémie Kerbrat | verb-que
Malik Ferrandou a marqué deux fois. L'attaquant de l'équipe adverse a estimé que son équipe avait « mal défendu ». => son équipe avait | attaquant | L'attaquant de l'équipe adverse | verb-que
",
    ),
];

#[test]
fn speaker_attribution_fresh_4() {
    score_table(
        "whole-article speaker gaps of the held-out sets, session 19",
        CONSTRUCTIONS,
        parse,
    );
}
