//! Plain-language and safety checks: what health-literacy reviewers check by
//! hand, run on every template, live in the editor and from `handout-desk check`.
//!
//! [`text`] turns template blocks into plain sentences; [`readability`] scores
//! them (Flesch–Kincaid, Flesch Reading Ease, SMOG); [`lints`] finds wording that
//! shames or endangers; [`content`] finds missing help, sources and stale details;
//! [`pemat`] scores the PEMAT-P items a program can judge; [`report`] gathers it
//! all into findings with stable rule ids and a JSON form. [`spanish`] holds the
//! Spanish counterparts (sentences, syllables, Fernández-Huerta and
//! Szigriszt-Pazos/INFLESZ, word lists) that `report` uses for templates in Spanish.

pub mod content;
pub mod lints;
pub mod pemat;
pub mod readability;
pub mod report;
pub mod spanish;
pub mod text;
pub mod word_lists;
