"""Rough edges a journalist or a teacher meets (round 15, nu4): small shares shown as 0.0, rows of a table that look
like duplicates, the Dask path without Dask, a Russian or Ukrainian file in a Cyrillic encoding.

Every text here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from saidvsdone import collect, compare, corpus, explore, notebook, report, scale
from saidvsdone.__main__ import main

# --- 1. shares and small changes are never printed as 0.0 -----------------------------------------------------------


def test_a_small_share_keeps_two_significant_digits_and_a_large_number_one_decimal():
    assert [explore.number_text(v) for v in (0.014, 0.35, -0.04, 0.0004)] == ["0.014", "0.35", "-0.04", "0.0004"]
    # what must not change: areas and counts read as before, one decimal and thousands separated
    assert [explore.number_text(v) for v in (115821.94, -9354.5, 1.0, 0.0, 12.25)] == \
        ["115,821.9", "-9,354.5", "1.0", "0.0", "12.2"]


def _assessments(reasons: dict[str, int]) -> pd.DataFrame:
    rows = [r for reason, n in reasons.items() for r in [reason] * n]
    return pd.DataFrame({"reason": rows, "assessment": ["not assessable"] * len(rows)})


def test_a_notebook_prints_the_share_of_a_rare_reason_not_zero():
    table = compare.summary(_assessments({"negated": 1, "no day": 40, "undated": 29}), "reason")
    assert table.loc[table["reason"] == "negated", "share"].item() == 0.014  # the data keep their digits
    options = ["display.float_format", "display.width", "display.max_columns", "display.max_colwidth",
               "display.max_rows"]
    with pd.option_context(*[x for o in options for x in (o, pd.get_option(o))]):
        notebook.setup()
        printed = table.to_string()
    assert "0.014" in printed and "0.57" in printed and " 0.0\n" not in printed + "\n"


def test_a_reading_table_shows_small_shares_in_html_and_exports_them_as_numbers(tmp_path):
    table = compare.summary(_assessments({"negated": 1, "no day": 40, "undated": 29}), "reason")
    html = explore.table(table)._repr_html_()
    assert ">0.014<" in html and ">0.0<" not in html
    report.write(table, "reasons", tmp_path)
    exported = pd.read_csv(tmp_path / "tables" / "reasons.csv", encoding="utf-8-sig")
    assert exported["share"].tolist() == table["share"].tolist()  # the CSV stays numeric, every digit kept


def test_a_rule_states_a_small_reported_change_of_share_as_it_is():
    assert compare._points(0.04) == "+0.04" and compare._points(-0.3) == "-0.3"
    assert compare._points(3.0) == "+3.0"  # what must not change: whole points keep one decimal


# --- 2. rows that look the same in a reading table -------------------------------------------------------------------

def _claims() -> pd.DataFrame:
    return pd.DataFrame({
        "label": ["Testov, 3 Oct 2022: threat", "Testov, 3 Oct 2022: threat", "Testov, 3 Oct 2022: on plan"],
        "change_before_14d_km2": [-120.0, -120.0, -120.0],
        "text": ["He warned of a tougher answer.", "He warned again of a tougher answer.", "He said all was on plan."],
    })


def test_two_claims_of_one_day_with_one_label_are_said_to_be_different_rows():
    shown = explore.table(_claims(), ["label", "change_before_14d_km2"])
    note = repr(shown).splitlines()[-1]
    assert note == ("(3 rows; rows 1 = 2 look the same in these columns but are different rows "
                    "('text' tells them apart))")
    assert "rows 1 = 2 look the same" in shown._repr_html_()


def test_a_row_listed_twice_is_called_the_same_row_and_distinct_rows_get_no_note():
    doubled = pd.concat([_claims().head(1)] * 2, ignore_index=True)
    assert repr(explore.table(doubled, ["label"])).splitlines()[-1] == "(2 rows; rows 1 = 2: the same row more than once)"
    # what must not change: rows that differ in the columns shown carry the plain count
    assert repr(explore.table(_claims(), ["label", "text"])).splitlines()[-1] == "(3 rows)"


# --- 3. the Dask path without Dask ------------------------------------------------------------------------------------

@pytest.fixture
def without_dask(monkeypatch):
    monkeypatch.setattr(scale, "_DASK_MODULES", (("nu4_no_dask_here.dataframe", "dask[dataframe]"),
                                                 ("nu4_no_pyarrow_here", "pyarrow")))


def test_scale_run_without_dask_says_what_to_install_and_what_works_without_it(tmp_path, without_dask):
    archive = tmp_path / "wire.jsonl"
    archive.write_text('{"id": "a1", "text": "Testov said it was going to plan.", "published": "2022-10-03"}\n',
                       encoding="utf-8")
    with pytest.raises(ModuleNotFoundError) as raised:
        scale.run([archive], tmp_path / "out")
    message = str(raised.value)
    assert raised.value.name == "nu4_no_dask_here"
    assert "dask[dataframe], pyarrow, which are not installed" in message
    assert "pip install '.[dask]'" in message and "pipeline.run(archive.load(paths)" in message
    assert not (tmp_path / "out").exists()  # nothing read or written before the message


def test_the_one_machine_path_the_message_names_works(tmp_path):
    from saidvsdone import archive, pipeline

    wire = tmp_path / "wire.jsonl"
    wire.write_text('{"id": "a1", "text": "Testov said the operation was \u201cgoing to plan.\u201d", '
                    '"published": "2022-10-03"}\n', encoding="utf-8")
    tables = pipeline.run(archive.load([wire]))
    assert tables.claims["claim_type"].tolist() == ["on_plan"]


def test_the_command_line_prints_the_same_advice(tmp_path, without_dask, capsys):
    assert main(["run", str(tmp_path / "wire.jsonl"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("python -m saidvsdone run: scale.run needs dask[dataframe]")
    assert "report --folder my/articles" in err


def test_with_dask_installed_nothing_is_raised():
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    pytest.importorskip("distributed")
    assert scale._need_dask(None) is None and scale._need_dask("sync") is None


# --- 4. a Russian or Ukrainian file in a Cyrillic encoding ---------------------------------------------------------

RUSSIAN = ("Министр Иван Тестов заявил в пятницу, что операция идёт по плану.\n\n"
           "«Мы продвигаемся медленно, но верно», — сказал он журналистам.\n")
RUSSIAN_PLAIN = RUSSIAN.replace("«", '"').replace("»", '"').replace("—", "-")  # (KOI8-R has no « » —)
UKRAINIAN = "Речник Олена Тестова заявила, що Київ готовий до переговорів, але не поступиться землею.\n"
ENGLISH = "Minister Ivan Testov said the caf\u00e9 in Kyiv was \u201cclosed for now\u201d, and that was all.\n"


def _load(tmp_path: Path, name: str, data: bytes) -> tuple[pd.Series, list[str]]:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    loaded = corpus.load(folder, manifest=False)
    warnings = [e[3] for e in loaded.attrs["report"].entries if e[2] == "warning" and e[0] == name]
    return loaded.set_index("file").loc[name], warnings


@pytest.mark.parametrize("text, encoding", [(RUSSIAN, "cp1251"), (UKRAINIAN, "cp1251"), (RUSSIAN_PLAIN, "koi8-r"),
                                            (UKRAINIAN, "koi8-u")])
def test_a_cyrillic_file_is_read_as_cyrillic_and_the_warning_names_its_encoding(tmp_path, text, encoding):
    row, warnings = _load(tmp_path, "story.txt", text.encode(encoding))
    assert row["encoding"] == encoding and row["raw_text"] == text
    assert any(f"decoded as {encoding} (" in w for w in warnings)


def test_a_windows_latin1_file_is_still_read_as_cp1252(tmp_path):
    row, warnings = _load(tmp_path, "latin.txt", ENGLISH.encode("cp1252"))
    assert row["encoding"] == "cp1252" and row["raw_text"] == ENGLISH
    assert any("decoded as cp1252 (Windows Latin-1)" in w for w in warnings)
    # and noise stays unreadable, whatever a Cyrillic code page would make of it
    assert corpus.legacy_decode(bytes(range(0x80, 0x100)) * 30) is None
    assert corpus.legacy_decode(bytes(range(0xC0, 0x100)) * 30)[1] == "cp1252"


def test_a_saved_page_in_cp1251_with_no_charset_is_read_as_cyrillic_and_one_that_declares_it_as_declared():
    body = f"<html><head><title>Тестов</title></head><body><p>{RUSSIAN}</p></body></html>"
    assert corpus._decode_html(body.encode("cp1251")) == (body, "cp1251")
    declared = body.replace("<head>", '<head><meta charset="windows-1251">')
    assert corpus._decode_html(declared.encode("cp1251")) == (declared, "windows-1251")  # (as before)


def test_add_saves_a_cp1251_file_as_utf8_names_cp1251_and_leaves_no_partial_file(tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    original = RUSSIAN.encode("cp1251")
    (downloads / "moscow.txt").write_bytes(original)
    done = collect.add([downloads / "moscow.txt"], folder=tmp_path / "articles")
    assert (downloads / "moscow.txt").read_bytes() == original  # the user's file is only read
    assert (tmp_path / "articles" / "moscow.txt").read_text(encoding="utf-8") == RUSSIAN
    assert not list((tmp_path / "articles").glob(".*add-partial"))
    warning = next(e.message for e in done.entries if e.status == "warning" and "UTF-8" in e.message)
    assert warning.startswith("not UTF-8: read as cp1251 (Windows Cyrillic")
    manifest = pd.read_csv(tmp_path / "articles" / "articles.csv")
    assert manifest.loc[0, "notes"] == "added from moscow.txt; converted from cp1251 to UTF-8"


def test_a_manifest_saved_as_cp1251_is_read_with_its_titles_and_named(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Testov said it was going to plan.", encoding="utf-8")
    (folder / "articles.csv").write_bytes("file,published,title\na.txt,2022-10-03,Тестов в Москве\n".encode("cp1251"))
    loaded = corpus.load(folder)
    assert loaded.loc[0, "title"] == "Тестов в Москве"
    warning = next(e[3] for e in loaded.attrs["report"].entries if e[0] == "articles.csv")
    assert "read as cp1251 (Windows Cyrillic" in warning
    # add refuses to append UTF-8 rows to it, and says what it is: nothing copied
    (tmp_path / "new.txt").write_text("Testov spoke again.", encoding="utf-8")
    with pytest.raises(corpus.CorpusError, match="reads as cp1251, Windows Cyrillic"):
        collect.add([tmp_path / "new.txt"], folder=folder)
    assert not (folder / "new.txt").exists()


def test_the_command_line_help_runs():
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
