//! Decimal text to `f64`, without the standard library's float parser.
//!
//! `str::parse::<f64>` is correct for every input, and for that it carries a
//! table of 128-bit powers of five (Eisel–Lemire) and a big-number fallback:
//! about 10 kB of the WebAssembly's gzip, which every first visit downloads.
//! The numbers an article writes are short, and for those this reads exactly
//! what the standard parser reads: up to 19 significant digits are an
//! integer `m` held exactly, and `m × 10^e` or `m / 10^e` with `m < 2^53`
//! and `e ≤ 22` is one correctly rounded operation on exact operands
//! (Clinger's fast path). Past that (a 17-digit decimal fraction, a
//! 25-digit integer, 1e300) the result may differ from the correctly
//! rounded one in its last bits (by 1e-14 of it at most), which no figure
//! an article writes can tell.

/// Reads `[-]digits[.digits][(e|E)[+|-]digits]`; `None` for anything else
/// (no digits, a stray character).
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let neg = b.first() == Some(&b'-');
    if neg || b.first() == Some(&b'+') {
        i += 1;
    }
    let mut m: u64 = 0;
    // Digits past the 19th, before the point (each one more power of ten),
    // and digits after it (each one less), that `m` holds.
    let mut exp: i32 = 0;
    let mut digits = 0;
    let mut any = false;
    let mut dropped = false;
    while i < b.len() && b[i].is_ascii_digit() {
        any = true;
        push(
            &mut m,
            &mut digits,
            &mut exp,
            &mut dropped,
            b[i] - b'0',
            false,
        );
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            any = true;
            push(
                &mut m,
                &mut digits,
                &mut exp,
                &mut dropped,
                b[i] - b'0',
                true,
            );
            i += 1;
        }
    }
    if !any {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let eneg = b.get(i) == Some(&b'-');
        if eneg || b.get(i) == Some(&b'+') {
            i += 1;
        }
        let from = i;
        let mut e: i32 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + i32::from(b[i] - b'0')).min(100_000);
            i += 1;
        }
        if i == from {
            return None;
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    let v = scaled(m, exp, dropped);
    Some(if neg { -v } else { v })
}

/// Adds one digit to `m`; past 19 digits it only moves the exponent.
fn push(m: &mut u64, digits: &mut u32, exp: &mut i32, dropped: &mut bool, d: u8, frac: bool) {
    if *m == 0 && d == 0 {
        // Leading zeros hold no digit, only (after the point) a place.
        if frac {
            *exp -= 1;
        }
        return;
    }
    if *digits < 19 {
        *m = *m * 10 + u64::from(d);
        *digits += 1;
        if frac {
            *exp -= 1;
        }
    } else {
        *dropped |= d != 0;
        if !frac {
            *exp += 1;
        }
    }
}

/// `m × 10^exp`.
fn scaled(m: u64, exp: i32, dropped: bool) -> f64 {
    if m == 0 {
        return 0.0;
    }
    const EXACT: u64 = 1 << 53;
    if !dropped && m <= EXACT && (-22..=22).contains(&exp) {
        let p = 10f64.powi(exp.abs());
        return if exp >= 0 { m as f64 * p } else { m as f64 / p };
    }
    if !dropped && exp == 0 {
        return m as f64; // a whole number: the conversion rounds correctly
    }
    // The rare long or huge number: two roundings at most.
    let mut v = m as f64;
    let mut e = exp;
    while e > 0 {
        let k = e.min(22);
        v *= 10f64.powi(k);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(22);
        v /= 10f64.powi(k);
        e += k;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_what_the_standard_parser_reads() {
        for s in [
            "0",
            "7",
            "2023",
            "1.038",
            "12.5",
            "0.03",
            "16.4",
            "8.39",
            "36208000000",
            "1674.5",
            "0.1",
            "0.2",
            "0.3",
            "3.14159",
            "9007199254740993",
            "123456789012345678",
            "18446744073709551615",
            "1e5",
            "12.32e+14",
            "1.2E-3",
            "9.83e-3",
            "-4.5",
            "+2",
            "00012",
            "0.000001",
            "1e22",
            "1e-22",
            "450359962737049.5",
        ] {
            assert_eq!(parse(s), s.parse::<f64>().ok(), "{s}");
        }
    }

    #[test]
    fn past_the_fast_path_close() {
        for s in [
            "1.7976931348623157e308",
            "2.2250738585072014e-308",
            "0.30000000000000004",
            "3.14159265358979323846",
            "123456789012345678901234567890",
            "1e300",
            "7e-300",
        ] {
            let (got, want) = (parse(s).unwrap(), s.parse::<f64>().unwrap());
            assert!(
                (got - want).abs() <= 1e-14 * want.abs(),
                "{s}: {got} vs {want}"
            );
        }
    }

    #[test]
    fn refuses_what_is_no_decimal() {
        for s in ["", ".", "-", "e5", "1e", "1.2.3", "1,5", "12a", " 1", "1 "] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn many_short_decimals_agree() {
        // Every decimal of up to 5 + 4 digits on a stride: the figures of articles.
        let mut n = 0u64;
        while n < 10_000_000_000 {
            for s in [
                format!("{}", n / 10_000),
                format!("{}.{:04}", n / 10_000, n % 10_000),
            ] {
                assert_eq!(parse(&s), s.parse::<f64>().ok(), "{s}");
            }
            n += 7_919_777;
        }
    }
}
