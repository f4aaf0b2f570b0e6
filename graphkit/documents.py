"""Reading documents: text, Markdown, HTML, JSON and JSON-lines files, folders and stdin.

Every input yields ``Item``s: a ``Document`` or a one-line reason it could not be read,
so one bad file never stops the others.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .model import Document

TEXT_EXTS = {".txt", ".text", ".md", ".markdown"}
HTML_EXTS = {".html", ".htm", ".xhtml"}
JSON_EXTS = {".json"}
JSONL_EXTS = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_EXTS | HTML_EXTS | JSON_EXTS | JSONL_EXTS
MAX_BYTES = 5_000_000

# Field names looked up in JSON records, in order; ``fields`` maps ours to a feed's own.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher"),
}


@dataclass
class Item:
    """One document read from ``path`` (with ``#N`` for records of a JSON file), or why not."""

    path: str
    doc: Document | None = None
    error: str | None = None


class ReadError(ValueError):
    """A document that cannot be read; the message is the one-line reason."""


def parse_date(value: Any) -> str:
    """An ISO date (YYYY-MM-DD) from a date, datetime or common string form; "" for none."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y",
                "%Y/%m/%d", "%Y%m%d"):
        try:
            return datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    try:  # RFC 2822, as in RSS feeds and e-mail: "Sun, 08 Jun 2025 10:00:00 +0000"
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    raise ReadError(f"date {s[:40]!r} is not a date (use YYYY-MM-DD)")


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Bytes to text, refusing binary, invalid UTF-8, oversized and empty input."""
    if len(data) > max_bytes:
        raise ReadError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    if b"\x00" in data[:8192]:
        raise ReadError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from None
    head = text[:8192]
    controls = sum(1 for c in head if c < " " and c not in "\t\n\r\f")
    if controls > max(8, len(head) // 20):
        raise ReadError("binary file, not text (control characters)")
    if not text.strip():
        raise ReadError("empty document")
    return text


class _VisibleText(HTMLParser):
    """Collects the visible text of an HTML page and its metadata."""

    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
            "form", "iframe", "button", "select", "head"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
             "blockquote", "tr", "pre", "figcaption", "dd", "dt"}
    VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source",
            "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_tag: str | None = None  # the outermost element being dropped
        self.skip_depth = 0
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}

    def _hidden(self, tag: str, a: dict[str, str]) -> bool:
        return (tag in self.SKIP or "hidden" in a or a.get("aria-hidden") == "true"
                or a.get("role") in {"navigation", "banner", "contentinfo", "complementary"}
                or "display:none" in a.get("style", "").replace(" ", "").lower())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag in self.VOID:
            if tag == "br" and self.skip_tag is None:
                self.parts.append("\n")
            return
        if self.skip_tag == "head" and tag == "body":  # </head> is optional in HTML
            self.skip_tag, self.skip_depth = None, 0
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
        elif tag != "title" and self._hidden(tag, a):
            self.skip_tag, self.skip_depth = tag, 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
        elif tag in self.BLOCK and tag not in self.VOID:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.skip_tag is None:
            self.parts.append(data)

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.split("\n")]
        return "\n".join(ln for ln in lines if ln)


def parse_html(text: str) -> dict[str, str]:
    """Visible text (scripts, styles, navigation dropped) and metadata of an HTML page."""
    p = _VisibleText()
    p.feed(text)
    p.close()
    m = p.meta
    return {
        "text": p.text(),
        "title": (m.get("og:title") or p.title).strip(),
        "published": m.get("article:published_time") or m.get("datepublished") or m.get("date", ""),
        "url": m.get("og:url") or m.get("canonical", ""),
        "source": m.get("og:site_name", ""),
    }


def _markdown_title(text: str) -> str:
    m = re.match(r"\s*#\s+(.+)", text)
    return m.group(1).strip() if m else ""


def _field(record: Mapping[str, Any], ours: str, fields: Mapping[str, str] | None) -> Any:
    names = (fields[ours],) if fields and ours in fields else DEFAULT_FIELDS[ours]
    for n in names:
        if n in record and record[n] not in (None, ""):
            return record[n]
    return ""


def from_record(record: Any, fields: Mapping[str, str] | None = None,
                defaults: Mapping[str, str] | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """A Document from one JSON object with text/title/date/url/source fields."""
    if not isinstance(record, dict):
        raise ReadError(f"a JSON {type(record).__name__}, not an object with a text field")
    text = _field(record, "text", fields)
    if not isinstance(text, str) or not text.strip():
        want = (fields or {}).get("text", "text")
        raise ReadError(f"no text: the record has no non-empty {want!r} field (see --field)")
    if len(text) > max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise ReadError(f"text larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    if "\x00" in text:
        raise ReadError("text contains NUL characters: binary data, not text")
    meta = {k: _field(record, k, fields) for k in ("title", "url", "source")}
    meta = {k: _valid(str(v), k) if v else (defaults or {}).get(k, "") for k, v in meta.items()}
    published = _field(record, "published", fields) or (defaults or {}).get("published", "")
    return Document(text=_valid(text, "text"), published=parse_date(published), **meta)


def _valid(value: str, what: str) -> str:
    """``value`` if it can be stored as UTF-8 (JSON escapes can make lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ReadError(f"the {what} is not valid Unicode (a lone surrogate escape)") from None
    return value


def _json_record(line: str, where: str, fields: Mapping[str, str] | None,
                 defaults: Mapping[str, str] | None, max_bytes: int) -> Item:
    """One JSON-lines record as an Item."""
    try:
        doc = from_record(json.loads(line), fields, defaults, max_bytes)
        doc.path = where
        return Item(where, doc)
    except json.JSONDecodeError as exc:
        return Item(where, error=f"malformed JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return Item(where, error="malformed JSON: nested too deeply")
    except ReadError as exc:
        return Item(where, error=str(exc))


def read_bytes(data: bytes, name: str, *, kind: str | None = None,
               fields: Mapping[str, str] | None = None, defaults: Mapping[str, str] | None = None,
               max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Items from the bytes of one file called ``name``; ``kind`` is an extension or sniffed."""
    defaults = dict(defaults or {})
    try:
        # JSON files may be larger than the limit, which then applies to each record.
        text = decode(data, max(len(data), max_bytes))
        ext = _kind(kind, name)
        if ext not in SUPPORTED:
            head = text.lstrip()[:1]
            ext = ".json" if head in "[{" and head else ".html" if head == "<" else ".txt"
        if ext not in JSON_EXTS | JSONL_EXTS and len(data) > max_bytes:
            raise ReadError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    except ReadError as exc:
        yield Item(name, error=str(exc))
        return
    try:
        if ext in JSONL_EXTS:
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield _json_record(line, f"{name}#{n}", fields, defaults, max_bytes)
            return
        if ext in JSON_EXTS:
            try:
                data_ = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Item(name, error=f"malformed JSON: {exc.msg} (line {exc.lineno})")
                return
            except RecursionError:
                yield Item(name, error="malformed JSON: nested too deeply")
                return
            records = data_ if isinstance(data_, list) else [data_]
            for n, rec in enumerate(records, 1):
                where = f"{name}#{n}" if isinstance(data_, list) else name
                try:
                    yield Item(where, from_record(rec, fields, defaults, max_bytes))
                except ReadError as exc:
                    yield Item(where, error=str(exc))
            return
        if ext in HTML_EXTS:
            page = parse_html(text)
            if not page["text"].strip():
                yield Item(name, error="no visible text in the HTML page")
                return
            meta = {k: defaults.get(k) or page[k] for k in ("title", "url", "source")}
            published = defaults.get("published", "")
            if not published:
                try:  # a page's own date metadata is not the user's to fix: drop a bad one
                    published = parse_date(page["published"])
                except ReadError:
                    published = ""
            yield Item(name, Document(text=page["text"], published=published, path=name, **meta))
            return
        title = defaults.get("title") or (_markdown_title(text) if ext in {".md", ".markdown"} else "")
        yield Item(name, Document(text=text, title=title, url=defaults.get("url", ""),
                                  source=defaults.get("source", ""),
                                  published=parse_date(defaults.get("published", "")), path=name))
    except ReadError as exc:
        yield Item(name, error=str(exc))


def _kind(kind: str | None, name: str) -> str:
    ext = (kind or Path(name).suffix).lower()
    return ext if ext.startswith(".") else "." + ext


def iter_paths(paths: Iterable[str], glob: str | None = None) -> Iterator[str | Path]:
    """Expand folders (recursively; ``glob`` filters file names; hidden files and folders
    are left out) into files, in name order; '-' is stdin. A folder with no file to read is
    yielded itself, for the reader to report."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = False
            for f in sorted(path.rglob(glob or "*")):
                if f.is_file() and not any(x.startswith(".") for x in f.relative_to(path).parts) \
                        and (glob or f.suffix.lower() in SUPPORTED):
                    found = True
                    yield f
            if not found:
                yield path
        else:
            yield path


def _jsonl_stream(lines: Iterable[bytes], name: str, fields: Mapping[str, str] | None,
                  defaults: Mapping[str, str] | None, max_bytes: int) -> Iterator[Item]:
    """Records of a JSON-lines stream read line by line, so a large file or pipe never sits
    in memory whole; a bad line is reported and the others are read."""
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{name}#{n}"
        if len(raw) > max_bytes:
            yield Item(where, error=f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
            continue
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Item(where, error=f"not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first")
            continue
        yield _json_record(line, where, fields, defaults, max_bytes)


def read_inputs(paths: Iterable[str], *, glob: str | None = None, kind: str | None = None,
                fields: Mapping[str, str] | None = None, defaults: Mapping[str, str] | None = None,
                max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Items from files, folders and '-' (stdin), in order, one at a time."""
    for p in iter_paths(paths, glob):
        if p == "-":
            if kind and _kind(kind, "") in JSONL_EXTS:
                yield from _jsonl_stream(sys.stdin.buffer, "<stdin>", fields, defaults, max_bytes)
                continue
            limit = -1 if kind and _kind(kind, "") in JSON_EXTS else max_bytes + 1
            data = sys.stdin.buffer.read(limit)
            yield from read_bytes(data, "<stdin>", kind=kind, fields=fields, defaults=defaults,
                                  max_bytes=max_bytes)
            continue
        name = str(p)
        ext = _kind(kind, name)
        try:
            if p.is_dir():
                yield Item(name, error="no file to read in this folder (see --glob)")
                continue
            if not p.exists():
                yield Item(name, error="no such file or folder")
                continue
            if p.stat().st_size > max_bytes and ext not in JSONL_EXTS | JSON_EXTS:
                yield Item(name, error=f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
                continue
            if ext in JSONL_EXTS:
                with p.open("rb") as f:
                    if b"\x00" in f.read(8192):
                        yield Item(name, error="binary file, not text")
                        continue
                    f.seek(0)
                    yield from _jsonl_stream(f, name, fields, defaults, max_bytes)
                continue
            data = p.read_bytes()
        except OSError as exc:
            yield Item(name, error=f"cannot read: {exc.strerror or exc}")
            continue
        for item in read_bytes(data, name, kind=kind, fields=fields, defaults=defaults,
                               max_bytes=max_bytes):
            if item.doc is not None and not item.doc.path:
                item.doc.path = item.path
            yield item
