//! The French tokenizer: one left-to-right pass over the original text.
//!
//! It follows the UD French surface conventions: elided words (`l'`, `qu'`)
//! and inverted clitics (`-t-il`, `-elle`) are tokens of their own, while
//! hyphenated compounds, numbers with group spaces, abbreviations with their
//! period, initials, URLs, domain names and e-mail addresses stay whole.
//! Spans are byte offsets into the input and are never moved: normalisation is
//! per token (see [`crate::normalize`]).
//!
//! Cost is linear: every byte is looked at a bounded number of times (the only
//! look-ahead is a few characters at a connector), with an ASCII fast path.

use crate::lexicon::{AbbreviationKind, Lexicons};
use crate::normalize::{is_apostrophe, is_hyphen};
use crate::token::{Token, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

/// Splits text into [`Token`]s, using the abbreviation, elision, clitic and
/// keep lexicons.
#[derive(Debug, Clone)]
pub struct Tokenizer<'l> {
    lex: &'l Lexicons,
}

/// Decodes the char at byte `i` (a char boundary).
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

/// The char after byte `i`, if any.
#[inline]
fn char_opt(text: &str, i: usize) -> Option<char> {
    (i < text.len()).then(|| char_at(text, i).0)
}

/// Letters, digits and combining marks: the body of a word.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
    }
}

/// Whitespace, control and invisible format characters: never in a token
/// unless a word rule takes them (a soft hyphen inside a word, a space in a
/// number).
#[inline]
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// Spaces that may separate digit groups ("10 000", "10\u{202F}000").
#[inline]
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// First characters of emoji: pictographs, dingbats and regional indicators.
#[inline]
fn is_emoji_start(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}')
}

/// Punctuation (as opposed to symbols) outside ASCII.
#[inline]
fn is_unicode_punct(c: char) -> bool {
    matches!(c,
        '«' | '»' | '¡' | '¿' | '§' | '¶' | '·'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{3000}'..='\u{303F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE6F}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1F}')
}

/// "A.", "J.-C.", "R.E.M.": single capitals joined by "." or ".-", ending
/// with a period.
fn is_initials(candidate: &str) -> bool {
    let Some(body) = candidate.strip_suffix('.') else {
        return false;
    };
    let mut parts = 0;
    for part in body.split('.') {
        let part = part.strip_prefix('-').unwrap_or(part);
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_uppercase() => parts += 1,
            _ => return false,
        }
    }
    parts > 0
}

const GENERIC_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "gov", "edu", "int", "mil", "io", "tv", "news", "online",
    "site", "app", "blog", "media", "paris", "bzh", "eus", "corsica", "alsace", "quebec",
];

/// A bare domain name such as "Kremlin.ru" or "iPhoneAddict.fr".
fn is_domain(core: &str) -> bool {
    let Some((head, tld)) = core.rsplit_once('.') else {
        return false;
    };
    if !tld.bytes().all(|b| b.is_ascii_lowercase()) || tld.is_empty() {
        return false;
    }
    let first = head.split('.').next().unwrap_or("");
    let first_ok = first.chars().filter(|c| c.is_alphanumeric()).count() >= 3
        && first.chars().any(char::is_alphabetic);
    first_ok && (tld.len() == 2 || GENERIC_TLDS.contains(&tld))
}

/// True when exactly three ASCII digits start at byte `j` and no word
/// character follows them.
fn three_digits_follow(text: &str, j: usize) -> bool {
    let b = text.as_bytes();
    j + 3 <= b.len()
        && b[j..j + 3].iter().all(u8::is_ascii_digit)
        && char_opt(text, j + 3).is_none_or(|c| !is_word_char(c))
}

/// How a URL starts, ASCII case-insensitive.
fn url_prefix_len(text: &str, i: usize) -> Option<usize> {
    let rest = &text.as_bytes()[i..];
    for prefix in ["https://", "http://", "ftp://", "www."] {
        if rest.len() > prefix.len() && rest[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        {
            let next = char_at(text, i + prefix.len()).0;
            if is_word_char(next) {
                return Some(prefix.len());
            }
        }
    }
    None
}

impl<'l> Tokenizer<'l> {
    /// A tokenizer over these lexicons.
    pub fn new(lex: &'l Lexicons) -> Self {
        Tokenizer { lex }
    }

    /// Tokenises `text`, appending to `out`.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        // Whether the previous character was a separator or an opening
        // bracket: a sign there starts a number ("-1", "(+3").
        let mut after_space = true;
        while i < n {
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                i = self.word(text, i, i, out);
                after_space = false;
                continue;
            }
            if is_separator(c) {
                i += len;
                after_space = true;
                continue;
            }
            let next = char_opt(text, i + len);
            let next_is_word = next.is_some_and(is_word_char);
            let start = i;
            match c {
                '#' | '@' if next_is_word && after_space => {
                    i = self.word(text, start, i + len, out);
                }
                '-' | '+' | '\u{2212}'
                    if after_space && next.is_some_and(|d| d.is_ascii_digit()) =>
                {
                    i = self.word(text, start, i + len, out);
                }
                '.' | '!' | '?' | '-' | '…' | '‽' => {
                    // A run of the same family is one token: "...", "?!", "--".
                    let family = |d: char| match c {
                        '.' => d == '.',
                        '!' | '?' | '‽' => matches!(d, '!' | '?' | '‽'),
                        '-' => d == '-',
                        _ => d == '…',
                    };
                    i += len;
                    while let Some(d) = char_opt(text, i) {
                        if !family(d) {
                            break;
                        }
                        i += d.len_utf8();
                    }
                    out.push(Token::new(start, i, TokenKind::Punct));
                }
                _ if is_emoji_start(c) || (c == '\u{20E3}') => {
                    let cluster = text[i..].graphemes(true).next().map_or(len, str::len);
                    i += cluster;
                    out.push(Token::new(start, i, TokenKind::Emoji));
                }
                _ => {
                    i += len;
                    let kind = if c.is_ascii_punctuation() {
                        if matches!(
                            c,
                            '#' | '$'
                                | '%'
                                | '&'
                                | '*'
                                | '+'
                                | '/'
                                | '<'
                                | '='
                                | '>'
                                | '@'
                                | '\\'
                                | '^'
                                | '_'
                                | '`'
                                | '|'
                                | '~'
                        ) {
                            TokenKind::Symbol
                        } else {
                            TokenKind::Punct
                        }
                    } else if is_unicode_punct(c) {
                        TokenKind::Punct
                    } else {
                        TokenKind::Symbol
                    };
                    out.push(Token::new(start, i, kind));
                }
            }
            after_space = matches!(c, '(' | '[' | '{' | '«' | '"' | '“' | '/');
        }
    }

    /// Scans the word run starting at `start` (whose body starts at `body`,
    /// after a sign, `#` or `@`), splits it and pushes its tokens. Returns
    /// the byte after the run.
    fn word(&self, text: &str, start: usize, body: usize, out: &mut Vec<Token>) -> usize {
        if start == body {
            if let Some(prefix) = url_prefix_len(text, start) {
                return self.url(text, start, start + prefix, out);
            }
        }
        let mut end = self.scan_run(text, body);
        let n = text.len();
        // An elided word written before a non-letter: "l’ «", "jusqu’ à".
        if end < n {
            let (c, clen) = char_at(text, end);
            if is_apostrophe(c) && start == body {
                let stem = &text[start..end];
                if stem.len() <= 7 && self.is_elision(&format!("{}'", stem.to_lowercase())) {
                    end += clen;
                }
            }
        }
        self.split_run(text, start, end, out)
    }

    /// The end of the run of word characters and connectors from `body`.
    fn scan_run(&self, text: &str, body: usize) -> usize {
        let n = text.len();
        let (first, flen) = char_at(text, body);
        let mut i = body + flen;
        let mut prev = first;
        // Digit-group state: only ASCII digits so far, and the current group's
        // length, for "10 000".
        let mut all_digits = first.is_ascii_digit();
        let mut group_len = usize::from(all_digits);
        // Characters in the current segment since the last connector, for
        // initials ("J.-C").
        let mut segment_chars = 1usize;
        while i < n {
            let (c, clen) = char_at(text, i);
            if is_word_char(c) {
                if c.is_ascii_digit() {
                    group_len += 1;
                } else {
                    all_digits = false;
                }
                segment_chars += 1;
                prev = c;
                i += clen;
                continue;
            }
            let j = i + clen;
            let next = char_opt(text, j);
            let next_word = next.is_some_and(is_word_char);
            let prev_word = is_word_char(prev);
            let mut advance = j;
            let take = match c {
                _ if is_apostrophe(c) => next_word && prev_word,
                _ if is_hyphen(c) => next_word && prev_word,
                '\u{00AD}' | '\u{200C}' | '\u{200D}' => next_word,
                '.' => {
                    if next_word && prev_word {
                        // "fin.Le" is a missing space, "Kremlin.ru" a domain.
                        let n = next.unwrap_or(' ');
                        !(prev.is_lowercase() && n.is_uppercase() && segment_chars >= 2)
                    } else if next == Some('-')
                        && prev.is_uppercase()
                        && segment_chars == 1
                        && char_opt(text, j + 1).is_some_and(char::is_uppercase)
                    {
                        advance = j + 1; // ".-" inside initials: J.-C
                        true
                    } else {
                        false
                    }
                }
                ',' | ':' => prev.is_ascii_digit() && next.is_some_and(|d| d.is_ascii_digit()),
                '/' | '@' | '_' => next_word && prev_word,
                '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
                _ if is_group_space(c) => {
                    all_digits && (1..=3).contains(&group_len) && three_digits_follow(text, j)
                }
                _ => false,
            };
            if !take {
                break;
            }
            if is_group_space(c) {
                group_len = 0;
            } else {
                all_digits = false;
            }
            segment_chars = 0;
            prev = c;
            i = advance;
        }
        i
    }

    fn is_elision(&self, lower: &str) -> bool {
        self.lex.elision(lower).is_some()
    }

    fn keep_whole(&self, piece: &str) -> bool {
        // Every entry is short; a long piece (a 100 kB "word") is never one,
        // and checking it at each elision would be quadratic.
        if piece.len() > 48 {
            return false;
        }
        let lower: String = piece
            .chars()
            .filter(|c| *c != '\u{00AD}')
            .flat_map(char::to_lowercase)
            .map(|c| {
                if is_apostrophe(c) {
                    '\''
                } else if is_hyphen(c) {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        self.lex.keep_whole.contains(lower.as_str())
    }

    /// Length of an elided prefix of `piece` ("qu’" of "qu’il"), if any.
    fn elision_prefix(&self, piece: &str) -> Option<usize> {
        let (apos, c) = piece
            .char_indices()
            .take(8)
            .find(|(_, c)| is_apostrophe(*c))?;
        let after = apos + c.len_utf8();
        if after >= piece.len() {
            return None;
        }
        let lower = format!("{}'", piece[..apos].to_lowercase());
        (self.is_elision(&lower) && !self.keep_whole(piece)).then_some(after)
    }

    /// Splits the run `[start, end)` into elisions, a core and clitics, and
    /// takes a following abbreviation period. Returns the end of what it took.
    fn split_run(&self, text: &str, mut start: usize, end: usize, out: &mut Vec<Token>) -> usize {
        // Elisions at the front: "l'", then "jusqu'" + "aujourd'hui".
        while let Some(len) = self.elision_prefix(&text[start..end]) {
            out.push(Token::new(start, start + len, TokenKind::Word));
            start += len;
        }
        let core_end = self.abbreviation_end(text, start, end);
        if core_end > end {
            out.push(Token::new(
                start,
                core_end,
                classify(&text[start..core_end]),
            ));
            return core_end;
        }
        // Clitics at the back, innermost last: "donne-le-moi" -> donne -le -moi.
        let mut suffixes: Vec<usize> = Vec::new();
        let mut core_end = end;
        let hyphenated = text[start..end].contains(is_hyphen);
        if hyphenated && !self.keep_whole(&text[start..end]) {
            while let Some(cut) = self.clitic_cut(text, start, core_end) {
                suffixes.push(cut);
                core_end = cut;
            }
        }
        out.push(Token::new(
            start,
            core_end,
            classify(&text[start..core_end]),
        ));
        if suffixes.is_empty() {
            return end;
        }
        let mut from = core_end;
        for &cut in suffixes.iter().rev().skip(1).chain(std::iter::once(&end)) {
            out.push(Token::new(from, cut, TokenKind::Word));
            from = cut;
        }
        end
    }

    /// The start of a clitic suffix of `[start, end)` ("-t-il" of "a-t-il").
    fn clitic_cut(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let piece = &text[start..end];
        let (hyphen, c) = piece.char_indices().rev().find(|(_, c)| is_hyphen(*c))?;
        if hyphen == 0 {
            return None;
        }
        let pronoun = piece[hyphen + c.len_utf8()..].to_lowercase();
        if !self.lex.clitics.contains(pronoun.as_str()) {
            return None;
        }
        let base = &piece[..hyphen];
        if !base.chars().next_back().is_some_and(is_word_char) {
            return None;
        }
        // Euphonic -t-: "a-t-il" keeps "-t-il" together.
        if matches!(pronoun.as_str(), "il" | "elle" | "on" | "ils" | "elles") {
            let mut back = base.char_indices().rev();
            if let (Some((_, t)), Some((h, hc))) = (back.next(), back.next()) {
                if (t == 't' || t == 'T') && is_hyphen(hc) && h > 0 {
                    return Some(start + h);
                }
            }
        }
        Some(start + hyphen)
    }

    /// The end of the core including an abbreviation or initials period, or
    /// `end` when the period (if any) is punctuation.
    fn abbreviation_end(&self, text: &str, start: usize, end: usize) -> usize {
        let bytes = text.as_bytes();
        let n = bytes.len();
        if end >= n {
            return end;
        }
        match bytes[end] {
            b'.' if bytes.get(end + 1) != Some(&b'.') => {
                let candidate = &text[start..end + 1];
                let kind = self.lex.abbreviation(candidate);
                let take = match kind {
                    Some(AbbreviationKind::Word) => {
                        // Only before a lowercase word or a number.
                        let rest = &text[end + 1..];
                        let next = rest.trim_start().chars().next();
                        rest.starts_with(char::is_whitespace)
                            && next.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                    }
                    Some(_) => true,
                    None => is_initials(candidate),
                };
                if take {
                    end + 1
                } else {
                    end
                }
            }
            0xC2 if text[end..].starts_with('°') => {
                let candidate = &text[start..end + '°'.len_utf8()];
                if self.lex.abbreviation(candidate).is_some() {
                    end + '°'.len_utf8()
                } else {
                    end
                }
            }
            _ => end,
        }
    }

    /// A URL from `start`; its body starts at `body`. Trailing punctuation
    /// and an unbalanced closing bracket are left out.
    fn url(&self, text: &str, start: usize, body: usize, out: &mut Vec<Token>) -> usize {
        let mut end = body;
        for (off, c) in text[body..].char_indices() {
            if c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”' | '<' | '>') {
                break;
            }
            end = body + off + c.len_utf8();
        }
        // Bracket balance, counted once and updated while trimming, so that a
        // URL followed by many ")" stays linear.
        let url = &text[start..end];
        let mut parens = url.matches('(').count() as isize - url.matches(')').count() as isize;
        let mut brackets = url.matches('[').count() as isize - url.matches(']').count() as isize;
        while let Some(last) = text[start..end].chars().next_back() {
            let trim = match last {
                ')' => parens < 0,
                ']' => brackets < 0,
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | '…' => true,
                _ => false,
            };
            if !trim {
                break;
            }
            match last {
                ')' => parens += 1,
                ']' => brackets += 1,
                _ => {}
            }
            end -= last.len_utf8();
        }
        out.push(Token::new(start, end, TokenKind::Url));
        end
    }
}

/// The kind of a core piece of a word run.
fn classify(core: &str) -> TokenKind {
    let first = core.chars().next().unwrap_or(' ');
    if first == '#' {
        return TokenKind::Hashtag;
    }
    if first == '@' {
        return TokenKind::Mention;
    }
    if let Some((user, host)) = core.split_once('@') {
        if !user.is_empty() && host.contains('.') {
            return TokenKind::Email;
        }
    }
    let body = core.trim_start_matches(['-', '+', '\u{2212}']);
    if body.starts_with(|c: char| c.is_ascii_digit()) {
        return TokenKind::Number;
    }
    if is_domain(core) {
        return TokenKind::Url;
    }
    TokenKind::Word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_pattern() {
        assert!(is_initials("J.-C."));
        assert!(is_initials("A."));
        assert!(is_initials("R.E.M."));
        assert!(!is_initials("Le."));
        assert!(!is_initials("a."));
    }

    #[test]
    fn domains() {
        assert!(is_domain("Kremlin.ru"));
        assert!(is_domain("lemonde.fr"));
        assert!(is_domain("example.com"));
        assert!(!is_domain("p.ex"));
        assert!(!is_domain("1.500"));
        assert!(!is_domain("R.E.M"));
    }
}
