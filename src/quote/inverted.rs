//! The subject of a reporting verb in inverted position: its clitic
//! ("a-t-il dit") or the noun phrase after the verb group, past what may
//! stand between them ("a déclaré jeudi à l'AFP", "souligne dans un
//! communiqué", "dit en riant"). Part of the speaker mentions
//! ([`super::mentions`]).

use super::{Ctx, MentionTokens, VerbGroup};
use crate::lexicon::word;

impl Ctx<'_> {
    /// The subject of a group in inverted position: its clitic ("-t-il"),
    /// or the noun phrase after it ("a déclaré le président Poutine"),
    /// skipping adverbs and a short "à l'AFP" before a name.
    pub(crate) fn inverted_subject(
        &self,
        group: &VerbGroup,
        limit: usize,
    ) -> Option<MentionTokens> {
        if let Some(c) = group.clitic {
            if self.is(c, word::INVERTED_ON) {
                // After the clitic, or after the participle: "a-t-on appris",
                // past a date or a time ("a-t-on appris samedi de source
                // judiciaire", "a-t-on appris mardi soir auprès du parquet").
                let mut from = group.end.max(c + 1);
                while from < limit
                    && from < group.end.max(c + 1) + 3
                    && self.is(from, word::CALENDAR_WORD | word::TIME_WORD)
                    && !self.is_capitalised(from)
                {
                    from += 1;
                }
                if let Some(source) = self.on_source(from, limit) {
                    return Some(source);
                }
            }
            let s = self.surface(c);
            let offset = s.rfind('-').map_or(0, |h| h + 1);
            return Some(MentionTokens {
                tokens: c..c + 1,
                pronoun_offset: Some(offset),
                head: None,
            });
        }
        // Skip what may stand between the verb and its subject: adverbs, a
        // gerund ("dit en riant le père"), a participial phrase between
        // commas ("dit, fronçant les sourcils, sa mère").
        let mut i = group.end;
        let mut past_source = false;
        while i < limit {
            let len = self.g.adverbs.match_len(self.lowers_from(i));
            let w = self.lower(i);
            if len > 0 {
                i += len;
            } else if w.len() > 6 && w.ends_with("ment") && !self.is_capitalised(i) {
                // A manner adverb: "dit timidement Louisa" (a noun in -ment
                // would follow its determiner).
                i += 1;
            } else if self.is(i, word::CALENDAR_WORD | word::TIME_WORD) && !self.is_capitalised(i) {
                // A date or time: "a reconnu jeudi la porte-parole", "a
                // déclaré hier soir le maire".
                i += 1;
            } else if self.is(i, word::GERUND_MARKER)
                && i + 1 < limit
                && self.lower(i + 1).ends_with("ant")
            {
                i += 2;
            } else if let Some(end) = self.incidental_between_commas(i, limit) {
                // An adjective, a date or an adverb between commas: "a
                // glissé, ému, le gardien", "a déclaré, jeudi, le président".
                i = end;
            } else if let Some(end) = self.adjunct_before_subject(i, limit) {
                // A prepositional phrase before the subject: "souligne dans
                // un communiqué l'association", "a déclaré devant le
                // tribunal l'avocat", "dit avec chaleur la bonne Pauline".
                i = end;
            } else if self.lower(i) == ","
                && i + 1 < limit
                && (self.lower(i + 1).ends_with("ant")
                    || self.is(i + 1, word::GERUND_MARKER)
                    || self.source_between_commas(i, limit))
            {
                // … and a relaying source between commas ("auraient dit,
                // selon le site, des agents").
                past_source |= self.source_between_commas(i, limit);
                match (i + 1..limit.min(i + 12)).find(|&k| self.lower(k) == ",") {
                    Some(next) => i = next + 1,
                    None => break,
                }
            } else {
                break;
            }
        }
        if i >= limit {
            return None;
        }
        // "a expliqué à l'AFP Gilles-Éric Séralini"; with a "de" complement,
        // "a affirmé à l'issue de l'audience l'avocat", "a assuré au micro
        // de France Bleu la présidente".
        if self.is(i, word::A | word::A_ARTICLE) {
            let mut k = i + 1;
            if k < limit && self.is(k, word::DETERMINER) {
                k += 1;
            }
            let noun = k;
            k += 1;
            if k < limit && self.ties_de(k) {
                i = self.phrase_then_subject(noun, limit)?;
            } else if k < limit && self.is_capitalised(k) {
                // "à l'agence Reuters un porte-parole", "au Washington Post
                // un haut responsable": the outlet's name, then the subject.
                i = self.subject_after_outlet(k, limit).unwrap_or(k);
            } else if k < limit && self.is(k, word::DETERMINER) {
                i = k;
            } else {
                return None;
            }
        }
        let w = self.lower(i);
        let w_flags = self.flags(i);
        // A subject opens with a determiner, a name or a pronoun; "de mes
        // respects" is a complement.
        // After a source between commas, "des" is an article ("selon le
        // site, des agents").
        let complement = self.tag(i).is_preposition() && !(past_source && w == "des");
        let starts_np = !complement
            && ((w_flags & word::DETERMINER != 0)
                || self.is_capitalised(i)
                || ((w_flags & word::SUBJECT_PRONOUN != 0)
                    && self.is(i, word::THIRD_PERSON | word::INDEFINITE_ON)));
        if !starts_np {
            return None;
        }
        let np = self.before_date(self.np_after(i, limit)?);
        // "a déclaré le porte-parole du Kremlin, Dmitri Peskov": the name in
        // apposition is the shortest span that names the person.
        let comma = self.role_complement_end(np.tokens.end, limit);
        // A title may open the name: "le commandant Yves Castagné", "Mme
        // Solange Farrouilh".
        let names = self.apposed_title_end(comma + 1, limit);
        if names < limit
            && self.lower(comma) == ","
            && !self.is(np.tokens.start, word::SUBJECT_PRONOUN)
            && self.is_capitalised_content(names)
            && !self.is(names, word::DETERMINER)
        {
            if let Some(name) = self.np_after(names, limit) {
                let after = name.tokens.end;
                let closes = after >= limit || self.is_punct(after);
                let all_names = name
                    .tokens
                    .clone()
                    .all(|k| self.is_capitalised(k) || self.is(k, word::NAME_PARTICLE));
                if closes && all_names {
                    // The whole phrase, head included; the name in it is
                    // the speaker's.
                    let tokens = np.tokens.start..name.tokens.end;
                    let head = self.phrase_head(np.tokens.clone());
                    return Some(MentionTokens {
                        tokens,
                        pronoun_offset: None,
                        head,
                    });
                }
            }
        }
        // A phrase opened by a determiner and headed by a role has its head
        // read off it, as a subject before its verb: capitals in its
        // complement are not the speaker's name ("a lâché le maire de
        // Quimperlé"). Other phrases are read as names later ("à l'agence
        // RIA Novosti Valentine Sapounov", "dit la voix joyeuse de Noël").
        let head = self
            .is(np.tokens.start, word::DETERMINER)
            .then(|| self.phrase_head(np.tokens.clone()))
            .flatten()
            .filter(|&h| self.is(h, word::TITLE | word::PERSON_NOUN));
        Some(MentionTokens { head, ..np })
    }

    /// Whether a source preposition opens right after the comma at `i`,
    /// whole before `limit` ("auraient dit, selon le site, des agents", ",
    /// d'après l'AFP,").
    fn source_between_commas(&self, i: usize, limit: usize) -> bool {
        let len = self.source_preposition_len(i + 1);
        len > 0 && i + len < limit
    }

    /// A subject phrase without the date the phrase reader ran on into: "a
    /// confirmé le gouvernement mercredi", "a annoncé le parquet le 3
    /// mars" (a date in a "de" complement stays: "le comité du 14
    /// juillet").
    fn before_date(&self, mut np: MentionTokens) -> MentionTokens {
        use crate::pos::Tag;
        let r = np.tokens.clone();
        let Some(mut cut) = (r.start + 1..r.end)
            .find(|&k| self.is(k, word::CALENDAR_WORD) && !self.is_capitalised(k))
        else {
            return np;
        };
        if cut >= r.start + 3
            && self.tag(cut - 1) == Tag::Num
            && self.is(cut - 2, word::DETERMINER)
            && !self.is(cut - 2, word::DE_ARTICLE)
        {
            cut -= 2;
        }
        if cut > r.start + 1 && !self.is(cut - 1, word::DE | word::DE_ARTICLE | word::DETERMINER) {
            np.tokens.end = cut;
            np.head = np.head.filter(|&h| h < cut);
        }
        np
    }

    /// Where a role's phrase ending at `end` really ends before a name in
    /// apposition: past a short complement in "à" naming a body or a place
    /// ("le président du groupe écologiste à l'Assemblée, Samuel …", "au
    /// Sénat", "à la SNCF"), up to three tokens, each a determiner or a
    /// capitalised word, when a comma closes it; or past a complement in
    /// "pour" naming the role's area ("le représentant du HCR pour la
    /// région, Anselme …", "l'envoyé spécial de l'UE pour le Sahel, …"),
    /// up to five words, none a verb. Otherwise `end`.
    fn role_complement_end(&self, end: usize, limit: usize) -> usize {
        if end < limit && self.lower(end) == "pour" {
            return self.pour_complement_end(end, limit).unwrap_or(end);
        }
        if end >= limit || !self.is(end, word::A | word::A_ARTICLE) {
            return end;
        }
        let comma = (end + 1..limit.min(end + 5)).find(|&k| self.lower(k) == ",");
        match comma {
            Some(c)
                if c > end + 1
                    && (end + 1..c).all(|k| {
                        self.is(k, word::DETERMINER) || self.is_capitalised_content(k)
                    })
                    && (end + 1..c).any(|k| self.is_capitalised_content(k)) =>
            {
                c
            }
            _ => end,
        }
    }

    /// The comma closing the complement of area opened by "pour" at `pour`:
    /// a determiner first, then nouns, names, adjectives and "de" links
    /// (no verb, no pronoun), at most five words before the comma.
    fn pour_complement_end(&self, pour: usize, limit: usize) -> Option<usize> {
        use crate::pos::Tag;
        let first = pour + 1;
        if first >= limit || !self.is(first, word::DETERMINER) {
            return None;
        }
        let comma = (first + 1..limit.min(first + 6)).find(|&k| self.is_punct(k))?;
        let phrase = (first + 1..comma).all(|k| {
            matches!(
                self.tag(k),
                Tag::Nc | Tag::Npp | Tag::Adj | Tag::P | Tag::PD | Tag::Det
            ) || self.is_capitalised_content(k)
        });
        (phrase && comma > first + 1 && self.lower(comma) == ",").then_some(comma)
    }

    /// Past a title opening a name in apposition at `i`: an honorific
    /// ("Mme", "M.", "Me") or a determiner and a lowercase title ("le
    /// commandant", "la députée"), when a capitalised word follows. `i`
    /// otherwise.
    fn apposed_title_end(&self, i: usize, limit: usize) -> usize {
        if i + 1 < limit
            && self.is(i, word::TITLE)
            && self.is_capitalised(i)
            && self.is_capitalised_content(i + 1)
        {
            return i + 1;
        }
        let n = self.determiner_and_title(i, limit);
        if n > 0 && self.is_capitalised_content(i + n) {
            return i + n;
        }
        i
    }

    /// The length of a determiner and a lowercase title ("le commandant",
    /// "la députée") at `i`, with a word after them before `end`, 0 if
    /// none: the opening of a name in apposition, read past by the subject
    /// readers ([`Ctx::apposed_title_end`], the apposed name of a clause's
    /// subject and of a speaker's phrase). A rank's "de" complement is part
    /// of it ("le chef d'escadron", "le général de brigade":
    /// `rank_complements` in grammar.txt).
    pub(super) fn determiner_and_title(&self, i: usize, end: usize) -> usize {
        if !(i + 2 < end
            && self.is(i, word::DETERMINER)
            && self.is(i + 1, word::TITLE)
            && !self.is_capitalised(i + 1))
        {
            return 0;
        }
        let rank = i + 4 < end
            && self.is(i + 2, word::DE)
            && self
                .lex
                .grammar
                .rank_complements
                .contains(self.lower(i + 3));
        if rank {
            4
        } else {
            2
        }
    }

    /// The end of a prepositional phrase at `i` after an inverted verb,
    /// when a noun phrase opens right after it: "dans un communiqué |
    /// l'association", "devant le tribunal correctionnel | l'avocat", "avec
    /// chaleur | la bonne Pauline". The phrase ends at a determiner or a
    /// name that no "de" ties to it. "à" and "de" are read by the caller
    /// ("à l'AFP"); "par" and "selon" open an agent or a source.
    fn adjunct_before_subject(&self, i: usize, limit: usize) -> Option<usize> {
        // An adverb and "de" make a preposition: "plaide auprès de l'AFP
        // la députée", "a dit lors du débat le maire" (not a degree:
        // "beaucoup de").
        let locution = self.tag(i) == crate::pos::Tag::Adv
            && i + 1 < limit
            && self.is(i + 1, word::DE | word::DE_ARTICLE)
            && !self.is(i, word::DEGREE_WORD);
        if !locution
            && (self.tag(i) != crate::pos::Tag::P
                || self.is(i, word::DE | word::A | word::A_ARTICLE)
                || matches!(self.lower(i), "par" | "selon"))
        {
            return None;
        }
        let i = i + usize::from(locution && self.is(i + 1, word::DE));
        let first = i + 1 + usize::from(i + 1 < limit && self.is(i + 1, word::DETERMINER));
        self.phrase_then_subject(first, limit)
    }

    /// Where the subject opens after the noun phrase of a prepositional
    /// phrase whose first word is `first`: at a determiner or a name that
    /// no "de" ties to the phrase ("en marge du sommet de Bruxelles | le
    /// chef", "à la sortie du conseil municipal | le maire"), or at a name
    /// after a comma that closes it ("sur les ondes de la Chaîne III, |
    /// Abdelmalek Sayah"). The phrase's own "de" complements are read
    /// through ([`Ctx::ties_de`]). None when no subject follows. Bounded by
    /// `limit`, the incise's end.
    fn phrase_then_subject(&self, first: usize, limit: usize) -> Option<usize> {
        let mut k = first;
        while k < limit && self.np_word(k) {
            let tied = self.is(k - 1, word::DE | word::DE_ARTICLE | word::DETERMINER);
            // An honorific opens a name as a capital does ("devant la presse
            // | Me Claire Dusautoy", "dans un communiqué | Mme X").
            let honorific = self.is(k, word::TITLE)
                && self.is_capitalised(k)
                && k + 1 < limit
                && self.is_capitalised_content(k + 1);
            let opens = (self.is(k, word::DETERMINER) && !self.ties_de(k))
                || ((self.is_capitalised_content(k) || honorific) && !self.is_capitalised(k - 1));
            if k > first && !tied && opens {
                // "sur la chaîne CNN | le sénateur": a name that an outlet's
                // phrase ends with is no subject when a role follows it.
                if !self.is(k, word::DETERMINER) {
                    if let Some(subject) = self.subject_after_outlet(k, limit) {
                        return Some(subject);
                    }
                }
                return Some(k);
            }
            k += 1;
        }
        let apposed = k > first
            && k + 1 < limit
            && self.lower(k) == ","
            && self.is_capitalised_content(k + 1)
            && !self.is(k + 1, word::DETERMINER);
        apposed.then_some(k + 1)
    }

    /// Where the subject opens after an outlet's name that reaches `k`, a
    /// capitalised word after a preposition and the noun it names ("à
    /// l'agence | Reuters | un porte-parole", "au Washington | Post | un
    /// haut responsable", "sur la chaîne | CNN | le sénateur"): at the
    /// determiner after the name's capitalised words, when no "de" ties it
    /// and a lowercase word that can speak (a role, a body) heads the phrase
    /// it opens, after an adjective or not. None otherwise: "à l'AFP Gilles-Éric Séralini", "à
    /// l'AFP Jean Dupont le 3 mai".
    fn subject_after_outlet(&self, k: usize, limit: usize) -> Option<usize> {
        let mut j = k;
        while j < limit && self.is_capitalised(j) && self.kind(j) == crate::token::TokenKind::Word {
            j += 1;
        }
        if j >= limit || !self.is(j, word::DETERMINER) || self.ties_de(j) {
            return None;
        }
        // The head may follow an adjective: "un haut responsable".
        let np = self.np_after(j, limit)?;
        let speaks = (j + 1..np.tokens.end.min(j + 3))
            .take_while(|&h| !self.is(h, word::DE | word::DE_ARTICLE))
            .any(|h| !self.is_capitalised(h) && self.can_speak(h));
        speaks.then_some(j)
    }

    /// Whether token `k` opens a "de" complement of the noun before it
    /// rather than a subject: "de", "d'", "du" ("à l'issue de l'audience",
    /// "lors du débat"), and "des" after a lowercase noun ("à la sortie des
    /// urnes"; after a name it is an article: "a raconté à l'AFP des
    /// témoins").
    fn ties_de(&self, k: usize) -> bool {
        self.is(k, word::DE)
            || self.lower(k) == "du"
            || (self.lower(k) == "des" && !self.is_capitalised(k - 1))
    }
}

impl Ctx<'_> {
    /// Where "on" speaks from, after "assure-t-on": "à Matignon", "au
    /// ministère", "auprès de la préfecture" (a body or a name: "explique-t-on
    /// aux habitants" names whom it is said to), "chez le constructeur",
    /// "dans l'entourage du président" (anyone who can speak). That body
    /// speaks; "dit-on" alone names nobody.
    fn on_source(&self, i: usize, limit: usize) -> Option<MentionTokens> {
        if i + 1 >= limit {
            return None;
        }
        // "de source judiciaire", "de sources concordantes": the source.
        if matches!(self.lower(i), "de" | "d'") && matches!(self.lower(i + 1), "source" | "sources")
        {
            return self.np_after(i + 1, limit);
        }
        let (start, any_speaker) = match self.lower(i) {
            "à" | "au" | "aux" => (i + 1, false),
            "auprès" if matches!(self.lower(i + 1), "de" | "d'" | "du" | "des") => (i + 2, false),
            "chez" | "dans" => (i + 1, true),
            _ => return None,
        };
        let m = self.np_after(start, limit)?;
        let head = self.phrase_head(m.tokens.clone())?;
        // "auprès de" names whoever told: "auprès des pompiers".
        let source = if any_speaker {
            self.can_speak(head)
        } else {
            self.is(head, word::ORG_NOUN)
                || self.is_capitalised(head)
                || (self.lower(i) == "auprès" && self.can_speak(head))
        };
        source.then_some(m)
    }
}

#[cfg(test)]
mod tests {
    use crate::quote::testing::{token, tokens_text, with_ctx};

    /// The inverted subject of the reporting verb `verb` in `text`.
    fn subject(text: &str, verb: &str) -> Option<String> {
        with_ctx(text, |ctx| {
            let v = token(ctx, verb);
            let g = crate::quote::cues::group_at(ctx, v)?;
            let m = ctx.inverted_subject(&g, ctx.len())?;
            Some(tokens_text(ctx, m.tokens))
        })
    }

    #[test]
    fn an_honorific_opens_the_subject_after_a_prepositional_phrase() {
        assert_eq!(
            subject(
                "« Non », a déclaré à la sortie de l'audience Me Claire Dusautoy.",
                "déclaré"
            )
            .as_deref(),
            Some("Me Claire Dusautoy")
        );
        assert_eq!(
            subject(
                "« Non », a assuré dans un communiqué Mme Odile Fabre.",
                "assuré"
            )
            .as_deref(),
            Some("Mme Odile Fabre")
        );
    }

    #[test]
    fn a_role_s_pour_complement_stands_before_the_name_in_apposition() {
        assert_eq!(
            subject(
                "« Non », a déclaré le représentant du HCR pour la région, Anselme Kaboré.",
                "déclaré"
            )
            .as_deref(),
            Some("le représentant du HCR pour la région, Anselme Kaboré")
        );
        // A verb after "pour" makes it a clause of purpose: no name joins.
        assert_eq!(
            subject(
                "« Non », a déclaré le maire pour rassurer, Paul Dumont.",
                "déclaré"
            )
            .as_deref(),
            Some("le maire")
        );
    }

    #[test]
    fn a_prepositional_phrase_may_stand_before_the_subject() {
        assert_eq!(
            subject(
                "« Non », souligne dans un communiqué l'Association des maires.",
                "souligne"
            )
            .as_deref(),
            Some("l'Association des maires")
        );
        assert_eq!(
            subject(
                "« Non », a déclaré devant le tribunal l'avocat de la défense.",
                "déclaré"
            )
            .as_deref(),
            Some("l'avocat de la défense")
        );
        // The phrase's "de" complements, after "à" too, and a name after
        // the comma that closes it.
        for (text, verb, expected) in [
            (
                "« Non », a indiqué en marge du sommet de Bruxelles le chef du gouvernement.",
                "indiqué",
                "le chef du gouvernement",
            ),
            (
                "« Non », a affirmé à l'issue de l'audience l'avocat de la défense.",
                "affirmé",
                "l'avocat de la défense",
            ),
            (
                "« Non », a assuré au micro de France Bleu la présidente.",
                "assuré",
                "la présidente",
            ),
            (
                "« Non », a déclaré sur les ondes de la radio, Amira Benali.",
                "déclaré",
                "Amira Benali",
            ),
            (
                "« Non », a confié à l'AFP Amira Benali.",
                "confié",
                "Amira Benali",
            ),
        ] {
            assert_eq!(subject(text, verb).as_deref(), Some(expected), "{text}");
        }
        assert_eq!(
            subject("« Non », a déclaré à la sortie de l'audience.", "déclaré"),
            None
        );
        // A phrase with no subject after it is no subject.
        assert_eq!(
            subject("« Non », a-t-il dit dans la foulée.", "dit").as_deref(),
            Some("-t-il")
        );
        assert_eq!(
            subject("« Non », a déclaré dans la foulée.", "déclaré"),
            None
        );
    }

    #[test]
    fn an_outlet_named_before_the_subject_is_no_subject() {
        for (text, verb, expected) in [
            (
                "« Non », a déclaré à l'agence Reuters un porte-parole.",
                "déclaré",
                "un porte-parole",
            ),
            (
                "« Non », a dit au Washington Post un haut responsable.",
                "dit",
                "un haut responsable",
            ),
            (
                "« Non », a déclaré sur la chaîne CNN le sénateur.",
                "déclaré",
                "le sénateur",
            ),
            (
                "« Non », a confié au quotidien Le Monde le ministre.",
                "confié",
                "le ministre",
            ),
        ] {
            assert_eq!(subject(text, verb).as_deref(), Some(expected), "{text}");
        }
        // A name, then a date: the name is the subject.
        assert_eq!(
            subject(
                "« Non », a déclaré à l'AFP Jean Dupont le 3 mai.",
                "déclaré"
            )
            .as_deref(),
            Some("Jean Dupont")
        );
    }
}
