//! Languages: one [`Profile`] per language, holding what that language
//! decides, so that a stage asks the profile instead of testing which
//! language it is in.
//!
//! - `vi`: Vietnamese, the product's first language.
//! - `en`: English.
//! - `und`: a text in neither (Korean, Portuguese, Italian…): its figures
//!   are read from digits and symbols alone, with no language's words, and
//!   its digit marks are read off the text itself ([`marks_of`]).
//!
//! [`detect`] tells which of them a text is in, and says `und` when it
//! cannot tell.
//!
//! A profile is plain data: the marks of numbers, the reader of numbers in
//! words, the rules a stage follows where the languages differ (which number
//! of "03/04/2023" is the day, how a counted noun ends), and the words those
//! rules need. Where a stage must act differently per language in a way no
//! field says, it matches on [`Language`] exhaustively, so that a new
//! language is a compile error at each such place, never a silent default.

pub mod common;
pub mod detect;
pub mod en;
pub mod und;
pub mod vi;

pub use detect::detect;

use crate::model::{Direction, Language, Qualifier};
use crate::numbers::Numeral;
use crate::text::phrases::KeyFilter;
use crate::text::tokens::{TokKind, Tokens};
use crate::text::Lower;
use std::sync::OnceLock;

/// The marks a language writes numbers in digits with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "package", derive(tsify::Tsify), tsify(missing_as_null))]
pub struct Marks {
    /// Groups thousands: "1.038" (vi), "1,038" (en).
    pub group: char,
    /// Opens the decimals: "12,5" (vi), "12.5" (en).
    pub decimal: char,
}

/// `.` groups, `,` is the decimal mark (Vietnamese, most of Europe).
pub const DOT_GROUPS: Marks = Marks {
    group: '.',
    decimal: ',',
};

/// `,` groups, `.` is the decimal mark (English, Korean, Chinese, Japanese).
pub const COMMA_GROUPS: Marks = Marks {
    group: ',',
    decimal: '.',
};

/// How the noun counted after a number ends ("19 người chết", "3 million
/// people").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountedNoun {
    /// Vietnamese: a noun of one syllable, two after a classifier ("cuộc
    /// kiểm tra"), or a capitalised name of a thing ("2 Huy hiệu Đảng").
    Classifiers,
    /// English: up to three words of a noun phrase, ending at the first
    /// plural ("3 million people", "12 government agencies").
    EndsAtPlural,
    /// No noun is read (a language whose words are not known).
    None,
}

impl CountedNoun {
    /// Whether the language names a noun phrase's head last ("nonsupervisory
    /// employees": English) rather than first ("doanh nghiệp đang hoạt
    /// động": Vietnamese).
    pub fn head_last(self) -> bool {
        self == CountedNoun::EndsAtPlural
    }
}

/// What a cue word before a number says of it ("năm 2023", "tháng 5",
/// "quý III", "ngày 18 tháng 5", "nửa đầu năm").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateCue {
    /// The year that follows.
    Year,
    /// The month that follows, and its year if one follows it.
    Month,
    /// The quarter that follows (digits or Roman), and its year.
    Quarter,
    /// A day, then the month cue and the month, then perhaps a year.
    Day,
    /// Half of the year: followed by which half and the year cue.
    Half,
    /// The first half, after [`DateCue::Half`].
    FirstHalf,
    /// The second half, after [`DateCue::Half`].
    SecondHalf,
}

/// A list of words or phrases, written as one string of lines: what a
/// `&[&str]` says, at a fraction of its cost in the WebAssembly every first
/// visit downloads, where each entry of a slice is a pointer and a length
/// (eight bytes that compress poorly) and an entry of this is its text and a
/// line break. Written with [`words!`](crate::words); read with
/// [`WordList::iter`], or through [`KnownWords`], which splits every
/// profile's list once into one slice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordList(pub &'static str);

impl WordList {
    /// The entries, in the order written.
    pub fn iter(self) -> impl Iterator<Item = &'static str> + Clone {
        self.0.split_terminator('\n')
    }

    /// True when an entry equals `word`.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|e| e == word)
    }

    /// True when the list has no entry.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

/// A [`WordList`] from string literals: `words!["tháng", "thg"]`. (An entry
/// holds no line break: the macro joins them with one.)
#[macro_export]
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::lang::WordList(concat!($($w, "\n"),*))
    };
}

/// Pairs from string literals, written as one string of lines "a\tb":
/// `pairs![("tỷ đồng", "VND")]`, read by `figures::lexicon`. (A slice of
/// pairs costs the WebAssembly two pointers and two lengths an entry; a
/// line, its text.)
#[macro_export]
macro_rules! pairs {
    ($(($a:literal, $b:literal)),* $(,)?) => {
        concat!($($a, "\t", $b, "\n"),*)
    };
}

/// The words a language reads figures with: what stands before or after a
/// number and says what it is. Each language's profile holds its own; the
/// recognisers read every known language's at once (`figures::lexicon`), since
/// a Vietnamese article quotes "USD" and "%" and an English one "đồng".
#[derive(Debug)]
pub struct Words {
    /// Words before a figure that say how exact it is. Longest match wins.
    pub qualifiers: &'static [(Qualifier, WordList)],
    /// Words before a figure that state a change by it ("tăng 12,8%", "up 61%",
    /// "declined by about 1½%"). Words after it are in [`CHANGE_AFTER`].
    pub change_before: &'static [(Direction, WordList)],
    /// Words after a figure that make it a change ("a 78% increase", "5% higher").
    pub change_after: &'static [(Direction, WordList)],
    /// Words after a change verb that make the figure the new level, not the
    /// amount of the change ("tăng lên 5%", "rose to 5%").
    pub change_to: WordList,
    /// Currencies written after the amount, with their ISO code.
    pub currency_after: &'static str,
    /// Currency signs and codes written before the amount.
    pub currency_before: &'static str,
    /// Signs of percent.
    pub percent_after: &'static [(&'static str, &'static str)],
    /// Basis points, a hundredth of a percentage point.
    pub basis_points: WordList,
    /// Physical units, with the symbol they normalise to.
    pub units: &'static str,
    /// Units of time and the ISO 8601 designator with the multiplier into it.
    pub time_units: &'static [(&'static str, &'static str, f64)],
    /// Words that cannot be the counted noun after a number: function words,
    /// common verbs and adverbs. After one of these a bare number stays a number.
    pub not_nouns: WordList,
    /// Vietnamese classifiers: a counted noun starting with one takes the next
    /// words too ("cuộc kiểm tra", "căn nhà").
    pub classifiers: WordList,
    /// Vietnamese nouns that make a whole counted noun on their own ("19 người
    /// chết": the noun is "người").
    pub single_nouns: WordList,
    /// Sports and vote words that make "4-1" a score.
    pub score_cues: WordList,
    /// Document types of Vietnamese legal and administrative references, and the
    /// English ones.
    pub reference_types: WordList,
    /// Words that may stand before "thứ N" as part of the ordinal ("lần thứ nhất",
    /// "năm thứ 2").
    pub ordinal_nouns: WordList,
    /// Words after which a number is a position in a structure ("Điều 6", "khóa XI").
    pub ordinal_before: WordList,
    /// Structure words that make an ordinal only when capitalised ("Phase
    /// II", "Chapter 3"; "the second phase" is prose).
    pub ordinal_before_capitalised: WordList,
    /// Units of time a language writes in the singular after an article
    /// ("a year") or before "-old"/"-long" ("century-old").
    pub singular_time_units: WordList,
    /// Words and dashes that may stand between the ends of a range or period
    /// ("từ 5 đến 7%", "2022-2023").
    pub links: WordList,
    /// Words before a period that belong to it ("giai đoạn 2021-2025").
    pub period_leads: WordList,
    /// Words between a change verb and its figure ("tăng mạnh 5%", "rose
    /// sharply by 5%").
    pub change_fillers: WordList,
    /// Words before a date that name the period compared with ("so với cùng
    /// kỳ năm 2019"), not the one a sentence speaks of.
    pub compared: WordList,
    /// Words that introduce every part of a total ("gồm", "consisting of").
    pub breakdown_all: WordList,
    /// Words that introduce some parts of a total ("trong đó", "including").
    pub breakdown_some: WordList,
    /// Words just before an amount that make it a shortfall, which counts
    /// against the gains it is summed with ("nhập siêu", "lỗ", "deficit
    /// of", "net loss of"); and those that make it a gain ("xuất siêu",
    /// "surplus of").
    pub deficit_words: WordList,
    pub surplus_words: WordList,
    /// Words just before an amount that make it the difference of two
    /// others ("majority of", "lead", "chênh lệch"): of three figures that
    /// add up, the one such a word names is the total, a − b.
    pub margin_words: WordList,
    /// The two sides of a balance, what comes in and what goes out
    /// ("xuất khẩu" and "nhập khẩu", "exports" and "imports"): a difference
    /// of two amounts the text names by the two sides of one pair is the
    /// balance's arithmetic, not chance's.
    pub balance_sides: &'static [(&'static str, &'static str)],
    /// Openings of the sentence after a total that go on to its parts
    /// ("Trong vốn đầu tư …, vốn khu vực Nhà nước đạt …", "Of this, …"):
    /// a breakdown only where it adds up.
    pub breakdown_openings: WordList,
    /// Words between a rate and what it is per, one word each ("10 triệu
    /// đồng mỗi hộ", "$300 per household"); "10 triệu đồng/hộ" needs none.
    pub per_words: WordList,
    /// Openings of a sentence that sums up what came before ("như vậy", "in
    /// total").
    pub summing_up: WordList,
    /// Words before the earlier value of a change ("so với", "from").
    pub earlier_value: WordList,
    /// Phrases that present the percentage after them as a share ("tương
    /// đương 75%", "tỷ lệ 75%").
    pub share_phrases: WordList,
    /// Words that present percentages in one bracket as shares of a whole
    /// ("chiếm", "accounting for").
    pub share_cues: WordList,
    /// Words right before a percentage that tie it to a ratio ("đạt",
    /// "chiếm", "or", "representing").
    pub share_words: WordList,
    /// Words right after a share that name its base as the whole ("chiếm
    /// 40,4% tổng vốn", "45% of the total").
    pub share_wholes: WordList,
    /// Openings of a byline or a source line.
    pub byline_openings: WordList,
    /// Credits that mark a caption.
    pub caption_credits: WordList,
    /// Openings of lines that show a scene or a document rather than state a topic.
    pub scene_openings: WordList,
    /// People and posts a caption opens with ("Đồng chí", "Chủ tịch UBND TP …").
    pub person_openings: WordList,
    /// Verbs of a scene: what the people in the picture do.
    pub scene_verbs: WordList,
    /// Words that report speech: a line with one is a paragraph, whoever opens it.
    pub caption_speech: WordList,
    /// Lines that are chrome when they stand alone (compared lower case, without
    /// trailing punctuation).
    pub chrome_lines: WordList,
    /// Lines that open a comment section ("Comments", "Leave a reply",
    /// "Bình luận"; also after a count, "12 comments"): once the article's
    /// prose has begun, what follows one is the readers', not the article's.
    pub comment_openers: WordList,
    /// Labels of a list of links to other stories ("Related stories", "Tin
    /// liên quan"): the lines that follow one without a blank line between,
    /// and are not prose, are the list's (see `outline::chrome`).
    pub link_list_labels: WordList,
    /// Openings of chrome lines that carry more words ("Content Type(s): Press",
    /// "» Download the full agenda").
    pub chrome_prefixes: WordList,
    /// Words of the outline (NOTICES).
    pub chrome_notices: WordList,
    /// Words that end a lead that is a quotation, not a topic ("Ms Lagarde said:").
    pub lead_speech: WordList,
    /// Words after which a paragraph's topic phrase ends and its statement
    /// begins: "Công tác dân vận | tiếp tục được quan tâm".
    pub topic_ends: WordList,
    /// Openings that connect a sentence to the one before: never a topic.
    pub lead_connectors: WordList,
    /// Words that frame a paragraph's topic before a comma, in lower case
    /// ("Về kết quả bầu cử ĐBQH, …", "Trên lĩnh vực Kinh tế, …"): two or
    /// more such paragraphs in a text are its sections.
    pub topic_frames: WordList,
    /// The words of a page number as a printed page writes it, in lower case
    /// ("Trang 3/12", "Page 3 of 12"): `text::pages` reads a line of only
    /// these, marks and one or two numbers as a page number.
    pub page_words: WordList,
    /// The labels of a table's total row or column, in lower case ("tổng
    /// cộng", "total"): `checks::totals` adds the other rows up to it.
    pub total_rows: WordList,
    /// Words that open a table's unit line or head its unit column, in
    /// lower case ("đơn vị tính", "in" of "(in millions)"):
    /// `figures::cells` reads the unit after them.
    pub unit_cues: WordList,
    /// Words after which a unit line names the rows it does not hold for,
    /// in lower case ("except" of "in millions, except per share data").
    pub unit_exceptions: WordList,
    /// Words in a table's caption after which it names what the table
    /// counts, in lower case ("number of", "employment of", "số lượng"):
    /// `figures::cells` reads the noun after them.
    pub count_captions: WordList,
    /// Words that end the noun phrase a count caption names, in lower case
    /// ("on", "by" of "… employees on private payrolls by industry").
    pub caption_noun_ends: WordList,
    /// Abbreviations after which a full stop ends no sentence ("TP. Vị
    /// Thanh", "Oct. 6"), lower case, without their last stop.
    pub abbreviations: WordList,
    /// Cue words of dates written with numbers ("năm", "tháng", "quý").
    pub date_cues: &'static [(&'static str, DateCue)],
    /// Month names (lower case), the month, and whether the name needs a
    /// number next to it to be read as a month ("May", "March").
    pub month_names: &'static [(&'static str, u32, bool)],
    /// Words after which a month name that needs a number is a month alone
    /// ("since March", "in May").
    pub month_leads: WordList,
    /// Scale words that multiply a number before them ("36 tỷ", "3.5 million").
    pub scales: &'static [(&'static str, f64)],
    /// Scale suffixes written against the digits ("1.2bn", "10k"), and
    /// whether only after a currency sign ("£265m": not metres there).
    pub scale_suffixes: &'static [(&'static str, f64, bool)],
    // Words of figures::measures (guards, idioms, durations).
    //
    /// Words before a number that claim it for another reader: a position
    /// ("thứ 3", "Điều 6", "khóa XI") or a date ("quý 2", "tháng 5", "ngày
    /// 20"). After one, the number is no measure.
    pub claiming_words: WordList,
    /// Words that label the number after them ("chỉ tiêu số 02", "số 5 Lý
    /// Thường Kiệt"), unless a counting word stands before them or a noun
    /// follows the number ("tổng số 1.038 lượt", "với số 25 người").
    pub number_labels: WordList,
    /// Words before a number label that make it count ("tổng số", "với số").
    pub label_counting_words: WordList,
    /// Words after which a plain four-digit number is a year, no measure
    /// ("năm 2023").
    pub four_digit_year_cues: WordList,
    /// Words between two years that make the second the end of a period, no
    /// measure ("2021 đến 2026", "2021 to 2026").
    pub second_year_links: WordList,
    /// Abbreviations of "number" that label the number after them when a
    /// full stop follows ("No. 5").
    pub stopped_number_labels: WordList,
    /// Letters against a number's end that make it a figure another reader
    /// reads: an ordinal, a clock time, a decade ("21st", "15h30", "1970s").
    pub suffixes_read_elsewhere: WordList,
    /// Letters against a number's end that make it a percentage ("4pc").
    pub percent_suffixes: WordList,
    /// Letters against a number's end that make it pence in a text that
    /// speaks of pounds ("1p").
    pub pence_suffixes: WordList,
    /// Letters against a number's end, besides units and the suffixes above,
    /// that make it a measure and not a code such as "VN30" or "25B": scale
    /// suffixes and symbols ("10k", "1.2bn", "500đ", "5g").
    pub measure_suffixes: WordList,
    /// Unit symbols a scale suffix is also written as ("m": metres, or the
    /// million of "£265m"): no unit after a scaled number, nor as an
    /// adjective after a hyphen.
    pub units_like_scales: WordList,
    /// Currency words that are money against the number in any text, and
    /// apart from it only in their language's ("500đ"; "500 đ" in Vietnamese).
    pub touching_currency_words: WordList,
    /// Currency words that are money only after a scaled number, and only in
    /// their language's text ("5 billion won"; "won 5 games" is none).
    pub scaled_currency_words: WordList,
    /// Currency words that also open words of their own ("đồng chí", "đồng
    /// bào"): no money when a syllable of `currency_compounds` follows.
    pub compound_currency_words: WordList,
    /// The syllables after such a currency word that make it a word of its
    /// own: "đồng chí" (comrade), "đồng bào", "đồng thời", "đồng bằng",
    /// "đồng hồ"…
    pub currency_compounds: WordList,
    /// Words before a number that make it negative ("âm 35.962 tỷ đồng",
    /// "minus 5°C").
    pub minus_words: WordList,
    /// Words for zero that are a figure on their own ("the rate was
    /// precisely zero").
    pub zero_words: WordList,
    /// Articles that stand for one before a unit of time ("a year", "an
    /// hour").
    pub one_articles: WordList,
    /// Words after a unit of time and a hyphen that make one unit an
    /// adjective ("century-old", "decade-long").
    pub time_adjective_ends: WordList,
    /// Numerators of fractions written with a hyphen ("two-thirds").
    pub fraction_numerators: &'static [(&'static str, f64)],
    /// Denominators of fractions written with a hyphen, singular and plural
    /// ("one-half", "three-quarters").
    pub fraction_denominators: &'static [(&'static str, f64)],
    /// The two words of one half ("một nửa").
    pub halves: &'static [(&'static str, &'static str)],
    /// Words between the numerator and the denominator of a fraction in
    /// number words ("hai phần ba").
    pub fraction_parts: WordList,
    /// Vague amounts: the phrase, the least it means, and whether a word of
    /// `vague_amount_links` must follow it ("thousands of people", "hàng
    /// nghìn người").
    pub vague_amounts: &'static [(&'static str, f64, bool)],
    /// Words between a vague amount and what it counts ("thousands of
    /// people").
    pub vague_amount_links: WordList,
    /// Words that are multipliers on their own, with the multiplier
    /// ("twice", "tripled", "halved").
    pub multipliers: &'static [(&'static str, f64)],
    /// Multipliers that before a noun are adjectives, no figure ("double
    /// standards").
    pub adjective_multipliers: WordList,
    /// Words that make a multiplier of the number after them ("gấp 3 lần"),
    /// or of a word of `lead_multipliers` ("gấp đôi").
    pub multiplier_leads: WordList,
    /// Words after a multiplier lead that say the multiplier ("gấp đôi",
    /// "gấp rưỡi", "gấp ba").
    pub lead_multipliers: &'static [(&'static str, f64)],
    /// Words after the number of a multiplier that belong to it ("gấp 3
    /// lần").
    pub multiplier_times: WordList,
    /// Units of time that are a date's cue word when digits follow them, not
    /// the unit of the number before ("ngày 18 tháng 5", "tháng 5/2021").
    pub date_time_units: WordList,
    // Words of figures::dates and figures::ordinals.
    //
    /// Words before a day and month written without a year that say a date
    /// comes ("ngày 20-12", "từ đêm 2/9 đến 3/9"): without one, "3/5" is a
    /// fraction.
    pub day_month_before: WordList,
    /// Words before a clock time with seconds that make it a time of day
    /// ("lúc 15:36:20", "at"), not a time taken ("2:23:19").
    pub clock_before: WordList,
    /// Marks between the hours and the minutes of a clock time ("15h30",
    /// "15h").
    pub hour_marks: WordList,
    /// Words after a clock time that put it after noon ("5:30 p.m.", "11pm");
    /// a dotted one is written without its last stop, as in `abbreviations`.
    pub clock_pm: WordList,
    /// Words after a clock time that put it before noon ("9 a.m.", "9am"),
    /// written as [`Words::clock_pm`].
    pub clock_am: WordList,
    /// Letters against a year ending in 0 that make it a decade, or a century
    /// ending in 00 ("the 1970s", "the late 1800s").
    pub decade_suffixes: WordList,
    /// Words between a day and the name of its month ("26th of June").
    pub month_name_before: WordList,
    /// Words between a month or a quarter and its year ("tháng 5 năm 2021",
    /// "third quarter of 2024").
    pub year_before: WordList,
    /// Words after a number of months that make them the first months of a
    /// year ("6 tháng đầu năm 2023": January to June).
    pub first_months_of_year: WordList,
    /// Words after a number of months that make them the last months of a
    /// year ("9 tháng cuối năm": April to December).
    pub last_months_of_year: WordList,
    /// Letters written against the number of a quarter, as written ("Q3
    /// 2024"; "q3" is no quarter).
    pub quarter_marks: WordList,
    /// Phrases that name a quarter, with its number ("third quarter of 2024",
    /// "second-quarter").
    pub quarter_phrases: &'static [(&'static str, u32)],
    /// Phrases that name a half of the year, and which half ("first half of
    /// 2024").
    pub half_year_phrases: &'static [(&'static str, DateCue)],
    /// Words after a half of the year that name the year without its number
    /// ("first half of the year"): the year the text sets.
    pub unnamed_year: WordList,
    /// Letters against digits that make them an ordinal ("21st", "26th
    /// June").
    pub ordinal_suffixes: WordList,
    /// Words that make the number after them an ordinal ("thứ 3", "lần thứ
    /// nhất"), or a weekday ("thứ hai tuần sau", "Thứ 6").
    pub ordinal_marks: WordList,
    /// Number words after an ordinal mark, with their number ("thứ nhất",
    /// "thứ nhì", "thứ tư").
    pub ordinal_number_words: &'static [(&'static str, u32)],
    /// Words before an ordinal mark that make it a weekday ("vào thứ hai",
    /// "sáng thứ 6", "từ thứ 2 đến thứ 6").
    pub weekday_before: WordList,
    /// Words after an ordinal mark and its number that make them a weekday
    /// ("thứ hai tuần sau", "thứ 6 hằng tuần").
    pub weekday_after: WordList,
    /// Number words that open the items of an enumeration, with their number
    /// ("Một là, …", "Hai là, …").
    pub enumeration_words: &'static [(&'static str, u32)],
    /// Words after the number word of an enumeration ("Một là").
    pub enumeration_after: WordList,
    /// Words of a term of office or of study, ordinals before a number ("khóa
    /// XI") but periods before a year ("khóa 2020-2025").
    pub term_words: WordList,
    /// Words for "number" that, in lower case between a noun and digits, make
    /// the digits an ordinal ("chỉ tiêu số 02").
    pub number_marks: WordList,
    /// Words before an ordinal word that is also a unit of time that make it
    /// the unit ("a second", "per second").
    pub time_unit_before: WordList,
    // Words of figures::{ranges, pairs, references, exclusions, context}, checks and outline.
    //
    /// Words before the low end of a range after which "and" joins it to the
    /// high end as "to" and "đến" do ("between 3 and 4 million").
    pub range_openings: WordList,
    /// The word "and", where it joins the ends of a range after one of
    /// [`Words::range_openings`] ("between 3 and 4 million") or the parts of one
    /// duration ("two hours, seven minutes, and 13 seconds", "2 giờ và 7 phút").
    pub and_words: WordList,
    /// Words before two linked figures that make them a change from the first to
    /// the second, not a range ("rose from £263,000 to £275,000"; "từ 5 đến 7%"
    /// is a range).
    pub change_from: WordList,
    /// Words before "N/M" that make it a rank in a field, not a ratio ("xếp
    /// hạng 2/30 quận", "đứng thứ 3/10").
    pub rank_words: WordList,
    /// Words between the part and the whole of a ratio ("12 out of 23
    /// agencies", "3 trong số 5").
    pub ratio_links: WordList,
    /// Words between the part and the whole of a ratio only after a number in
    /// words ("one in five"; "3 in 5" is none).
    pub ratio_links_after_words: WordList,
    /// Words between the part and the whole of a ratio only where a noun
    /// follows the whole ("three of five judges", "two of the 10 largest
    /// banks"): alone they link much else ("2 of June").
    pub ratio_links_before_noun: WordList,
    /// Words after a number that make it a score against nil ("thắng 3 bàn
    /// không gỡ": 3-0).
    pub nil_score_words: WordList,
    /// Words between a document type and its number ("Nghị quyết số 16/NQ-HĐND",
    /// "Law No. 5").
    pub reference_number_words: WordList,
    /// Words between two figures of one kind that give the second the change of
    /// the first ("tăng 6,5% và 9,3%", "soared $7.81, or 3.1%").
    pub change_list_joiners: WordList,
    /// Words that name the rest of a list, which so gives all its parts ("…,
    /// còn lại 5 người", "the rest in cash").
    pub list_rest: WordList,
    /// Words that open what a change is compared with, after which a value in
    /// brackets is the earlier one ("tăng 12% so với cùng kỳ (1.200 tỷ đồng)").
    pub comparison_openings: WordList,
    /// Links a page glues to the teaser they open, told by a capital or a
    /// bracket right after them ("moreViệc tăng lương…", "more(HDDTVN) …");
    /// matched on the line as written.
    pub teaser_links: WordList,
    /// Openings of a copyright notice ("© 2024 …", "Copyright 2024 …").
    pub notice_openings: WordList,
    /// What a page counts on a line of two words, a number and one of these
    /// ("941 comments", "12 lượt").
    pub counter_nouns: WordList,
    /// Units of a timestamp that counts back ("4 hours ago", "3 giờ trước").
    pub time_ago_units: WordList,
    /// Words after a number and a unit that make a timestamp counting back ("4
    /// hours ago", "3 giờ trước").
    pub time_ago_words: WordList,
    /// People a caption opens with as a group, matched as a plain opening ("Các
    /// đồng chí lãnh đạo …", "Các đại biểu dự …").
    pub group_openings: WordList,
    /// Openings of a photo credit on a line of its own ("Credit Chang W. Lee/The
    /// New York Times", "Photo: Reuters", "Ảnh: TTXVN").
    pub credit_line_openings: WordList,
    /// Openings of a source in brackets, a byline even when it ends with a full
    /// stop ("(Theo TTXVN).").
    pub bracketed_source_openings: WordList,
    /// Lines that are a byline on their own, lower case ("PV", "CTV", "Nhóm PV":
    /// the paper's reporters).
    pub byline_lines: WordList,
    /// Words that report speech, which make a long line no title ("Becker said
    /// sales taxes are up 2.9% …"); found anywhere in the lower-case line, a
    /// leading space where the word must start there.
    pub title_speech: WordList,
    /// Words that report speech between other words, which make a line of any
    /// length a sentence, not a heading ("Ông Nam cho biết …", "He told …").
    pub sentence_speech: WordList,
    /// Words that end a lead opening a list inside a paragraph, which names no
    /// topic ("Trong đó, một số chỉ tiêu đạt kết quả nổi bật, như: …", "such
    /// as: …").
    pub list_openers: WordList,
    /// Words that end a condition, so that a paragraph lead ending in one is no
    /// topic ("Người lao động suy giảm 5% … thì"); with the space before them,
    /// matched on the line as written.
    pub condition_ends: WordList,
    /// Words every topic shares, left out when telling whether one topic is a
    /// part of another ("về", "công tác", "the", "of").
    pub topic_fillers: WordList,
    // Words of money (issue 14, round 3): currency names, symbols, minor units.
    //
    /// Currency names from CLDR, generated (`cldr_currencies.rs`): "swiss
    /// francs", "đô la canada", each line a name, a tab and its ISO 4217 code.
    pub currency_names: &'static str,
    /// Signs that name one currency only, from CLDR ("₹", "₡", "r$"), read
    /// before or after the amount in any language; lines as above.
    pub currency_signs: &'static str,
    /// Currency words of our own beside CLDR's: the bare words several
    /// currencies share, with the one this language means by them ("francs"
    /// is CHF, the one franc of a large economy today), and words CLDR lacks
    /// ("rmb", "元").
    pub currency_words: &'static str,
    /// Minor units: the word, its currency, and how many make one unit of
    /// it ("cents": USD, 100; "pence": GBP, 100). An empty code reads the
    /// word only as the minor part of an amount before it ("2 đô 23 xu").
    pub minor_units: &'static [(&'static str, &'static str, f64)],
    /// Words between an amount and its minor part ("thirteen dollars and
    /// forty-five cents", "hai đô la và 23 xen").
    pub minor_links: WordList,
    /// Words for both the pound sterling and the pound of weight, in a
    /// language where they are weight unless money is spoken of: money after
    /// a scale ("361 million pounds"), in a text that writes "£", or in a
    /// sentence with a word of `money_cues`; weight before "of" or in a
    /// sentence with a word of `weight_cues`.
    pub pound_words: WordList,
    /// Words that make a sentence speak of money ("cost", "price", "paid").
    pub money_cues: WordList,
    /// Words that make a sentence speak of weight ("weighs", "heavy").
    pub weight_cues: WordList,
    /// Words after a pound word that make it weight ("pounds of beef").
    pub weight_links: WordList,
    /// Letters before a currency code that scale it ("20 MUSD": million).
    pub code_scales: &'static [(&'static str, f64)],
    /// Scale words written short, apart from the digits ("5 bln", "3 mln").
    pub scale_abbreviations: &'static [(&'static str, f64)],
    /// Scale suffixes of money, against the digits after a currency sign
    /// ("$3MM", "$1.9T"), read as `scale_suffixes`.
    pub money_scale_suffixes: &'static [(&'static str, f64, bool)],
    // Words of numbers in words (issue 14): fractions, multipliers, scales.
    //
    /// Words after "a third", "a tenth" that leave it a fraction, not an
    /// ordinal: what follows an amount, not a noun ("gained a third since
    /// March", "up by a tenth over the period"; "a third straight title",
    /// "a third party" stay ordinals).
    pub fraction_followers: WordList,
    /// Suffixes of `scale_suffixes` that need a currency sign before an
    /// integer ("5b" labels) but scale a decimal without one ("1.2b").
    pub decimal_scale_suffixes: WordList,
    /// Ordinals of more than one word with no number word in them
    /// ("đầu tiên", first), with their rank.
    pub ordinal_phrases: &'static [(&'static str, u32)],
    /// Words between a numerator and its denominator read as one number
    /// ("1 over 3", "one over twenty-one").
    pub fraction_overs: WordList,
    /// Suffixes against digits that scale a number in this language's own
    /// text, with no currency sign: Vietnamese writes "3M", "1,2M" for
    /// millions, where English "5500M", "32M ago" are names and minutes.
    pub own_scale_suffixes: &'static [(&'static str, f64)],

    // Words of units, currencies and rates (issue 14; CLDR tables and additions).
    //
    /// Words after a unit that raise it to a power ("km squared", "km
    /// cubed"), with the digit its symbol takes.
    pub unit_powers: &'static [(&'static str, &'static str)],
    /// Words that make the unit after them one half ("half hour", "half an
    /// hour", "nửa tiếng").
    pub half_before: WordList,
    /// Words for "and a half" after a number or its unit ("an hour and a
    /// half", "one and half hour", "2 tiếng rưỡi").
    pub half_after: WordList,
    /// Words before a bare number that make it an age, a duration in years
    /// ("aged 41").
    pub age_before: WordList,
    /// Words of a sentence about temperature: there a bare "K" after a
    /// number is kelvin, not a thousand ("573.15K").
    pub temperature_cues: WordList,
    /// Bare capital letters after a number (and a space) that are a scale of
    /// temperature, with its symbol ("30 C"), and the letters that are so only
    /// in a sentence about temperature ("573.15K").
    pub temperature_letters: &'static [(&'static str, &'static str, bool)],
    /// Brackets a unit may stand in after its number ("20 (kg)").
    pub unit_brackets: &'static [(&'static str, &'static str)],
    /// Marks against a number that are a unit ("9\"", "2½'"), with the unit.
    pub unit_marks: &'static [(&'static str, &'static str)],
    /// A larger unit and the smaller one that may follow it in one measure,
    /// with how many of the smaller make the larger ("12 ft 2 in").
    pub compound_units: &'static [(&'static str, &'static str, f64)],
    /// Links between numbers of a list that share the unit of the last
    /// ("45 and 50 mg").
    pub unit_share_links: WordList,
    /// Units that "a"/"an" before them does not make one of: idioms ("a ton
    /// of work", "a foot in the door") and other readings.
    pub units_not_after_article: WordList,
    /// Unit words read as units only after a fraction or in a compound
    /// measure, being common words otherwise ("2 1/2 in", "12 ft 2 in").
    pub fraction_units: &'static [(&'static str, &'static str)],
    /// Letters against a number that are a unit of time only so ("3Y" of a
    /// bond's term, "12yo"), with the ISO designator.
    pub touching_time_letters: &'static [(&'static str, &'static str)],
    /// Endings of words that are no counted noun when they end the words
    /// after a number and are no plural: comparatives, participles, adverbs
    /// ("30k cheaper", "about 60 rising", "3 combined", "5 currently").
    pub not_noun_endings: WordList,
    /// Unit names from CLDR, generated (`cldr_units.rs`): long, short and
    /// narrow forms, singular and plural, with their symbol. The hand-made
    /// `units` add what CLDR does not write ("deg c", "kph") and win over it.
    /// Each line a name, a tab and its symbol.
    pub cldr_units: &'static str,
    // Words of dates, times, durations and ages (issue 14).
    //
    /// Words after a month or quarter without its year that put it in the
    /// year before the article's ("quý II năm trước", "tháng 5 năm ngoái",
    /// "in May last year"): the year before the title's or dateline's.
    pub previous_year_words: WordList,
    /// Words after a comma that open another clause ("dates back to 1865,
    /// and it is observed on 19 June"): a date after them takes no year
    /// from before them.
    pub clause_links: WordList,
    /// Weekday names, generated from CLDR (`cldr_dates.rs`): before a day
    /// and month without a year they make it a date ("friday 5/12").
    pub weekday_names: WordList,
    /// Weekday spellings CLDR does not write ("tues", "thurs").
    pub weekday_additions: WordList,
    /// Month names that are also common words ("may", "march"): in lower
    /// case, read alone only at the end of a phrase ("in may."), never
    /// before a day in words ("may one day").
    pub month_homographs: WordList,
    /// Articles between a month lead and a month alone ("in the april").
    pub month_lead_articles: WordList,
    /// Words before a day and month without a year that make them a date
    /// only where neither number can be read as anything else: joined by a
    /// hyphen, the day above 12 ("on 4-22").
    pub unambiguous_day_month_before: WordList,
    /// Words for a quarter after its number in digits ("1st quarter of 2013").
    pub quarter_words: WordList,
    /// Words before a four-digit number past 2100 that still make it a year
    /// ("in 2150", "until 2500").
    pub far_year_before: WordList,
    /// Names of months after the month's cue word that are no numbers
    /// ("tháng giêng", "tháng tư", "tháng chạp"), with the month.
    pub month_cue_words: &'static [(&'static str, u32)],
    /// Words of the hour in a clock time written in words ("4 giờ chiều",
    /// "10 giờ 45"): a number and one of these is a time of day when minutes,
    /// a part of the day, a clock cue or a day follows, a duration otherwise.
    pub clock_hour_words: WordList,
    /// Words of the minutes after the hour's number ("10 giờ 45 phút").
    pub clock_minute_words: WordList,
    /// Words for "and a half" after the hour ("3 giờ rưỡi" is 3:30).
    pub clock_half_words: WordList,
    /// Words for "less" before minutes ("11 giờ kém 15" is 10:45).
    pub clock_less_words: WordList,
    /// Letters between an hour and its minutes only ("10g45"; "10g" alone is grams).
    pub hour_marks_with_minutes: WordList,
    /// Parts of the day after a clock time, with the hours (from, to) that
    /// take twelve more in it: "chiều" (1, 11) makes "4 giờ chiều" 16:00,
    /// "đêm" (6, 11) keeps "2 giờ đêm" 02:00 but makes "11 giờ đêm" 23:00.
    pub day_periods: &'static [(&'static str, u32, u32)],
    /// Words that join a clock time to the day it falls on ("4 giờ ngày 4/9",
    /// "9 Tháng 1 2015 lúc 15:08", "at"): the two are one date and time.
    pub clock_date_links: WordList,
    /// Units of time our own additions give beside the language's
    /// (abbreviations, "tuổi" as years of age, "nights" as days).
    pub time_unit_additions: &'static [(&'static str, &'static str, f64)],
}

/// One list of every known language's words, and the common signs, in that
/// order: the profiles' [`Words`] joined. (A function pointer and no
/// inlining: one copy of this per element type, not one per list, in the
/// WebAssembly every first visit downloads.)
#[inline(never)]
pub fn known<T: Copy + 'static>(list: fn(&'static Words) -> &'static [T]) -> Vec<T> {
    let mut all = Vec::new();
    for w in KNOWN.iter().map(|l| l.profile().words) {
        all.extend_from_slice(list(w));
    }
    all.extend_from_slice(list(&common::WORDS));
    all
}

/// One list of every known language's words and the common signs, read in
/// place: the profiles' lists one after another, in the order [`known`]
/// joins them, without a joined copy. A `static` of it is a function
/// pointer: no lazy cell and no work at start-up, where each lazily joined
/// list costs an initialiser of its own in the WebAssembly every first visit
/// downloads. (A phrase set is built from [`Known::to_vec`].)
pub struct Known<T: 'static> {
    list: fn(&'static Words) -> &'static [T],
}

impl<T> Known<T> {
    pub const fn new(list: fn(&'static Words) -> &'static [T]) -> Self {
        Known { list }
    }

    /// Every entry: the known languages' in [`KNOWN`] order, then the
    /// common ones.
    pub fn iter(&self) -> KnownIter<T> {
        KnownIter {
            list: self.list,
            at: 0,
            rest: &[],
        }
    }

    /// True when an entry equals `x`. (A loop over the lists themselves, not
    /// over [`Known::iter`]: recognisers ask this of every token.)
    pub fn contains<U>(&self, x: &U) -> bool
    where
        T: PartialEq<U>,
    {
        for l in KNOWN {
            if (self.list)(l.profile().words).iter().any(|y| y == x) {
                return true;
            }
        }
        (self.list)(&common::WORDS).iter().any(|y| y == x)
    }

    /// True when `f` holds of an entry: `iter().any(f)`, as a loop over the
    /// lists themselves (which the compiler sees through, as it cannot
    /// through [`KnownIter`]).
    pub fn any(&self, mut f: impl FnMut(&'static T) -> bool) -> bool {
        self.find_map(|e| f(e).then_some(())).is_some()
    }

    /// The first entry `f` holds of: `iter().find(f)`, as [`Known::any`] loops.
    pub fn find(&self, mut f: impl FnMut(&&'static T) -> bool) -> Option<&'static T> {
        self.find_map(|e| f(&e).then_some(e))
    }

    /// The first `Some` that `f` makes of an entry: `iter().find_map(f)`, as
    /// [`Known::any`] loops.
    pub fn find_map<R>(&self, mut f: impl FnMut(&'static T) -> Option<R>) -> Option<R> {
        for l in KNOWN {
            if let Some(r) = (self.list)(l.profile().words).iter().find_map(&mut f) {
                return Some(r);
            }
        }
        (self.list)(&common::WORDS).iter().find_map(f)
    }

    /// The joined list, for what needs a slice (a phrase set's build): what
    /// [`known`] makes of it.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Copy,
    {
        known(self.list)
    }
}

/// Every known language's word list and the common one, as [`known_words`]
/// joins them: a [`Known`] of words, with its methods, over one slice
/// split out of the profiles' [`WordList`]s on its first use (a `static` of
/// it costs no work at start-up).
pub struct KnownWords {
    list: fn(&'static Words) -> WordList,
    entries: OnceLock<Vec<&'static str>>,
    keys: OnceLock<KeyFilter>,
}

impl KnownWords {
    pub const fn new(list: fn(&'static Words) -> WordList) -> Self {
        KnownWords {
            list,
            entries: OnceLock::new(),
            keys: OnceLock::new(),
        }
    }

    /// Every entry: the known languages' in [`KNOWN`] order, then the
    /// common ones.
    pub fn iter(&'static self) -> std::slice::Iter<'static, &'static str> {
        self.entries().iter()
    }

    fn entries(&'static self) -> &'static [&'static str] {
        self.entries.get_or_init(|| known_words(self.list))
    }

    /// True when an entry equals `x`.
    pub fn contains(&'static self, x: &str) -> bool {
        self.entries().contains(&x)
    }

    /// True when `f` holds of an entry.
    pub fn any(&'static self, f: impl FnMut(&'static &'static str) -> bool) -> bool {
        self.entries().iter().any(f)
    }

    /// The first entry `f` holds of.
    pub fn find(
        &'static self,
        f: impl FnMut(&&'static &'static str) -> bool,
    ) -> Option<&'static &'static str> {
        self.entries().iter().find(f)
    }

    /// The first `Some` that `f` makes of an entry.
    pub fn find_map<R>(
        &'static self,
        f: impl FnMut(&'static &'static str) -> Option<R>,
    ) -> Option<R> {
        self.entries().iter().find_map(f)
    }

    /// The joined list, for what needs one of its own.
    pub fn to_vec(&'static self) -> Vec<&'static str> {
        self.entries().to_vec()
    }

    /// True when token `i` is a word equal to an entry: what
    /// `t.word(i).is_some_and(|w| list.contains(w))` says, but the many
    /// words that are no entry are told by their token key's hash
    /// ([`KeyFilter`]) without comparing a string. For lists asked of every
    /// token.
    pub fn at(&'static self, t: &Tokens, i: usize) -> bool {
        self.token_keys().may_hold(t, i) && t.word(i).is_some_and(|w| self.contains(w))
    }

    /// True when token `i` as written (not lower-cased) equals an entry:
    /// `list.contains(t.raw(i))`, with [`KnownWords::at`]'s filter.
    pub fn at_as_written(&'static self, t: &Tokens, i: usize) -> bool {
        self.token_keys().may_hold(t, i) && self.contains(t.raw(i))
    }

    /// True when token `i` is an entry in any case of ASCII letters ("Q3",
    /// "q3"), with [`KnownWords::at`]'s filter.
    pub fn at_any_case(&'static self, t: &Tokens, i: usize) -> bool {
        self.token_keys().may_hold(t, i) && self.iter().any(|e| e.eq_ignore_ascii_case(t.raw(i)))
    }

    /// The entries' token keys, lower-cased as the tokens' are.
    fn token_keys(&'static self) -> &'static KeyFilter {
        self.keys.get_or_init(|| {
            let lower: Vec<String> = self.iter().map(|e| e.lower()).collect();
            KeyFilter::new(lower.iter().map(String::as_str))
        })
    }
}

/// Every known language's words by what they say, each with it, and the
/// common ones: [`known`] for lists written as a [`WordList`] a value
/// (`(Qualifier::Approx, words!["khoảng", "gần"])`), which cost the
/// WebAssembly a pointer and a length a value, not an entry.
#[inline(never)]
pub fn known_by<T: Copy + 'static>(
    list: fn(&'static Words) -> &'static [(T, WordList)],
) -> Vec<(&'static str, T)> {
    let mut all = Vec::new();
    for w in KNOWN
        .iter()
        .map(|l| l.profile().words)
        .chain([&common::WORDS])
    {
        for &(value, words) in list(w) {
            all.extend(words.iter().map(|e| (e, value)));
        }
    }
    all
}

/// One list of every known language's words and the common ones, in that
/// order: [`known`] for [`WordList`]s.
#[inline(never)]
pub fn known_words(list: fn(&'static Words) -> WordList) -> Vec<&'static str> {
    let mut all = Vec::new();
    for w in KNOWN.iter().map(|l| l.profile().words) {
        all.extend(list(w).iter());
    }
    all.extend(list(&common::WORDS).iter());
    all
}

/// The entries of a [`Known`] list, profile after profile.
#[derive(Clone)]
pub struct KnownIter<T: 'static> {
    list: fn(&'static Words) -> &'static [T],
    /// The next profile to open: [`KNOWN`]'s, then the common words.
    at: usize,
    rest: &'static [T],
}

impl<T> Iterator for KnownIter<T> {
    type Item = &'static T;

    #[inline(never)]
    fn next(&mut self) -> Option<&'static T> {
        loop {
            if let Some((first, rest)) = self.rest.split_first() {
                self.rest = rest;
                return Some(first);
            }
            let words = match self.at {
                i if i < KNOWN.len() => KNOWN[i].profile().words,
                i if i == KNOWN.len() => &common::WORDS,
                _ => return None,
            };
            self.at += 1;
            self.rest = (self.list)(words);
        }
    }
}

/// The languages whose words every text in a known language is read with,
/// besides [`common::WORDS`]: an article quotes the other's words.
pub const KNOWN: [Language; 2] = [Language::Vi, Language::En];

/// Everything a language decides.
#[derive(Debug)]
pub struct Profile {
    pub language: Language,
    /// The marks of numbers in digits; `None` where the text itself must say
    /// (see [`marks_of`]).
    pub marks: Option<Marks>,
    /// Reads a number written in words that opens at a token.
    pub number_words: Option<fn(&Tokens, usize) -> Option<Numeral>>,
    /// Whether the recognisers read words at all. Without words a figure is
    /// what its digits and symbols say ("12%", "$5", "2023-01-05", "3 km").
    pub reads_words: bool,
    /// Common short words, written without marks, that tell the language.
    pub common_words: &'static [&'static str],
    /// "03/04/2023" is 4 March when the first number can be a month.
    pub month_first_slash_dates: bool,
    /// "20/12", "2-9": a day and month without a year, after a cue word.
    pub day_month_without_year: bool,
    /// How the noun counted after a number ends.
    pub counted_noun: CountedNoun,
    /// Counts of a thousand and more are written with group marks, so a
    /// plain four-digit number before a word is a year ("2024 sales") unless
    /// one of these words stands before it ("about 2000 people").
    pub plain_four_digits_are_years: Option<&'static [&'static str]>,
    /// A scaled amount with no noun after it ("xả ròng gần 2.500 tỷ") is
    /// money in this currency.
    pub scaled_amounts_currency: Option<&'static str>,
    /// A number in words alone ("top five") is a figure from this value up.
    pub bare_number_words_from: Option<f64>,
    /// A number after a name ("Boeing 737") is part of the name even before
    /// a noun ("737 jets").
    pub names_before_nouns: bool,
    /// Names capitalise their first syllable only ("Ban Chỉ đạo 35"), so a
    /// capitalised word two back still names the number.
    pub names_capitalise_first_syllable: bool,
    /// "3,4 năm": two consecutive single digits with the decimal mark are a
    /// range ("three or four years"), not a decimal.
    pub consecutive_digits_are_ranges: bool,
    /// "the third quarter" with no year anywhere is the ordinal it is
    /// written as, not a date.
    pub yearless_quarters_are_ordinals: bool,
    /// A person's age stands between commas after the name ("Raducanu, 18,
    /// beats Fernandez, 19, …"), as English news writes it.
    pub ages_after_names: bool,
    /// Ordinals in words: "first", "tenth".
    pub ordinal_words: &'static [(&'static str, u32)],
    /// Currency words that are money only in this language's text ("đô",
    /// "won"); elsewhere they are other words.
    pub own_currency_words: &'static [&'static str],
    /// The words figures are read with.
    pub words: &'static Words,
}

impl Profile {
    /// The marks of this text's numbers: the profile's, or those the text
    /// shows.
    /// The marks of `t`'s numbers: the language's, unless the text
    /// groups its digits the other way and never this way (a Vietnamese
    /// report that copies "21,208.00" and "8,651,723" from an English-style
    /// table; see [`written_otherwise`]), or the text's own where the
    /// language has none.
    pub fn marks_for(&self, t: &Tokens) -> Marks {
        match self.marks {
            Some(m) if written_otherwise(t, m) => Marks {
                group: m.decimal,
                decimal: m.group,
            },
            Some(m) => m,
            None => marks_of(t),
        }
    }

    /// True when `word` is money in this language's text.
    pub fn owns_currency_word(&self, word: &str) -> bool {
        self.own_currency_words.contains(&word)
    }
}

impl Language {
    /// The profile of the language.
    pub fn profile(self) -> &'static Profile {
        match self {
            Language::Vi => &vi::PROFILE,
            Language::En => &en::PROFILE,
            Language::Und => &und::PROFILE,
        }
    }
}

/// True when `t` writes two numbers or more grouped by `m`'s decimal mark
/// in a way nothing else reads ("8,651,723", the mark again after three
/// digits; "21,208.00", the other mark after them) and none grouped or
/// with decimals as `m` writes them ("1.234.567", "12,5" for Vietnamese).
/// The evidence must be one-sided: "1.038" or "1,038" alone says nothing.
pub fn written_otherwise(t: &Tokens, m: Marks) -> bool {
    let (mut other, mut own) = (0usize, 0usize);
    let digits = |i: usize| t.kind(i) == Some(TokKind::Digits);
    for i in 1..t.len() {
        let between_digits = t.is_punct_in(i, ".,") && digits(i - 1) && digits(i + 1);
        if !(between_digits && t.touch(i - 1, i) && t.touch(i, i + 1)) {
            continue;
        }
        let mark = if t.is_punct(i, '.') { '.' } else { ',' };
        if t.raw(i + 1).len() != 3 {
            // A decimal mark: "12,5" is Vietnamese evidence, "3.25" none.
            own += usize::from(mark == m.decimal);
            continue;
        }
        let grouped = t.is_punct_in(i + 2, ".,") && t.touch(i + 1, i + 2) && digits(i + 3);
        if grouped && mark == m.group {
            own += 1;
        } else if grouped {
            other += 1;
        }
    }
    other >= 2 && own == 0
}

/// The marks a text in an unknown language writes its numbers with, from
/// the numbers themselves: a mark followed by other than three digits is a
/// decimal mark ("1,5", "3.25"), and a mark that repeats between groups of
/// three groups ("1.234.567"). The mark seen more often as a decimal decides;
/// with no evidence, `.` is the decimal mark, as most of the world writes it.
pub fn marks_of(t: &Tokens) -> Marks {
    let (mut dot, mut comma) = (0usize, 0usize); // evidence that it is the decimal mark
    let digits = |i: usize| t.kind(i) == Some(TokKind::Digits);
    for i in 1..t.len() {
        let between_digits = t.is_punct_in(i, ".,") && digits(i - 1) && digits(i + 1);
        if !(between_digits && t.touch(i - 1, i) && t.touch(i, i + 1)) {
            continue;
        }
        let is_dot = t.is_punct(i, '.');
        let (decimal_here, group_here) = if t.raw(i + 1).len() != 3 {
            (true, false)
        } else {
            // "1.234.567": the same mark again after three digits groups.
            let again = t.is_punct(i + 2, if is_dot { '.' } else { ',' })
                && t.touch(i + 1, i + 2)
                && digits(i + 3);
            (false, again)
        };
        match (is_dot, decimal_here, group_here) {
            (true, true, _) | (false, false, true) => dot += 1,
            (false, true, _) | (true, false, true) => comma += 1,
            _ => {}
        }
    }
    if comma > dot {
        DOT_GROUPS
    } else {
        COMMA_GROUPS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_at_a_token_agrees_with_its_word() {
        // Every token of texts in both languages (words in upper case, with
        // marks, odd lower-casings): `at` says what the word and `contains` say.
        static LISTS: [KnownWords; 4] = [
            KnownWords::new(|w| w.month_leads),
            KnownWords::new(|w| w.clock_hour_words),
            KnownWords::new(|w| w.topic_fillers),
            KnownWords::new(|w| w.quarter_marks),
        ];
        let text = "Về công tác tổ chức: THÁNG Tháng tháng giờ Giờ lúc 10 giờ. \
                    The Meeting of the board, in March, at 4 o'clock; Q3 q4 İstanbul ǅ ẞ.";
        let t = Tokens::new(text);
        let mut hits = 0;
        for list in &LISTS {
            for i in 0..t.len() {
                let want = t.word(i).is_some_and(|w| list.contains(w));
                assert_eq!(list.at(&t, i), want, "token {i} {:?}", t.raw(i));
                let any_case = list.iter().any(|e| e.eq_ignore_ascii_case(t.raw(i)));
                assert_eq!(
                    list.at_any_case(&t, i),
                    any_case,
                    "token {i} {:?}",
                    t.raw(i)
                );
                hits += usize::from(want);
            }
        }
        assert!(hits >= 4, "the texts hold entries of the lists: {hits}");
    }

    #[test]
    fn marks_come_from_the_text_when_the_language_is_unknown() {
        for (text, want) in [
            (
                "O PIB cresceu 2,5% e a dívida chegou a 1.234.567 reais.",
                DOT_GROUPS,
            ),
            ("매출은 1,234,567원, 성장률 3.5%", COMMA_GROUPS),
            ("Il costo è di 3,25 euro.", DOT_GROUPS),
            ("1.038", COMMA_GROUPS),
            ("", COMMA_GROUPS),
        ] {
            assert_eq!(marks_of(&Tokens::new(text)), want, "{text}");
        }
    }

    #[test]
    fn a_text_that_groups_digits_only_the_other_way_is_read_that_way() {
        let vi = Language::Vi.profile();
        for (text, want) in [
            // An English-style table in a Vietnamese report.
            (
                "Vốn đăng ký 21,208.00 triệu USD, xuất khẩu 144,751 và 8,651,723 lượt",
                COMMA_GROUPS,
            ),
            // One such number is not enough; "4.0" and "1.038" say nothing.
            ("Vốn đăng ký 21,208.00 triệu USD và 1.038 lượt", DOT_GROUPS),
            ("Công nghiệp 4.0 với 1.038 lượt khám", DOT_GROUPS),
            // Any number written the Vietnamese way keeps the Vietnamese marks.
            (
                "21,208.00 và 8,651,723 nhưng 12,5% và 1.234.567",
                DOT_GROUPS,
            ),
        ] {
            assert_eq!(vi.marks_for(&Tokens::new(text)), want, "{text}");
        }
        let en = Language::En.profile();
        assert_eq!(
            en.marks_for(&Tokens::new("1.234.567 and 31.005,00 ha")),
            DOT_GROUPS
        );
        assert_eq!(
            en.marks_for(&Tokens::new("1.234.567 and 3.5%")),
            COMMA_GROUPS
        );
    }

    #[test]
    fn every_language_has_a_profile_of_its_own() {
        for lang in [Language::Vi, Language::En, Language::Und] {
            assert_eq!(lang.profile().language, lang);
        }
    }
}
