//! Token classes, the coarse view of a token that the splitter's rules and
//! the boundary classifier share.

use crate::token::{Token, TokenKind};

/// Token classes, the coarse view the model has of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Shape {
    Lower,
    Title,
    Upper,
    Number,
    Terminator,
    Comma,
    Colon,
    Semicolon,
    Open,
    Close,
    Straight,
    Dash,
    Abbreviation,
    OtherPunct,
    Other,
    /// Beyond the paragraph.
    Edge,
}

pub(super) const SHAPES: usize = 16;

const SHAPE_NAMES: [&str; SHAPES] = [
    "lower", "title", "upper", "number", "term", "comma", "colon", "semi", "open", "close",
    "straight", "dash", "abbr", "punct", "other", "edge",
];

impl Shape {
    pub(super) fn name(self) -> &'static str {
        SHAPE_NAMES[self as usize]
    }

    pub(super) fn from_name(name: &str) -> Option<usize> {
        SHAPE_NAMES.iter().position(|n| *n == name)
    }
}

/// The class of a token.
pub(crate) fn shape(text: &str, t: &Token) -> Shape {
    let s = &text[t.start as usize..t.end as usize];
    match t.kind {
        TokenKind::Word => {
            if s.len() > 1 && s.ends_with('.') {
                Shape::Abbreviation
            } else if t.is_upper() && s.chars().nth(1).is_some() {
                Shape::Upper
            } else if t.is_title() {
                Shape::Title
            } else {
                Shape::Lower
            }
        }
        TokenKind::Number => Shape::Number,
        TokenKind::Punct => match s.as_bytes() {
            // One-byte marks first: most punctuation is ASCII.
            [b','] => Shape::Comma,
            [b':'] => Shape::Colon,
            [b';'] => Shape::Semicolon,
            [b'"'] => Shape::Straight,
            [b'(' | b'[' | b'{'] => Shape::Open,
            [b')' | b']' | b'}'] => Shape::Close,
            [b'-'] | [b'-', b'-'] => Shape::Dash,
            _ => match s {
                "«" | "“" | "‹" => Shape::Open,
                "»" | "”" | "›" => Shape::Close,
                "–" | "—" | "―" | "•" | "·" => Shape::Dash,
                _ if s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…' | '‽')) => {
                    Shape::Terminator
                }
                _ => Shape::OtherPunct,
            },
        },
        TokenKind::Symbol if matches!(s, "*" | "•") => Shape::Dash,
        TokenKind::Symbol => Shape::OtherPunct,
        _ => Shape::Other,
    }
}
