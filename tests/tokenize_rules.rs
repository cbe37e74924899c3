//! Table-driven tokenizer cases, one group per rule of the UD French surface
//! conventions, plus the cases real French news adds (’, NBSP, soft hyphens).

use guillemet::TokenKind;

fn texts(input: &str) -> Vec<String> {
    let doc = guillemet::tokenize(input).unwrap();
    doc.tokens().map(|t| t.text().to_string()).collect()
}

fn kinds(input: &str) -> Vec<TokenKind> {
    let doc = guillemet::tokenize(input).unwrap();
    doc.tokens().map(|t| t.kind()).collect()
}

/// Each case: a test name, an input, and its expected token texts.
macro_rules! token_cases {
    ($($name:ident: $input:expr => [$($token:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let expected: Vec<&str> = vec![$($token),*];
                assert_eq!(texts($input), expected, "input {:?}", $input);
            }
        )*
    };
}

token_cases! {
    // Elided words are tokens of their own, apostrophe included.
    elision_l: "l'homme" => ["l'", "homme"];
    elision_typographic: "l’OTSC" => ["l’", "OTSC"];
    elision_d_etre: "d’être" => ["d’", "être"];
    elision_all_forms: "j'ai m'a n'est s'il t'a c'est qu'il jusqu'à lorsqu'on puisqu'il quoiqu'il presqu'entier"
        => ["j'", "ai", "m'", "a", "n'", "est", "s'", "il", "t'", "a", "c'", "est", "qu'", "il",
            "jusqu'", "à", "lorsqu'", "on", "puisqu'", "il", "quoiqu'", "il", "presqu'", "entier"];
    elision_capital: "L’Organisation Qu’il D’État" => ["L’", "Organisation", "Qu’", "il", "D’", "État"];
    elision_chain: "jusqu’aujourd’hui" => ["jusqu’", "aujourd’hui"];
    elision_before_space: "l’ «homme»" => ["l’", "«", "homme", "»"];
    // Lexicalised apostrophes stay whole.
    keep_aujourdhui: "aujourd’hui et aujourd'hui" => ["aujourd’hui", "et", "aujourd'hui"];
    keep_quelquun: "quelqu'un, quelqu’une" => ["quelqu'un", ",", "quelqu’une"];
    keep_prudhommes: "les prud'hommes" => ["les", "prud'hommes"];
    keep_lon: "si l'on veut" => ["si", "l'on", "veut"];
    keep_presquile: "la presqu'île" => ["la", "presqu'île"];
    keep_names_with_apostrophe: "O'Brien et Maud'Huy" => ["O'Brien", "et", "Maud'Huy"];
    // Inversions split off the clitic, the euphonic -t- with it.
    inversion_a_t_il: "a-t-il" => ["a", "-t-il"];
    inversion_a_t_elle: "a-t-elle souligné" => ["a", "-t-elle", "souligné"];
    inversion_dit_elle: "dit-elle" => ["dit", "-elle"];
    inversion_faut_il: "Faut-il" => ["Faut", "-il"];
    inversion_peut_on: "Peut-on" => ["Peut", "-on"];
    inversion_est_ce: "Qu'est-ce que" => ["Qu'", "est", "-ce", "que"];
    inversion_two_clitics: "donne-le-moi" => ["donne", "-le", "-moi"];
    inversion_keep_rendez_vous: "un rendez-vous" => ["un", "rendez-vous"];
    // Hyphenated compounds stay whole.
    compound_etats_unis: "les États-Unis" => ["les", "États-Unis"];
    compound_soi_disant: "la soi-disant révolution" => ["la", "soi-disant", "révolution"];
    compound_ex_union: "l’ex-Union soviétique" => ["l’", "ex-Union", "soviétique"];
    compound_name: "Kassym-Jomart Tokayev" => ["Kassym-Jomart", "Tokayev"];
    compound_peut_etre: "peut-être" => ["peut-être"];
    compound_celui_ci: "celui-ci" => ["celui-ci"];
    // Numbers.
    number_space_groups: "10 000 euros" => ["10 000", "euros"];
    number_nnbsp: "10\u{202F}000 euros" => ["10\u{202F}000", "euros"];
    number_nbsp_millions: "1\u{A0}000\u{A0}000 habitants" => ["1\u{A0}000\u{A0}000", "habitants"];
    number_not_merged_with_year: "en 2011 300 personnes" => ["en", "2011", "300", "personnes"];
    number_decimal_comma: "3,5" => ["3,5"];
    number_point_groups: "1.500 hommes" => ["1.500", "hommes"];
    number_percent: "3,5 % et 3,5\u{A0}%" => ["3,5", "%", "et", "3,5", "%"];
    number_ordinals: "le 1er mai et le XXe siècle" => ["le", "1er", "mai", "et", "le", "XXe", "siècle"];
    // Times, glued units and slashes split as in UD; fractions and dates stay whole.
    time_hours_minutes: "à 14h30 et 20h45" => ["à", "14", "h", "30", "et", "20", "h", "45"];
    time_hours_only: "dès 23h, jusqu'à 00H30" => ["dès", "23", "h", ",", "jusqu'", "à", "00", "H", "30"];
    time_not_a_number_word: "la 5G et 3h5" => ["la", "5G", "et", "3h5"];
    unit_glued: "160km, 2m et 5MW" => ["160", "km", ",", "2", "m", "et", "5", "MW"];
    unit_decimal: "2,5mg" => ["2,5", "mg"];
    ordinals_not_units: "1er 3e XXe 2nd" => ["1er", "3e", "XXe", "2nd"];
    slash_words: "et/ou EUR/GBP mg/kg son/sa" => ["et", "/", "ou", "EUR", "/", "GBP", "mg", "/", "kg", "son", "/", "sa"];
    slash_digits: "1/10, le 12/05/2020 et 24/7" => ["1/10", ",", "le", "12/05/2020", "et", "24/7"];
    slash_mixed: "la directive 92/42/CEE" => ["la", "directive", "92/42", "/", "CEE"];
    plus_minus: "366 +/- 89 s" => ["366", "+", "/", "-", "89", "s"];
    degrees_celsius: "9°C, -6 °C et 20 °F" => ["9", "°C", ",", "-6", "°C", "et", "20", "°F"];
    degrees_alone: "109 ° ouest, 16° et 18°" => ["109", "°", "ouest", ",", "16", "°", "et", "18", "°"];
    degrees_not_a_word: "20 °Celsius" => ["20", "°", "Celsius"];
    inclusive_suffix: "traité(e) par VOIE(S)" => ["traité(e)", "par", "VOIE(S)"];
    inclusive_suffix_inside: "les ami(e)s et le(s) candidat(e)s" => ["les", "ami(e)s", "et", "le(s)", "candidat(e)s"];
    inclusive_elided: "l’élu(e)" => ["l’", "élu(e)"];
    bracket_not_a_suffix: "f(x) et Paris(France) (e)" => ["f", "(", "x", ")", "et", "Paris", "(", "France", ")", "(", "e", ")"];
    number_range: "1752-1807" => ["1752-1807"];
    number_negative: "de -1 à +3" => ["de", "-1", "à", "+3"];
    number_after_comma: "1, 2 et 3" => ["1", ",", "2", "et", "3"];
    // Abbreviations keep their period.
    abbreviation_m: "M. Dupont" => ["M.", "Dupont"];
    abbreviation_titles: "Mme Durand, Dr Lee et Me Roux" => ["Mme", "Durand", ",", "Dr", "Lee", "et", "Me", "Roux"];
    abbreviation_etc: "des pommes, etc." => ["des", "pommes", ",", "etc."];
    abbreviation_cf_av: "cf. p. 12, av. J.-C." => ["cf.", "p.", "12", ",", "av.", "J.-C."];
    abbreviation_numero: "le n° 3" => ["le", "n°", "3"];
    abbreviation_word_at_end: "C'est de l'art. Il" => ["C'", "est", "de", "l'", "art", ".", "Il"];
    abbreviation_word_before_number: "l'art. 3 du code" => ["l'", "art.", "3", "du", "code"];
    sentence_final_period: "fin." => ["fin", "."];
    // Initials.
    initials_hyphenated: "J.-M. Le Pen" => ["J.-M.", "Le", "Pen"];
    initials_single: "George W. Bush" => ["George", "W.", "Bush"];
    initials_acronym: "R.E.M." => ["R.E.M."];
    // URLs, e-mail addresses, domain names, hashtags, mentions.
    url_https: "voir https://www.example.fr/page?x=1." => ["voir", "https://www.example.fr/page?x=1", "."];
    url_in_brackets: "(http://x.org/a_(b))" => ["(", "http://x.org/a_(b)", ")"];
    url_www: "www.lemonde.fr, hier" => ["www.lemonde.fr", ",", "hier"];
    domain_kremlin: "(Source : Kremlin.ru)" => ["(", "Source", ":", "Kremlin.ru", ")"];
    email: "écrire à jean.dupont@example.fr." => ["écrire", "à", "jean.dupont@example.fr", "."];
    hashtag_mention: "#Kazakhstan @Reuters" => ["#Kazakhstan", "@Reuters"];
    // Punctuation is its own token; clusters stay together.
    punct_guillemets_nbsp: "«\u{A0}Bien sûr\u{A0}»" => ["«", "Bien", "sûr", "»"];
    punct_guillemets_nnbsp: "«\u{202F}Oui\u{202F}!\u{202F}»" => ["«", "Oui", "!", "»"];
    punct_quotes: "“Oui” \"non\"" => ["“", "Oui", "”", "\"", "non", "\""];
    punct_dashes: "— Oui – non" => ["—", "Oui", "–", "non"];
    punct_brackets: "(a) [b]" => ["(", "a", ")", "[", "b", "]"];
    punct_ellipsis: "Eh bien… non... ?!" => ["Eh", "bien", "…", "non", "...", "?!"];
    punct_double_hyphen: "a -- b" => ["a", "--", "b"];
    // Invisible characters.
    soft_hyphen_inside_word: "pre\u{AD}mier" => ["pre\u{AD}mier"];
    soft_hyphen_alone: "a \u{AD} b" => ["a", "b"];
    zero_width_space: "a\u{200B}b" => ["a", "b"];
    // Emoji sequences stay whole.
    emoji_zwj_family: "bravo 👩\u{200D}👩\u{200D}👧 !" => ["bravo", "👩\u{200D}👩\u{200D}👧", "!"];
    emoji_flag_and_skin_tone: "🇫🇷👍🏽" => ["🇫🇷", "👍🏽"];
    // The seed article's Title-Case headline.
    seed_headline: "Présidant La Réunion Des Pays De L’OTSC, Le Président Poutine A Déclaré Qu’il Ne Permettrait Pas à Ses Gouvernements Membres D’être Un Coup D’État."
        => ["Présidant", "La", "Réunion", "Des", "Pays", "De", "L’", "OTSC", ",", "Le", "Président",
            "Poutine", "A", "Déclaré", "Qu’", "il", "Ne", "Permettrait", "Pas", "à", "Ses",
            "Gouvernements", "Membres", "D’", "être", "Un", "Coup", "D’", "État", "."];
}

#[test]
fn kinds_are_assigned() {
    use TokenKind::*;
    assert_eq!(
        kinds("Le 10 000 , % Kremlin.ru a@b.fr #x @y 😀 https://a.fr"),
        [Word, Number, Punct, Symbol, Url, Email, Hashtag, Mention, Emoji, Url]
    );
}

#[test]
fn norms_and_lowercase_forms() {
    let doc = guillemet::tokenize("L’OTSC pre\u{AD}mier 10\u{202F}000 ÉTAT").unwrap();
    let norms: Vec<&str> = doc.tokens().map(|t| t.norm()).collect();
    assert_eq!(norms, ["L'", "OTSC", "premier", "10 000", "ÉTAT"]);
    let lowers: Vec<&str> = doc.tokens().map(|t| t.lower()).collect();
    assert_eq!(lowers, ["l'", "otsc", "premier", "10 000", "état"]);
}

#[test]
fn nfc_differences_fold() {
    // "été" written with combining accents is one word whose norm is NFC.
    let doc = guillemet::tokenize("e\u{301}te\u{301} et été").unwrap();
    let tokens: Vec<_> = doc.tokens().collect();
    assert_eq!(tokens.len(), 3);
    assert_eq!(tokens[0].text(), "e\u{301}te\u{301}");
    assert_eq!(tokens[0].norm(), "été");
    assert_eq!(tokens[0].lower(), tokens[2].lower());
}

#[test]
fn case_flags() {
    let doc = guillemet::tokenize("Poutine OTSC otsc l’OTSC").unwrap();
    let flags: Vec<(bool, bool)> = doc.tokens().map(|t| (t.is_title(), t.is_upper())).collect();
    assert_eq!(
        flags,
        [
            (true, false),
            (true, true),
            (false, false),
            (false, false),
            (true, true)
        ]
    );
}

#[test]
fn joined_times_keep_a_time_whole() {
    let analyzer = guillemet::Analyzer::builder().join_times(true).build();
    let doc = analyzer.tokenize("à 20h45, 23h et 160km").unwrap();
    let texts: Vec<&str> = doc.tokens().map(|t| t.text()).collect();
    assert_eq!(texts, ["à", "20h45", ",", "23h", "et", "160", "km"]);
    assert_eq!(doc.token(1).kind(), TokenKind::Number);
    let doc = guillemet::tokenize("20h45").unwrap();
    let kinds: Vec<TokenKind> = doc.tokens().map(|t| t.kind()).collect();
    assert_eq!(
        kinds,
        [TokenKind::Number, TokenKind::Word, TokenKind::Number]
    );
}

#[test]
fn user_abbreviations_extend_the_lexicon() {
    let plain = guillemet::Analyzer::new();
    let custom = guillemet::Analyzer::builder()
        .abbreviations(["fasc."])
        .build();
    let text = "le fasc. trois";
    let t1: Vec<String> = plain
        .tokenize(text)
        .unwrap()
        .tokens()
        .map(|t| t.text().into())
        .collect();
    let t2: Vec<String> = custom
        .tokenize(text)
        .unwrap()
        .tokens()
        .map(|t| t.text().into())
        .collect();
    assert_eq!(t1, ["le", "fasc", ".", "trois"]);
    assert_eq!(t2, ["le", "fasc.", "trois"]);
}
