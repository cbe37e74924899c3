//! The token type: a compact record whose span points into the original text.

use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[repr(u8)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including elided forms (l'), clitics (-t-il), abbreviations
    /// (M.) and hyphenated compounds.
    Word,
    /// A number: 10 000, 3,5, 1.500, 1752-1807, 1er, 14h30.
    Number,
    /// Punctuation: « » . , … — ( ) and clusters such as ?! or ...
    Punct,
    /// Other symbols: % € ° + =
    Symbol,
    /// A URL or a bare domain name (Kremlin.ru).
    Url,
    /// An e-mail address.
    Email,
    /// A #hashtag.
    Hashtag,
    /// An @mention.
    Mention,
    /// An emoji, with its modifiers and ZWJ sequence.
    Emoji,
}

impl TokenKind {
    /// The lowercase name used in tables and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
        }
    }

    /// Parses the name given by [`TokenKind::as_str`].
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "word" => TokenKind::Word,
            "number" => TokenKind::Number,
            "punct" => TokenKind::Punct,
            "symbol" => TokenKind::Symbol,
            "url" => TokenKind::Url,
            "email" => TokenKind::Email,
            "hashtag" => TokenKind::Hashtag,
            "mention" => TokenKind::Mention,
            "emoji" => TokenKind::Emoji,
            _ => return None,
        })
    }

    /// True for words, numbers and the other kinds that carry content (not
    /// punctuation, symbols or emoji).
    pub fn is_lexical(&self) -> bool {
        !matches!(
            self,
            TokenKind::Punct | TokenKind::Symbol | TokenKind::Emoji
        )
    }
}

// A new flag also goes into `pack::TOKEN_FLAGS` (the packed form).
pub(crate) const FLAG_TITLE: u8 = 1;
pub(crate) const FLAG_UPPER: u8 = 1 << 1;
pub(crate) const FLAG_STOPWORD: u8 = 1 << 2;
pub(crate) const FLAG_NORM_DIFFERS: u8 = 1 << 3;
pub(crate) const FLAG_IN_QUOTE: u8 = 1 << 4;
pub(crate) const NO_FORM: u32 = u32::MAX;

/// One token: 16 bytes, with its text left in the document.
///
/// Read its strings through [`crate::Document::token`], which returns a
/// [`crate::TokenRef`] with `text()`, `norm()`, `lower()` and `stem()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Index of the lowercase form in the document's form table.
    pub(crate) form: u32,
    pub(crate) kind: TokenKind,
    pub(crate) flags: u8,
}

impl Token {
    pub(crate) fn new(start: usize, end: usize, kind: TokenKind) -> Self {
        Token {
            start: start as u32,
            end: end as u32,
            form: NO_FORM,
            kind,
            flags: 0,
        }
    }

    /// Byte span in the original text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// What the token is.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        self.kind
    }

    /// Starts with a capital letter.
    #[inline]
    pub fn is_title(&self) -> bool {
        self.flags & FLAG_TITLE != 0
    }

    /// Has letters, all of them capitals.
    #[inline]
    pub fn is_upper(&self) -> bool {
        self.flags & FLAG_UPPER != 0
    }

    /// Its lowercase form is in the analyzer's stopword list.
    #[inline]
    pub fn is_stopword(&self) -> bool {
        self.flags & FLAG_STOPWORD != 0
    }

    /// Lies inside the content of a quote.
    #[inline]
    pub fn in_quote(&self) -> bool {
        self.flags & FLAG_IN_QUOTE != 0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn token_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<super::Token>(), 16);
    }
}
