//! Clinic work on templates: adapting a vetted template, editing the copy, seeing what changed,
//! signing it off, sharing it across desks, and the log of handouts given out.

pub mod adapt;
pub mod diff;
pub mod edit;
pub mod handout_log;
pub mod pack;
pub mod sign_off;
