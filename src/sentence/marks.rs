//! The marks and words the splitter's rules ask about: terminators,
//! closers, dashes, what opens a block, and the words no sentence ends with.

/// Sentence-final punctuation: . ! ? … and their clusters.
#[inline]
pub(super) fn is_terminator(text: &str) -> bool {
    // Every terminator starts with . ! ? or 0xE2 (… ‽): most tokens fail here.
    matches!(text.as_bytes().first(), Some(b'.' | b'!' | b'?' | 0xE2))
        && text
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…' | '‽'))
}

/// Closing quotes and brackets that stay with the sentence they close (the
/// straight and curly double marks are paired by [`crate::pairing`]).
pub(super) fn is_closer(text: &str) -> bool {
    matches!(text, "»" | ")" | "]" | "}" | "’" | "›")
}

/// Determiners, prepositions and conjunctions that no sentence ends with
/// (none of the 3,329 positions after one that the classifier would score in
/// the tuned UD files is a sentence end): after one, a capital opens a name
/// or a title ("de Vladimir Poutine", "le Kremlin", "et Paris").
#[inline]
pub(super) fn ends_no_sentence(lower: &str) -> bool {
    matches!(
        lower,
        "le" | "la"
            | "les"
            | "l'"
            | "un"
            | "une"
            | "des"
            | "du"
            | "de"
            | "d'"
            | "au"
            | "aux"
            | "à"
            | "en"
            | "par"
            | "pour"
            | "sur"
            | "sous"
            | "dans"
            | "avec"
            | "sans"
            | "chez"
            | "vers"
            | "entre"
            | "et"
            | "ou"
            | "ni"
            | "mais"
            | "que"
            | "qu'"
            | "qui"
            | "dont"
            | "où"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "mon"
            | "ma"
            | "mes"
            | "notre"
            | "nos"
            | "votre"
            | "vos"
    )
}

pub(super) fn is_dash(text: &str) -> bool {
    matches!(text, "-" | "–" | "—")
}

/// Starts a new line of a list or a new block: bullets, dashes, numbers,
/// capitals, opening quotes.
pub(super) fn starts_block(text: &str) -> bool {
    let c = text.chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '-' | '–' | '—' | '•' | '*' | '·' | '«' | '"' | '“' | '(' | '['
        )
}
