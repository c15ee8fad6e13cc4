//! Decimal text to `f64` and back, without the standard library's float
//! parser and formatter.
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
//!
//! [`format`] is the way back, for the few values the analysis writes into
//! text (an ISO duration's "3.5", a check's "1.038"): `f64`'s `Display`
//! carries two float-printing algorithms (Grisu and Dragon, exact and
//! shortest) and their tables. It writes what `Display` writes, the
//! shortest decimal that reads back as the value, wherever that decimal
//! has at most 15 significant digits; past that, the nearest decimal with
//! 15 (a value no article writes).

/// Reads `[-]digits[.digits][(e|E)[+|-]digits]`; `None` for anything else
/// (no digits, a stray character).
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let neg = b.first() == Some(&b'-');
    if neg || b.first() == Some(&b'+') {
        i += 1;
    }
    let mut d = Decimal::default();
    let run = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    // The digits before the point, then (after one) those after it.
    let end = run(i);
    d.digits(&s[i..end], false);
    i = end;
    if b.get(i) == Some(&b'.') {
        let end = run(i + 1);
        d.digits(&s[i + 1..end], true);
        i = end;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let eneg = b.get(i) == Some(&b'-');
        if eneg || b.get(i) == Some(&b'+') {
            i += 1;
        }
        let end = run(i);
        d.power(eneg, &s[i..end])?;
        i = end;
    }
    if i != b.len() {
        return None;
    }
    let v = d.value()?;
    Some(if neg { -v } else { v })
}

/// A decimal put together from its parts as a reader finds them in the
/// tokens (the runs of digits before the point, those after it, a power of
/// ten), with no text built: `value` is what [`parse`] reads of the parts
/// written one after the other ("1" "234" "." "5" "e" "3" as "1234.5e3").
#[derive(Default)]
pub struct Decimal {
    acc: Digits,
    any: bool,
}

impl Decimal {
    /// Adds a run of digits before the point (`frac` false) or after it.
    /// `None`, adding nothing, if the run holds other than ASCII digits.
    pub fn digits(&mut self, run: &str, frac: bool) -> Option<()> {
        if !run.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        for c in run.bytes() {
            self.any = true;
            self.acc.push(c - b'0', frac);
        }
        Some(())
    }

    /// Multiplies by ten to the power of `run` (negated when `neg`); `None`
    /// if the run is empty or holds other than ASCII digits.
    pub fn power(&mut self, neg: bool, run: &str) -> Option<()> {
        if run.is_empty() || !run.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let e = run
            .bytes()
            .fold(0i32, |e, c| (e * 10 + i32::from(c - b'0')).min(100_000));
        self.acc.exp += if neg { -e } else { e };
        Some(())
    }

    /// The value; `None` if no digit was added.
    pub fn value(&self) -> Option<f64> {
        self.any
            .then(|| scaled(self.acc.m, self.acc.exp, self.acc.dropped))
    }
}

/// The exact decimal digits of a whole `a` of at least 2^53: its 53-bit
/// significand doubled as often as its exponent says, in base 10^9 limbs
/// (least significant first). Done by hand so that no 128-bit integer
/// formatting comes into the WebAssembly.
fn whole_digits(a: f64) -> String {
    let bits = a.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mut limbs: Vec<u64> = Vec::new();
    let mut m = (bits & ((1 << 52) - 1)) | (1 << 52);
    while m > 0 {
        limbs.push(m % 1_000_000_000);
        m /= 1_000_000_000;
    }
    for _ in 0..exponent.max(0) {
        let mut carry = 0;
        for limb in &mut limbs {
            let x = *limb * 2 + carry;
            *limb = x % 1_000_000_000;
            carry = x / 1_000_000_000;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.last().map_or(String::new(), u64::to_string);
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// `v` as the shortest decimal that [`parse`] reads back as `v` ("16.4",
/// "0.45", "1038", "-2.5"), without an exponent; `NaN`, `inf`, `-inf` as
/// `Display` writes them.
pub fn format(v: f64) -> String {
    if v.is_nan() {
        return String::from("NaN");
    }
    if v.is_infinite() {
        return String::from(if v < 0.0 { "-inf" } else { "inf" });
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let a = v.abs();
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if a.fract() == 0.0 && a < EXACT {
        return format!("{sign}{}", a as u64);
    }
    if a.fract() == 0.0 && a < 1e38 {
        // A whole number past 2^53: the fewest leading digits that, with
        // zeros after them, read back as `a` ("10200000000000000000").
        let whole = whole_digits(a);
        let len = whole.len() as i32;
        for sig in 1..=17.min(len) {
            let q = 10f64.powi(len - sig);
            let lead = (a / q).round();
            if lead * q == a {
                let zeros = "0".repeat((len - sig) as usize);
                return format!("{sign}{}{zeros}", lead as u64);
            }
        }
        return format!("{sign}{whole}");
    }
    // The fewest decimals whose digits, an integer under 2^53, divide back to `a`.
    for places in 1..=22 {
        let p = 10f64.powi(places);
        let near = (a * p).round();
        if near >= EXACT {
            break;
        }
        for n in [near, near - 1.0, near + 1.0] {
            if n >= 0.0 && n / p == a {
                return format!("{sign}{}", with_point(n as u64, places as usize));
            }
        }
    }
    // Past 15 significant digits: 15 of them. (The digits before the point
    // counted, not taken from a logarithm, which would weigh in the WASM.)
    let mut int_digits = 0;
    while int_digits < 22 && 10f64.powi(int_digits + 1) <= a {
        int_digits += 1;
    }
    let places = (14 - int_digits).clamp(0, 22);
    let n = (a * 10f64.powi(places)).round() as u64;
    format!("{sign}{}", with_point(n, places as usize))
}

/// The digits of `n` with a decimal point `places` from the right, without
/// trailing zeros after it.
fn with_point(n: u64, places: usize) -> String {
    let digits = format!("{n:0>width$}", width = places + 1);
    let (int, frac) = digits.split_at(digits.len() - places);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// The digits of a decimal as an integer `m` and a power of ten `exp`.
#[derive(Default)]
struct Digits {
    m: u64,
    /// How many digits `m` holds (at most 19).
    count: u32,
    /// Digits past the 19th, before the point (each one more power of
    /// ten), and digits after it that `m` holds (each one less).
    exp: i32,
    /// Whether a digit past the 19th was not zero.
    dropped: bool,
}

impl Digits {
    /// Adds one digit; past 19 digits it only moves the exponent.
    fn push(&mut self, d: u8, frac: bool) {
        if self.m == 0 && d == 0 {
            // Leading zeros hold no digit, only (after the point) a place.
            if frac {
                self.exp -= 1;
            }
            return;
        }
        if self.count < 19 {
            self.m = self.m * 10 + u64::from(d);
            self.count += 1;
            if frac {
                self.exp -= 1;
            }
        } else {
            self.dropped |= d != 0;
            if !frac {
                self.exp += 1;
            }
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
    fn large_whole_numbers_read_back() {
        let mut v: f64 = 9.007199254740993e15;
        while v < 1e38 {
            for x in [v, v * 1.000001, (v * 3.7).round()]
                .into_iter()
                .filter(|&x| x < 1e38)
            {
                let s = super::format(x);
                assert!(!s.contains(['e', '.']), "{x:?}: {s}");
                assert_eq!(s.parse::<f64>().unwrap(), x, "{x:?}: {s}");
            }
            v *= 1.9;
        }
    }

    #[test]
    fn formats_as_display_does() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            1038.0,
            16.4,
            0.45,
            2.1,
            -2.5,
            3.5,
            0.1,
            0.2,
            0.3,
            1e-7,
            12.32e14,
            36208000000.0,
            1.02e19,
            1.5e21,
            10221000000000000000.0,
            1e23,
            1e22,
            9.999_999_999_999_998e22,
            1.2345678901234567e30,
            9.007199254740993e15,
            3.4e37,
            123.456,
            0.000123,
            99.99,
            33.33,
            f64::NAN,
            f64::INFINITY,
            -f64::INFINITY,
            0.1 + 0.2,
        ];
        // Decimals of up to 9 digits with 0 to 6 places, on a stride.
        let mut n = 1u64;
        while n < 1_000_000_000 {
            for places in 0..=6 {
                values.push(n as f64 / 10f64.powi(places));
            }
            n += 99_991;
        }
        for v in values {
            let want = format!("{v}");
            if want
                .trim_start_matches('-')
                .replace('.', "")
                .trim_start_matches('0')
                .len()
                <= 15
            {
                assert_eq!(super::format(v), want, "{v:?}");
            }
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
