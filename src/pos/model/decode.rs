//! The Viterbi decoder over [`PosModel`]'s tables: each word's candidate
//! list, the best path through them by the trigram transitions, and the
//! tags read back along it. Apart from the tables' building and look-ups
//! (model.rs) because it is the tagger's hot loop, measured and tuned on
//! its own.

use super::*;

impl PosModel {
    /// The list a token draws its candidates from.
    #[inline]
    fn list_of(&self, t: &TagInput) -> u32 {
        // Most tokens are words: one test before the other kinds.
        if t.kind == TokenKind::Word {
            return if t.capitalised_inside {
                t.pos.capital
            } else {
                t.pos.lower
            };
        }
        match t.kind {
            TokenKind::Word => {
                if t.capitalised_inside {
                    t.pos.capital
                } else {
                    t.pos.lower
                }
            }
            TokenKind::Number => self.number,
            TokenKind::Punct | TokenKind::Emoji => self.punct,
            TokenKind::Symbol => {
                if self.list(t.pos.lower).iter().any(|c| c.tag == Tag::Sym) {
                    t.pos.lower
                } else {
                    self.symbol
                }
            }
            TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention => {
                self.name
            }
        }
    }

    /// Tags one sentence: the most likely tag sequence, by Viterbi over
    /// each word's candidates. The transitions are the trigram model's, the
    /// tag two back being the one on the best path to the previous
    /// candidate: the cost of a bigram decoder (previous by current
    /// candidates), and within 0.1 point of exact trigram decoding in the
    /// 10-fold check. `back` holds the back pointers between calls.
    #[cfg(test)]
    pub(crate) fn tag(
        &self,
        words: impl IntoIterator<Item = TagInput>,
        back: &mut Vec<Back>,
        out: &mut Vec<Tagged>,
    ) {
        out.clear();
        let last = self.decode(words, back);
        out.resize(back.len(), Tagged::default());
        self.read_path(back, last, out);
    }

    /// [`PosModel::tag`] into `out`, which has one slot a word (the tags
    /// of a sentence written where they are kept, with no copy).
    pub(crate) fn tag_into(
        &self,
        words: impl IntoIterator<Item = TagInput>,
        back: &mut Vec<Back>,
        out: &mut [Tagged],
    ) {
        let last = self.decode(words, back);
        debug_assert_eq!(out.len(), back.len());
        self.read_path(back, last, out);
    }

    /// The Viterbi pass: fills `back` (one position a word) and returns
    /// the best last candidate.
    fn decode(&self, words: impl IntoIterator<Item = TagInput>, back: &mut Vec<Back>) -> usize {
        back.clear();
        // First every word's candidate list and its length. The lists come
        // from a table of 1.4 MB where a word's is often a cache miss: this
        // loop, which does not branch on what it loads, lets the processor
        // wait for many at once, where the decoder below branches on each
        // list's length and so waited for them one by one.
        back.extend(words.into_iter().map(|w| {
            let list = self.list_of(&w);
            Back {
                list,
                len: self.packed[list as usize].len,
                from: [0; MAX_CANDIDATES],
            }
        }));
        // The previous position's candidates, their scores, and the states
        // two back on their best paths.
        let mut prev = &self.packed[self.bos as usize];
        let mut prev_scores = [0f32; MAX_CANDIDATES];
        let mut prev_before = [N_TAGS as u8; MAX_CANDIDATES];
        for b in back.iter_mut() {
            let cur = &self.packed[b.list as usize];
            if b.len == 1 && prev.len == 1 {
                // Most words: one candidate after one candidate.
                let (tq, tp) = (prev_before[0], prev.states[0]);
                let row = &self.transitions[transition_row(tq, tp)];
                let tc = cur.states[0];
                prev_scores[0] += row[usize::from(tc) & ROW_MASK] + cur.emit[0];
                prev_before[0] = tp;
                prev = cur;
                continue;
            }
            let (prev_len, cur_len) = (usize::from(prev.len), usize::from(b.len));
            let mut scores = [f32::NEG_INFINITY; MAX_CANDIDATES];
            let mut from = [0u8; MAX_CANDIDATES];
            if prev_len == 1 {
                // One candidate before: each candidate follows it (the
                // loop below with one turn of `p`, the sums in its order).
                let tp = prev.states[0];
                let row = &self.transitions[transition_row(prev_before[0], tp)];
                let base = prev_scores[0];
                let mut before = [N_TAGS as u8; MAX_CANDIDATES];
                for c in 0..cur_len {
                    let c = c & CANDIDATE_MASK;
                    scores[c] = base + row[usize::from(cur.states[c]) & ROW_MASK] + cur.emit[c];
                    before[c] = tp;
                }
                b.from = from;
                (prev, prev_scores, prev_before) = (cur, scores, before);
                continue;
            }
            if cur_len == 1 {
                // One candidate: the best of the candidates before, the
                // first of equals as below.
                let tc = usize::from(cur.states[0]) & ROW_MASK;
                let mut best = f32::NEG_INFINITY;
                for p in 0..prev_len {
                    let p = p & CANDIDATE_MASK;
                    let row = &self.transitions[transition_row(prev_before[p], prev.states[p])];
                    let v = prev_scores[p] + row[tc];
                    if v > best {
                        best = v;
                        from[0] = p as u8;
                    }
                }
                scores[0] = best + cur.emit[0];
                let mut before = [N_TAGS as u8; MAX_CANDIDATES];
                before[0] = prev.states[usize::from(from[0]) & CANDIDATE_MASK];
                b.from = from;
                (prev, prev_scores, prev_before) = (cur, scores, before);
                continue;
            }
            for p in 0..prev_len {
                let p = p & CANDIDATE_MASK;
                let row = &self.transitions[transition_row(prev_before[p], prev.states[p])];
                let base = prev_scores[p];
                for c in 0..cur_len {
                    let c = c & CANDIDATE_MASK;
                    let v = base + row[usize::from(cur.states[c]) & ROW_MASK];
                    if v > scores[c] {
                        scores[c] = v;
                        from[c] = p as u8;
                    }
                }
            }
            let mut before = [N_TAGS as u8; MAX_CANDIDATES];
            for c in 0..cur_len {
                let c = c & CANDIDATE_MASK;
                scores[c] += cur.emit[c];
                before[c] = prev.states[usize::from(from[c]) & CANDIDATE_MASK];
            }
            b.from = from;
            (prev, prev_scores, prev_before) = (cur, scores, before);
        }
        if back.is_empty() {
            return 0;
        }
        // The best last candidate.
        (0..usize::from(prev.len)).fold(0, |b, k| {
            if prev_scores[k & CANDIDATE_MASK] > prev_scores[b & CANDIDATE_MASK] {
                k
            } else {
                b
            }
        })
    }

    /// The tags on the best path ending at candidate `c` of the last
    /// position, read back through the back pointers.
    fn read_path(&self, back: &[Back], mut c: usize, out: &mut [Tagged]) {
        for (slot, b) in out.iter_mut().zip(back.iter()).rev() {
            *slot = self.packed[b.list as usize].tagged[c & CANDIDATE_MASK];
            c = usize::from(b.from[c & CANDIDATE_MASK]);
        }
    }
}

/// The transition row of the state pair `(a, b)`.
#[inline]
fn transition_row(a: u8, b: u8) -> usize {
    (usize::from(a) * ROW + usize::from(b)) & ROWS_MASK
}

/// One position of the decoder: its candidate list and the list's length,
/// and for each candidate the index of the best previous candidate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Back {
    list: u32,
    len: u8,
    from: [u8; MAX_CANDIDATES],
}
