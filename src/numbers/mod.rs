//! Number reading: digits in each language's format, scale words, numbers in
//! words and Roman numerals. Knows nothing of units or kinds; `figures` decides
//! what a number is from what stands around it.

pub mod decimal;
pub mod digits;
pub mod roman;
pub mod scale;
pub mod words;

/// A number read from the token stream.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// First and last token of the number, inclusive.
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// Written as one plain run of digits ("2023", "02"), no marks or words.
    pub plain: bool,
    /// Written with digits (rather than in words).
    pub digits: bool,
    /// A scale word or suffix multiplied it ("36 tỷ", "$1.2bn").
    pub scaled: bool,
    /// An ordinal in words ("twenty-first", "two hundredth"): its value is
    /// the rank, and it is no amount.
    pub ordinal: bool,
}
