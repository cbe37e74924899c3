//! A sixteenth constructed set for speaker entities (issue 15, session
//! 18), from held-out set 18's kinds misses:
//!
//! - "la Régie des transports de Valcorbe" was anonymous: "régie" heads an
//!   organisation's name as "agence" does (held-out set 18 kinds 1, and
//!   invented "la régie des eaux", "la Régie autonome des transports");
//! - "les grévistes de l'usine Belcour" was the person "Belcour": a plural
//!   group of common nouns whose complement names a firm or its site
//!   ("l'usine", "le site", "la société") is anonymous (held-out set 18
//!   kinds 1, and invented salariés, ouvriers, employés).
//!
//! Conventions as in `speaker_kinds_fresh_11.rs`: rows are (canonical
//! name, kind, gender cue, quotes linked to the entity).

#[macro_use]
mod support;

speaker_cases! {
    transport_authority_inverted:
        "« La ligne sera rouverte lundi », a indiqué la Régie des transports de Valcorbe."
        => [("Régie des transports de Valcorbe", Organisation, Unknown, 1)];
    water_authority_lowercase:
        "« L'eau est de nouveau potable », a assuré la régie des eaux de Valcorbe."
        => [("régie des eaux de Valcorbe", Organisation, Unknown, 1)];
    autonomous_authority_subject:
        "La Régie autonome des transports de Morlenne a annoncé que le tramway circulerait dimanche."
        => [("Régie autonome des transports de Morlenne", Organisation, Unknown, 1)];
    strikers_of_a_factory:
        "« Nous ne lâcherons rien », ont prévenu les grévistes de l'usine Belcour."
        => [("les grévistes de l'usine Belcour", Anonymous, Unknown, 1)];
    workers_of_a_site:
        "« Nous voulons être entendus », ont réclamé les ouvriers du site Navarel."
        => [("les ouvriers du site Navarel", Anonymous, Unknown, 1)];
    employees_of_a_company:
        "Les employés de la société Brenval-Ostier ont affirmé qu'aucun accord n'avait été signé."
        => [("Les employés de la société Brenval-Ostier", Anonymous, Unknown, 1)];
    control_named_director_of_a_factory:
        "« Nous ne fermerons pas », a déclaré le directeur de l'usine, Gaspard Lemercier."
        => [("Gaspard Lemercier", Person, Masculine, 1)];
}
