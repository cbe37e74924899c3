//! Issue 15 (session 19): nouns for a person with one grammatical gender
//! whatever the person's sex ("un témoin", "une victime", "une recrue";
//! `fixed_feminine_persons` / `fixed_masculine_persons` in grammar.txt).
//! Their article, and the words agreeing with them, are the noun's gender,
//! not a cue about the person: before this step "Un témoin a affirmé" gave
//! the speaker a masculine cue and "Une victime a raconté" a feminine one,
//! so a parity study would count every victim as a woman. A later pronoun
//! still gives the entity its cue; a marked other article ("Une témoin")
//! is one. Controls: nouns whose article varies with the person ("la
//! ministre", "un proche", "une otage") keep their cue.
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`; invented sentences.
//! Before the rule (main de7c0e9) "Un témoin a affirmé", "Une victime a
//! raconté" and "La victime de l'agression a assuré" gave the article's
//! gender (checked one by one); "La jeune recrue" already gave none
//! ("recrue" is no title), kept as a case so that adding it to the titles
//! keeps it so. Seen as speakers: "un témoin" 8 times in the held-out sets
//! (6, 7, 13, 17, 18), once in the tuned UD files.

#[macro_use]
mod support;

speaker_cases! {
    witness_subject:
        "Un témoin a affirmé que la voiture roulait très vite."
        => [("Un témoin", Anonymous, Unknown, 1)];
    victim_subject:
        "Une victime a raconté que les secours étaient arrivés tard."
        => [("Une victime", Anonymous, Unknown, 1)];
    witness_inverted:
        "« J'ai entendu une explosion », raconte un témoin."
        => [("un témoin", Anonymous, Unknown, 1)];
    victim_definite_with_complement:
        "La victime de l'agression a assuré qu'elle ne connaissait pas son agresseur."
        => [("La victime de l'agression", Anonymous, Unknown, 1)];
    victim_agreement_is_the_noun:
        "Une victime, interrogée par la radio, a raconté que la porte était ouverte."
        => [("Une victime", Anonymous, Unknown, 1)];
    witness_apposed_to_name:
        "« Tout est allé très vite », a déclaré Dominique Varvalet, un témoin de la scène."
        => [("Dominique Varvalet", Person, Unknown, 1)];
    victim_then_pronoun:
        "Une victime a raconté que la porte était ouverte. Il a ajouté qu'il n'avait « rien vu venir »."
        => [("Une victime", Anonymous, Masculine, 2)];
    marked_other_article:
        "Une témoin a affirmé que la voiture roulait très vite."
        => [("Une témoin", Anonymous, Feminine, 1)];
    control_minister:
        "La ministre a affirmé que le texte serait voté en mars."
        => [("La ministre", Anonymous, Feminine, 1)];
    control_relative:
        "Un proche de la famille a affirmé que la fillette allait mieux."
        => [("Un proche de la famille", Anonymous, Masculine, 1)];
    control_hostage:
        "Une otage, libérée dimanche, a raconté que ses geôliers la frappaient."
        => [("Une otage", Anonymous, Feminine, 1)];
    witness_agreement_after_comma:
        "Le témoin, choqué, a raconté que la voiture roulait vite."
        => [("Le témoin", Anonymous, Unknown, 1)];
    one_of_the_victims:
        "L'une des victimes a raconté que la porte était ouverte."
        => [("L'une des victimes", Anonymous, Unknown, 1)];
    young_recruit:
        "La jeune recrue a affirmé qu'elle était prête."
        => [("La jeune recrue", Anonymous, Unknown, 1)];
}
