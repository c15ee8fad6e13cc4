//! Roman numerals, read only where a number is expected ("quý I", "khóa XI",
//! "Phase II"): the caller decides that; this only reads well-formed numerals.

/// The value of a well-formed Roman numeral from I to MMMCMXCIX (upper case).
pub fn parse(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let digit = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let values: Option<Vec<u32>> = s.chars().map(digit).collect();
    let values = values?;
    let mut total = 0;
    for (k, &v) in values.iter().enumerate() {
        match values.get(k + 1) {
            Some(&next) if next > v => total -= v as i64,
            _ => total += v as i64,
        }
    }
    let total = u32::try_from(total).ok().filter(|&n| n > 0)?;
    // Well-formed only: writing the value back must give the same letters.
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for (s, want) in [
            ("I", Some(1)),
            ("IV", Some(4)),
            ("XI", Some(11)),
            ("XIV", Some(14)),
            ("MMXXIII", Some(2023)),
            ("IIII", None),
            ("IC", None),
            ("", None),
            ("i", None),
            ("VX", None),
        ] {
            assert_eq!(parse(s), want, "{s}");
        }
    }
}
