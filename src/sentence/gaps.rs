//! The gaps between tokens: how many line breaks each holds, kept as one
//! byte per token so that the splitter, the memory budget and the quote
//! stage read the text between tokens once.

use crate::token::Token;

/// Line breaks in a gap between tokens, and whether one is a paragraph
/// separator (U+2029).
pub(crate) fn line_breaks(gap: &str) -> (usize, bool) {
    let bytes = gap.as_bytes();
    let mut count = 0;
    let mut paragraph_sep = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => count += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => count += 1,
            0xC2 if bytes.get(i + 1) == Some(&0x85) => count += 1,
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0xA8) => count += 1,
                Some(0xA9) => {
                    count += 2;
                    paragraph_sep = true;
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    (count, paragraph_sep)
}

/// In [`gaps`]: the line breaks of a gap, 2 standing for two or more.
pub(crate) const GAP_BREAKS: u8 = 3;
/// In [`gaps`]: the gap holds a paragraph separator (U+2029).
pub(crate) const GAP_SEPARATOR: u8 = 4;

/// One byte for the gap before each token: its line breaks ([`GAP_BREAKS`])
/// and [`GAP_SEPARATOR`]. The memory budget reads every gap first and keeps
/// this ([`gap_byte`]); the splitter and the quote stage's line starts read
/// it rather than the text again.
pub(crate) fn gaps(text: &str, tokens: &[Token]) -> Vec<u8> {
    let mut previous_end = 0;
    tokens
        .iter()
        .map(|t| {
            let gap = &text[previous_end..t.start as usize];
            previous_end = t.end as usize;
            // Most gaps are nothing or one space.
            if gap.is_empty() || gap == " " {
                0
            } else {
                gap_byte(line_breaks(gap))
            }
        })
        .collect()
}

/// The [`gaps`] byte of a gap with `line_breaks` (count, separator).
pub(crate) fn gap_byte((breaks, separator): (usize, bool)) -> u8 {
    breaks.min(2) as u8 | if separator { GAP_SEPARATOR } else { 0 }
}
