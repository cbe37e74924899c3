//! What a role or a pronoun refers back to: the entity introduced with the
//! same title or adjective, the last person quoted, the last group named.

use super::*;

impl Resolver<'_, '_> {
    /// The entity a role phrase refers to: one introduced with the same
    /// title or adjective, or (for a definite role) the last person quoted.
    pub(super) fn role_target(&self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        let words: Vec<&str> = p
            .tokens
            .clone()
            .filter(|&k| {
                !ctx.is_capitalised(k)
                    && ctx.kind(k) == TokenKind::Word
                    && !ctx.is(
                        k,
                        word::DETERMINER | word::DE | word::DE_ARTICLE | word::ROLE_MODIFIER,
                    )
            })
            .map(|k| ctx.lower(k))
            .collect();
        if words.is_empty() {
            return self.demonym_target(p);
        }
        let head = *words.first()?;
        let recent = &self.recent;
        // "une infirmière", "un proche": an indefinite introduces someone new.
        if ctx.is(p.tokens.start, word::INDEFINITE_ARTICLE) {
            return None;
        }
        let definite = ctx.is(p.tokens.start, word::ANAPHORIC_DETERMINER);
        // A role with its own complement ("la porte-parole de la fédération",
        // "le chef de la direction de l'aviation civile") describes someone
        // by themselves: it refers back only to someone so described.
        // An age is no such complement: "l'attaquant de 24 ans" describes
        // the player just named or quoted, as "le sexagénaire" does.
        let age = |k: usize| {
            k + 2 < p.tokens.end
                && ctx.kind(k + 1) == TokenKind::Number
                && ctx.lex.grammar.age_nouns.contains(ctx.lower(k + 2))
        };
        let has_complement = (p.tokens.start + 1..p.tokens.end)
            .any(|k| ctx.is(k, word::DE | word::DE_ARTICLE) && !age(k));
        // A shared adjective links two descriptions of a person only when
        // the role's head can describe one: "l'étude scientifique" or "le
        // rapport américain" is no "chercheur américain".
        let person_head = ctx.lex.title(head).is_some() || ctx.lex.is(head, word::PERSON_NOUN);
        // Same head title, or a shared adjective ("kazakh"), with a name;
        // or the head of an unnamed person's description ("un porte-parole
        // de la police … le porte-parole de la police madrilène").
        let by_descriptor = recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            if e.organisation || !e.compatible(p.gender) {
                return false;
            }
            if e.names.is_empty() {
                return definite
                    && !e.plural
                    && e.descriptors.first().is_some_and(|&d| d == head)
                    && person_head;
            }
            e.descriptors.contains(&head)
                || person_head
                    && words
                        .iter()
                        .skip(1)
                        .any(|w| e.descriptors.iter().any(|d| d == w))
        });
        if by_descriptor.is_some() {
            return by_descriptor;
        }
        // A role of the family the person was introduced with ("Le préfet
        // X … le représentant de l'État", "La cycliste X … la championne"),
        // before the person last quoted or named.
        if definite {
            if let Some(id) = self.family_target(p, has_complement) {
                return Some(id);
            }
        }
        // "le quotidien", "le documentaire": an organisation so described.
        if ctx.lex.is(head, word::ORG_NOUN) {
            return recent.iter().copied().find(|&id| {
                let e = &self.entities[id];
                e.organisation && e.descriptors.contains(&head)
            });
        }
        if definite && !has_complement && person_head {
            let gender = p.gender;
            // A person already quoted, else one just named ("Le maire,
            // Rachid Ben Amor, a demandé … « … », insiste l'élu").
            let person = |id: &usize| {
                let e = &self.entities[*id];
                !e.organisation && !e.names.is_empty() && e.compatible(gender)
            };
            // The person a title introduced as the subject of this
            // sentence or the one before comes first ("Le procureur, Franck
            // X, a requis … Le magistrat a jugé", not the prévenu quoted
            // further back).
            let sentence = ctx.sentence_of[p.tokens.start] as usize;
            let window = ctx.sentences[sentence.saturating_sub(1)].tokens.start;
            let subject = recent
                .iter()
                .copied()
                .filter(person)
                .filter_map(|id| {
                    let e = &self.entities[id];
                    let s = e.last_subject.filter(|_| e.titled)?;
                    (window <= s && s < p.tokens.start).then_some((s, id))
                })
                .max()
                .map(|(_, id)| id);
            let quoted = subject.or_else(|| {
                recent
                    .iter()
                    .copied()
                    .filter(person)
                    .find(|&id| self.entities[id].quoted)
            });
            // Else one just named, or the one person the text has named
            // ("l'astronome Michel Mayor … D'après le chercheur").
            let named = quoted.or_else(|| {
                recent.iter().copied().filter(person).find(|&id| {
                    p.span.start.saturating_sub(self.entities[id].last_position) < JUST_NAMED
                        || (self.named_people == 1 && self.entities[id].counted)
                })
            });
            return named.or_else(|| self.one_agreeing_person(gender));
        }
        None
    }

    /// With a gender cue, the one recent named person whose cues agree
    /// with it while another named person's contradict it ("… contre
    /// Raymond X, 61 ans … « … », a lancé la procureure, Hélène Y. Le
    /// prévenu a nié"): the cue singles them out however far back.
    fn one_agreeing_person(&self, gender: Gender) -> Option<usize> {
        if gender == Gender::Unknown {
            return None;
        }
        let mut agreeing = None;
        let mut contradicting = false;
        for &id in self.recent.iter() {
            let e = &self.entities[id];
            if e.organisation || e.plural || e.names.is_empty() || !(e.person_evidence || e.quoted)
            {
                continue;
            }
            if !e.compatible(gender) {
                contradicting = true;
            } else if agreeing.replace(id).is_some() {
                return None;
            }
        }
        agreeing.filter(|_| contradicting)
    }

    /// The person a definite demonym alone refers back to ("« … », a réagi
    /// la Lyonnaise" after "La Française Inès X s'est qualifiée"): the
    /// nearest named person of agreeing gender named in this sentence or
    /// the one before, one described with that demonym ("la cycliste
    /// lyonnaise X") first. "les Français" is a group, "un Marseillais"
    /// someone new, "la Lyonnaise des eaux" a firm: no one.
    fn demonym_target(&self, p: &Pending) -> Option<usize> {
        let ctx = self.ctx;
        let (start, end) = (p.tokens.start, p.tokens.end);
        if end != start + 2
            || !ctx.is(start, word::ANAPHORIC_DETERMINER)
            || ctx.is(start, word::GROUP_DETERMINER | word::INDEFINITE_ARTICLE)
            || !ctx.is(start + 1, word::DEMONYM)
            || (end < ctx.len() && ctx.is(end, word::DE | word::DE_ARTICLE))
        {
            return None;
        }
        let demonym = ctx.lower(start + 1);
        let (_, from) = self.window(start);
        let near = |id: &usize| {
            let e = &self.entities[*id];
            !e.organisation
                && !e.plural
                && !e.names.is_empty()
                && e.compatible(p.gender)
                && (e.last_position >= from
                    || p.span.start.saturating_sub(e.last_position) < JUST_NAMED)
        };
        let recent = self.recent.iter().copied();
        recent
            .clone()
            .filter(near)
            .find(|&id| self.entities[id].descriptors.contains(&demonym))
            .or_else(|| recent.clone().find(near))
    }

    /// The nearest named person whose introducing words hold a role of the
    /// family of role mention `p` (role_families.txt): its head noun, or,
    /// with a complement, its words from the head on ("représentant de
    /// l'état"), when they refer back. The person's cues agree with the
    /// mention's; a plural mention refers to no one person.
    fn family_target(&self, p: &Pending, has_complement: bool) -> Option<usize> {
        let ctx = self.ctx;
        if ctx.is(p.tokens.start, word::GROUP_DETERMINER) {
            return None;
        }
        let head = p.tokens.clone().find(|&k| {
            ctx.kind(k) == TokenKind::Word && !ctx.is(k, word::DETERMINER | word::ROLE_MODIFIER)
        })?;
        let family = if has_complement {
            let mut phrase = String::new();
            for k in head..p.tokens.end {
                if !phrase.is_empty() && !phrase.ends_with('\'') {
                    phrase.push(' ');
                }
                // (`lower` is the normalised form: its apostrophes are
                // already straight, as in the lexicon.)
                phrase.push_str(ctx.lower(k));
            }
            ctx.lex.role_family(&phrase)
        } else {
            ctx.lex.role_family(ctx.lower(head))
        };
        let (family, refers) = family?;
        if !refers {
            return None;
        }
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            !e.organisation
                && !e.plural
                && !e.names.is_empty()
                && e.compatible(p.gender)
                && e.descriptors
                    .iter()
                    .any(|d| ctx.lex.role_family(d).is_some_and(|(f, _)| f == family))
        })
    }

    /// The antecedent of a pronoun at token `at`: among the persons (named,
    /// or one unnamed person: "un porte-parole … a-t-il précisé") whose
    /// gender cues agree with it, the latest subject of this sentence or the
    /// one before ("Gilles Simeoni a appris ce décès … avec Sollacaro. Très
    /// ému, il confie" is Simeoni), else the most recent.
    ///
    /// An organisation whose name's article agrees with the pronoun ("la
    /// SNCF … Selon elle", "le groupe X … a-t-il ajouté") is a candidate
    /// too, when named in this sentence or the one before: the nearest
    /// compatible one wins.
    ///
    /// A demonstrative (`last_named`: "celui-ci", "ce dernier") refers to
    /// the person named last, subject or not ("Le ministre a rencontré Théo
    /// Valadier. Ce dernier a affirmé" is Valadier), never to an
    /// organisation in a complement ("le patron de la PME").
    pub(super) fn recent_person(
        &self,
        gender: Gender,
        at: usize,
        last_named: bool,
    ) -> Option<usize> {
        let (window, from) = self.window(at);
        let fits = |id: &usize| {
            let e = &self.entities[*id];
            let person = !e.organisation && (e.person_evidence || e.quoted) && e.compatible(gender);
            let organisation =
                !last_named && e.organisation && e.grammatical == gender && e.last_position >= from;
            !e.plural && (person || organisation)
        };
        if last_named {
            return self.recent.iter().copied().find(fits);
        }
        let subject = self.latest_subject(window, at, fits);
        // Else one whose cues agree with the pronoun, named in this
        // sentence or the one before, before one with no cue nearer ("La
        // présidente du groupe …, Isabelle X, a annoncé … contre le
        // gouvernement d'Étienne Y. « … », a-t-elle déclaré" is Isabelle
        // X), else the most recent.
        let agreeing = |id: &usize| {
            let e = &self.entities[*id];
            gender != Gender::Unknown
                && e.last_position >= from
                && (e.gender() == gender || e.organisation && e.grammatical == gender)
        };
        subject
            .or_else(|| self.recent.iter().copied().filter(fits).find(agreeing))
            .or_else(|| self.recent.iter().copied().find(fits))
    }

    /// The owner of a possessive data source at token `at` ("L'Agence
    /// régionale de santé a indiqué … Selon ses chiffres"): the most recent
    /// organisation or person (quoted, or named as one) mentioned in this
    /// sentence or the one before, the latest subject first; none further
    /// away. A possessive gives
    /// no gender, and its number is the thing's, not the owner's.
    pub(super) fn possessive_target(&self, at: usize) -> Option<usize> {
        let (window, from) = self.window(at);
        let fits = |id: &usize| {
            let e = &self.entities[*id];
            e.last_position >= from && (e.organisation || e.person_evidence || e.quoted)
        };
        // The latest subject first: "la préfecture du Gard … son bilan" is
        // the préfecture's, not the place in its complement.
        let subject = self.latest_subject(window, at, fits);
        subject.or_else(|| self.recent.iter().copied().find(fits))
    }

    /// The window an anaphor at token `at` looks back over: the first token
    /// of the sentence before its own, and that token's byte offset
    /// (`last_position` is in bytes).
    pub(super) fn window(&self, at: usize) -> (usize, usize) {
        let ctx = self.ctx;
        let sentence = ctx.sentence_of[at.min(ctx.len().saturating_sub(1))] as usize;
        let window = ctx.sentences[sentence.saturating_sub(1)].tokens.start;
        (
            window,
            ctx.tokens.get(window).map_or(0, |t| t.start as usize),
        )
    }

    /// Among the recent entities that `fits`, the one whose last subject
    /// position is the latest in `[window, at)`.
    fn latest_subject(
        &self,
        window: usize,
        at: usize,
        fits: impl Fn(&usize) -> bool,
    ) -> Option<usize> {
        self.recent
            .iter()
            .copied()
            .filter(fits)
            .filter_map(|id| {
                let s = self.entities[id].last_subject?;
                (window <= s && s < at).then_some((s, id))
            })
            .max()
            .map(|(_, id)| id)
    }

    /// The antecedent of a plural pronoun (ils, elles, eux) at token `at`:
    /// the most recent group or organisation introduced in the plural ("Les
    /// Talibans ont visé cet hôtel car selon eux…") and mentioned in this
    /// sentence or the one before; none further away.
    pub(super) fn recent_group(&self, at: usize) -> Option<usize> {
        let (_, from) = self.window(at);
        self.recent.iter().copied().find(|&id| {
            let e = &self.entities[id];
            e.plural && e.last_position >= from
        })
    }
}

/// Whether an organisation's name is a sports club's: a known club
/// (clubs.txt), a name opened by a club's initials or a capitalised type
/// word ("AS Quérinac", "Stade rennais"), or one holding "Club".
pub(super) fn club_shaped(ctx: &Ctx<'_>, name: &str) -> bool {
    if ctx.lex.is_club(name) {
        return true;
    }
    let mut words = name.split([' ', '\'', '’']).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let lower = first.to_lowercase();
    let opens = first.len() >= 2
        && first.chars().all(char::is_uppercase)
        && ctx.lex.is(&lower, word::CLUB_ACRONYM)
        || first.starts_with(char::is_uppercase) && ctx.lex.is(&lower, word::CAPITALISED_ORG_WORD);
    opens || name.split(' ').any(|w| w == "Club")
}
