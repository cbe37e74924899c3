//! A definite demonym alone as a speaker ("a réagi la Lyonnaise", "estime
//! la Bretonne", "L'Argentin a assuré que") refers back to the person just
//! named (held-out set 19 a03: "La Française Inès X s'est qualifiée … « … »,
//! a réagi la Lyonnaise"), one the text described with that demonym
//! first. Controls: a group ("les Français"), an indefinite ("un
//! Marseillais": someone new), a name after the demonym, no one in reach.
//! Format as in `speaker_attribution_fresh_3.rs`: `text => fragment |
//! mention | name | rule`; the invented people are found nowhere else in
//! the repository.

#[path = "support/attribution.rs"]
mod attribution;
#[path = "support/constructions.rs"]
mod constructions;

use attribution::parse;
use constructions::score_table;

/// The constructions, each with its cases.
const CONSTRUCTIONS: &[(&str, &str)] = &[
    (
        "a definite demonym alone refers back to the person just named",
        r"
La Française Solène Vercamer s'est qualifiée jeudi pour la finale du 400 m. « J'ai couru sans me poser de questions », a réagi la Lyonnaise au micro de la télévision. => J'ai couru sans me poser | Lyonnaise | Solène Vercamer | incise
Le Français Mathis Dorvalec a remporté l'étape au sprint. « C'est un rêve d'enfant », a souri le Niçois. => C'est un rêve d'enfant | Niçois | Mathis Dorvalec | incise
La navigatrice Maëlle Kerhervé est arrivée dimanche à Brest. « Cette course a été éprouvante », estime la Bretonne. => Cette course a été éprouvante | Bretonne | Maëlle Kerhervé | incise
Le milieu de terrain Tomás Ferreyrac a signé jeudi pour trois saisons. L'Argentin a assuré qu'il était « très heureux » d'arriver. => il était | Argentin | Tomás Ferreyrac | verb-que
Le cycliste Julien Arnavielle a abandonné dans la montée finale. Le Français a confié qu'il avait « trop souffert » dans la chaleur. => il avait | Français | Julien Arnavielle | verb-que
La Française Lucie Marbœuf a battu le Belge Pieter Vandekerck en finale. « Je n'y croyais plus », a réagi la Lyonnaise. => Je n'y croyais plus | Lyonnaise | Lucie Marbœuf | incise
Le cycliste lyonnais Hugo Sarraméa a fini deuxième derrière Pieter Vandekerck. « J'ai manqué de jambes », a regretté le Lyonnais. => J'ai manqué de jambes | Lyonnais | Hugo Sarraméa | incise
",
    ),
    (
        "a group, an indefinite, a name after the demonym or no one in reach: unchanged",
        r"
Les Français estiment que la réforme est « injuste », selon un sondage. => la réforme est | Français | Les Français | verb-que
Mathis Dorvalec a remporté l'étape. « C'était une belle journée », a dit un Marseillais interrogé sur le parcours. => C'était une belle journée | Marseillais | un Marseillais | incise
Le Français Mathis Dorvalec estime que l'étape était « trop dure ». => l'étape était | Mathis Dorvalec | Mathis Dorvalec | verb-que
« Le match était fermé », a estimé le Lyonnais après la rencontre. => Le match était fermé | Lyonnais | le Lyonnais | incise
",
    ),
];

#[test]
fn speaker_demonym_anaphora() {
    score_table(
        "a definite demonym as a speaker refers back",
        CONSTRUCTIONS,
        parse,
    );
}
