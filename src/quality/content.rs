//! Content checks: help on every page, naloxone, sources, placeholders, stale
//! resources and overdue reviews.
