//! When a template's clinical review is due again: the one definition of
//! "review overdue", used by the quality checks, the library's badges, the
//! preview and `handout-desk list`.

use crate::date::Date;
use crate::template::{Review, ReviewStatus};

impl Review {
    /// The day the next review was due, when that day has passed by `today`.
    pub fn overdue_since(&self, today: Date) -> Option<Date> {
        self.next_review_due.filter(|due| *due < today)
    }

    /// Whether the template is approved but its next review is overdue: still
    /// approved, and printed so, but someone should look at it again.
    pub fn is_approved_but_overdue(&self, today: Date) -> bool {
        self.status == ReviewStatus::Approved && self.overdue_since(today).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_is_overdue_the_day_after_it_was_due() {
        let mut review = Review::draft("x");
        let day = |s| Date::parse(s).unwrap();
        review.next_review_due = Some(day("2026-11-22"));
        assert_eq!(review.overdue_since(day("2026-11-22")), None);
        assert_eq!(
            review.overdue_since(day("2026-11-23")),
            Some(day("2026-11-22"))
        );
        assert!(
            !review.is_approved_but_overdue(day("2026-11-23")),
            "a draft"
        );
        review.status = ReviewStatus::Approved;
        assert!(review.is_approved_but_overdue(day("2026-11-23")));
    }
}
