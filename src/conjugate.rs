//! French verb forms from an infinitive, so that a speech verb can be added
//! by its lemma (`Analyzer(speech_verbs=["gazouiller"])`).
//!
//! The rules are those `tools/gen_speech_verbs.py` uses for the shipped
//! lexicon: group 1 (-er) with its stem changes (annonça, jugeons, cède,
//! lève, appelle, paie / paye, appuie), group 2 (-ir, like finir) and the
//! -dre verbs (like rendre; -indre like craindre). Forms: infinitive,
//! present participle, past participle (four agreements), indicative
//! present, imperfect, passé simple and future, conditional and subjunctive
//! present. Other group-3 verbs (-oir, -ire, most -ir) are not conjugated
//! here: list their forms, or "form:lemma" pairs.

const PRESENT_ER: [&str; 6] = ["e", "es", "e", "ons", "ez", "ent"];
const IMPERFECT: [&str; 6] = ["ais", "ais", "ait", "ions", "iez", "aient"];
const FUTURE: [&str; 6] = ["ai", "as", "a", "ons", "ez", "ont"];
const SUBJUNCTIVE: [&str; 6] = ["e", "es", "e", "ions", "iez", "ent"];
const PASSE_A: [&str; 6] = ["ai", "as", "a", "âmes", "âtes", "èrent"];
const PASSE_I: [&str; 6] = ["is", "is", "it", "îmes", "îtes", "irent"];
const PASSE_IN: [&str; 6] = ["ins", "ins", "int", "înmes", "întes", "inrent"];
/// Persons whose ending starts with a mute e: je, tu, il, ils.
const MUTE: [bool; 6] = [true, true, true, false, false, true];

/// -eler and -eter verbs that double their consonant before a mute e
/// (appelle, jette); the others take è (gèle, achète), as in the 1990
/// spelling.
const DOUBLING: [&str; 6] = [
    "appeler",
    "rappeler",
    "interpeler",
    "jeter",
    "rejeter",
    "projeter",
];

fn is_consonant(c: char) -> bool {
    "bcdfghjklmnpqrstvwxzç".contains(c)
}

/// `stem` with its last `from` (a char) replaced by `to`.
fn replace_last(stem: &str, from: char, to: char) -> String {
    match stem.rfind(from) {
        Some(i) => format!("{}{}{}", &stem[..i], to, &stem[i + from.len_utf8()..]),
        None => stem.to_string(),
    }
}

/// Keeps c and g soft before a and o: annonça, jugeons.
fn join(stem: &str, ending: &str) -> String {
    if ending.starts_with(['a', 'â', 'o']) {
        if let Some(s) = stem.strip_suffix('c') {
            return format!("{s}ç{ending}");
        }
        if stem.ends_with('g') {
            return format!("{stem}e{ending}");
        }
    }
    format!("{stem}{ending}")
}

/// The last vowel of a stem when only consonants follow it (a final "gu"
/// or "qu" counting as one), how many, and whether a consonant precedes it:
/// "céd" → ('é', 1, true), "achev" → ('e', 1, true), "allégu" → ('é', 1,
/// true), "tweet" → ('e', 1, false).
fn last_vowel(stem: &str) -> Option<(char, usize, bool)> {
    let chars: Vec<char> = stem.chars().collect();
    let mut end = chars.len();
    let mut consonants = 0;
    if end >= 2 && chars[end - 1] == 'u' && matches!(chars[end - 2], 'g' | 'q') {
        end -= 2;
        consonants = 1;
    }
    while end > 0 && is_consonant(chars[end - 1]) {
        end -= 1;
        consonants += 1;
    }
    if end == 0 || consonants == 0 {
        return None;
    }
    let after_consonant = end >= 2 && is_consonant(chars[end - 2]);
    Some((chars[end - 1], consonants, after_consonant))
}

/// Stems before a mute e: (present and subjunctive, future and conditional).
fn mute_e_stems(lemma: &str, stem: &str) -> (Vec<String>, Vec<String>) {
    let one = |s: String| (vec![s.clone()], vec![s]);
    if DOUBLING.contains(&lemma) {
        let last = stem.chars().last().unwrap_or_default();
        return one(format!("{stem}{last}"));
    }
    if stem.ends_with("ay") {
        let i = format!("{}i", &stem[..stem.len() - 1]);
        return (vec![i.clone(), stem.into()], vec![i, stem.into()]);
    }
    if stem.ends_with("oy") || stem.ends_with("uy") {
        return one(format!("{}i", &stem[..stem.len() - 1]));
    }
    match last_vowel(stem) {
        // céder, alléguer: cède, allègue, cédera and cèdera (1990).
        Some(('é', _, _)) => {
            let grave = replace_last(stem, 'é', 'è');
            (vec![grave.clone()], vec![stem.into(), grave])
        }
        // lever, geler, acheter: lève, gèlera (a lone e, one consonant).
        Some(('e', 1, true)) => one(replace_last(stem, 'e', 'è')),
        _ => one(stem.into()),
    }
}

/// Every form of a group-1 verb.
fn first_group(lemma: &str, stem: &str, forms: &mut Vec<String>) {
    let (mute, future) = mute_e_stems(lemma, stem);
    forms.push(join(stem, "ant"));
    for (person, ending) in PRESENT_ER.iter().enumerate() {
        if MUTE[person] {
            forms.extend(mute.iter().map(|s| join(s, ending)));
        } else {
            forms.push(join(stem, ending));
        }
    }
    forms.extend(IMPERFECT.iter().map(|e| join(stem, e)));
    forms.extend(PASSE_A.iter().map(|e| join(stem, e)));
    for s in &future {
        forms.extend(FUTURE.iter().chain(&IMPERFECT).map(|e| format!("{s}er{e}")));
    }
    for (person, ending) in SUBJUNCTIVE.iter().enumerate() {
        if MUTE[person] {
            forms.extend(mute.iter().map(|s| format!("{s}{ending}")));
        } else {
            forms.push(format!("{stem}{ending}"));
        }
    }
    participles(&format!("{stem}é"), forms);
}

/// Every form of a verb of a model: `present` holds the six persons after
/// the stem, then the imperfect, passé simple, future and subjunctive stems.
struct Model {
    present: [&'static str; 6],
    passe_endings: [&'static str; 6],
    imperfect: &'static str,
    passe: &'static str,
    future: &'static str,
    subjunctive: (&'static str, &'static str),
    present_participle: &'static str,
    past_participle: &'static str,
}

/// finir: avertir, garantir, réagir.
const FINIR: Model = Model {
    present: ["is", "is", "it", "issons", "issez", "issent"],
    passe_endings: PASSE_I,
    imperfect: "iss",
    passe: "",
    future: "ir",
    subjunctive: ("iss", "iss"),
    present_participle: "issant",
    past_participle: "i",
};

/// rendre: répondre, défendre (stem without its final -dre).
const RENDRE: Model = Model {
    present: ["ds", "ds", "d", "dons", "dez", "dent"],
    passe_endings: PASSE_I,
    imperfect: "d",
    passe: "d",
    future: "dr",
    subjunctive: ("d", "d"),
    present_participle: "dant",
    past_participle: "du",
};

/// craindre: plaindre, joindre (stem without its final -indre).
const CRAINDRE: Model = Model {
    present: ["ins", "ins", "int", "ignons", "ignez", "ignent"],
    passe_endings: PASSE_I,
    imperfect: "ign",
    passe: "ign",
    future: "indr",
    subjunctive: ("ign", "ign"),
    present_participle: "ignant",
    past_participle: "int",
};

/// prendre: reprendre, apprendre (stem without its final -prendre).
const PRENDRE: Model = Model {
    present: ["prends", "prends", "prend", "prenons", "prenez", "prennent"],
    passe_endings: PASSE_I,
    imperfect: "pren",
    passe: "pr",
    future: "prendr",
    subjunctive: ("prenn", "pren"),
    present_participle: "prenant",
    past_participle: "pris",
};

/// venir, tenir: prévenir, soutenir (stem without its final -enir).
const VENIR: Model = Model {
    present: ["iens", "iens", "ient", "enons", "enez", "iennent"],
    passe_endings: PASSE_IN,
    imperfect: "en",
    passe: "",
    future: "iendr",
    subjunctive: ("ienn", "en"),
    present_participle: "enant",
    past_participle: "enu",
};

fn by_model(p: &str, m: &Model, forms: &mut Vec<String>) {
    forms.push(format!("{p}{}", m.present_participle));
    forms.extend(m.present.iter().map(|e| format!("{p}{e}")));
    forms.extend(IMPERFECT.iter().map(|e| format!("{p}{}{e}", m.imperfect)));
    forms.extend(m.passe_endings.iter().map(|e| format!("{p}{}{e}", m.passe)));
    forms.extend(
        FUTURE
            .iter()
            .chain(&IMPERFECT)
            .map(|e| format!("{p}{}{e}", m.future)),
    );
    for (person, ending) in SUBJUNCTIVE.iter().enumerate() {
        let stem = if MUTE[person] {
            m.subjunctive.0
        } else {
            m.subjunctive.1
        };
        forms.push(format!("{p}{stem}{ending}"));
    }
    participles(&format!("{p}{}", m.past_participle), forms);
}

/// dit → dit, dite, dits, dites.
fn participles(pp: &str, forms: &mut Vec<String>) {
    forms.push(pp.to_string());
    forms.push(format!("{pp}e"));
    if pp.ends_with(['s', 'x']) {
        forms.push(pp.to_string());
    } else {
        forms.push(format!("{pp}s"));
    }
    forms.push(format!("{pp}es"));
}

/// Every form of the (lowercase) infinitive `lemma`, itself first; `None`
/// when it is not a verb these rules conjugate (not -er, -ir or -dre).
pub(crate) fn conjugate(lemma: &str) -> Option<Vec<String>> {
    let mut forms = vec![lemma.to_string()];
    if lemma.chars().count() < 4 || !lemma.chars().all(char::is_alphabetic) {
        return None;
    }
    if let Some(stem) = lemma.strip_suffix("er") {
        first_group(lemma, stem, &mut forms);
    } else if let Some(p) = lemma.strip_suffix("enir") {
        by_model(p, &VENIR, &mut forms);
    } else if let Some(p) = lemma.strip_suffix("ir").filter(|p| !p.ends_with('o')) {
        by_model(p, &FINIR, &mut forms);
    } else if let Some(p) = lemma.strip_suffix("prendre") {
        by_model(p, &PRENDRE, &mut forms);
    } else if let Some(p) = lemma.strip_suffix("indre") {
        by_model(p, &CRAINDRE, &mut forms);
    } else if let Some(p) = lemma.strip_suffix("dre") {
        by_model(p, &RENDRE, &mut forms);
    } else {
        return None;
    }
    // The 1990 spelling drops the circumflex on i: enchaine beside enchaîne.
    let plain: Vec<String> = forms
        .iter()
        .filter(|f| f.contains("aî"))
        .map(|f| f.replace("aî", "ai"))
        .collect();
    forms.extend(plain);
    forms.sort();
    forms.dedup();
    Some(forms)
}

#[cfg(test)]
mod tests {
    use super::conjugate;
    use std::collections::{BTreeMap, BTreeSet};

    fn forms(lemma: &str) -> BTreeSet<String> {
        conjugate(lemma).unwrap().into_iter().collect()
    }

    #[test]
    fn regular_first_group() {
        let f = forms("gazouiller");
        for form in [
            "gazouiller",
            "gazouille",
            "gazouillé",
            "gazouillées",
            "gazouillait",
            "gazouilla",
            "gazouillèrent",
            "gazouillera",
            "gazouillerait",
            "gazouillions",
            "gazouillant",
        ] {
            assert!(f.contains(form), "{form}");
        }
    }

    #[test]
    fn stem_changes() {
        assert!(forms("annoncer").contains("annonça") && forms("annoncer").contains("annonçons"));
        assert!(forms("juger").contains("jugeons") && forms("juger").contains("jugea"));
        assert!(forms("céder").contains("cède") && forms("céder").contains("cédera"));
        assert!(forms("céder").contains("cèdera") && forms("céder").contains("cédons"));
        assert!(forms("lever").contains("lève") && forms("lever").contains("lèvera"));
        assert!(forms("appeler").contains("appelle") && forms("appeler").contains("appelons"));
        assert!(forms("payer").contains("paie") && forms("payer").contains("paye"));
        assert!(forms("appuyer").contains("appuie") && !forms("appuyer").contains("appuye"));
    }

    #[test]
    fn other_groups() {
        assert!(forms("rugir").contains("rugissent") && forms("rugir").contains("rugi"));
        assert!(forms("répondre").contains("répond") && forms("répondre").contains("répondu"));
        assert!(forms("geindre").contains("geignent") && forms("geindre").contains("geint"));
        assert_eq!(conjugate("voir"), None);
        assert_eq!(conjugate("dire"), None);
        assert_eq!(conjugate("dit"), None);
    }

    /// The shipped lexicon was generated by the same rules: for its regular
    /// verbs (group 1, group 2 and -dre), conjugating the lemma gives every
    /// form it lists.
    #[test]
    fn agrees_with_the_shipped_lexicon() {
        let mut by_lemma: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for line in crate::lexicon::entries(crate::lexicon::files::SPEECH_VERBS) {
            let mut fields = line.split('\t');
            let (form, lemma) = (fields.next().unwrap(), fields.next().unwrap());
            by_lemma.entry(lemma).or_default().insert(form);
        }
        // Spelling variants the generator adds by hand (grommelle beside
        // grommèle, assener beside asséner, argüer, interpeler), and group-3
        // verbs that look regular (démentir, sourire).
        let irregular = [
            "grommeler",
            "asséner",
            "arguer",
            "interpeller",
            "démentir",
            "sourire",
        ];
        let mut checked = 0;
        for (lemma, listed) in &by_lemma {
            let Some(ours) = conjugate(lemma) else {
                continue;
            };
            if irregular.contains(lemma) {
                continue;
            }
            let ours: BTreeSet<&str> = ours.iter().map(String::as_str).collect();
            let missing: Vec<_> = listed.difference(&ours).collect();
            assert!(missing.is_empty(), "{lemma}: {missing:?}");
            checked += 1;
        }
        assert!(checked >= 150, "only {checked} lemmas checked");
    }
}
