//! Coverage of the speech-verb lexicon (issue 14, session 12): a reporting
//! verb missing from src/lexicons/speech_verbs.txt is a miss on every unseen
//! article that uses it, whatever the grammar of the clause. One row a verb
//! French news uses to report speech, sorted by sense: one incise case
//! after a closing mark ("« … », a ironisé Paul Martin", "», s'agace Paul
//! Martin") for every verb, and one que case ("La ministre a V que …") for
//! the verbs that report speech or a stated opinion with a que-clause
//! (../shared/eval/GUIDELINES.md: reporting verb + que, stated opinion
//! included); incise-only verbs (ironiser, s'emporter, tacler, sourire,
//! lancer…) have none, since their "que" is rare or reports nothing. The
//! list was written from French press style, not from any data set; the
//! last block holds speech-free uses of the ambiguous verbs (lancer,
//! glisser, souffler, lâcher, sourire, saluer, charger…), which must stay
//! silent. The table format is described in tests/support/constructions.rs
//! (a failing case is marked `gap`: the table checks it still fails).
//! `cargo test --test speech_verb_coverage -- --nocapture` prints the pass
//! rate by block.
//!
//! First score, before the lexicon changed (on 9b04569, 2026-12-01): 269 of 315 cases
//! (85.4 %); the 46 failing cases were then marked `gap`: 43 verbs missing
//! from the lexicon (attester, illustrer, synthétiser, pointer, se
//! remémorer, contre-attaquer, hasarder, persister, modérer, recadrer,
//! balayer, éluder, esquiver, embrayer, attaquer, charger, épingler,
//! cogner, grincer, applaudir, remercier, s'exaspérer, s'irriter,
//! s'emballer, s'enflammer, s'émouvoir, s'enquérir, enjoindre, presser,
//! apostropher, encourager, prophétiser, anticiper, jeter, gronder, rugir,
//! vociférer, râler, bougonner, ronchonner, rire, badiner, pouffer; their
//! quote is found but unattributed), their que cases (attester,
//! prophétiser) and "s'est plainte que". The speech-free controls pass.

#[path = "support/constructions.rs"]
mod constructions;

use constructions::run_table;

/// The verbs, by sense, each with its cases.
const VERBS: &[(&str, &str)] = &[
    (
        "saying, stating, promising",
        r"
« Nous irons jusqu'au bout », a déclaré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a déclaré que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a dit Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a dit que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a affirmé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a affirmé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a réaffirmé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a réaffirmé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a annoncé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a annoncé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a assuré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a assuré que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a certifié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a certifié que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a attesté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a attesté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a garanti Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a garanti que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a juré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a juré que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a promis Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a promis que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a soutenu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a soutenu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a maintenu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a maintenu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a prétendu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a prétendu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a clamé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a clamé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a proclamé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a proclamé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a confirmé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a confirmé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
",
    ),
    (
        "explaining, specifying, noting",
        r"
« Nous irons jusqu'au bout », a expliqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a expliqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a précisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a précisé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a indiqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a indiqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a ajouté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a ajouté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a détaillé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a développé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a illustré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a explicité Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a résumé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a synthétisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a commenté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a analysé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a décrypté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a souligné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a souligné que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a rappelé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a rappelé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a insisté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a signalé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a signalé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a noté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a noté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a relevé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a relevé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a observé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a observé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a remarqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a remarqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a constaté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a constaté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
gap « Nous irons jusqu'au bout », a pointé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "telling, revealing, writing",
        r"
« Nous irons jusqu'au bout », a confié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a confié que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a raconté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a raconté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a relaté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a témoigné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a révélé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a révélé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a dévoilé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a rapporté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a rapporté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a écrit Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a écrit que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a tweeté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a tweeté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
gap « Nous irons jusqu'au bout », se remémore Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "answering, objecting, arguing",
        r"
« Nous irons jusqu'au bout », a répondu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a répondu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a répliqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a répliqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a rétorqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a rétorqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a riposté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a contre-attaqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a objecté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a objecté que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a protesté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a plaidé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a argué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a argué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a argumenté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se défend Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se justifie Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a avancé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a avancé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a hasardé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a persisté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "conceding, correcting, tempering",
        r"
« Nous irons jusqu'au bout », a reconnu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a reconnu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a admis Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a admis que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a avoué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a avoué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a confessé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a confessé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a concédé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a concédé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a convenu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a convenu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a nuancé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a tempéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a modéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a relativisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a minimisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a corrigé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a rectifié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a recadré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a tranché Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a balayé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a éludé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a esquivé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "continuing the exchange, insisting",
        r"
« Nous irons jusqu'au bout », a poursuivi Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a continué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a repris Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a enchaîné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a embrayé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a rebondi Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a renchéri Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a surenchéri Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a abondé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a acquiescé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a conclu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a conclu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a martelé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a martelé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a répété Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a répété que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a réitéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a asséné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a asséné que le projet serait retiré. => le projet serait retiré | ministre | verb-que
",
    ),
    (
        "criticising, mocking, praising",
        r"
« Nous irons jusqu'au bout », a dénoncé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a fustigé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a critiqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a accusé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a reproché Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a attaqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a chargé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a taclé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a cinglé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a épinglé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a étrillé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a cogné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a raillé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se moque Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a ironisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a persiflé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a grincé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a salué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a applaudi Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a remercié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se félicite Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est félicitée que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », se réjouit Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est réjouie que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », s'enthousiasme Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "emotion and stance, reflexive",
        r"
« Nous irons jusqu'au bout », s'agace Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'emporte Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'énerve Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'impatiente Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'exaspère Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'irrite Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'étrangle Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'emballe Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'enflamme Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », s'émeut Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'étonne Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est étonnée que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », s'insurge Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'indigne Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est indignée que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », s'offusque Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est offusquée que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », s'alarme Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'inquiète Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre s'est inquiétée que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », se désole Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se lamente Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se plaint Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap La ministre s'est plainte que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a déploré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a déploré que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a regretté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a regretté que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a soupiré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "asking, demanding, urging",
        r"
« Nous irons jusqu'au bout », s'interroge Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », se demande Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », s'enquiert Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a questionné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a interrogé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a demandé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a demandé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a réclamé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a réclamé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a exigé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a exigé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a imploré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a supplié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a exhorté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a enjoint Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a pressé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a interpellé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a apostrophé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a recommandé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a recommandé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a préconisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a préconisé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a suggéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a suggéré que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a proposé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a proposé que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a conseillé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a encouragé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "warning and predicting",
        r"
« Nous irons jusqu'au bout », a averti Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a averti que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a prévenu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a prévenu que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a alerté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a mis en garde Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a menacé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a prédit Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a prédit que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a pronostiqué Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a pronostiqué que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a prophétisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a prophétisé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
gap « Nous irons jusqu'au bout », a anticipé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "manner of speaking",
        r"
« Nous irons jusqu'au bout », a lancé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a lâché Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a glissé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a soufflé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a jeté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a murmuré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a chuchoté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a tonné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a tempêté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a fulminé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
gap « Nous irons jusqu'au bout », a grondé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a rugi Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a vociféré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a hurlé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a crié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'écrie Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'exclame Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a scandé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a pesté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a râlé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a bougonné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a ronchonné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a grommelé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a maugréé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a souri Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a ri Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'amuse Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a plaisanté Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a badiné Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a rigolé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », s'esclaffe Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a pouffé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a ricané Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », a savouré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », exulte Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », jubile-t-il. Paul Martin est réélu. => Nous irons jusqu'au bout | il | incise
« Nous irons jusqu'au bout », a pavoisé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
« Nous irons jusqu'au bout », claironne Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "opinion",
        r"
« Nous irons jusqu'au bout », a estimé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a estimé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a jugé Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a jugé que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a considéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a considéré que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », pense Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre pense que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », croit Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre croit que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », trouve Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre trouve que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a espéré Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a espéré que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a souhaité Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a souhaité que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », craint Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre craint que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », redoute Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre redoute que le projet soit retiré. => le projet soit retiré | ministre | verb-que
« Nous irons jusqu'au bout », a parié Paul Martin. => Nous irons jusqu'au bout | Martin | incise
La ministre a parié que le projet serait retiré. => le projet serait retiré | ministre | verb-que
« Nous irons jusqu'au bout », a prévu Paul Martin. => Nous irons jusqu'au bout | Martin | incise
",
    ),
    (
        "speech-free uses of the ambiguous verbs",
        r"
Le club a lancé une campagne de dons pour la saison. => none
Le cycliste a glissé dans le dernier virage. => none
Le vent a soufflé toute la nuit sur la côte. => none
Les négociateurs ont lâché du lest sur les salaires. => none
La chance a souri aux Bleus en fin de match. => none
La foule a salué les coureurs à l'arrivée. => none
Le gouvernement a chargé le préfet d'une mission. => none
Les enquêteurs ont pointé une faille dans le système. => none
Le camion a jeté son chargement sur la chaussée. => none
Les prix ont rebondi en mars après une baisse. => none
La société a repris l'usine de Saint-Nazaire. => none
Le tribunal a tranché le litige en faveur du locataire. => none
La commune a anticipé la hausse des prix de l'énergie. => none
Le ministre a balayé la salle du regard. => none
Les joueurs ont savouré leur victoire dans le vestiaire. => none
Les supporters ont exulté au coup de sifflet final. => none
La ville pavoise pour le jubilé de la reine. => none
",
    ),
];

#[test]
fn speech_verb_coverage() {
    run_table("speech-verb coverage (session 12)", VERBS);
}
