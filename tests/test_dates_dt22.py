"""Statement dates, fourteenth round (dt22): the date misses of ``tests/gold/heldout4`` (studied from round 14) grouped
into mechanisms of English news copy (issue 13). Conventions §3.5 and "Dating by the same event". Every sentence here
is invented (other names, places and wording than the set's)."""


# --- a dash attribution line of an unnamed source names the day of its occasion -------------------------------------

DASHED = ("Evening brief\n\n"
          "Rain slowed the fighting in the east.\n\n"
          "\"The line is holding, but only just.\" — a senior Ukrainian officer, on a call with reporters Monday.\n\n")


def test_dash_line_of_an_unnamed_source_dates_its_quote(dated):
    days = dated.quote_dates(DASHED, "2025-06-25")  # (a Wednesday: Monday is 23 June)
    assert days["The line is holding, but only just."] == "2025-06-23"


def test_dash_line_of_an_unnamed_source_without_a_day_dates_nothing(dated):
    # must not change: the line names the source only
    text = DASHED.replace(", on a call with reporters Monday.", ".")
    assert dated.quote_dates(text, "2025-06-25")["The line is holding, but only just."] == dated.missing
