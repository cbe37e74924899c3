//! The lexical forms of tokens: normalised form, lowercase form, stem and the
//! case and stopword flags.
//!
//! Forms are interned per document: tokens hold the index of their
//! distinct lowercase form, and counting terms works on integers. A form
//! the analyzer's shared table knows ([`crate::form_table`]: nearly nine
//! tokens in ten of news text) costs one look-up and copies no string; the
//! others are normalised, stemmed and looked up once per thread (the
//! thread's cache in [`crate::stem`]).

use crate::form_key::{hash_bytes, head, FormKey, ShortKey};
use crate::form_table::FormTable;
use crate::lexicon::{Lexicons, WordInfo};
use crate::normalize::{lowercase_into, normalize};
use crate::stem::{put_cache, take_cache, ThreadCache};
use crate::token::{Token, TokenKind, FLAG_NORM_DIFFERS, FLAG_STOPWORD, FLAG_TITLE, FLAG_UPPER};
use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};

mod norms;
mod slots;
pub(crate) use norms::Norms;
use slots::{Recent, RecentMid, TableSlots, CACHED, FOUND, PLAIN, SLOTS};

/// A string of a document's form arena.
#[derive(Debug, Clone, Copy)]
struct ArenaStr {
    start: usize,
    len: u32,
}

/// Where a form's strings are: eight bytes, so that a document's table of
/// forms (one entry per distinct form, most of them shared) stays small.
#[derive(Debug, Clone, Copy)]
enum FormText {
    /// Form `id` of the shared table.
    Shared(u32),
    /// The document's own form `id` (in [`Forms::locals`]).
    Local(u32),
}

/// A form of the document's own: its lowercase text in the arena, and its
/// stem's index in the document's stem table.
#[derive(Debug, Clone, Copy)]
struct LocalForm {
    lower: ArenaStr,
    stem: u32,
}

/// One distinct lowercase form of a document.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    text: FormText,
    pub(crate) stopword: bool,
}

/// The form tables of one document. The strings of its own forms and stems
/// sit in one arena (building a document copies a few bytes per new form,
/// and dropping it frees one buffer); the frequent forms are read from the
/// analyzer's shared table.
#[derive(Debug, Clone)]
pub(crate) struct Forms {
    pub(crate) forms: Vec<Form>,
    table: Arc<FormTable>,
    locals: Vec<LocalForm>,
    stems: Vec<ArenaStr>,
    strings: String,
    /// Normalised forms of the tokens whose norm differs from their text.
    pub(crate) norms: Norms,
}

impl Default for Forms {
    /// No form yet, and no shared table (a document read from JSON or
    /// bytes holds all its strings).
    fn default() -> Self {
        static EMPTY: OnceLock<Arc<FormTable>> = OnceLock::new();
        Forms::with_table(EMPTY.get_or_init(Default::default).clone())
    }
}

impl Forms {
    fn with_table(table: Arc<FormTable>) -> Self {
        Forms {
            forms: Vec::new(),
            table,
            locals: Vec::new(),
            stems: Vec::new(),
            strings: String::new(),
            norms: Norms::default(),
        }
    }

    fn store(&mut self, text: &str) -> ArenaStr {
        let start = self.strings.len();
        self.strings.push_str(text);
        ArenaStr {
            start,
            // A token is shorter than the 4 GiB document limit.
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
        }
    }

    fn arena(&self, s: ArenaStr) -> &str {
        self.strings
            .get(s.start..s.start + s.len as usize)
            .unwrap_or_default()
    }

    /// Records a new stem; returns its id.
    pub(crate) fn push_stem(&mut self, stem: &str) -> u32 {
        let s = self.store(stem);
        self.stems.push(s);
        (self.stems.len() - 1) as u32
    }

    /// Records a new form; returns its id. Inlined: whether the compiler
    /// did so flipped with unrelated changes (1.5 % of tokenising).
    #[inline(always)]
    pub(crate) fn push_form(&mut self, lower: &str, stem: u32, stopword: bool) -> u32 {
        let lower = self.store(lower);
        let local = self.locals.len() as u32;
        self.locals.push(LocalForm { lower, stem });
        self.forms.push(Form {
            text: FormText::Local(local),
            stopword,
        });
        (self.forms.len() - 1) as u32
    }

    /// Records form `id` of the shared table as a new form; returns its id.
    fn push_shared(&mut self, id: u32, stopword: bool) -> u32 {
        self.forms.push(Form {
            text: FormText::Shared(id),
            stopword,
        });
        (self.forms.len() - 1) as u32
    }

    /// Number of distinct stems.
    pub(crate) fn stem_count(&self) -> usize {
        self.stems.len()
    }

    /// The lowercase text of form `form`.
    pub(crate) fn lower(&self, form: u32) -> &str {
        match self.forms[form as usize].text {
            FormText::Shared(id) => self.table.lower(id),
            FormText::Local(local) => self.arena(self.locals[local as usize].lower),
        }
    }

    /// The lowercase text of every form, in order: [`Forms::lower`] of each,
    /// with the table and the arena borrowed once.
    pub(crate) fn lowers(&self) -> impl Iterator<Item = &str> + '_ {
        let table = &*self.table;
        self.forms.iter().map(move |f| match f.text {
            FormText::Shared(id) => table.lower(id),
            FormText::Local(local) => self.arena(self.locals[local as usize].lower),
        })
    }

    /// The text of stem `stem`.
    pub(crate) fn stem_text(&self, stem: u32) -> &str {
        self.arena(self.stems[stem as usize])
    }

    /// The stem text of form `form`.
    pub(crate) fn stem_of(&self, form: u32) -> &str {
        match self.forms[form as usize].text {
            FormText::Shared(id) => self.table.stem(id),
            FormText::Local(local) => self.stem_text(self.locals[local as usize].stem),
        }
    }

    /// Heap bytes, roughly (the shared table apart).
    pub(crate) fn heap_size(&self) -> usize {
        self.forms.capacity() * std::mem::size_of::<Form>()
            + self.locals.capacity() * std::mem::size_of::<LocalForm>()
            + self.stems.capacity() * std::mem::size_of::<ArenaStr>()
            + self.strings.capacity()
            + self.norms.heap_size()
    }
}

/// Equal when every form has the same text, stem and stopword flag, and
/// every token the same norm, however the strings are laid out.
impl PartialEq for Forms {
    fn eq(&self, other: &Self) -> bool {
        self.forms.len() == other.forms.len()
            && (0..self.forms.len() as u32).all(|i| {
                self.lower(i) == other.lower(i)
                    && self.stem_of(i) == other.stem_of(i)
                    && self.forms[i as usize].stopword == other.forms[i as usize].stopword
            })
            && self.norms == other.norms
    }
}

impl Eq for Forms {}

/// Case flags of a token's text.
#[inline]
pub(crate) fn case_flags(text: &str) -> u8 {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let first = bytes.first().copied().unwrap_or(b' ');
        let has_letter = bytes.iter().any(u8::is_ascii_alphabetic);
        let all_upper = !bytes.iter().any(u8::is_ascii_lowercase);
        let mut flags = 0;
        if first.is_ascii_uppercase() {
            flags |= FLAG_TITLE;
        }
        if has_letter && all_upper {
            flags |= FLAG_UPPER;
        }
        return flags;
    }
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return 0 };
    let mut flags = 0;
    let mut has_letter = first.is_alphabetic();
    let mut all_upper = !first.is_lowercase();
    if first.is_uppercase() {
        flags |= FLAG_TITLE;
    }
    for c in chars {
        if c.is_alphabetic() {
            has_letter = true;
            if c.is_lowercase() {
                all_upper = false;
                break;
            }
        }
    }
    if has_letter && all_upper {
        flags |= FLAG_UPPER;
    }
    flags
}

/// A token's normal form where it differs from its text: built only the
/// first time a document meets that text.
enum Norm {
    Text(String),
    /// The text with its ’ written '.
    Apostrophes,
}

/// The document form of entry `at` of the thread's cache of forms the
/// shared table lacks: recorded, with its stem and, into `words` when it is
/// kept, its word information, the first time the document meets it.
#[inline(always)]
fn cached_form(
    cache: &mut ThreadCache,
    at: usize,
    is_word: bool,
    lex: &Lexicons,
    out: &mut Forms,
    words: Option<&mut Vec<WordInfo>>,
) -> u32 {
    let next_form = out.forms.len() as u32;
    let next_stem = out.stem_count() as u32;
    match cache.form_at(at, is_word, lex, next_form, next_stem) {
        Ok(id) => id,
        Err(new) => {
            if new.new_stem {
                out.push_stem(new.stem);
            }
            if let Some(words) = words {
                words.push(new.word);
            }
            out.push_form(new.form, new.stem_id, is_word && new.stopword)
        }
    }
}

/// The document form of form `id` of the shared table, met by a token that
/// is or is not a word, and whether it is a stopword; with `words` (the
/// full analysis), the form's word facts are pushed on it when the
/// document meets the form for the first time, by a branch that reading
/// them needs anyway; tokenising takes the branch-free path.
#[inline(always)]
fn table_form(
    slots: &mut TableSlots,
    id: u32,
    generation: u32,
    is_word: bool,
    (table, lex): (&FormTable, &Lexicons),
    out: &mut Forms,
    words: Option<&mut Vec<WordInfo>>,
) -> (u32, bool) {
    match words {
        Some(words) => match slots.held(id, generation) {
            Some(held) => held,
            None => {
                words.push(table.word(id, lex));
                let stopword = is_word && table.stopword(id);
                let form = out.push_shared(id, stopword);
                slots.hold(id, generation, form, stopword);
                (form, stopword)
            }
        },
        None => {
            let stopword = is_word & table.stopword(id);
            slots.form_selected(id, generation, stopword, &mut out.forms)
        }
    }
}

/// Fills in the forms and flags of `tokens`. Each distinct lowercase form is
/// found once per document: in the analyzer's shared table, else in the
/// thread's cache (which stems it the first time). With `with_word_info`,
/// also returns the word classes and part-of-speech candidates of each
/// form, for the stages after tokenising (tokenising alone needs none).
pub(crate) fn assign_forms(
    text: &str,
    tokens: &mut [Token],
    lex: &Lexicons,
    with_word_info: bool,
) -> (Forms, Vec<WordInfo>) {
    if with_word_info {
        forms_of::<true>(text, tokens, lex)
    } else {
        forms_of::<false>(text, tokens, lex)
    }
}

/// [`assign_forms`], compiled apart for tokenising and for the full
/// analysis: the loop of each is laid out for its own path (tokenising
/// neither collects word facts nor tests whether to).
fn forms_of<const WITH_WORD_INFO: bool>(
    text: &str,
    tokens: &mut [Token],
    lex: &Lexicons,
) -> (Forms, Vec<WordInfo>) {
    let with_word_info = WITH_WORD_INFO;
    let table = lex.form_table();
    let mut out = Forms::with_table(table.clone());
    let capacity = tokens.len() / 2 + 8;
    out.forms.reserve(capacity);
    // The document's own forms and stems (about one token in eight of news
    // text): room for them at once rather than by doubling from nothing.
    out.strings.reserve((text.len() / 4).min(1 << 16));
    out.stems.reserve((tokens.len() / 8 + 4).min(1 << 12));
    out.locals.reserve((tokens.len() / 8 + 4).min(1 << 12));
    let mut word_info = Vec::with_capacity(if with_word_info { capacity } else { 0 });
    // Room for the lowercase text of a key (the longest a key takes) at
    // once, rather than by doubling from nothing in every document.
    let mut lower = String::with_capacity(crate::form_key::MAX_ASCII_KEY);
    // Tokens with the same surface share one norm string.
    let mut norm_ids: FxHashMap<&str, u32> = FxHashMap::default();
    // The thread's tables are taken out for the document and put back
    // after it, so that the loop below is compiled as this function's own
    // code: as a closure passed to the thread-local's `with`, whether it was
    // inlined here depended on how the crate fell into codegen units (2.7 %
    // more instructions when it was not). A document interrupted by a panic
    // leaves fresh tables to the next.
    let mut slots = SLOTS.with(|s| std::mem::take(&mut *s.borrow_mut()));
    let mut cache = take_cache();
    slots.begin(table, cache.epoch());
    let generation = slots.generation;
    let n_tokens = tokens.len();
    // The interruption is looked at once per `TICKS` tokens, as
    // `limits::every` would, but outside the loop over tokens: testing the
    // index there cost one token's instructions in twenty.
    let ticks = crate::limits::TICKS;
    for (first, chunk) in (0..).step_by(ticks).zip(tokens.chunks_mut(ticks)) {
        crate::limits::every(first);
        for (offset, token) in chunk.iter_mut().enumerate() {
            let index = first + offset;
            let (start, end) = (token.start as usize, token.end as usize);
            let is_word = token.kind == TokenKind::Word;
            // The common case first: a token of at most eight ASCII
            // bytes whose form the shared table has. When the table
            // lacks it, the key below is the same: no second probe.
            let single =
                (end - start == 1 && text.as_bytes()[start] < 0x80).then(|| text.as_bytes()[start]);
            // `probed`: the table has been asked for the token's form. `mid`:
            // the entry of `recent_mid` to fill once the token is read, and
            // `short` the entry of `recent` to point at the thread's cache.
            // `cached`: the token's entry in the thread's cache, and its case
            // flags, when the table lacks its form.
            let (mut mid, mut short, mut cached) = (None, None, None);
            // The entry of `recent` of a token the table has, to record its
            // document form in.
            let mut found_short = None;
            let (probed, hit) = match single {
                // One ASCII byte: its form from an array, capitals
                // title and upper case.
                Some(byte) => {
                    let flags = if byte.is_ascii_uppercase() {
                        FLAG_TITLE | FLAG_UPPER
                    } else {
                        0
                    };
                    (false, table.single(byte, is_word).map(|id| (id, flags)))
                }
                None => {
                    let len = end - start;
                    match (1..=8)
                        .contains(&len)
                        .then(|| ShortKey::raw_word(text.as_bytes(), start, len))
                        .flatten()
                    {
                        Some(raw) => {
                            let key = len as u8 | u8::from(is_word) << 4;
                            let (at, held) = slots.recent_entry(raw, key);
                            let recent = &mut slots.recent[at];
                            if !held {
                                let short = ShortKey::of_word(raw, len).unwrap_or(ShortKey {
                                    head: 0,
                                    hash: 0,
                                    flags: 0,
                                });
                                let head = short.head.to_le_bytes();
                                let found =
                                    table.get_hashed(short.hash, short.head, &head[..len], is_word);
                                *recent = Recent {
                                    raw,
                                    id: found.unwrap_or(0),
                                    generation: 0,
                                    form: 0,
                                    key,
                                    flags: short.flags,
                                    state: if found.is_some() { FOUND } else { 0 },
                                    stop: 0,
                                };
                            }
                            match recent.state {
                                // Met already in this document: its form.
                                FOUND if !WITH_WORD_INFO && recent.generation == generation => {
                                    token.form = recent.form;
                                    token.flags |= recent.flags | recent.stop;
                                    continue;
                                }
                                FOUND => {
                                    found_short = Some(at);
                                    (true, Some((recent.id, recent.flags)))
                                }
                                CACHED => {
                                    cached = Some((recent.id, recent.flags));
                                    (true, None)
                                }
                                _ => {
                                    short = Some(at);
                                    (true, None)
                                }
                            }
                        }
                        None if len <= 16 => {
                            let raw = ShortKey::raw_words(text.as_bytes(), start, len);
                            let key = len as u8 | u8::from(is_word) << 5;
                            let (at, held) = slots.recent_mid_entry(raw, key);
                            let recent = &slots.recent_mid[at];
                            if held {
                                match recent.state {
                                    s if s == FOUND | PLAIN => {
                                        (true, Some((recent.id, recent.flags)))
                                    }
                                    s if s == CACHED | PLAIN => {
                                        cached = Some((recent.id, recent.flags));
                                        (true, None)
                                    }
                                    // The full path records its norm.
                                    FOUND => (false, None),
                                    _ => (true, None),
                                }
                            } else {
                                mid = Some((at, raw, key));
                                (false, None)
                            }
                        }
                        None => (false, None),
                    }
                }
            };
            if let Some((id, key_flags)) = hit {
                let (form, stopword) = table_form(
                    &mut slots,
                    id,
                    generation,
                    is_word,
                    (table, lex),
                    &mut out,
                    with_word_info.then_some(&mut word_info),
                );
                let stop = if stopword { FLAG_STOPWORD } else { 0 };
                if let (false, Some(at)) = (WITH_WORD_INFO, found_short) {
                    let recent = &mut slots.recent[at];
                    recent.generation = generation;
                    recent.form = form;
                    recent.stop = stop;
                }
                token.form = form;
                token.flags |= key_flags | stop;
                continue;
            }
            // A token the table lacks, met again: its entry in the thread's
            // cache, without its key.
            if let Some((at, key_flags)) = cached {
                let form = cached_form(
                    &mut cache,
                    at as usize,
                    is_word,
                    lex,
                    &mut out,
                    with_word_info.then_some(&mut word_info),
                );
                let stopword = out.forms[form as usize].stopword;
                token.form = form;
                token.flags |= key_flags | if stopword { FLAG_STOPWORD } else { 0 };
                continue;
            }
            let surface = &text[start..end];
            // A short ASCII or Latin-1 token is lowercased and hashed in
            // one pass (its normal form, if it differs, only writes its
            // ’ as '); others are normalised first.
            let key = FormKey::within(text.as_bytes(), start, end);
            // The hash of the lowercase form keys the shared table and then
            // the thread's cache.
            let (mut flags, norm, hash, hit) = match &key {
                Some(key) => (
                    key.flags,
                    key.apostrophe.then_some(Norm::Apostrophes),
                    key.hash,
                    match probed {
                        true => None,
                        false => table.get_hashed(key.hash, key.head(), key.lower(), is_word),
                    },
                ),
                None => {
                    let norm = if surface.is_ascii() {
                        None
                    } else {
                        normalize(surface)
                    };
                    lowercase_into(norm.as_deref().unwrap_or(surface), &mut lower);
                    let bytes = lower.as_bytes();
                    let hash = hash_bytes(bytes);
                    let hit = table.get_hashed(hash, head(bytes), bytes, is_word);
                    (case_flags(surface), norm.map(Norm::Text), hash, hit)
                }
            };
            let case = flags;
            // The token's entry in the thread's cache, when the table lacks it.
            let mut cache_entry = None;
            let form = if let Some(id) = hit {
                table_form(
                    &mut slots,
                    id,
                    generation,
                    is_word,
                    (table, lex),
                    &mut out,
                    with_word_info.then_some(&mut word_info),
                )
                .0
            } else {
                let lower = match &key {
                    Some(key) => key.lower_of(surface, &mut lower),
                    None => lower.as_str(),
                };
                let at = cache.index_of(lower, hash);
                cache_entry = Some(at as u32);
                cached_form(
                    &mut cache,
                    at,
                    is_word,
                    lex,
                    &mut out,
                    with_word_info.then_some(&mut word_info),
                )
            };
            let plain = norm.is_none();
            if let Some((at, raw, key)) = mid {
                let state = match (hit, cache_entry) {
                    (Some(_), _) => FOUND,
                    (None, Some(_)) if plain => CACHED,
                    (None, _) => 0,
                };
                slots.recent_mid[at] = RecentMid {
                    raw,
                    id: hit.or(cache_entry).unwrap_or(0),
                    key,
                    flags: case,
                    state: state | if plain { PLAIN } else { 0 },
                };
            }
            if let (Some(at), Some(entry)) = (short, cache_entry) {
                // A short ASCII token is its own normal form.
                let recent = &mut slots.recent[at];
                recent.id = entry;
                recent.state = CACHED;
            }
            if out.forms[form as usize].stopword {
                flags |= FLAG_STOPWORD;
            }
            if let Some(norm) = norm {
                flags |= FLAG_NORM_DIFFERS;
                if norm_ids.is_empty() {
                    // The first norm: a text with one ("l’") has more, about
                    // one token in sixteen, and of few surfaces.
                    let left = (n_tokens - index) / 16 + 4;
                    out.norms.reserve(left.min(1 << 12));
                    norm_ids.reserve(8);
                }
                match norm_ids.get(surface) {
                    Some(&id) => out.norms.share(index as u32, id),
                    None => {
                        let norm = match norm {
                            Norm::Text(norm) => norm,
                            Norm::Apostrophes => surface.replace('’', "'"),
                        };
                        let id = out.norms.insert(index as u32, norm.into());
                        norm_ids.insert(surface, id);
                    }
                }
            }
            token.form = form;
            token.flags |= flags;
        }
    }
    put_cache(cache);
    SLOTS.with(|s| *s.borrow_mut() = slots);
    (out, word_info)
}

#[cfg(test)]
mod tests;
