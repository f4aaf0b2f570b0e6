"""``python -m graphkit.extract FILE...``: print the merged extraction as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graphkit.errors import GraphkitError
from graphkit.model import Document

from . import extract_many, merge


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m graphkit.extract", description=__doc__)
    ap.add_argument("files", nargs="+", type=Path, help="text files ('-' for stdin)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-encoder", dest="encoder", action="store_false",
                    help="the rules alone, without the stance encoder")
    args = ap.parse_args(argv)

    def docs():
        for f in args.files:
            if str(f) == "-":
                yield Document(text=sys.stdin.read(), source="stdin")
            else:
                try:
                    text = f.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise GraphkitError(f"cannot read {f} ({type(exc).__name__}): give UTF-8 "
                                        "text files (graphkit extract reads more formats)") from None
                yield Document(text=text, path=str(f), source=f.name)

    try:
        result = merge(list(extract_many(docs(), jobs=args.jobs, encoder=args.encoder)))
    except GraphkitError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
