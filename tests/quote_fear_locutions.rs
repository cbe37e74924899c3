//! "de crainte que" and "dans la crainte que", locutions conjonctives of
//! fear (Grevisse, Le Bon Usage, beside "de peur que"): "crainte" there is
//! the noun, not the participle of "craindre", and the clause reports no
//! one's words (fr-litbank: three "de crainte que" read as speech, in
//! Madame_de_Hautefort and Le_diable_au_corps; the sentences below are
//! invented). Controls: "craindre" conjugated still reports an opinion,
//! and "faire part de sa crainte que" a content noun's clause. The table
//! format is described in tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a locution of fear before que",
        r"
Le maire a fermé la route, de crainte que le pont ne cède. => none
Les habitants ont quitté le village de crainte qu'une nouvelle crue ne survienne. => none
Elle n'osait rien dire, mourant de crainte qu'il fût arrivé un malheur. => none
Les élus ont reporté le vote de peur que la séance ne dégénère. => none
Le préfet a maintenu l'alerte, dans la crainte que le fleuve ne déborde. => none
",
    ),
    (
        "controls: craindre and a content noun still report",
        r"
Le maire craint que le pont ne cède. => le pont ne cède | maire | verb-que
La directrice a fait part de sa crainte que le budget ne soit réduit. => le budget ne soit réduit | directrice | verb-que
Les pêcheurs craignent que les quotas baissent encore. => les quotas baissent encore | pêcheurs | verb-que
Le ministre a déclaré, de son côté, que rien n'était décidé. => rien n'était décidé | ministre | verb-que
",
    ),
];

#[test]
fn fear_locutions() {
    run_table("locutions of fear", CONSTRUCTIONS);
}
