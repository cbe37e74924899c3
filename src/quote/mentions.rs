//! Speaker mentions: the noun phrase or pronoun that a cue attributes a quote
//! to, found without a parser by reading the closed word classes.
//!
//! A noun phrase here is a run of determiners, nouns, adjectives and names,
//! with "de/du/des" complements ("la porte-parole de la fédération"); it stops
//! at punctuation, subordinators and the other prepositions.

use super::{Ctx, MentionTokens, VerbGroup};
use crate::lexicon::word;
use crate::token::TokenKind;

const MAX_NP: usize = 14;

impl Ctx<'_> {
    fn is_complement_word(&self, i: usize) -> bool {
        self.is(i, word::DE | word::DE_ARTICLE)
    }

    /// "entre" in a partitive's "d'entre" ("certains d'entre eux"): part of
    /// the noun phrase, as "de" is.
    fn partitive_entre(&self, i: usize) -> bool {
        i > 0 && self.lower(i) == "entre" && self.lower(i - 1) == "d'"
    }

    /// Whether the token at `k` is a company's legal form written with a
    /// capital right after a name ("Morvandelle SA", "Kalmeyer AG"): part of
    /// the firm's name, though "sa" is a determiner and "se" a pronoun in
    /// lowercase; or a word closing a trade name after the founder's, alone
    /// or after "&" / "et" ("Vaugrenier Frères", "Tournebride & Fils"), the
    /// "&" or "et" included.
    #[inline]
    pub(crate) fn company_form(&self, k: usize) -> bool {
        // Bit tests inline: name and phrase words ask at every token, and
        // nearly none is a legal form or before a firm's closing word.
        (self.is(k, word::COMPANY_FORM | word::FAMILY_FIRM_WORD) && self.company_form_at(k))
            || (k + 1 < self.len() && self.is(k + 1, word::FAMILY_FIRM_WORD) && self.firm_link(k))
    }

    /// Whether `k` is the "&" or "et" between a founder's name and a word
    /// closing the trade name ("Tournebride & Fils", "Lestradieu et
    /// Associés").
    #[inline(never)]
    fn firm_link(&self, k: usize) -> bool {
        matches!(self.surface(k), "&" | "et")
            && self.company_form_at(k + 1)
            && self.firm_link_word(k)
    }

    /// Whether `k` is "&" or "et" right after a name word.
    fn firm_link_word(&self, k: usize) -> bool {
        k > 0
            && matches!(self.surface(k), "&" | "et")
            && self.kind(k - 1) == TokenKind::Word
            && self.is_capitalised(k - 1)
            && !self.is(k - 1, word::DETERMINER | word::TITLE | word::COMPANY_FORM)
    }

    /// [`Ctx::company_form`] past its bit test.
    #[inline(never)]
    fn company_form_at(&self, k: usize) -> bool {
        if k == 0 {
            return false;
        }
        let surface = self.surface(k);
        // A form closes the name, and one of two letters is in capitals: "Ag"
        // is the Tuareg "son of" inside "Nock Ag Attia".
        if !(surface.starts_with(char::is_uppercase)
            && (surface.len() > 2 || self.tokens[k].is_upper())
            && !(k + 1 < self.len() && self.is_capitalised(k + 1)))
        {
            return false;
        }
        // A trade name's closing word may follow "&" or "et".
        if self.is(k, word::FAMILY_FIRM_WORD) && self.firm_link_word(k - 1) {
            return true;
        }
        self.is(k, word::COMPANY_FORM)
            && self.kind(k - 1) == TokenKind::Word
            && self.is_capitalised(k - 1)
            && !self.is(k - 1, word::DETERMINER | word::TITLE | word::COMPANY_FORM)
            || self.is(k, word::FAMILY_FIRM_WORD)
                && self.kind(k - 1) == TokenKind::Word
                && self.is_capitalised(k - 1)
                && !self.is(
                    k - 1,
                    word::DETERMINER | word::TITLE | word::COMPANY_FORM | word::FAMILY_FIRM_WORD,
                )
    }

    /// Whether the capitalised title noun at `k` is a surname: right after
    /// a first name or an honorific, and closing the name
    /// ("Anne Juge", "Louis Pasteur", "Gisèle Notaire", "M. Prince"), where
    /// a title before a name would be written in lowercase or after an
    /// article ("le juge Paul Durand", "le Président").
    pub(crate) fn title_surname(&self, k: usize) -> bool {
        if k == 0 || !self.is(k, word::TITLE) || !self.is_capitalised(k) {
            return false;
        }
        let before = k - 1;
        let honorific = matches!(self.lower(before), "m." | "mme" | "mlle" | "mme.");
        let first_name = !self.is(before, word::TITLE | word::DETERMINER | word::ORG_NOUN)
            && self.name_word(before)
            && !(before > 0 && self.is(before - 1, word::DETERMINER));
        (honorific || first_name)
            && !(k + 1 < self.len() && self.is_capitalised(k + 1))
            && self.kind(before) == TokenKind::Word
    }

    /// "Me" as the title of a lawyer (Maître), not the clitic: written with
    /// its capital before a capitalised name ("a plaidé Me Anaïs Corbier",
    /// "tranche Me Karim Achour"), where the pronoun "me" would stand before
    /// a verb.
    pub(crate) fn is_honorific_me(&self, i: usize) -> bool {
        self.surface(i) == "Me" && i + 1 < self.len() && self.name_word(i + 1)
    }

    /// Words that may continue a noun phrase.
    pub(super) fn np_word(&self, i: usize) -> bool {
        if self.company_form(i) {
            return true;
        }
        let kind = self.kind(i);
        if !matches!(kind, TokenKind::Word | TokenKind::Number | TokenKind::Url) {
            return false;
        }
        let w = self.lower(i);
        let w_flags = self.flags(i);
        if (w_flags & word::SUBORDINATOR != 0)
            || ((w_flags & word::PREPOSITION != 0)
                && !self.is_complement_word(i)
                && !self.partitive_entre(i))
            || (self.is(
                i,
                word::REFLEXIVE | word::PERSON_CLITIC | word::CLITIC_Y | word::NE,
            ) && !self.is_honorific_me(i))
            || (w_flags & word::RELAY_VERB != 0)
            || (w_flags & word::CLITIC_SUBJECT != 0)
        {
            return false;
        }
        // A present participle or a reporting verb ends the phrase, unless a
        // determiner makes it a noun ("le dirigeant", "l'annonce").
        let after_determiner = i > 0 && self.is(i - 1, word::DETERMINER);
        let participle = w.ends_with("ant") && w.len() > 5 && (w_flags & word::TITLE == 0);
        if !self.is_capitalised(i)
            && !after_determiner
            && (participle || (w_flags & word::SPEECH_VERB != 0))
        {
            return false;
        }
        (w_flags & word::AUXILIARY == 0) || self.is_capitalised(i)
    }

    /// A word that can be part of a name: capitalised, or a lowercase particle
    /// joined to a capital ("al-Rahman", "el-Assad"). Read once per token.
    #[inline]
    pub(crate) fn name_word(&self, k: usize) -> bool {
        match self.name_words[k].get() {
            1 => false,
            2 => true,
            _ => {
                let yes = self.read_name_word(k);
                self.name_words[k].set(1 + u8::from(yes));
                yes
            }
        }
    }

    /// [`Ctx::name_word`], read.
    fn read_name_word(&self, k: usize) -> bool {
        let ctx = self;
        // A capitalised adverb, conjunction or pronoun opens a sentence, not a
        // name ("Puis Noël", "Maintenant, elle").
        let function_word = word::DETERMINER
            | word::TITLE
            | word::ADVERB
            | word::SUBORDINATOR
            | word::SUBJECT_PRONOUN
            | word::NEGATION;
        // One bit test before either call: nearly no word is a legal form
        // or a title.
        if (ctx.is(k, word::COMPANY_FORM | word::TITLE | word::FAMILY_FIRM_WORD)
            || k + 1 < ctx.len() && ctx.is(k + 1, word::FAMILY_FIRM_WORD))
            && (ctx.company_form(k) || ctx.title_surname(k))
        {
            return true;
        }
        // Bit tests first: most words are lowercase, or function words.
        if ctx.is(k, function_word) {
            return false;
        }
        // The hyphen is found by a byte loop over the token's bytes: words
        // are short, `split_once('-')` sets up a searcher for each, and most
        // words asked are lowercase ones with none, whose text is not sliced.
        let capitalised = ctx.is_capitalised(k)
            || ctx
                .surface_bytes(k)
                .iter()
                .position(|&b| b == b'-')
                .is_some_and(|at| {
                    let surface = ctx.surface(k);
                    let (head, tail) = (&surface[..at], &surface[at + 1..]);
                    tail.starts_with(char::is_uppercase) && ctx.lex.is(head, word::NAME_PREFIX)
                });
        if !capitalised {
            return false;
        }
        // The form's ABBREVIATION bit says whether any casing of it is one.
        // An initial ("P. Martin") is part of a name even where the same
        // letter is an abbreviation ("p." for page); a title ("M.") is not.
        if ctx.is(k, word::ABBREVIATION) {
            let surface = ctx.surface(k);
            let initial = surface.len() == 2
                && surface.ends_with('.')
                && surface.starts_with(char::is_uppercase);
            let abbreviation = match ctx.lex.abbreviation(surface) {
                Some(crate::lexicon::AbbreviationKind::Title) => true,
                Some(_) => !initial,
                None => false,
            };
            if abbreviation {
                return false;
            }
        }
        // A capitalised stopword opening a sentence or clause ("Quoique
        // Sarrasine", "Peut-être Marthe") is not part of the name either. The
        // shipped list, so that editing the analyzer's stopwords for counting
        // does not change who is named.
        // (The bit first: most name words are no stopword.)
        !(ctx.is(k, word::FUNCTION_WORD)
            && (k == 0 || ctx.is_punct(k - 1) || ctx.sentence_tokens(k).start == k))
    }

    /// A noun phrase starting at `i`, not past `limit`.
    pub(crate) fn np_after(&self, i: usize, limit: usize) -> Option<MentionTokens> {
        if i >= limit || !self.np_word(i) {
            return None;
        }
        let w_flags = self.flags(i);
        if (w_flags & word::SUBJECT_PRONOUN != 0) && (w_flags & word::DETERMINER == 0) {
            return Some(MentionTokens {
                tokens: i..i + 1,
                pronoun_offset: None,
                head: None,
            });
        }
        let mut end = i + 1;
        while end < limit && end - i < MAX_NP && self.np_word(end) {
            // After a name, a determiner starts another phrase: "Reuters le
            // 10 janvier", "Joechen Zaumseil le vice-président".
            // But after an honorific, a title or a first name, a
            // capitalised particle opens the surname: "M. Le Guerhen", "Mme
            // La Brévière", "Josiane Le Quintrec".
            let name_before =
                self.is(end - 1, word::TITLE) || self.tag(end - 1) == crate::pos::Tag::Npp;
            if self.is(end, word::DETERMINER)
                && !self.company_form(end)
                && !self.is_complement_word(end)
                && self.is_capitalised(end - 1)
                && !self.is(end - 1, word::DETERMINER)
                && !(name_before
                    && self.is_capitalised(end)
                    && self.is(end, word::SURNAME_PARTICLE)
                    && end + 1 < limit
                    && self.name_word(end + 1))
            {
                break;
            }
            end += 1;
        }
        // Do not end on a complement word or a determiner.
        while end > i + 1
            && (self.is_complement_word(end - 1) || self.is(end - 1, word::DETERMINER))
            && !self.company_form(end - 1)
        {
            end -= 1;
        }
        Some(MentionTokens {
            tokens: i..end,
            pronoun_offset: None,
            head: None,
        })
    }

    /// A noun phrase ending just before `end`, not before `floor`.
    pub(crate) fn np_before(&self, end: usize, floor: usize) -> Option<MentionTokens> {
        if end == 0 || end <= floor {
            return None;
        }
        let last = end - 1;
        let w_flags = self.flags(last);
        if (w_flags & word::SUBJECT_PRONOUN != 0) && (w_flags & word::DETERMINER == 0) {
            return Some(MentionTokens {
                tokens: last..end,
                pronoun_offset: None,
                head: None,
            });
        }
        let mut end = end;
        while end > floor
            && (self.is_complement_word(end - 1) || self.is(end - 1, word::DETERMINER))
            && !self.company_form(end - 1)
        {
            end -= 1;
        }
        let mut start = end;
        while start > floor && end - start < MAX_NP && self.np_word(start - 1) {
            start -= 1;
        }
        if start == end {
            return None;
        }
        // Leading prepositional phrase ("Dans un communiqué le ministère"):
        // keep from the last determiner that is not a complement.
        if self.is(start, word::PREPOSITION) && !self.is_complement_word(start) {
            let restart = (start + 1..end)
                .rev()
                .find(|&k| self.is(k, word::DETERMINER) && !self.is_complement_word(k - 1));
            start = restart.unwrap_or(start + 1);
            if start >= end {
                return None;
            }
        }
        Some(MentionTokens {
            tokens: start..end,
            pronoun_offset: None,
            head: None,
        })
    }

    /// The subject of a group in preposed position: a pronoun or the noun
    /// phrase before it, looking past an apposition ("Nock Ag Attia, député
    /// touareg, a précisé") to the phrase that names someone.
    pub(crate) fn preposed_subject(
        &self,
        group: &VerbGroup,
        floor: usize,
    ) -> Option<MentionTokens> {
        let mut end = group.start;
        // Adverbs and clitics before the group: "il l'a dit", "il a ensuite";
        // the marker of an infinitive: "Souha Arafat, de demander".
        let infinitive = group.form == super::VerbForm::Infinitive;
        let mut marker = false;
        while end > floor {
            let w = self.lower(end - 1);
            let w_flags = self.flags(end - 1);
            // "puis" links a second verb to the same subject: not skipped.
            if (w_flags & word::ADVERB != 0 && w != "puis")
                || self.is(
                    end - 1,
                    word::ELIDED_OBJECT
                        | word::DATIVE_CLITIC
                        | word::REFLEXIVE
                        | word::CLITIC_Y
                        | word::CLITIC_EN
                        | word::NE,
                )
                || (infinitive && self.is(end - 1, word::DE | word::A))
            {
                marker |= infinitive && self.is(end - 1, word::DE | word::A);
                end -= 1;
            } else {
                break;
            }
        }
        if end <= floor {
            return None;
        }
        if marker {
            if let Some(subject) = self.governing_subject(end, floor) {
                return Some(subject);
            }
            // "au lieu de dire", "s'empêcher de dire": no subject before the
            // marker; "au tour de ma mère de dire" and "X, de demander" have
            // one.
            if self.lower(end - 1) != "," {
                return self.np_before(end, floor).filter(|np| {
                    let first = np.tokens.start;
                    self.is(first, word::DETERMINER | word::SUBJECT_PRONOUN)
                        || self.is_capitalised(first)
                });
            }
        }
        let mut before = self.lower(end - 1);
        // A relative subject: "le documentaire qui précise", "Bernard Bonnet,
        // …, qui lui avait rétorqué".
        if before == "qui" && end - 1 > floor {
            end -= 1;
            before = self.lower(end - 1);
        }
        if self.is(end - 1, word::COORDINATOR) {
            // A coordinated verb shares the sentence subject.
            return self.sentence_subject(floor, end - 1);
        }
        if before == "," {
            return self.apposition_subject(end - 1, floor);
        }
        self.np_before(end, floor)
    }

    /// The subject of the verb governing an infinitive ("il se mit à
    /// crier", "Noël, dépité, ne cessait de dire", "je me crus obligée de
    /// me défendre"): back over at most three lowercase words (the verb, its
    /// clitics, negation, a participle) to a subject pronoun or a comma.
    /// None when a determiner or preposition comes first ("le droit de
    /// dire"): then the infinitive hangs on a noun, not a verb.
    fn governing_subject(&self, end: usize, floor: usize) -> Option<MentionTokens> {
        let mut k = end;
        let mut words = 0;
        while k > floor && words <= 3 {
            let w = self.lower(k - 1);
            let flags = self.flags(k - 1);
            if words > 0
                && self.is(
                    k - 1,
                    word::THIRD_PERSON | word::INDEFINITE_ON | word::FIRST_SINGULAR,
                )
            {
                return Some(MentionTokens {
                    tokens: k - 1..k,
                    pronoun_offset: None,
                    head: None,
                });
            }
            if words > 0 && w == "," {
                return self.apposition_subject(k - 1, floor);
            }
            // A name right before the governing verb ("Pécuchet ne put
            // s'empêcher de dire").
            if words > 0 && self.is_capitalised_content(k - 1) {
                return self.np_before(k, floor);
            }
            if self.is_punct(k - 1)
                || self.is_capitalised(k - 1)
                || flags & (word::DETERMINER | word::PREPOSITION | word::SUBORDINATOR) != 0
            {
                return None;
            }
            // Clitics and negation are not words of the verb group's count.
            if !self.is(
                k - 1,
                word::NE | word::REFLEXIVE | word::PERSON_CLITIC | word::DATIVE_CLITIC,
            ) {
                words += 1;
            }
            k -= 1;
        }
        None
    }

    /// Around a comma before a verb: "NP1, NP2, verb" reads NP2 when it is a
    /// name ("le ministre, Pierre Moscovici, a dit"), NP1 when NP2 is an
    /// apposition ("Nock Ag Attia, député touareg, a dit"; "Le documentaire,
    /// réalisé après 9 mois d'enquête, précise").
    fn apposition_subject(&self, comma: usize, floor: usize) -> Option<MentionTokens> {
        let previous = (floor..comma).rev().find(|&k| self.lower(k) == ",");
        let Some(previous) = previous else {
            return self.np_before(comma, floor);
        };
        let segment_start = previous + 1;
        if segment_start >= comma {
            return None;
        }
        let is_name =
            self.is_capitalised(segment_start) && !self.is(segment_start, word::DETERMINER);
        if is_name {
            return self.np_before(comma, segment_start);
        }
        self.clause_initial_subject(previous, floor)
            .or_else(|| self.np_before(previous, floor))
            .or_else(|| self.np_before(comma, segment_start))
    }

    /// "Jules, indigné, tremblant de colère, cria": after several
    /// appositions, the subject is the phrase that opens the clause (after
    /// "mais", "et", "puis") and ends at its first comma.
    fn clause_initial_subject(&self, last_comma: usize, floor: usize) -> Option<MentionTokens> {
        // The clause opens after ";", ":" or a coordination after a comma
        // ("…, et la jeune femme, au bout de cinq minutes, reprenait"),
        // looked for within the window only, so that a huge sentence stays
        // linear.
        let sentence_start = self.sentence_tokens(last_comma).start;
        let from = sentence_start.max(floor);
        let opening = (from..last_comma).rev().find(|&k| {
            matches!(self.lower(k), ";" | ":")
                || (k > from && self.is(k, word::COORDINATOR) && self.lower(k - 1) == ",")
        });
        let mut start = match opening {
            Some(k) => k + 1,
            None if from == sentence_start => sentence_start,
            None => return None,
        };
        while start < last_comma
            && (self.is(start, word::CLAUSE_PREAMBLE)
                || matches!(self.lower(start), "—" | "-" | "–"))
        {
            start += 1;
        }
        // At most two leading adverbials ("Un soir, au café, M. X, …, dit").
        for _ in 0..3 {
            let first_comma = (start..last_comma).find(|&k| self.lower(k) == ",")?;
            if first_comma == last_comma {
                return None; // one apposition: the caller reads it
            }
            let np = self.np_after(start, first_comma)?;
            let adverbial = np.tokens.clone().any(|k| {
                self.kind(k) == crate::token::TokenKind::Number || self.is(k, word::TIME_NOUN)
            });
            if adverbial {
                start = first_comma + 1;
                continue;
            }
            let head = np.tokens.start;
            let subject_like = self.is(head, word::SUBJECT_PRONOUN)
                || self.is(head, word::DETERMINER)
                || self.is_capitalised_content(head);
            return (np.tokens.end == first_comma && subject_like).then_some(np);
        }
        None
    }

    /// The subject at the start of a clause: skips a leading adverbial that
    /// ends with a comma ("Lundi, le ministre…") and reads the first phrase.
    pub(crate) fn sentence_subject(&self, from: usize, to: usize) -> Option<MentionTokens> {
        let mut i = from;
        // Skip dateline and leading adverbials up to a comma, when the first
        // word is not a determiner or a name.
        for _ in 0..3 {
            if i >= to {
                return None;
            }
            let w_flags = self.flags(i);
            let np_start = (w_flags & word::DETERMINER != 0)
                || self.is_capitalised(i)
                || (w_flags & word::SUBJECT_PRONOUN != 0);
            let is_prep = (w_flags & word::PREPOSITION != 0) || (w_flags & word::ADVERB != 0);
            if np_start && !is_prep {
                break;
            }
            match (i..to).find(|&k| matches!(self.lower(k), "," | "-" | "—")) {
                Some(comma) => i = comma + 1,
                None => return None,
            }
        }
        self.np_after(i, to)
    }

    /// The nearest subject pronoun (il, elle, ils, elles) before `end` in
    /// `[floor, end)`. "elle" or "elles" after a preposition is no subject
    /// ("s'est tourné vers elle :", "près d'elle", "de chez elle").
    pub(crate) fn last_pronoun(&self, floor: usize, end: usize) -> Option<MentionTokens> {
        (floor..end).rev().find_map(|k| {
            // The sentence before a dialogue line may be untagged: its
            // prepositions are read from the word lists.
            let after_preposition = k > floor
                && (self.tag(k - 1).is_preposition()
                    || self.is(k - 1, word::PREPOSITION | word::DE | word::DE_ARTICLE));
            if self.is(k, word::THIRD_PERSON) && !after_preposition {
                Some(MentionTokens {
                    tokens: k..k + 1,
                    pronoun_offset: None,
                    head: None,
                })
            } else if self.is(k, word::INVERTED_THIRD_SINGULAR) {
                let offset = self.surface(k).rfind('-').map_or(0, |h| h + 1);
                Some(MentionTokens {
                    tokens: k..k + 1,
                    pronoun_offset: Some(offset),
                    head: None,
                })
            } else {
                None
            }
        })
    }
}

#[cfg(test)]
mod tests;
