"""vc1: word lists once spelled inside regexes are rows of data/speech_words.csv and data/fact_cues.csv; a row of your
own (a layered table, ``vocab.use``) is read by the rule that uses the kind. Sentences invented for these tests."""

import re
from types import SimpleNamespace

import pytest

from saidvsdone import vocab
from saidvsdone.claims import _content, _headlines, _speakers
from saidvsdone.facts import events, places, sides
from saidvsdone.speech import _layer, _occasions


# --- data/speech_words.csv -----------------------------------------------------------------------------------------

def test_new_kinds_are_known_and_the_bundled_tables_check():
    vocab.check()
    words = vocab.speech_words()
    for kind in ("interview_verb", "own_outlet_noun", "then_doing_verb", "telling_verb", "programme_noun",
                 "headline_label_noun", "gloss_adverb", "gloss_verb", "gesture_verb", "as_speech_verb",
                 "account_adjective", "tail_speech_verb"):
        assert kind in vocab.SPEECH_WORD_KINDS and words[kind], kind


def test_an_interview_verb_and_an_own_outlet_noun_of_your_own_are_read(own_words):
    text = "The mayor welcomed this bulletin on Friday."
    assert _occasions._GAVE_INTERVIEW.search("The mayor sat down with this newspaper on Friday.")
    assert not _occasions._GAVE_INTERVIEW.search(text)
    own_words("welcomed,interview_verb,\nbulletin,own_outlet_noun,\n")
    found = _occasions._GAVE_INTERVIEW.search(text)
    assert found and found.group() == "welcomed this bulletin" and found.group("outlet") is None


def test_a_then_doing_verb_of_your_own_is_read(own_words):
    text = "The two envoys then strolled along the quay."
    assert _occasions._THEN_DOING.search("The two envoys then toured the quay.")
    assert not _occasions._THEN_DOING.search(text)
    own_words("strolled,then_doing_verb,\n")
    assert _occasions._THEN_DOING.search(text).group().strip() == "then strolled"


def test_a_telling_verb_of_your_own_is_read_in_lower_case_and_with_a_capital(own_words):
    lower, capital = "The colonel lectured the jurors at length.", "Lectured the jurors, the colonel wept."
    assert _occasions._TOLD_SITTING.search("The colonel told the jurors at length.")
    assert not _occasions._TOLD_SITTING.search(lower) and not _occasions._TOLD_SITTING.search(capital)
    own_words("lectured,telling_verb,\njurors,sitting_audience,\n")
    assert _occasions._TOLD_SITTING.search(lower) and _occasions._TOLD_SITTING.search(capital)
    assert _occasions._SITTING.search(lower)  # the patterns built on it read the row too


def test_a_programme_noun_of_your_own_is_read(own_words):
    text = "Later in the webcast, the host asked about the dam."
    assert _layer._ON_THE_PROGRAMME.match("Later in the podcast, the host asked about the dam.")
    assert not _layer._ON_THE_PROGRAMME.match(text)
    own_words("webcast,programme_noun,\n")
    assert _layer._ON_THE_PROGRAMME.match(text)


def test_a_headline_label_noun_of_your_own_is_read_in_any_case(own_words):
    text = "Frontline Medic: we are out of tourniquets"
    assert _headlines._HEADLINE_LABEL.match("Frontline commander: we are out of shells")
    assert not _headlines._HEADLINE_LABEL.match(text)
    own_words("medic,headline_label_noun,\n")
    assert _headlines._HEADLINE_LABEL.match(text).group("who") == "Frontline Medic"


def test_gloss_words_of_your_own_are_read(own_words):
    gloss = ", evidently hinting at the bridge"
    gesture = ", tapping at a map of the coast"
    assert _speakers._GLOSS.match(", apparently referring to the bridge")
    assert not _speakers._GLOSS.match(gloss) and not _speakers._GLOSS.match(gesture)
    own_words("evidently,gloss_adverb,\nhinting at,gloss_verb,\ntapping,gesture_verb,\n")
    assert _speakers._GLOSS.match(gloss).group() == gloss
    assert _speakers._GLOSS.match(gesture).group() == gesture


def test_an_as_speech_verb_of_your_own_keeps_the_as_clause_speech(own_words):
    text = ", as he quipped about the weather"
    assert _speakers._GLOSS.match(text)  # what he did as he spoke
    assert not _speakers._GLOSS.match(", as he put it to the crowd")
    own_words("quipped,as_speech_verb,\n")
    assert not _speakers._GLOSS.match(text)  # now speech, no gloss


def test_an_account_adjective_of_your_own_is_no_part_of_the_makers_name(own_words):
    def maker(text):
        return _speakers._written_subject(text, 0, SimpleNamespace(start=text.index(" said") + 1)).speaker
    assert maker("Britain's latest defence intelligence update said the line held.") == "UK Defence Intelligence"
    text = "Britain's biannual defence intelligence update said the line held."
    assert maker(text) == ""  # "Britain's biannual defence intelligence": no maker the tables know
    own_words("biannual,account_adjective,\n")
    assert maker(text) == "UK Defence Intelligence"


def test_a_tail_speech_verb_of_your_own_makes_the_apposition_speak(own_words):
    text = ", a veteran sapper who grumbled about the mud."
    assert _content._APPOSED_AFTER_QUOTE.match(text, 0, len(text))
    assert not _content._APPOSED_AFTER_QUOTE.match(", a veteran sapper who told us about the mud.")
    own_words("grumbled,tail_speech_verb,\n")
    assert not _content._APPOSED_AFTER_QUOTE.match(text, 0, len(text))


# --- data/fact_cues.csv --------------------------------------------------------------------------------------------

def test_an_own_count_noun_of_your_own_is_read(own_cues):
    assert sides._OUR_COUNT_AFTER.match(" own tally they lost")
    assert not sides._OUR_COUNT_AFTER.match(" ledger they lost")
    own_cues("ledger,own_count_noun,\n")
    assert sides._OUR_COUNT_AFTER.match(" Ledger they lost")  # (any case, as before)


def test_a_reporting_verb_of_your_own_is_no_verb_of_an_object(own_cues):
    text = "The garrison publicised the "
    assert sides._OBJECT_OF_VERB_BEFORE.search("The garrison halted the ")
    assert not sides._OBJECT_OF_VERB_BEFORE.search("The garrison reported the ")
    assert sides._OBJECT_OF_VERB_BEFORE.search(text)
    own_cues("publicised,reporting_verb,\n")
    assert not sides._OBJECT_OF_VERB_BEFORE.search(text)


def test_strength_words_of_your_own_are_read(own_cues):
    verb, start = "The battalion should total about ", "The company had kicked off with "
    assert events._STRENGTH_BEFORE.search("The battalion should number about ")
    assert events._STRENGTH_BEFORE.search("The company had started with ")
    assert not events._STRENGTH_BEFORE.search(verb) and not events._STRENGTH_BEFORE.search(start)
    own_cues("total,strength_verb,\nkicked off,strength_start,\n")
    assert events._STRENGTH_BEFORE.search(verb) and events._STRENGTH_BEFORE.search(start)


def test_a_home_noun_of_your_own_is_read(own_cues):
    text = " from the hromada of Stryi were"
    assert events._FROM_HOME.match(" from the town of Stryi were").group() == " from the town of "
    assert events._FROM_HOME.match(text).group() == " from "
    own_cues("hromada,home_noun,\n")
    assert events._FROM_HOME.match(text).group() == " from the hromada of "


@pytest.mark.parametrize("sentence", ["Mourners gathered in the Ukrainian hromada of Zelenyi Hai on Monday.",
                                      "Zelenyi Hai, a hromada in western Ukraine, mourned its dead."])
def test_a_settlement_head_of_your_own_is_read(own_cues, sentence):
    found = lambda: [m.group("name") for p in (places._ADJECTIVE_OF, places._APPOSITION_IN) for m in p.finditer(sentence)]
    bundled = sentence.replace("hromada", "village")
    assert [m.group("name") for p in (places._ADJECTIVE_OF, places._APPOSITION_IN) for m in p.finditer(bundled)] \
        == ["Zelenyi Hai"]
    assert found() == []
    own_cues("hromada,settlement_head,\n")
    assert found() == ["Zelenyi Hai"]


# --- one "written account as the subject" definition ---------------------------------------------------------------

def test_a_statement_subject_noun_of_your_own_is_read_in_any_case(own_words):
    assert _speakers._STATEMENT_SUBJECT.fullmatch("The latest statement")
    assert not _speakers._STATEMENT_SUBJECT.fullmatch("the latest dispatch")
    assert not _speakers._STATEMENT_SUBJECT.fullmatch("the post-war statement")  # one plain word before the noun
    own_words("dispatch,statement_subject_noun,\n")
    assert _speakers._STATEMENT_SUBJECT.fullmatch("THE LATEST DISPATCH")


def test_each_written_account_reader_is_composed_from_the_one_definition():
    from saidvsdone.claims import _dating, _stage, _vocabulary
    # the parts: a determiner (a capital first letter too), a few modifiers, the noun
    assert _dating._ACCOUNT_SUBJECT.fullmatch("This new quarterly drone study by the Harbour Institute").group("noun") \
        == "study"
    assert not _dating._ACCOUNT_SUBJECT.fullmatch("A new study")  # ("a" opens no known account here)
    assert _stage._ACCOUNT_BY.fullmatch("An annual survey by the Harbour Institute").group("maker") == "Harbour Institute"
    written = _speakers._WRITTEN_SUBJECT.fullmatch("Norway's first winter bulletin, dated March 3, ")
    assert written and written.group("subject") == "Norway's first winter bulletin" and written.group("noun") == "bulletin"
    titled = _vocabulary._TITLED_DOCUMENT.fullmatch("Their new memo, titled “Cold Harbour”, ")
    assert titled and titled.group("noun") == "memo"
    assert re.fullmatch(_vocabulary._account_subject(("the",), 0), "the memo")
    assert not re.fullmatch(_vocabulary._account_subject(("the",), 0), "the long memo")


def test_a_title_verb_of_your_own_is_read(own_words):
    from saidvsdone.claims import _vocabulary
    text = "The report, dubbed “Cold Harbour”, estimates"
    end = text.index("estimates")
    assert _vocabulary._TITLED_DOCUMENT.fullmatch(text.replace("dubbed", "titled"), 0, end)
    assert not _vocabulary._TITLED_DOCUMENT.fullmatch(text, 0, end)
    own_words("dubbed,title_verb,\n")
    assert _vocabulary._TITLED_DOCUMENT.fullmatch(text, 0, end).group("noun") == "report"
