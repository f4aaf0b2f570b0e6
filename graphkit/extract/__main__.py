"""``python -m graphkit.extract FILE...``: print the merged extraction as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

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
                yield Document(text=f.read_text(encoding="utf-8"), path=str(f), source=f.name)

    result = merge(list(extract_many(docs(), jobs=args.jobs, encoder=args.encoder)))
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
