//! Phone numbers and web addresses: checking them and making them clickable.

/// Why a phone number cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Letters or symbols that no phone number has.
    #[error("`{0}` has characters a phone number cannot have")]
    BadCharacters(String),
    /// Too few or too many digits.
    #[error("`{0}` has {1} digits; a phone number has 3 to 15")]
    DigitCount(String, usize),
}

/// Checks a phone number: 3 to 15 digits, with only spaces, `+ ( ) - .` between
/// them and an optional extension such as `ext. 12`.
pub fn check_phone(phone: &str) -> Result<(), PhoneError> {
    let (number, _extension) = split_extension(phone);
    if number
        .chars()
        .any(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.')))
    {
        return Err(PhoneError::BadCharacters(phone.to_owned()));
    }
    if number.chars().skip(1).any(|c| c == '+') {
        return Err(PhoneError::BadCharacters(phone.to_owned()));
    }
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if !(3..=15).contains(&digits) {
        return Err(PhoneError::DigitCount(phone.to_owned(), digits));
    }
    Ok(())
}

fn split_extension(phone: &str) -> (&str, Option<&str>) {
    let lower = phone.to_ascii_lowercase();
    for marker in ["ext.", "ext", " x"] {
        if let Some(at) = lower.find(marker) {
            return (phone[..at].trim(), Some(phone[at + marker.len()..].trim()));
        }
    }
    (phone.trim(), None)
}

/// The `tel:` link for a phone number, in the clinic's country.
///
/// North American ten-digit numbers get `+1`; a number written with `+` keeps its
/// country code; anything else (short codes such as 988) is dialled as written.
pub fn tel_uri(phone: &str, country: &str) -> String {
    let (number, extension) = split_extension(phone);
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let nanp = matches!(country.trim().to_ascii_uppercase().as_str(), "US" | "CA");
    let mut uri = if number.trim_start().starts_with('+') {
        format!("tel:+{digits}")
    } else if nanp && digits.len() == 10 {
        format!("tel:+1{digits}")
    } else if nanp && digits.len() == 11 && digits.starts_with('1') {
        format!("tel:+{digits}")
    } else {
        format!("tel:{digits}")
    };
    if let Some(ext) = extension.filter(|e| !e.is_empty()) {
        let ext: String = ext.chars().filter(char::is_ascii_digit).collect();
        uri.push_str(";ext=");
        uri.push_str(&ext);
    }
    uri
}

/// Why a web address cannot be right.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a web address")]
pub struct UrlError(pub String);

/// Checks a web address and returns it with `https://` added when it was left off.
pub fn normalise_url(url: &str) -> Result<String, UrlError> {
    let trimmed = url.trim();
    let err = || UrlError(url.to_owned());
    let (scheme, rest) = match trimmed.split_once("://") {
        Some((s, r)) if s.eq_ignore_ascii_case("https") || s.eq_ignore_ascii_case("http") => (s, r),
        Some(_) => return Err(err()),
        None => ("https", trimmed),
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !host_ok || rest.chars().any(char::is_whitespace) {
        return Err(err());
    }
    Ok(format!("{}://{rest}", scheme.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones() {
        assert!(check_phone("(555) 010-2000").is_ok());
        assert!(check_phone("988").is_ok());
        assert!(check_phone("+44 116 123").is_ok());
        assert!(check_phone("555-0100 ext. 12").is_ok());
        assert!(matches!(
            check_phone("call me"),
            Err(PhoneError::BadCharacters(_))
        ));
        assert!(matches!(
            check_phone("12"),
            Err(PhoneError::DigitCount(_, 2))
        ));
        assert!(matches!(
            check_phone("5550100555010055501"),
            Err(PhoneError::DigitCount(_, 19))
        ));
    }

    #[test]
    fn tel_links() {
        assert_eq!(tel_uri("(555) 010-2000", "US"), "tel:+15550102000");
        assert_eq!(tel_uri("(555) 010-2000", " us "), "tel:+15550102000");
        assert_eq!(tel_uri("988", "US"), "tel:988");
        assert_eq!(tel_uri("1-800-662-4357", "US"), "tel:+18006624357");
        assert_eq!(tel_uri("+44 116 123", "GB"), "tel:+44116123");
        assert_eq!(tel_uri("555-0100 ext. 12", "US"), "tel:5550100;ext=12");
    }

    #[test]
    fn urls() {
        assert_eq!(
            normalise_url("clinic.example").unwrap(),
            "https://clinic.example"
        );
        assert_eq!(
            normalise_url("HTTPS://clinic.example/a?b").unwrap(),
            "https://clinic.example/a?b"
        );
        assert!(normalise_url("ftp://clinic.example").is_err());
        assert!(normalise_url("not a site").is_err());
        assert!(normalise_url("localhost").is_err());
    }
}
