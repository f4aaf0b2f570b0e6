"""Readers: every format from real files, folders, stdin; ids; one-line reasons for bad input."""

from __future__ import annotations

import json

from graphkit.documents import parse_date, read_bytes, read_inputs
from graphkit.model import document_id


def items(tmp_path, *paths, **kw):
    return list(read_inputs([str(tmp_path / p) if p != "-" else p for p in paths], **kw))


def test_plain_text_with_defaults(tmp_path):
    (tmp_path / "a.txt").write_text("Newsom criticized Trump.\r\n\r\n\r\n\r\nThe end.  \n")
    [it] = items(tmp_path, "a.txt", defaults={"source": "AP", "published": "2025-06-08",
                                              "title": "T"})
    d = it.doc
    assert (d.source, d.published, d.title, d.path) == ("AP", "2025-06-08", "T", str(tmp_path / "a.txt"))
    assert d.text == "Newsom criticized Trump.\n\nThe end."
    assert d.id == document_id("Newsom criticized Trump.\n\nThe end.")


def test_same_text_same_id_whatever_the_file(tmp_path):
    (tmp_path / "one.txt").write_text("Bass spoke.\n")
    (tmp_path / "two.md").write_text("Bass spoke.\r\n\r\n")
    a, b = items(tmp_path, "one.txt", "two.md")
    assert a.doc.id == b.doc.id


def test_markdown_title(tmp_path):
    (tmp_path / "a.md").write_text("# Guard deployed\n\nHegseth ordered the Guard.")
    [it] = items(tmp_path, "a.md")
    assert it.doc.title == "Guard deployed"


def test_html_visible_text_only(tmp_path):
    (tmp_path / "p.html").write_text(
        "<!doctype html><html><head><title>Page title</title>"
        "<meta property='og:site_name' content='LAist'>"
        "<meta property='article:published_time' content='2025-06-09T10:00:00Z'>"
        "<link rel=canonical href='https://laist.example/a'><style>p{color:red}</style>"
        "<script>var secret = 1;</script></head><body><nav><a>Home</a> <a>News</a></nav>"
        "<header>Site banner</header><article><h1>Raids</h1><p>Bass condemned the raids.</p>"
        "<div hidden>Hidden text</div><p style='display: none'>Invisible</p>"
        "<div aria-hidden='true'><div>nested hidden</div></div><p>Second &amp; last.</p>"
        "</article><aside>Related stories</aside><footer>Copyright</footer></body></html>")
    [it] = items(tmp_path, "p.html")
    d = it.doc
    assert d.text == "Raids\nBass condemned the raids.\nSecond & last."
    assert (d.title, d.source, d.url, d.published) == (
        "Page title", "LAist", "https://laist.example/a", "2025-06-09")


def test_html_without_closing_head_and_bad_page_date(tmp_path):
    (tmp_path / "p.htm").write_text("<html><head><meta name=date content='soon'>"
                                    "<body><p>Text stays.</p>")
    [it] = items(tmp_path, "p.htm")
    assert it.doc.text == "Text stays." and it.doc.published == ""


def test_json_array_object_and_field_mapping(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([
        {"text": "One.", "title": "A", "date": "June 8, 2025", "url": "u1", "source": "AP"},
        {"body": "Two.", "outlet": "Reuters", "published": "Sun, 08 Jun 2025 10:00:00 +0000"},
        {"title": "no text"}, 5]))
    (tmp_path / "b.json").write_text(json.dumps({"story": "Three.", "when": "2025-06-10"}))
    a1, a2, a3, a4 = items(tmp_path, "a.json")
    assert (a1.doc.title, a1.doc.published, a1.doc.url, a1.doc.source) == ("A", "2025-06-08", "u1", "AP")
    assert (a2.doc.source, a2.doc.published) == ("Reuters", "2025-06-08")
    assert a3.path.endswith("a.json#3") and "no text" in a3.error
    assert "not an object" in a4.error
    [b] = items(tmp_path, "b.json", fields={"text": "story", "published": "when"})
    assert (b.doc.text, b.doc.published) == ("Three.", "2025-06-10")


def test_jsonl_streams_and_reports_bad_lines(tmp_path):
    lines = [json.dumps({"text": "One."}), "{bad", "", json.dumps({"text": "x" * 50}),
             json.dumps({"text": "Two.", "date": "someday"})]
    (tmp_path / "a.jsonl").write_bytes("\n".join(lines).encode() + b"\n\xff\xfe\n")
    got = items(tmp_path, "a.jsonl", max_bytes=40)
    assert [i.path.rsplit("#", 1)[1] for i in got] == ["1", "2", "4", "5", "6"]
    assert got[0].doc.text == "One." and got[0].doc.path.endswith("a.jsonl#1")
    assert got[1].error.startswith("malformed JSON")
    assert "larger than the limit" in got[2].error
    assert "is not a date" in got[3].error
    assert "not valid UTF-8" in got[4].error


def test_bad_files_get_one_line_reasons(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "empty.md").write_text("  \n\n")
    (tmp_path / "big.txt").write_text("x" * 100)
    (tmp_path / "bad.json").write_text("{nope")
    (tmp_path / "deep.json").write_text("[" * 100_000)
    got = items(tmp_path, "bin.txt", "latin.txt", "empty.md", "big.txt", "bad.json",
                "deep.json", "missing.txt", max_bytes=50)
    reasons = [i.error for i in got]
    assert all(i.doc is None and "\n" not in i.error for i in got)
    assert "binary" in reasons[0] and "UTF-8" in reasons[1] and "empty" in reasons[2]
    assert "larger than the limit" in reasons[3] and "malformed JSON" in reasons[4]
    assert "malformed JSON" in reasons[5] and "no such file" in reasons[6]


def test_folders_recursive_glob_hidden_and_empty(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / "a.txt").write_text("A.")
    (tmp_path / "in" / "sub" / "b.md").write_text("B.")
    (tmp_path / "in" / "sub" / "c.jsonl").write_text('{"text": "C."}\n')
    (tmp_path / "in" / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "in" / ".git" / "d.txt").write_text("hidden")
    (tmp_path / "empty").mkdir()
    got = items(tmp_path, "in")
    assert [i.doc.text for i in got] == ["A.", "B.", "C."]
    assert [i.doc.text for i in items(tmp_path, "in", glob="*.md")] == ["B."]
    [e] = items(tmp_path, "empty")
    assert "no file to read" in e.error


def test_stdin_is_sniffed(tmp_path, monkeypatch):
    import io
    import sys

    class Stdin:
        buffer = io.BytesIO(b'{"text": "From a pipe.", "source": "AP"}')

    monkeypatch.setattr(sys, "stdin", Stdin)
    [it] = list(read_inputs(["-"]))
    assert (it.path, it.doc.text, it.doc.source) == ("<stdin>", "From a pipe.", "AP")


def test_read_bytes_sniffs_unknown_names():
    [h] = read_bytes(b"<p>Hello <b>there</b></p>", "page")
    assert h.doc.text == "Hello there"
    [t] = read_bytes(b"plain words", "notes.log")
    assert t.doc.text == "plain words"


def test_lone_surrogates_in_json_are_refused():
    [it] = read_bytes(b'{"text": "bad \\ud800 text"}', "x.json")
    assert "not valid Unicode" in it.error


def test_parse_date_forms():
    assert parse_date("2025-06-08T10:00:00Z") == "2025-06-08"
    assert parse_date("Jun. 8, 2025") == "2025-06-08"
    assert parse_date("8 June 2025") == "2025-06-08"
    assert parse_date("") == ""
