"""A journalist's own folder, as a new user builds it (nu1): invented articles and manifests."""

import warnings

import pytest

from saidvsdone import collect, corpus

ARTICLE = "A test headline\n\nKYIV, 5 May 2023 - A spokesman said on Friday that the front was stable.\n"


def _folder(tmp_path, manifest: str):
    folder = tmp_path / "mine"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(ARTICLE.replace("front", f"front {name}"), encoding="utf-8")
    (folder / "articles.csv").write_text(manifest, encoding="utf-8")
    return folder


def _load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        return corpus.load(folder)


def test_unclosed_quote_in_manifest_names_the_rows_it_swallowed(tmp_path):
    folder = _folder(tmp_path, 'file,published,title\na.txt,2023-05-05,"Open title\n'
                               'b.txt,2023-05-06,Second\nc.txt,2023-05-07,Third\n')
    articles = _load(folder)
    log = corpus.report(articles)
    spilled = log[log.message.str.contains("never closed")]
    assert list(spilled.file) == ["a.txt"] and list(spilled.manifest_line) == [2]
    message = spilled.message.iloc[0]
    assert "'title' cell" in message and "'b.txt,2023-05-06,Second'" in message
    assert "'c.txt,2023-05-07,Third'" in message and "2 more lines" in message
    # the swallowed rows' files still load, and say they are not listed
    unlisted = log[log.message.str.startswith("not listed")]
    assert set(unlisted.file) == {"b.txt", "c.txt"}


def test_closed_quotes_and_commas_in_cells_are_not_flagged(tmp_path):
    folder = _folder(tmp_path, 'file,published,title\na.txt,2023-05-05,"A title, with a comma"\n'
                               'b.txt,2023-05-06,"He said ""no"""\nc.txt,2023-05-07,Third\n')
    log = corpus.report(_load(folder))
    assert not log.message.str.contains("never closed").any()
    assert (log.status == "loaded").all()


def test_open_quote_line():
    assert corpus.open_quote_line('file,title\na.txt,"A title\n') == 2
    assert corpus.open_quote_line('file,title\n\na.txt,"x""\n') == 3  # a line of the file: blanks count
    assert corpus.open_quote_line('file,title\na.txt,"A title') == 2  # no final newline
    assert corpus.open_quote_line('file,title\na.txt,"A, b"\n') is None
    assert corpus.open_quote_line('file,title\na.txt,12" gun\n') is None  # a stray inch mark
    assert corpus.open_quote_line('file;title\na.txt;"x\n', ";") == 2


def test_add_refuses_to_append_into_an_open_quote(tmp_path):
    folder = _folder(tmp_path, 'file,published,title\na.txt,2023-05-05,"Open title\n')
    before = (folder / "articles.csv").read_bytes()
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(corpus.CorpusError, match=r"articles\.csv, line 2 of the file: a double quote"):
        collect.add([source], folder=folder)
    assert (folder / "articles.csv").read_bytes() == before
    assert not (folder / "new.txt").exists()


def test_add_appends_after_a_closed_multiline_cell(tmp_path):
    # a note typed with Alt+Enter in a spreadsheet is a closed quoted cell: add goes on
    folder = _folder(tmp_path, 'file,published,title,notes\na.txt,2023-05-05,T,"line one\nline two"\n')
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE.replace("stable", "quiet"), encoding="utf-8")
    added = collect.add([source], folder=folder)
    assert added.added == ["new.txt"]
    assert "new.txt" in set(_load(folder).file)
    assert "new.txt" not in set(corpus.report(_load(folder)).query("message.str.startswith('not listed')").file)


def test_a_closed_note_of_several_lines_is_not_flagged(tmp_path):
    folder = _folder(tmp_path, 'file,published,title,notes\na.txt,2023-05-05,T,"line one\nline two"\n')
    assert not corpus.report(_load(folder)).message.str.contains("never closed").any()


def test_report_without_the_notebooks_extra_writes_nothing(tmp_path, monkeypatch, capsys):
    import sys

    import saidvsdone
    from saidvsdone.__main__ import main

    monkeypatch.delattr(saidvsdone, "_notebooks", raising=False)
    monkeypatch.delitem(sys.modules, "saidvsdone._notebooks", raising=False)
    monkeypatch.setitem(sys.modules, "nbformat", None)  # as in `pip install .` without [notebooks]
    assert main(["report", "--out", str(tmp_path / "out")]) == 2
    assert "pip install '.[notebooks]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_report_with_no_notebooks_folder_says_where_to_run_it(tmp_path, monkeypatch, capsys):
    from saidvsdone import _notebooks
    from saidvsdone.__main__ import main

    monkeypatch.setattr(_notebooks, "notebook_paths", lambda folder=None: [])
    assert main(["report", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no notebooks in" in err and "--no-notebooks" in err and "--folder" in err
    assert not (tmp_path / "out").exists()


def _two_speakers(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Minister says advance goes on\n\nKYIV, 14 June 2023 - Defence Minister Ivan Testenko said on Wednesday "
        "that Ukrainian forces were advancing in the south.\n", encoding="utf-8")
    (folder / "two.txt").write_text(
        "Spokesman says operation on track\n\nMOSCOW, 20 June 2023 - Kremlin spokesman Dmitry Peskov said on "
        "Tuesday that the operation was going according to plan.\n", encoding="utf-8")
    (folder / "three.txt").write_text(
        "Spokesman again\n\nMOSCOW, 28 June 2023 - Kremlin spokesman Dmitry Peskov said on Wednesday that "
        "Russian forces were advancing.\n", encoding="utf-8")
    return folder


def test_report_names_the_timeline_speaker_and_picks_another_by_part_of_a_name(tmp_path, capsys):
    from saidvsdone import report
    from saidvsdone.__main__ import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        done = report.build(_two_speakers(tmp_path), tmp_path / "out")
        picked = [n for n in done.notes if n.startswith("the timeline shows")]
        assert len(picked) == 1 and "Dmitry Peskov's claims" in picked[0] and "'Ivan Testenko' (1)" in picked[0]
        assert main(["report", "--folder", str(tmp_path / "two"), "--out", str(tmp_path / "out2"),
                     "--speaker", "testenko"]) == 0
    out = capsys.readouterr().out
    assert "the timeline shows" not in out and "no dated claim of the key types by" not in out
    assert (tmp_path / "out2" / "figures" / "going-to-plan-timeline.svg").is_file()
    svg = (tmp_path / "out2" / "figures" / "going-to-plan-timeline.svg").read_text(encoding="utf-8")
    assert "Testenko" in svg and "Peskov" not in svg


def test_report_with_an_unknown_speaker_lists_the_ones_it_has(tmp_path):
    from saidvsdone import report

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        done = report.build(_two_speakers(tmp_path), tmp_path / "out", speaker="Nobody")
    missing = [n for n in done.notes if n.startswith("no dated claim of the key types by 'Nobody'")]
    assert len(missing) == 1 and "'Dmitry Peskov' (2)" in missing[0] and "'Ivan Testenko' (1)" in missing[0]
    assert not (tmp_path / "out" / "figures" / "going-to-plan-timeline.svg").exists()


def test_the_packaged_corpus_is_named_without_the_machine_path(tmp_path, monkeypatch):
    # `pip install .` puts data/ in site-packages: the load summary (shown in notebooks) must not print that path
    packaged = tmp_path / "venv" / "lib" / "site-packages" / "saidvsdone" / "data"
    (packaged / "articles").mkdir(parents=True)
    (packaged / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (packaged / "articles" / "b.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(corpus, "PACKAGED_DATA", packaged)
    with pytest.warns(corpus.LoadWarning) as caught:
        articles = corpus.load(packaged / "articles")
    message = str(caught[0].message)
    assert "loaded from saidvsdone/data/articles;" in message and str(tmp_path) not in message
    assert str(articles.attrs["report"]).startswith("Corpus: 1 article loaded from saidvsdone/data/articles")
    assert corpus._shown(tmp_path / "elsewhere") == str(tmp_path / "elsewhere")  # any other folder: as given


def test_pip_install_dot_leaves_nothing_in_the_report_folder(tmp_path):
    # `pip install .` builds in the source tree: its build/lib and build/bdist.* landed in build/, where
    # `make report` writes; setup.py now builds in .build/
    import shutil
    import subprocess
    import sys
    import zipfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    src = tmp_path / "clone"
    src.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(root / name, src / name)
    for name in ("lib", "data"):
        shutil.copytree(root / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    done = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "wheel", "--no-deps",
                           "--no-build-isolation", "--no-index", "--wheel-dir", str(tmp_path / "dist"), "."],
                          cwd=src, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not (src / "build").exists()
    assert (src / ".build" / "lib" / "saidvsdone" / "corpus.py").is_file()
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "saidvsdone/corpus.py" in names and "saidvsdone/data/articles.csv" in names


def test_the_classroom_slide_labels_a_change_not_an_area():
    # "Russian-held area, 14 days before the claim: -9,354 km²" read on a projector as a negative area
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "notebooks" / "10-classroom-going-to-plan.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    printed = ["".join(o.get("text", "")) for c in cells if c["cell_type"] == "code" for o in c.get("outputs", [])]
    before = next(text for text in printed if "14 days before the claim" in text)
    first, second = before.splitlines()
    assert first.startswith("Change in Russian-held area, 14 days before the claim:")
    assert second.strip().startswith("14 days after the claim:")
    assert first.index("km²") == second.index("km²")  # the figures line up on the slide


def test_a_file_given_as_the_folder_says_so(tmp_path, capsys):
    from saidvsdone.__main__ import main

    folder = _folder(tmp_path, "file,published\n")
    with pytest.raises(corpus.CorpusError, match=r"a\.txt: a file, not a folder of articles: pass the folder "
                                                 r"that holds it \(.*mine\)"):
        corpus.load(folder / "a.txt")
    with pytest.raises(corpus.CorpusError, match=r"nope: no such folder of articles"):
        corpus.load(tmp_path / "nope")
    assert main(["report", "--folder", str(folder / "a.txt"), "--out", str(tmp_path / "out")]) == 1
    assert "a file, not a folder" in capsys.readouterr().err


PAGE = ("<html><head><title>Minister claims advance | Test Daily</title>"
        "<meta property='article:published_time' content='2023-05-20T09:00:00Z'></head><body><article>"
        "<h1>Minister claims advance</h1><p>Defence Minister Ivan Testenko said on Saturday that Ukrainian forces "
        "had advanced two kilometres near a village in the east.</p><p>“We are moving forward,” Testenko told "
        "reporters at a briefing in the capital on Saturday.</p></article></body></html>")
FRAME = ("<html><head><title>widget</title></head><body><p>Russian forces said on Monday that they had advanced "
         "near a town in the east, according to a statement read out on state television.</p><p>More text "
         "here, long enough for a page reader to take it as the main text of a page.</p></body></html>")


def _complete_save(where):
    where.mkdir()
    (where / "story.html").write_text(PAGE, encoding="utf-8")
    (where / "story_files").mkdir()
    (where / "story_files" / "frame.htm").write_text(FRAME, encoding="utf-8")
    (where / "story_files" / "app.js").write_text("var a = 1;", encoding="utf-8")
    (where / "story_files" / "style.css").write_text("body {}", encoding="utf-8")


def test_add_skips_the_files_folder_of_a_complete_web_page_in_one_line(tmp_path):
    _complete_save(tmp_path / "downloads")
    added = collect.add([tmp_path / "downloads"], folder=tmp_path / "mine")
    assert added.added == ["story.html"]
    skipped = added.to_frame().query("status == 'skipped'")
    assert len(skipped) == 1 and "story_files" in skipped.source.iloc[0]
    assert '"Web Page, complete"' in skipped.message.iloc[0] and "story.html" in skipped.message.iloc[0]


def test_load_skips_the_files_folder_of_a_complete_web_page(tmp_path):
    _complete_save(tmp_path / "mine")
    log = corpus.report(_load(tmp_path / "mine"))
    assert list(log.query("status == 'loaded'").file) == ["story.html"]
    assert list(log.query("status == 'skipped'").file) == ["story_files"]


def test_a_files_folder_with_no_page_of_its_name_is_read(tmp_path):
    folder = tmp_path / "mine"
    (folder / "wire_files").mkdir(parents=True)  # a folder the user named so: no story.html beside it
    (folder / "wire_files" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    log = corpus.report(_load(folder))
    assert list(log.query("status == 'loaded'").file) == ["wire_files/one.txt"]


def test_a_file_over_the_size_limit_says_what_to_do_from_the_command_line_too(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "dump.txt").write_text("Putin spoke.\n\n" * 200, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", corpus.LoadWarning)
        log = corpus.report(corpus.load(folder, max_bytes=1000))
    message = log.set_index("file").loc["dump.txt", "message"]
    assert "over the 0.001 MB limit" in message and "split it into one file per article" in message
    assert "corpus.load(folder, max_bytes=…)" in message


def test_a_manifest_saved_by_excel_in_windows_latin1_is_read_with_a_warning(tmp_path):
    folder = _folder(tmp_path, "")
    (folder / "articles.csv").write_bytes("file,published,title\na.txt,2023-05-05,Kyiv café talks\n"
                                          "b.txt,2023-05-06,Plain\n".encode("cp1252"))
    articles = _load(folder)
    assert articles.set_index("file").loc["a.txt", "title"] == "Kyiv café talks"
    log = corpus.report(articles)
    warned = log[log.message.str.contains("not UTF-8")]
    assert list(warned.file) == ["articles.csv"] and list(warned.manifest_line) == [2]
    assert '"CSV UTF-8"' in warned.message.iloc[0]


def test_add_will_not_append_utf8_rows_to_a_windows_latin1_manifest(tmp_path):
    folder = _folder(tmp_path, "")
    before = "file,published,title\na.txt,2023-05-05,Plain\nb.txt,2023-05-06,Kyiv café talks\n".encode("cp1252")
    (folder / "articles.csv").write_bytes(before)
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(corpus.CorpusError, match=r'articles\.csv, line 3 of the file: the manifest is not UTF-8'):
        collect.add([source], folder=folder)
    assert (folder / "articles.csv").read_bytes() == before and not (folder / "new.txt").exists()


def test_a_manifest_that_is_not_text_names_its_line(tmp_path):
    folder = _folder(tmp_path, "")
    (folder / "articles.csv").write_bytes(b"file,title\na.txt,x\nb.txt,\x81\x8d\n")
    with pytest.raises(corpus.CorpusError, match=r"line 3 of the file: the manifest is neither UTF-8"):
        corpus.load(folder)


def test_a_utf16_manifest_is_an_error_naming_the_file(tmp_path):
    folder = _folder(tmp_path, "")
    (folder / "articles.csv").write_bytes("file,title\na.txt,x\n".encode("utf-16"))
    with pytest.raises(corpus.CorpusError, match=r'articles\.csv, line 1 of the file: .*NUL bytes.*"CSV UTF-8"'):
        corpus.load(folder)
