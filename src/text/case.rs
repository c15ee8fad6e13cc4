//! Lower case of any character, from a table a tenth the size of the
//! standard library's.
//!
//! `char::to_lowercase` reads a table of every mapping, 1,400 pairs of
//! characters (11 kB of the WebAssembly every first visit downloads, 4.5 kB
//! gzip). The same mappings fall in runs: a block whose letters all move by
//! one distance ("A"–"Z" by 32), or capital and small letters alternating
//! ("Ā ā Ă ă …", every second code point by 1). [`LOWER`] holds the runs,
//! 185 of them; a test checks every character against the standard
//! library, so a new Unicode version that moves a mapping fails it, and the
//! generator in that test writes the new table.

/// The runs of lower-case mappings, by first code point: `(first, span,
/// delta)`, where the low 16 bits of `span` are the last code point less
/// the first, bit 16 says the run steps by two, and `delta` is what each
/// code point of the run adds to become its lower case.
static LOWER: [(u32, u32, i32); 185] = [
    (0x41, 0x19, 32),
    (0xc0, 0x16, 32),
    (0xd8, 0x6, 32),
    (0x100, 0x1002e, 1),
    (0x132, 0x10004, 1),
    (0x139, 0x1000e, 1),
    (0x14a, 0x1002c, 1),
    (0x178, 0x0, -121),
    (0x179, 0x10004, 1),
    (0x181, 0x0, 210),
    (0x182, 0x10002, 1),
    (0x186, 0x0, 206),
    (0x187, 0x0, 1),
    (0x189, 0x1, 205),
    (0x18b, 0x0, 1),
    (0x18e, 0x0, 79),
    (0x18f, 0x0, 202),
    (0x190, 0x0, 203),
    (0x191, 0x0, 1),
    (0x193, 0x0, 205),
    (0x194, 0x0, 207),
    (0x196, 0x0, 211),
    (0x197, 0x0, 209),
    (0x198, 0x0, 1),
    (0x19c, 0x0, 211),
    (0x19d, 0x0, 213),
    (0x19f, 0x0, 214),
    (0x1a0, 0x10004, 1),
    (0x1a6, 0x0, 218),
    (0x1a7, 0x0, 1),
    (0x1a9, 0x0, 218),
    (0x1ac, 0x0, 1),
    (0x1ae, 0x0, 218),
    (0x1af, 0x0, 1),
    (0x1b1, 0x1, 217),
    (0x1b3, 0x10002, 1),
    (0x1b7, 0x0, 219),
    (0x1b8, 0x0, 1),
    (0x1bc, 0x0, 1),
    (0x1c4, 0x0, 2),
    (0x1c5, 0x0, 1),
    (0x1c7, 0x0, 2),
    (0x1c8, 0x0, 1),
    (0x1ca, 0x0, 2),
    (0x1cb, 0x10010, 1),
    (0x1de, 0x10010, 1),
    (0x1f1, 0x0, 2),
    (0x1f2, 0x10002, 1),
    (0x1f6, 0x0, -97),
    (0x1f7, 0x0, -56),
    (0x1f8, 0x10026, 1),
    (0x220, 0x0, -130),
    (0x222, 0x10010, 1),
    (0x23a, 0x0, 10795),
    (0x23b, 0x0, 1),
    (0x23d, 0x0, -163),
    (0x23e, 0x0, 10792),
    (0x241, 0x0, 1),
    (0x243, 0x0, -195),
    (0x244, 0x0, 69),
    (0x245, 0x0, 71),
    (0x246, 0x10008, 1),
    (0x370, 0x10002, 1),
    (0x376, 0x0, 1),
    (0x37f, 0x0, 116),
    (0x386, 0x0, 38),
    (0x388, 0x2, 37),
    (0x38c, 0x0, 64),
    (0x38e, 0x1, 63),
    (0x391, 0x10, 32),
    (0x3a3, 0x8, 32),
    (0x3cf, 0x0, 8),
    (0x3d8, 0x10016, 1),
    (0x3f4, 0x0, -60),
    (0x3f7, 0x0, 1),
    (0x3f9, 0x0, -7),
    (0x3fa, 0x0, 1),
    (0x3fd, 0x2, -130),
    (0x400, 0xf, 80),
    (0x410, 0x1f, 32),
    (0x460, 0x10020, 1),
    (0x48a, 0x10034, 1),
    (0x4c0, 0x0, 15),
    (0x4c1, 0x1000c, 1),
    (0x4d0, 0x1005e, 1),
    (0x531, 0x25, 48),
    (0x10a0, 0x25, 7264),
    (0x10c7, 0x0, 7264),
    (0x10cd, 0x0, 7264),
    (0x13a0, 0x4f, 38864),
    (0x13f0, 0x5, 8),
    (0x1c89, 0x0, 1),
    (0x1c90, 0x2a, -3008),
    (0x1cbd, 0x2, -3008),
    (0x1e00, 0x10094, 1),
    (0x1e9e, 0x0, -7615),
    (0x1ea0, 0x1005e, 1),
    (0x1f08, 0x7, -8),
    (0x1f18, 0x5, -8),
    (0x1f28, 0x7, -8),
    (0x1f38, 0x7, -8),
    (0x1f48, 0x5, -8),
    (0x1f59, 0x10006, -8),
    (0x1f68, 0x7, -8),
    (0x1f88, 0x7, -8),
    (0x1f98, 0x7, -8),
    (0x1fa8, 0x7, -8),
    (0x1fb8, 0x1, -8),
    (0x1fba, 0x1, -74),
    (0x1fbc, 0x0, -9),
    (0x1fc8, 0x3, -86),
    (0x1fcc, 0x0, -9),
    (0x1fd8, 0x1, -8),
    (0x1fda, 0x1, -100),
    (0x1fe8, 0x1, -8),
    (0x1fea, 0x1, -112),
    (0x1fec, 0x0, -7),
    (0x1ff8, 0x1, -128),
    (0x1ffa, 0x1, -126),
    (0x1ffc, 0x0, -9),
    (0x2126, 0x0, -7517),
    (0x212a, 0x0, -8383),
    (0x212b, 0x0, -8262),
    (0x2132, 0x0, 28),
    (0x2160, 0xf, 16),
    (0x2183, 0x0, 1),
    (0x24b6, 0x19, 26),
    (0x2c00, 0x2f, 48),
    (0x2c60, 0x0, 1),
    (0x2c62, 0x0, -10743),
    (0x2c63, 0x0, -3814),
    (0x2c64, 0x0, -10727),
    (0x2c67, 0x10004, 1),
    (0x2c6d, 0x0, -10780),
    (0x2c6e, 0x0, -10749),
    (0x2c6f, 0x0, -10783),
    (0x2c70, 0x0, -10782),
    (0x2c72, 0x0, 1),
    (0x2c75, 0x0, 1),
    (0x2c7e, 0x1, -10815),
    (0x2c80, 0x10062, 1),
    (0x2ceb, 0x10002, 1),
    (0x2cf2, 0x0, 1),
    (0xa640, 0x1002c, 1),
    (0xa680, 0x1001a, 1),
    (0xa722, 0x1000c, 1),
    (0xa732, 0x1003c, 1),
    (0xa779, 0x10002, 1),
    (0xa77d, 0x0, -35332),
    (0xa77e, 0x10008, 1),
    (0xa78b, 0x0, 1),
    (0xa78d, 0x0, -42280),
    (0xa790, 0x10002, 1),
    (0xa796, 0x10012, 1),
    (0xa7aa, 0x0, -42308),
    (0xa7ab, 0x0, -42319),
    (0xa7ac, 0x0, -42315),
    (0xa7ad, 0x0, -42305),
    (0xa7ae, 0x0, -42308),
    (0xa7b0, 0x0, -42258),
    (0xa7b1, 0x0, -42282),
    (0xa7b2, 0x0, -42261),
    (0xa7b3, 0x0, 928),
    (0xa7b4, 0x1000e, 1),
    (0xa7c4, 0x0, -48),
    (0xa7c5, 0x0, -42307),
    (0xa7c6, 0x0, -35384),
    (0xa7c7, 0x10002, 1),
    (0xa7cb, 0x0, -42343),
    (0xa7cc, 0x1000e, 1),
    (0xa7dc, 0x0, -42561),
    (0xa7f5, 0x0, 1),
    (0xff21, 0x19, 32),
    (0x10400, 0x27, 40),
    (0x104b0, 0x23, 40),
    (0x10570, 0xa, 39),
    (0x1057c, 0xe, 39),
    (0x1058c, 0x6, 39),
    (0x10594, 0x1, 39),
    (0x10c80, 0x32, 64),
    (0x10d50, 0x15, 32),
    (0x118a0, 0x1f, 32),
    (0x16e40, 0x1f, 32),
    (0x16ea0, 0x18, 27),
    (0x1e900, 0x21, 34),
];

/// The lower case of `c`: one character, or two for "İ" ("i" and a
/// combining dot), as `char::to_lowercase` gives it.
pub fn lower(c: char) -> Lower {
    let code = c as u32;
    if c.is_ascii() {
        return Lower(['\0', c.to_ascii_lowercase()], 1);
    }
    if c == '\u{130}' {
        return Lower(['i', '\u{307}'], 2);
    }
    let at = LOWER.partition_point(|r| r.0 <= code);
    let mapped = at.checked_sub(1).and_then(|k| {
        let (first, span, delta) = LOWER[k];
        let (last, step) = (first + (span & 0xffff), 1 + (span >> 16));
        (code <= last && (code - first) % step == 0)
            .then(|| char::from_u32(code.wrapping_add_signed(delta)))
            .flatten()
    });
    Lower(['\0', mapped.unwrap_or(c)], 1)
}

/// The characters of a lower case, as an iterator: the last `.1` of `.0`.
#[derive(Clone, Debug)]
pub struct Lower([char; 2], u8);

impl Iterator for Lower {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let n = self.1 as usize;
        if n == 0 {
            return None;
        }
        let c = self.0[2 - n];
        self.1 -= 1;
        Some(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_lowers_as_the_standard_library_lowers_it() {
        let mut wrong = Vec::new();
        for code in 0..0x110000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let ours: String = lower(c).collect();
            let std: String = c.to_lowercase().collect();
            if ours != std {
                wrong.push(format!("U+{code:04X}: {ours:?} for {std:?}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} characters differ (the table is older than this Unicode; `cargo test print_lower_table -- --ignored` writes the new one): {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(10)]
        );
    }

    /// Writes [`LOWER`] from the standard library's mappings.
    #[test]
    #[ignore]
    fn print_lower_table() {
        let maps: Vec<(u32, i64)> = (0..0x110000u32)
            .filter_map(|code| {
                let c = char::from_u32(code)?;
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x != c => Some((code, x as i64 - code as i64)),
                    _ => None,
                }
            })
            .collect();
        let mut i = 0;
        while i < maps.len() {
            let (first, delta) = maps[i];
            let run = |step: u32| {
                let mut j = i;
                while j + 1 < maps.len()
                    && maps[j + 1].0 == maps[j].0 + step
                    && maps[j + 1].1 == delta
                {
                    j += 1;
                }
                j
            };
            let (j, step) = match run(1) {
                j if j > i => (j, 1),
                _ => (run(2), 2),
            };
            let flag = if j > i && step == 2 { 1 << 16 } else { 0 };
            println!(
                "    (0x{first:x}, 0x{:x}, {delta}),",
                (maps[j].0 - first) | flag
            );
            i = j + 1;
        }
    }
}
