//! The look-ups that find the entity a mention joins: a bearer of its
//! surname (spelt alike or nearly), a recent person of its first name, the
//! organisation a bare description refers back to.

use super::*;

impl Resolver<'_, '_> {
    /// The person a name refers to: a bearer of the surname whose first
    /// names agree (initials agree with the names they abbreviate:
    /// "V. Sapounov" is "Valentine Sapounov") and whose gender cues do not
    /// contradict the mention's. Namesakes with other first names never
    /// merge.
    pub(super) fn find_by_surname(
        &self,
        surname: &str,
        first: Option<&str>,
        gender: Gender,
    ) -> Option<usize> {
        self.find_bearer(surname, first, gender, true)
    }

    /// A bearer of the surname, spelt alike or (with `fuzzy`) within a small
    /// edit distance among recent entities.
    pub(super) fn find_bearer(
        &self,
        surname: &str,
        first: Option<&str>,
        gender: Gender,
        fuzzy: bool,
    ) -> Option<usize> {
        let first_ok = |id: usize| {
            let e = &self.entities[id];
            e.compatible(gender)
                && match first {
                    Some(f) if !e.first_names.is_empty() => e
                        .first_names
                        .iter()
                        .any(|x| first_names_agree(x.get(&self.keys), f)),
                    _ => true,
                }
        };
        if let Some(ids) = self.by_surname.get(&self.keys, surname) {
            // The latest few bearers of the surname: an article names a
            // handful of people per family, and a bounded look keeps a
            // document of many namesakes linear.
            if let Some(&id) = ids
                .iter()
                .rev()
                .take(SURNAME_BEARERS)
                .find(|&&id| first_ok(id))
            {
                return Some(id);
            }
        }
        if !fuzzy {
            return None;
        }
        // Spelling variants among recent entities.
        self.recent.iter().copied().find(|&id| {
            self.entities[id]
                .surname
                .is_some_and(|s| surname_matches(s.get(&self.keys), surname))
                && first_ok(id)
        })
    }

    /// The named organisation a bare definite description refers back to:
    /// "le quotidien" for "le quotidien français Le Figaro", "le groupe" for
    /// "le groupe L'Oréal". Only a singular article and a head noun with no
    /// name and no complement of its own ("le ministère de la Défense" names
    /// a body by itself).
    pub(super) fn organisation_so_described(&self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        let head = p.tokens.start + 1;
        // An acronym head is no name of its own ("l'ONG").
        let named = p
            .name
            .as_ref()
            .is_some_and(|n| !(n.len() == 1 && n.start == head));
        if named || !ctx.is(p.tokens.start, word::SINGULAR_DEFINITE) {
            return None;
        }
        // A capitalised head is a name's, unless it is an acronym ("l'ONG").
        if head >= p.tokens.end
            || !ctx.is(head, word::ORG_NOUN | word::INSTITUTION_PLACE)
            || ctx.is_capitalised(head) && !ctx.tokens[head].is_upper()
        {
            return None;
        }
        let complement = (head + 1..p.tokens.end).any(|k| ctx.is(k, word::DE | word::DE_ARTICLE));
        if complement {
            return None;
        }
        let head = ctx.lower(head);
        // Or a body whose name it heads ("l'Institut Fermat-Delorme … selon
        // l'institut", "la Fédération belge … la fédération").
        let heads_name = |n: &str| {
            let first = n.split([' ', '\'', '’']).next().unwrap_or("");
            first.chars().flat_map(char::to_lowercase).eq(head.chars())
        };
        // Or, for an outlet's or a club's noun, the outlet or club last
        // named ("Mediapart … selon le site", "L'OM … selon le club").
        let grammar = &ctx.lex.grammar;
        let outlet = grammar.outlet_nouns.contains(head);
        let club = grammar.club_nouns.contains(head);
        let of_kind = |e: &Entity| {
            outlet
                && (e.names.iter().any(|n| ctx.lex.is_media(n))
                    || e.descriptors
                        .iter()
                        .any(|d| grammar.outlet_nouns.contains(d)))
                || club
                    && (e.names.iter().any(|n| anaphora::club_shaped(ctx, n))
                        || e.descriptors.iter().any(|d| grammar.club_nouns.contains(d)))
        };
        let named = |e: &Entity| {
            e.organisation && e.names.iter().any(|n| n.chars().any(char::is_uppercase))
        };
        let described = self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            named(e)
                && (e.descriptors.contains(&head)
                    || e.names.iter().any(|n| heads_name(n))
                    || of_kind(e))
        });
        // Or, for a firm's noun alone as a quote's speaker ("Le groupe a
        // précisé que"), the nearest singular organisation named in this
        // sentence or the one before, whatever noun introduced it; with
        // words of its own ("le groupe parlementaire") it is a body of its
        // own.
        let bare = p.quote.is_some() && p.tokens.len() == 2 && grammar.firm_nouns.contains(head);
        if described.is_some() || !bare {
            return described;
        }
        let (_, from) = self.window(p.tokens.start);
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            named(e) && !e.person_evidence && !e.plural && e.last_position >= from
        })
    }

    /// A recent person of whom `first` (folded) is the first name
    /// ("Vladimir" for Vladimir Poutine).
    pub(super) fn find_by_first_name(&self, first: &str, gender: Gender) -> Option<usize> {
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            e.compatible(gender) && e.first_names.iter().any(|f| f.get(&self.keys) == first)
        })
    }
}
