//! A reporting verb with a content noun whose que-clause holds what was
//! said (issue 14, construction 4: "n'a pas écarté la possibilité que"):
//! "a exprimé l'espoir que", "a émis l'hypothèse que", "a fait part de sa
//! crainte que", "n'exclut pas l'hypothèse que". The speaker is the
//! subject, the content the que-clause, the rule `verb-que`. The nouns and
//! verbs are the `content_nouns`, `content_noun_verbs` and `content_verbs`
//! sections of src/lexicons/grammar.txt. Controls: the noun with no
//! reporting verb (fr-litbank's "avait la certitude que", "de peur que"),
//! as a subject ("La possibilité que … inquiète"), after a verb that
//! reports nothing ("aime l'idée que"), "le fait que", an affirmative
//! "a écarté la possibilité que" (ruled out), a relative after an
//! indefinite article, a relative "que" on the noun whose verb takes the
//! noun as its object ("la crainte qu'elle éprouvait chaque nuit",
//! fr-litbank's "la peur qu'elle avait de ses baisers";
//! `content_noun_holders`), beside the same verbs with an object of their
//! own, a content clause ("l'idée qu'il a raison"). Expected values
//! follow ../shared/eval/GUIDELINES.md; the names are invented. Table
//! format: tests/support/constructions.rs.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The construction's cases, then its controls.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a reporting verb, a content noun and its que-clause",
        r"
Le ministre n'a pas écarté la possibilité que les élections soient avancées. => les élections soient avancées | ministre | verb-que
La préfète n'exclut pas l'hypothèse qu'un incendie criminel soit à l'origine du sinistre. => un incendie criminel soit à l'origine du sinistre | préfète | verb-que
Le chercheur Basile Quenerdel a émis l'hypothèse que la bactérie venait du réseau d'eau. => la bactérie venait du réseau d'eau | Quenerdel | verb-que
La présidente a exprimé le souhait que les négociations reprennent rapidement. => les négociations reprennent rapidement | présidente | verb-que
Le syndicat a fait part de sa crainte que l'usine soit délocalisée. => l'usine soit délocalisée | syndicat | verb-que
Les maires ont fait part de leur inquiétude que les dotations baissent encore. => les dotations baissent encore | maires | verb-que
Le club a fait part du souhait que le match soit rejoué. => le match soit rejoué | club | verb-que
L'entraîneur a évoqué la possibilité que son gardien ne joue pas samedi. => son gardien ne joue pas samedi | entraîneur | verb-que
La ministre a formulé le vœu que le texte soit adopté avant l'été. => le texte soit adopté avant l'été | ministre | verb-que
Le maire a réaffirmé sa conviction que le tramway serait un succès. => le tramway serait un succès | maire | verb-que
La directrice n'a pas caché sa crainte que l'école ferme. => l'école ferme | directrice | verb-que
Le président a exprimé son profond regret que l'accord n'ait pas été signé. => l'accord n'ait pas été signé | président | verb-que
L'avocat de la famille a soulevé l'hypothèse que les preuves aient été falsifiées. => les preuves aient été falsifiées | avocat | verb-que
Elle a également exprimé l'espoir que les otages soient libérés. => les otages soient libérés | Elle | verb-que
Les enquêteurs n'écartent pas l'éventualité que le suspect ait quitté le pays. => le suspect ait quitté le pays | enquêteurs | verb-que
",
    ),
    (
        "controls: no reporting verb, another verb, another noun",
        r"
Il avait la certitude que tout le monde se trompait. => none
Elle n'osait bouger, de peur que son geste ne réveille l'enfant. => none
Le fait que le maire soit absent a surpris les élus. => none
La possibilité que les impôts augmentent inquiète les ménages. => none
Les habitants aiment l'idée que le parc reste ouvert. => none
Le ministre a écarté la possibilité que les impôts augmentent. => none
Le rapport a émis des recommandations que le gouvernement a suivies. => none
La maire a exprimé une crainte qu'elle partageait avec les habitants. => none
Les gaz émis par l'usine dépassent les seuils. => none
",
    ),
    (
        "controls: a relative que on the content noun (its verb takes the noun as object)",
        r"
La maire a évoqué la crainte qu'elle éprouvait chaque nuit. => none
Le maire a exprimé l'espoir qu'il nourrissait depuis des années. => none
Le ministre a évoqué l'idée qu'il avait eue en 2020. => none
La syndicaliste a fait part de l'inquiétude qu'elle ressentait. => none
Et elle lui dit tout, jusqu'à la peur qu'elle avait de ses baisers. => none
Le sénateur Paul Vernadet a rappelé la conviction que les élus partageaient. => none
",
    ),
    (
        "the same verbs with an object of their own: a content clause",
        r"
Le ministre a évoqué l'idée qu'il a raison sur ce point. => il a raison sur ce point | ministre | verb-que
La directrice a exprimé la crainte que les élèves aient des difficultés. => les élèves aient des difficultés | directrice | verb-que
Le maire a exprimé l'espoir que les habitants gardent confiance. => les habitants gardent confiance | maire | verb-que
L'avocate a évoqué l'hypothèse que son client a été trompé. => son client a été trompé | avocate | verb-que
",
    ),
];

#[test]
fn content_noun_clauses() {
    run_table("content nouns", CONSTRUCTIONS);
}
