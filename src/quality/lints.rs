//! Language lints: stigmatising substance-use terms, unsafe suicide and self-harm
//! wording, long sentences, passive voice and unexplained jargon.
