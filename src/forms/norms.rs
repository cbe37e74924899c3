//! The per-document table of normalised forms that differ from their
//! token's text ([`Norms`]). Separate from `forms.rs` because it is a small
//! self-contained store (its own map and strings, equality up to sharing)
//! that the form stage only fills and the rest of the crate only reads.

use rustc_hash::FxHashMap;

/// The normalised forms that differ from the token text, by token index.
/// Tokens with the same surface share one string (a text with typographic
/// apostrophes has thousands of "l’").
#[derive(Debug, Clone, Default)]
pub(crate) struct Norms {
    of_token: FxHashMap<u32, u32>,
    texts: Vec<Box<str>>,
}

impl Norms {
    /// The norm of a token, when it differs from its text.
    pub(crate) fn get(&self, token: u32) -> Option<&str> {
        self.of_token.get(&token).map(|&i| &*self.texts[i as usize])
    }

    /// Records a new norm string for `token`; returns its id for sharing.
    pub(crate) fn insert(&mut self, token: u32, norm: Box<str>) -> u32 {
        let id = self.texts.len() as u32;
        self.texts.push(norm);
        self.of_token.insert(token, id);
        id
    }

    /// Room for about `additional` more tokens' norms, taken at once
    /// rather than by doubling.
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.of_token.reserve(additional);
    }

    /// Gives `token` the norm string `id` already recorded.
    pub(crate) fn share(&mut self, token: u32, id: u32) {
        self.of_token.insert(token, id);
    }

    /// Heap bytes, roughly.
    pub(crate) fn heap_size(&self) -> usize {
        self.of_token.len() * 16 + self.texts.iter().map(|t| t.len() + 16).sum::<usize>()
    }
}

/// Equal when every token has the same norm, however the strings are shared.
impl PartialEq for Norms {
    fn eq(&self, other: &Self) -> bool {
        self.of_token.len() == other.of_token.len()
            && self
                .of_token
                .keys()
                .all(|&token| self.get(token) == other.get(token))
    }
}

impl Eq for Norms {}
