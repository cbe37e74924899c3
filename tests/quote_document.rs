//! Reported speech over a whole document: quoted terms kept apart,
//! unbalanced marks, cues and relays, speakers merged across titles,
//! surnames, spelling variants and pronouns, and quotes tied to their
//! sentences and tokens.

use guillemet::{Gender, SpeakerKind};

#[test]
fn quoted_terms_are_kept_apart() {
    let doc = guillemet::analyze("Il a regardé la série « Game of Thrones » hier soir.").unwrap();
    let terms: Vec<&str> = doc.quoted_terms().iter().map(|s| doc.slice(*s)).collect();
    assert_eq!(terms, ["Game of Thrones"]);
}

#[test]
fn unbalanced_marks_never_swallow_the_document() {
    let text = "« Une citation jamais fermée. Et la suite du paragraphe.\n\nUn autre paragraphe, « sans fin aussi.\n\nFin. »";
    let doc = guillemet::analyze(text).unwrap();
    for q in doc.quotes() {
        // No quote crosses a paragraph break.
        assert!(
            !doc.slice(q.span).contains("\n\n"),
            "{:?}",
            doc.slice(q.span)
        );
    }
    assert!(doc.quotes().len() <= 3);
}

#[test]
fn cue_and_via() {
    let doc = guillemet::analyze("« Bien sûr », a déclaré le président Poutine, citant Reuters.")
        .unwrap();
    let q = &doc.quotes()[0];
    let cue = q.cue.as_ref().unwrap();
    assert_eq!(doc.slice(cue.span), "a déclaré");
    assert_eq!(&*cue.lemma, "déclarer");
    assert_eq!(doc.slice(q.via.unwrap()), "Reuters");
    assert_eq!(
        doc.speakers()[q.speaker.as_ref().unwrap().speaker.unwrap()].name,
        "Poutine"
    );
}

#[test]
fn outlet_alone_is_the_speaker() {
    let doc = guillemet::analyze("Trois morts ont été retrouvés, selon l'AFP.").unwrap();
    let q = &doc.quotes()[0];
    assert!(q.via.is_none());
    let speaker = &doc.speakers()[q.speaker.as_ref().unwrap().speaker.unwrap()];
    assert_eq!(speaker.name, "AFP");
    assert_eq!(speaker.kind, SpeakerKind::Organisation);
}

#[test]
fn speakers_merge_titles_surnames_and_spelling_variants() {
    let text = "Le président kazakh Kassym-Jomart Tokayev a parlé. Le dirigeant kazakh a déclaré que l’ordre \
                était rétabli. Le gouvernement de Tokaïev a démissionné. « Tout va bien », a ajouté Tokayev.";
    let doc = guillemet::analyze(text).unwrap();
    let names: Vec<&str> = doc.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Kassym-Jomart Tokayev"]);
    let mentions: Vec<&str> = doc.speakers()[0]
        .mentions
        .iter()
        .map(|m| doc.slice(*m))
        .collect();
    assert!(mentions.contains(&"Le dirigeant kazakh"), "{mentions:?}");
    assert!(mentions.contains(&"Tokaïev"), "{mentions:?}");
}

#[test]
fn surname_alone_joins_the_full_name() {
    let doc =
        guillemet::analyze("Vladimir Poutine est arrivé. « Nous agirons », a déclaré Poutine.")
            .unwrap();
    assert_eq!(doc.speakers().len(), 1);
    assert_eq!(doc.speakers()[0].name, "Vladimir Poutine");
}

#[test]
fn different_first_names_stay_apart() {
    let text = "« Je pars », a déclaré Ana Pastor. « Je reste », a déclaré Antoni Pastor.";
    let doc = guillemet::analyze(text).unwrap();
    let names: Vec<&str> = doc.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ana Pastor", "Antoni Pastor"]);
}

#[test]
fn pronoun_goes_to_the_last_compatible_person() {
    let text = "La ministre Anne Martin a rencontré le président Paul Durand. « Nous avançons », a-t-elle dit. \
                « Pas assez », a-t-il répondu.";
    let doc = guillemet::analyze(text).unwrap();
    let speakers: Vec<Option<String>> = doc
        .quotes()
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .and_then(|m| m.speaker)
                .map(|i| doc.speakers()[i].name.clone())
        })
        .collect();
    assert_eq!(
        speakers,
        [Some("Anne Martin".into()), Some("Paul Durand".into())]
    );
    assert_eq!(doc.speakers()[0].gender, Gender::Feminine);
    assert_eq!(doc.speakers()[1].gender, Gender::Masculine);
}

#[test]
fn title_case_headline_creates_no_names() {
    let text = "Présidant La Réunion Des Pays, Le Président Poutine A Déclaré Qu’il Partirait\n\n\
                Le sommet a eu lieu à Moscou. « Je pars », a-t-il dit.";
    let doc = guillemet::analyze(text).unwrap();
    // The headline's capitals make no person: the names are Poutine's only.
    let names: Vec<&str> = doc.speakers().iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Poutine"]);
}

#[test]
fn quotes_know_their_sentences_and_tokens_know_they_are_quoted() {
    let text = "Il parla. « La menace est réelle. Nous agirons », a déclaré Paul Martin.";
    let doc = guillemet::analyze(text).unwrap();
    let q = &doc.quotes()[0];
    assert_eq!(q.sentences, 1..3);
    let quoted: Vec<&str> = doc
        .tokens()
        .filter(|t| t.in_quote())
        .map(|t| t.text())
        .collect();
    assert_eq!(
        quoted,
        ["La", "menace", "est", "réelle", ".", "Nous", "agirons"]
    );
}

#[test]
fn the_same_unnamed_role_twice_is_one_speaker() {
    let doc = guillemet::analyze(
        "Le ministre de l'Intérieur a dit : « Nous verrons. » Plus tard, le ministre de l'Intérieur a ajouté : « Rien ne presse. »",
    )
    .unwrap();
    let speakers = doc.speakers();
    assert_eq!(speakers.len(), 1, "{speakers:?}");
    assert_eq!(speakers[0].quotes.len(), 2);
    // The text never names the minister: an anonymous source (issue 15).
    assert_eq!(speakers[0].kind, SpeakerKind::Anonymous);
}
