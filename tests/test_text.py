"""Text normalisation: both the index and the matcher must see the same tokens."""

import pytest

from bot.text import (
    BASE_PHRASES,
    SYNONYMS,
    analyse,
    clean_question,
    expand_shorthand,
    fold_ordinals,
    implied_stems,
    ordinal,
    phrase_table,
    slack_to_plain,
    split_body_numbers,
    stem,
    words,
)

TABLE = phrase_table(BASE_PHRASES)


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("<@U012ABC> when was it?", "  when was it?"),
        ("<!channel> hi", "  hi"),
        ("<!here|here> hi", "  hi"),
        ("<!subteam^S123|@team> hi", "  hi"),
        ("see <https://undocs.org/A/RES/66/184|A/RES/66/184>", "see A/RES/66/184"),
        ("see <https://undocs.org/x>", "see https://undocs.org/x"),
        ("<#C123|general> hi", "general hi"),
        ("a &lt;b&gt; &amp; c", "a <b> & c"),
    ],
)
def test_slack_markup_becomes_plain_text(raw: str, plain: str) -> None:
    assert slack_to_plain(raw) == plain


def test_clean_question_bounds_length_and_drops_control_characters() -> None:
    cleaned = clean_question("when\x00 was\x1b it " + "x" * 10_000)
    assert "\x00" not in cleaned and "\x1b" not in cleaned
    assert cleaned.startswith("when was it")
    assert len(cleaned) <= 2000


@pytest.mark.parametrize(
    ("tokens", "folded"),
    [
        (["third", "igf"], ["3rd", "igf"]),
        (["sixty", "seventh", "session"], ["67th", "session"]),
        (["15th", "session"], ["15th", "session"]),
        (["1st"], ["1st"]),
        (["twenty", "first"], ["21st"]),
        (["sixty", "delegates"], ["sixty", "delegates"]),
        (["cstd", "15"], ["cstd", "15th"]),
        (["igf", "2007"], ["igf", "2007"]),
        (["paragraph", "34"], ["paragraph", "34"]),
        (["first", "extended"], ["extended"]),
        (["first", "meeting"], ["1st", "meeting"]),
        (["wgec2", "final"], ["wgec", "2nd", "final"]),  # a series and its number typed as one word
        (["igf2019"], ["igf", "2019"]),  # a year stays a year
        (["igf09"], ["igf", "2009"]),  # a year shortened: the 9th IGF was in 2014
        (["igf", "9"], ["igf", "9th"]),
        (["crp2"], ["crp2"]),  # not a numbered series
        (["frist", "wgec"], ["1st", "wgec"]),  # a slip of one letter
        (["the", "eigth", "igf"], ["the", "8th", "igf"]),
        (["set", "forth", "in", "it"], ["set", "forth", "in", "it"]),  # a word, not a slip
        (["eight", "members"], ["eight", "members"]),
    ],
)
def test_ordinals_fold_to_one_form(tokens: list[str], folded: list[str]) -> None:
    assert fold_ordinals(tokens) == folded


@pytest.mark.parametrize(("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"),
                                         (13, "13th"), (21, "21st"), (22, "22nd"), (67, "67th"), (101, "101st")])
def test_ordinal_suffixes(n: int, text: str) -> None:
    assert ordinal(n) == text


def test_full_names_and_abbreviations_analyse_alike() -> None:
    assert analyse("Internet Governance Forum", TABLE) == analyse("IGF", TABLE)
    assert analyse("the General Assembly", TABLE)[-1] == analyse("UNGA", TABLE)[0]
    assert "wgec" in analyse("Working Group on Enhanced Cooperation", TABLE)
    assert "ec" in analyse("enhanced co-operation", TABLE)


@pytest.mark.parametrize(
    ("a", "b"),
    [("consultations", "consultation"), ("meetings", "meeting"), ("sessions", "session"),
     ("convened", "convene"), ("resolutions", "resolution")],
)
def test_stemming_is_consistent_across_inflections(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize("word", ["process", "status", "basis", "igf", "2012", "cstd"])
def test_stemming_leaves_short_and_special_words_alone(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize(
    ("users", "sources"),
    [
        ("the extra meeting", "the additional meeting"),
        ("which resolution set up the group", "which resolution established the group"),
        ("the resolution that created it", "the resolution that established it"),
        ("renewed the mandate", "extended the mandate"),
        ("when did the GA sign off on the outcomes", "when did the GA endorse the outcomes"),
        ("the TA", "the Tunis Agenda"),
        ("in line with paragraphs 34 and 35", "in accordance with paragraphs 34 and 35"),
        ("the Geneva PoA", "the Geneva Plan of Action"),
        ("the EC mtg", "the EC meeting"),
        ("the science and technology commission", "the Commission on Science and Technology for Development"),
        ("the co-facilitating ambassadors", "the co-facilitating permanent representatives"),
        ("the Assembly's economic committee", "the Assembly's Second Committee"),
        ("adopted in Tunisia", "adopted in Tunis"),
        ("the ITU plenipot", "the ITU Plenipotentiary"),
        ("which doc", "which document"),
        ("what is that sub-item called", "what is that item called"),
        ("the subtitle of the Declaration", "the title of the Declaration"),
        ("who fixed the date of the meeting", "who decided the date of the meeting"),
        ("the Distr. date of A/67/66", "the date of A/67/66"),
        ("why was it asked for in the first place", "why was it asked for at all"),  # no first of anything
        ("the 2nd cttee rpt", "the Second Committee report"),
        ("the decl of principles", "the Declaration of Principles"),
        ("the geneva DoP", "the Geneva Declaration of Principles"),
        ("WISD and WTD", "World Information Society Day and World Telecommunication Day"),
        ("intl public policy", "international public policy"),
        ("did C2 approve it", "did Second Committee approve it"),
        ("the tech commission", "the CSTD"),
        ("the chairman's report", "the chair's report"),
        ("after 5 yrs", "after 5 years"),
        ("what was the point of the meeting", "what was the purpose of the meeting"),
        ("the second enhanced cooperation WG", "the second WGEC"),
        ("should the forum keep going", "should the forum continue"),
        ("did everybody agree on the report", "did consensus on the report"),
        ("how many countries were on the first wgec", "how many member states were on the first wgec"),
        ("what job does 2006/46 give the cstd", "what role does 2006/46 give the cstd"),
        ("what were members split on", "what were members divided on"),
        ("its adoption date", "its adopted date"),  # the stemmer leaves "adoption" whole
        ("which stakeholder groups are named", "which stakeholders are named"),  # kinds, not groups
        ("ungis chair in yr 1", "ungis chair in first year"),
        ("which GA agenda heading is it filed under", "which GA agenda item is it issued under"),
        ("shortly ahead of the session", "shortly prior to the session"),
    ],
)
def test_users_words_analyse_like_the_sources_words(users: str, sources: str) -> None:
    table = phrase_table([*BASE_PHRASES, *SYNONYMS])
    assert analyse(users, table) == analyse(sources, table)


def test_synonyms_name_no_subject_so_they_imply_no_words() -> None:
    implied = implied_stems(phrase_table([*BASE_PHRASES, *SYNONYMS]))
    assert not implied.keys() & {"establish", "endorse", "meeting", "extend", "accordance"}
    assert "wsis" in implied


def test_review_names_with_a_plus_stay_one_word() -> None:
    assert words("WSIS+20 and WSIS + 10") == ["wsisplus20", "and", "wsisplus10"]


def test_implied_stems_are_the_words_an_abbreviation_folds_away() -> None:
    table = phrase_table([("world summit on the information society", "wsis"), ("new york", "newyork"),
                          ("co operation", "cooperation")])
    implied = implied_stems(table)
    assert implied["wsis"] == {stem(w) for w in ("world", "summit", "information", "society")}
    # joined words are one word, not an abbreviation: "new york" does not imply "new"
    assert "newyork" not in implied and "cooperation" not in implied


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2013-14", ["in", "2013", "2014"]),
        ("the 2016–18 group", ["the", "2016", "2018", "group"]),
        ("2012-05-18", ["2012", "05", "18"]),  # an ISO date is not a range
        ("A/67/66-E/2012/49", ["a", "67", "66", "e", "2012", "49"]),
        ("ecosoc 2006-46", ["ecosoc", "2006", "46"]),  # a resolution number typed with a dash, not 2006-2046
    ],
)
def test_a_short_year_range_reads_as_both_years(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("which res extended igf at GA65?", "which res extended igf at GA 65?"),
    ("cstd15 and IGF2008", "cstd 15 and IGF 2008"),
    ("a68/65", "a68/65"),  # not a body: left as typed
])
def test_a_body_and_its_number_typed_as_one_word_are_two(text: str, expected: str) -> None:
    assert split_body_numbers(text) == expected


@pytest.mark.parametrize(("typed", "expanded"), [
    ("igf 2008 n 2009 cities", "igf 2008 and 2009 cities"),
    ("79/277 what abt", "79/277 what about"),
    ("2nd wgec chair + when est.", "2nd wgec chair + when established"),
    ("second committee report on ICT4D", "second committee report on ICT for development"),
    ("annex n", "annex n"),  # not between two words
    ("60/252 draft sym?", "60/252 draft symbol?"),
    ("syms of both reports", "symbols of both reports"),
    ("the 4th wgec meeting in sept 2017", "the 4th wgec meeting in September 2017"),  # a month next to a number
    ("on 12 dec. 2011", "on 12 December 2011"),
    ("ecosoc dec 2006/46", "ecosoc dec 2006/46"),  # a decision's number, not a year
    ("tunis para 69 in one line pls", "tunis para 69  pls"),  # how to answer, not what about
    ("the action line on e-health", "the action line on e-health"),
    ("the mar report", "the mar report"),
    ("the n-th meeting", "the n-th meeting"),
])
def test_chat_shorthand_that_shapes_a_question_is_expanded(typed: str, expanded: str) -> None:
    assert expand_shorthand(typed) == expanded


def test_a_word_is_not_stemmed_into_a_function_word() -> None:
    # "theme" stemmed to "them" matched every record saying "them"; its plural is still one form
    assert stem("theme") == stem("themes") == "theme"
    assert stem("consultations") == "consult"


def test_wsis_plus_a_number_is_the_review() -> None:
    assert "WSIS+20" in expand_shorthand("was the WSIS plus 20 outcome put to a vote?")
