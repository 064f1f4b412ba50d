//! The PEMAT-P items a program can judge, scored; the rest as a reviewer's checklist.
