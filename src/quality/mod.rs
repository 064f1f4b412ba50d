//! Plain-language and safety checks: what health-literacy reviewers check by
//! hand, run on every template, live in the editor and from `handout-desk check`.
//!
//! [`text`] turns template blocks into plain sentences; [`readability`] scores
//! them (Flesch–Kincaid, Flesch Reading Ease, SMOG) and [`grades`] holds the
//! grades to the template's ceiling; [`lints`] finds wording that shames or
//! endangers, [`passive`] passive voice and [`terms`] medical words and names
//! left unexplained, all from the lists in [`word_lists`]; [`content`] finds
//! missing help, sources and stale details, and [`sources`] sources too old to
//! trust; [`pemat`] scores the PEMAT-P items a program can judge; [`profile`]
//! checks the clinic profile's own text; [`report`] gathers it all into
//! findings with stable rule ids and a JSON form. [`spanish`] holds the
//! Spanish counterparts (sentences, syllables, Fernández-Huerta and
//! Szigriszt-Pazos/INFLESZ, word lists) that `report` uses for templates in Spanish.

pub mod content;
pub mod grades;
pub mod lints;
pub mod passive;
pub mod pemat;
pub mod profile;
pub mod readability;
pub mod report;
pub mod sources;
pub mod spanish;
pub mod terms;
pub mod text;
pub mod word_lists;

pub use profile::check_profile;
