//! The French tokenizer: one left-to-right pass over the original text.
//!
//! It follows the UD French surface conventions: elided words (`l'`, `qu'`)
//! and inverted clitics (`-t-il`, `-elle`) are tokens of their own, and so
//! are the parts of a time (`20h45` is `20 h 45`, unless times are joined),
//! a number and its glued unit (`160km`) and the words around a slash
//! (`et/ou`); hyphenated compounds, numbers with group spaces, fractions and
//! dates (`1/10`, `12/05/2020`), inclusive suffixes (`traité(e)`), `°C`,
//! abbreviations with their period, initials, URLs, domain names and e-mail
//! addresses stay whole.
//! Spans are byte offsets into the input and are never moved: normalisation is
//! per token (see [`crate::normalize`]).
//!
//! Cost is linear: every byte is looked at a bounded number of times (the only
//! look-ahead is a few characters at a connector), with an ASCII fast path.

use crate::lexicon::{AbbreviationKind, Lexicons};
use crate::normalize::{is_apostrophe, is_hyphen};
use crate::token::{Token, TokenKind};

mod chars;
mod marks;
mod plain;
mod shapes;
use chars::*;
pub use chars::{is_separator, is_word_char};
use marks::single_mark;
use plain::plain_run;
use shapes::{classify, inclusive_suffixes_end, number_unit_cuts};

/// Connectors seen while scanning a word run, so that the splitting rules
/// run only when they can apply.
const SEEN_APOSTROPHE: u8 = 1;
const SEEN_HYPHEN: u8 = 1 << 1;
const SEEN_DOT: u8 = 1 << 2;
const SEEN_AT: u8 = 1 << 3;

/// Splits text into [`Token`]s, using the abbreviation, elision, clitic and
/// keep lexicons.
#[derive(Debug, Clone)]
pub struct Tokenizer<'l> {
    lex: &'l Lexicons,
    join_times: bool,
}

impl<'l> Tokenizer<'l> {
    /// A tokenizer over these lexicons, splitting times as UD does.
    pub fn new(lex: &'l Lexicons) -> Self {
        Tokenizer {
            lex,
            join_times: false,
        }
    }

    /// Keeps a time such as `20h45` as one token (UD writes `20 h 45`).
    pub fn join_times(mut self, join: bool) -> Self {
        self.join_times = join;
        self
    }

    /// Tokenises `text`, appending to `out`.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        // Whether the previous character was a separator or an opening
        // bracket: a sign there starts a number ("-1", "(+3").
        let mut after_space = true;
        let mut turns = 0;
        while i < n {
            turns += 1;
            crate::limits::every(turns);
            // Fast paths: spaces, plain words and the start of ASCII words.
            match bytes[i] {
                b' ' | b'\n' | b'\t' | b'\r' => {
                    i += 1;
                    after_space = true;
                    continue;
                }
                b if WORD_START[b as usize] != START_NONE => {
                    if let Some((end, space)) = self.fast_word(text, i, WORD_START[b as usize], out)
                    {
                        // Most words have one space after them: it is
                        // skipped here, not in a turn of its own.
                        i = end + usize::from(space);
                        after_space = space;
                        continue;
                    }
                    if b != 0xC3 {
                        i = self.word(text, i, i, out);
                        after_space = false;
                        continue;
                    }
                }
                // Marks that are one token (or a separator) whatever
                // surrounds them: , ; : ( ) « » — ’ and the like.
                _ => {
                    if let Some(mark) = single_mark(bytes, i) {
                        if let Some(kind) = mark.kind {
                            out.push(Token::new(i, i + mark.len, kind));
                        }
                        i += mark.len;
                        // So have most marks (a comma, a closing quote).
                        let space = bytes.get(i) == Some(&b' ');
                        i += usize::from(space);
                        after_space = mark.opens || space;
                        continue;
                    }
                }
            }
            let (c, _) = char_at(text, i);
            if is_word_char(c) {
                i = self.word(text, i, i, out);
                after_space = false;
                continue;
            }
            (i, after_space) = self.mark(text, i, after_space, out);
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
        let (mut end, mut seen) = self.scan_run(text, body);
        if start == body && seen == 0 {
            if let Some(kind) = plain_run(text, start, end) {
                out.push(Token::new(start, end, kind));
                return end;
            }
        }
        if start == body && end - start >= 2 {
            end = inclusive_suffixes_end(text, end);
        }
        let n = text.len();
        // An elided word written before a non-letter: "l’ «", "jusqu’ à".
        if end < n {
            let (c, clen) = char_at(text, end);
            if is_apostrophe(c) && start == body {
                let stem = &text[start..end];
                if with_lookup_form(stem, "'", |l| self.is_elision(l)) == Some(true) {
                    end += clen;
                    seen |= SEEN_APOSTROPHE;
                }
            }
        }
        if start != body {
            seen |= SEEN_AT; // "#tag", "@user", "-1": let `classify` look
        }
        self.split_run(text, start, end, seen, out)
    }

    /// The end of the run of word characters and connectors from `body`, and
    /// the connectors it holds.
    fn scan_run(&self, text: &str, body: usize) -> (usize, u8) {
        let mut seen = 0u8;
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
        let bytes = text.as_bytes();
        while i < n {
            // ASCII letters and digits: the common case. A run of letters
            // only needs its end; digits also count their group.
            let b = bytes[i];
            if ASCII_ALNUM[b as usize] {
                let from = i;
                if all_digits {
                    while i < n && ASCII_ALNUM[bytes[i] as usize] {
                        if bytes[i].is_ascii_digit() {
                            group_len += 1;
                        } else {
                            all_digits = false;
                        }
                        i += 1;
                    }
                } else {
                    while i < n && ASCII_ALNUM[bytes[i] as usize] {
                        i += 1;
                    }
                }
                segment_chars += i - from;
                prev = bytes[i - 1] as char;
                continue;
            }
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
            // Most runs end at a space or a punctuation mark that is no
            // connector: stop before looking further.
            let connector = match c {
                ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' => all_digits,
                '.' | ',' | ':' | '/' | '@' | '_' | '&' | '\u{00AD}' | '\u{200C}' | '\u{200D}' => {
                    true
                }
                _ => is_apostrophe(c) || is_hyphen(c),
            };
            if !connector {
                break;
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
                // A slash joins digits (1/10, 12/05/2020) and splits words
                // (et/ou, EUR/GBP, mg/kg), as UD does.
                '/' => prev.is_ascii_digit() && next.is_some_and(|d| d.is_ascii_digit()),
                '@' | '_' => next_word && prev_word,
                '&' => prev.is_uppercase() && next.is_some_and(char::is_uppercase),
                _ if is_group_space(c) => {
                    all_digits && (1..=3).contains(&group_len) && three_digits_follow(text, j)
                }
                _ => false,
            };
            if !take {
                break;
            }
            seen |= match c {
                _ if is_apostrophe(c) => SEEN_APOSTROPHE,
                _ if is_hyphen(c) => SEEN_HYPHEN,
                '.' => SEEN_DOT | if advance > j { SEEN_HYPHEN } else { 0 },
                '@' => SEEN_AT,
                _ => 0,
            };
            if is_group_space(c) {
                group_len = 0;
            } else {
                all_digits = false;
            }
            segment_chars = 0;
            prev = c;
            i = advance;
        }
        (i, seen)
    }

    fn is_elision(&self, lower: &str) -> bool {
        self.lex.elision(lower).is_some()
    }

    fn keep_whole(&self, piece: &str) -> bool {
        // Every entry is short; a long piece (a 100 kB "word") is never one,
        // and checking it at each elision would be quadratic.
        self.lex.keep_whole_filter.may_hold(piece.as_bytes())
            && with_lookup_bytes(piece, "", |lower| self.lex.keep_whole.contains(lower))
                .unwrap_or(false)
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
        let elided = with_lookup_form(&piece[..apos], "'", |lower| self.is_elision(lower))?;
        (elided && !self.keep_whole(piece)).then_some(after)
    }

    /// Splits the run `[start, end)` into elisions, a core and clitics, and
    /// takes a following abbreviation period. Returns the end of what it took.
    fn split_run(
        &self,
        text: &str,
        mut start: usize,
        end: usize,
        seen: u8,
        out: &mut Vec<Token>,
    ) -> usize {
        // Elisions at the front: "l'", then "jusqu'" + "aujourd'hui".
        if seen & SEEN_APOSTROPHE != 0 {
            while let Some(len) = self.elision_prefix(&text[start..end]) {
                out.push(Token::new(start, start + len, TokenKind::Word));
                start += len;
            }
        }
        let core_end = self.abbreviation_end(text, start, end);
        if core_end > end {
            out.push(Token::new(
                start,
                core_end,
                classify(&text[start..core_end], seen),
            ));
            return core_end;
        }
        // Clitics at the back, innermost last: "donne-le-moi" -> donne -le -moi.
        let mut suffixes: Vec<usize> = Vec::new();
        let mut core_end = end;
        if seen & SEEN_HYPHEN != 0 && !self.keep_whole(&text[start..end]) {
            while let Some(cut) = self.clitic_cut(text, start, core_end) {
                suffixes.push(cut);
                core_end = cut;
            }
        }
        let core = &text[start..core_end];
        if let Some(cuts) = number_unit_cuts(core, self.join_times) {
            // "20h45" -> 20 h 45, "160km" -> 160 km.
            let mut from = start;
            for cut in cuts.into_iter().flatten() {
                let kind = if text.as_bytes()[from].is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Token::new(from, start + cut, kind));
                from = start + cut;
            }
            let kind = if text.as_bytes()[from].is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token::new(from, core_end, kind));
        } else {
            out.push(Token::new(start, core_end, classify(core, seen)));
        }
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
        let pronoun = &piece[hyphen + c.len_utf8()..];
        if !self.lex.clitic_filter.may_hold(pronoun.as_bytes())
            || with_lookup_form(pronoun, "", |p| self.lex.clitics.contains(p)) != Some(true)
        {
            return None;
        }
        let base = &piece[..hyphen];
        if !base.chars().next_back().is_some_and(is_word_char) {
            return None;
        }
        // Euphonic -t-: "a-t-il" keeps "-t-il" together.
        let third_person = with_lookup_form(pronoun, "", |p| {
            matches!(p, "il" | "elle" | "on" | "ils" | "elles")
        });
        if third_person == Some(true) {
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
        assert!(is_initials("É.-L."));
        assert!(is_initials("-A."));
        for text in [
            "France.", "AB.", ".A.", "..", "-.", "", ".", "A", "É", "A.b.",
        ] {
            assert!(!is_initials(text), "{text:?}");
        }
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
