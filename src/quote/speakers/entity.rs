//! The records speaker resolution keeps: an entity (a person or
//! organisation of the document) and a mention waiting to join one.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MentionKind {
    Name,
    Role,
    Pronoun,
    Organisation,
}

/// A person or organisation of the document. Its names, description and
/// descriptors borrow the text: a mention allocates only the folded keys it
/// adds.
#[derive(Debug, Clone)]
pub(super) struct Entity<'a> {
    /// Name runs seen for it, one per folded spelling ("DuPoNt" and
    /// "Dupont" are one), so that a name written in many casings costs one
    /// look-up per mention, not a scan of every variant seen.
    pub(super) names: Few<&'a str, 2>,
    /// Each folded name (in the resolver's `keys`) with its index in
    /// `names`: an entity has a few spellings, scanned without a hash map
    /// or a string of their own.
    pub(super) name_keys: Few<(Key, usize), 2>,
    /// Written description when no name is known.
    pub(super) description: Option<&'a str>,
    /// Folded surname (in the resolver's `keys`, shared with its index of
    /// surnames).
    pub(super) surname: Option<Key>,
    /// Folded first names seen (in the resolver's `keys`).
    pub(super) first_names: Few<Key, 2>,
    /// Lowercase titles and adjectives that introduced it.
    pub(super) descriptors: Few<&'a str, 4>,
    pub(super) masculine: u32,
    pub(super) feminine: u32,
    pub(super) organisation: bool,
    /// An organisation's grammatical gender, from the article before its
    /// name ("la SNCF", "le groupe X", "l'Autorité"): the gender of the
    /// "il" or "elle" that can refer back to it. Never a gender cue.
    pub(super) grammatical: Gender,
    /// Introduced as a group ("des témoins", "les scientifiques"): never
    /// the antecedent of il or elle.
    pub(super) plural: bool,
    pub(super) person_evidence: bool,
    /// Introduced with a title or role ("l'astronome suisse Michel Mayor").
    pub(super) titled: bool,
    /// Counted in `Resolver::named_people`.
    pub(super) counted: bool,
    pub(super) last_position: usize,
    /// First token of its latest mention as a clause's subject.
    pub(super) last_subject: Option<usize>,
    pub(super) quoted: bool,
}

impl Entity<'_> {
    pub(super) fn new() -> Self {
        Entity {
            names: Few::new(),
            name_keys: Few::new(),
            description: None,
            surname: None,
            first_names: Few::new(),
            descriptors: Few::new(),
            masculine: 0,
            feminine: 0,
            grammatical: Gender::Unknown,
            organisation: false,
            plural: false,
            person_evidence: false,
            titled: false,
            counted: false,
            last_position: 0,
            last_subject: None,
            quoted: false,
        }
    }

    /// The consistent evidence of its mentions: `Unknown` without a cue,
    /// and when cues disagree.
    pub(super) fn gender(&self) -> Gender {
        match (self.masculine, self.feminine) {
            (0, 0) => Gender::Unknown,
            (_, 0) => Gender::Masculine,
            (0, _) => Gender::Feminine,
            _ => Gender::Unknown,
        }
    }

    /// Whether a mention with gender cue `cue` may refer to it: never
    /// against a cue of the other gender ("la ministre" never joins someone
    /// the text calls "il"); a mention without a cue may join anyone.
    pub(super) fn compatible(&self, cue: Gender) -> bool {
        match cue {
            Gender::Masculine => self.feminine == 0,
            Gender::Feminine => self.masculine == 0,
            Gender::Unknown => true,
        }
    }
}

/// A short list kept in place: its first `N` items take no allocation (an
/// entity has a name or two, a first name and a few descriptors, and
/// allocating four lists for each cost more than the rest of making it);
/// more move to a `Vec`. Read as a slice.
#[derive(Debug, Clone)]
pub(super) struct Few<T: Copy + Default, const N: usize> {
    len: usize,
    inline: [T; N],
    spill: Vec<T>,
}

impl<T: Copy + Default, const N: usize> Few<T, N> {
    pub(super) fn new() -> Self {
        Few {
            len: 0,
            inline: [T::default(); N],
            spill: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, item: T) {
        if self.len < N {
            self.inline[self.len] = item;
        } else {
            if self.len == N {
                self.spill.reserve(2 * N);
                self.spill.extend_from_slice(&self.inline);
            }
            self.spill.push(item);
        }
        self.len += 1;
    }
}

impl<T: Copy + Default, const N: usize> std::ops::Deref for Few<T, N> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        if self.len <= N {
            &self.inline[..self.len]
        } else {
            &self.spill
        }
    }
}

impl<T: Copy + Default, const N: usize> std::ops::DerefMut for Few<T, N> {
    fn deref_mut(&mut self) -> &mut [T] {
        if self.len <= N {
            &mut self.inline[..self.len]
        } else {
            &mut self.spill
        }
    }
}

/// A folded text kept in the resolver's arena of keys (one string for the
/// document, not one allocation per key): its byte range there.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Key {
    start: usize,
    end: usize,
}

impl Key {
    /// Appends `text` to the arena `keys`.
    pub(super) fn keep(keys: &mut String, text: &str) -> Key {
        let start = keys.len();
        keys.push_str(text);
        Key {
            start,
            end: keys.len(),
        }
    }

    /// The kept text.
    pub(super) fn get(self, keys: &str) -> &str {
        &keys[self.start..self.end]
    }
}

/// A mention to resolve.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) tokens: std::ops::Range<usize>,
    pub(super) span: Span,
    pub(super) kind: MentionKind,
    /// Tokens of the proper-name run inside the phrase.
    pub(super) name: Option<std::ops::Range<usize>>,
    pub(super) gender: Gender,
    /// The quote this mention attributes, if any.
    pub(super) quote: Option<usize>,
    /// The mention is a clause's subject (a subject pronoun, a reporting
    /// verb's subject, a phrase before its verb).
    pub(super) subject: bool,
    /// The name run classify looked up, and whether it names a known place
    /// or organisation ([`crate::lexicon::Lexicons::is_place_or_organisation`]):
    /// `org_name` reads it instead of folding the same name again.
    pub(super) run_listed: Option<(std::ops::Range<usize>, bool)>,
}
