//! A short fragment in marks as the object of a verb that puts a feeling
//! into words (issue 14 item 7): "a exprimé son « inquiétude »", "a fait
//! part de sa « profonde indignation »", "a fait état d'une « situation
//! préoccupante »" (GUIDELINES: a short fragment is the direct speech of
//! the subject of the verb that governs it when that verb says, names or
//! describes). "exprimer", "faire part de" and "faire état de" report only
//! in this construction or with a content noun's clause (`content_verbs`,
//! `content_noun_verbs`, `faire_complements` in src/lexicons/grammar.txt).
//! Controls: the same verbs with no marks, a verb of feeling ("ressentir",
//! "éprouver") before the marks, "faire part de" and "faire état de" with
//! a plain object, and the reporting verbs that
//! already took such an object. The names are invented. Table format:
//! tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The construction's cases, then its controls.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "exprimer, faire part de, faire état de with a fragment in marks",
        r"
Le maire, Hubert Daniélou, a fait part de sa « profonde indignation ». => profonde indignation | Daniélou | fragment
La ministre a exprimé son « inquiétude ». => inquiétude | ministre | verb-quote
La ministre Odile Varenne a exprimé sa « vive inquiétude » face à la crise. => vive inquiétude | Varenne | verb-quote
Le député a exprimé ses « regrets ». => regrets | député | verb-quote
Le syndicat a fait part de son « incompréhension ». => incompréhension | syndicat | fragment
Le club a fait part de son « soulagement » après la décision. => soulagement | club | fragment
Le préfet a fait état de « menaces sérieuses ». => menaces sérieuses | préfet | fragment
La procureure a fait état d'une « situation préoccupante ». => situation préoccupante | procureure | fragment
",
    ),
    (
        "reporting verbs that already took such an object",
        r"
La ministre a évoqué un « drame ». => drame | ministre | verb-quote
Le maire a réaffirmé sa « détermination ». => détermination | maire | verb-quote
L'accusé a clamé son « innocence ». => innocence | accusé | verb-quote
La sénatrice Maëlle Corbineau a confié sa « tristesse ». => tristesse | Corbineau | verb-quote
",
    ),
    (
        "controls: no marks, a verb of feeling, a plain object",
        r"
Le maire a exprimé sa colère. => none
Le syndicat a fait part de son incompréhension. => none
Le préfet a fait état de douze blessés. => none
Le maire a ressenti une « profonde tristesse ». => none
Le maire a éprouvé une « immense fierté ». => none
Le maire a exprimé l'espoir que tout aille bien. => tout aille bien | maire | verb-que
",
    ),
];

#[test]
fn saying_fragments() {
    run_table("saying fragments", CONSTRUCTIONS);
}
