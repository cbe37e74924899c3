//! Parts of speech: a small tagger learnt from the tuned UD French
//! treebanks, shipped as two plain-text tables in `src/lexicons/`.
//!
//! The model is a second-order hidden Markov model in the manner of TnT
//! (Brants 2000), trained by `tools/train_tagger.py`: tag trigrams smoothed
//! by linear interpolation, word emissions from a lexicon of the forms seen
//! in training, and for an unseen word the tag distribution of its last
//! letters (capitalised words apart). Forms of the speech-verb lexicon that
//! training never saw are verbs. Decoding is Viterbi over each word's few
//! candidate tags, so tagging is linear in the sentence and costs a few
//! table look-ups per word. 10-fold accuracy on the tuned treebanks is about
//! 96 % (`python3 tools/train_tagger.py --check`).
//!
//! The tagset follows the French Treebank's ([`Tag`]) because the quote
//! rules need its distinctions: subject and object clitics, relative versus
//! subordinating "que", "du" / "des" as preposition and article, finite
//! verbs, infinitives and participles.

mod model;
mod tables;

pub(crate) use model::{ends_like_participle, Back, PosModel};

/// A part of speech (French Treebank tagset, read off UD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub(crate) enum Tag {
    /// Determiner: le, un, ce, leur, quel.
    Det,
    /// Preposition: de, à, selon, pour.
    P,
    /// Preposition and article in one word: du, au, aux, des (de les).
    PD,
    /// Common noun.
    Nc,
    /// Proper noun.
    Npp,
    /// Adjective.
    Adj,
    /// Adverb, negation included (ne, pas).
    Adv,
    /// Cardinal number.
    Num,
    /// Subject clitic: il, elle, on, je, -t-il.
    Cls,
    /// Object clitic: le, la, lui, en, y.
    Clo,
    /// Reflexive clitic: se, s'.
    Clr,
    /// Other pronoun: celui, lui-même, tout.
    Pro,
    /// Relative pronoun: qui, que, dont, où.
    ProRel,
    /// Interrogative pronoun.
    ProWh,
    /// Subordinating conjunction: que, si, quand, comme.
    Cs,
    /// Coordinating conjunction: et, mais, ou.
    Cc,
    /// Finite verb (auxiliaries included).
    V,
    /// Infinitive.
    VInf,
    /// Past participle.
    Vpp,
    /// Present participle or gerund.
    Vpr,
    /// Punctuation.
    Ponct,
    /// Symbol: %, €.
    Sym,
    /// Interjection.
    I,
    /// Foreign word, typo or other.
    #[default]
    X,
}

/// The tags, in the order of their `u8` values.
pub(crate) const TAGS: [Tag; 24] = [
    Tag::Det,
    Tag::P,
    Tag::PD,
    Tag::Nc,
    Tag::Npp,
    Tag::Adj,
    Tag::Adv,
    Tag::Num,
    Tag::Cls,
    Tag::Clo,
    Tag::Clr,
    Tag::Pro,
    Tag::ProRel,
    Tag::ProWh,
    Tag::Cs,
    Tag::Cc,
    Tag::V,
    Tag::VInf,
    Tag::Vpp,
    Tag::Vpr,
    Tag::Ponct,
    Tag::Sym,
    Tag::I,
    Tag::X,
];

/// Number of tags; the sentence start is state `N_TAGS` of the model.
pub(crate) const N_TAGS: usize = TAGS.len();
const _: () = assert!(N_TAGS == tables::N_TAGS);

impl Tag {
    /// The name used in the model files ("NC", "P+D"): what
    /// [`Tag::from_name`] reads (the tests check the two agree).
    #[cfg(test)]
    pub(crate) fn as_str(self) -> &'static str {
        tables::TAG_NAMES[self as usize]
    }

    /// Parses a name of [`Tag::as_str`].
    #[cfg(test)]
    pub(crate) fn from_name(name: &str) -> Option<Tag> {
        tables::tag_index(name).map(|i| TAGS[usize::from(i)])
    }

    /// Any verb form.
    pub(crate) fn is_verb(self) -> bool {
        matches!(self, Tag::V | Tag::VInf | Tag::Vpp | Tag::Vpr)
    }

    /// A preposition, alone or fused with an article ("à", "du", "aux").
    pub(crate) fn is_preposition(self) -> bool {
        matches!(self, Tag::P | Tag::PD)
    }
}

/// Grammatical gender and number of a tagged word, when the treebanks give
/// them (bits: masculine, feminine, singular, plural).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Morph(u8);

impl Morph {
    const MASCULINE: u8 = 1;
    const FEMININE: u8 = 2;

    /// Its gender, when the treebanks give one alone.
    pub(crate) fn gender(self) -> crate::lexicon::Gender {
        match (self.0 & Self::MASCULINE != 0, self.0 & Self::FEMININE != 0) {
            (true, false) => crate::lexicon::Gender::Masculine,
            (false, true) => crate::lexicon::Gender::Feminine,
            _ => crate::lexicon::Gender::Unknown,
        }
    }

    /// Parses "m", "fs", "p"…
    #[cfg(test)]
    pub(crate) fn parse(code: &str) -> Morph {
        Morph(tables::morph_bits(code))
    }
}

/// The candidate lists of a lowercase form: as written in lowercase (or
/// opening a sentence), and capitalised inside a sentence. Looked up once per
/// form (the analyzer caches it per thread with the word classes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordPos {
    pub(crate) lower: u32,
    pub(crate) capital: u32,
}

/// What the tagger needs to know of one token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TagInput {
    /// The form's candidate lists.
    pub(crate) pos: WordPos,
    pub(crate) kind: crate::token::TokenKind,
    /// Capitalised and not the first word of its sentence.
    pub(crate) capitalised_inside: bool,
}

/// A tagged token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Tagged {
    pub(crate) tag: Tag,
    pub(crate) morph: Morph,
}

#[cfg(test)]
mod tests;
