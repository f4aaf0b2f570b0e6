"""Give each interaction candidate of a ``collect.py`` file the sentence before its own, so
that a model can read a relation stated across two sentences.

    .venv/bin/python experiments/encoder/context.py IN.json OUT.json

The second segment of an interaction row becomes "interaction: " and the previous sentence
(nothing for a document's first sentence); stance rows are dropped. ``train.py`` then trains
an interaction head on OUT.json as on any collected file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graphkit.documents import read_inputs  # noqa: E402
from graphkit.extract.pipeline import get_nlp  # noqa: E402

MARKS = re.compile(r"<<|>>|\[\[|\]\]")


def flat(text: str) -> str:
    """The text without its marks and spaces (a mark is set off by spaces of its own)."""
    return "".join(MARKS.sub("", text).split())


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    arts = json.loads(src.read_text(encoding="utf-8"))
    nlp = get_nlp()
    found = missing = 0
    for a in arts:
        path = ROOT / "tests" / "fixtures" / a["folder"] / f"{a['name']}.txt"
        doc = nlp(next(iter(read_inputs([str(path)]))).doc.text)
        sents = [" ".join(s.text.split()) for s in doc.sents]
        where = {flat(s): i for i, s in reversed(list(enumerate(sents)))}
        rows = []
        for c in a["cands"]:
            if c["stance"]:
                continue
            i = where.get(flat(c["text"]))
            found += i is not None
            missing += i is None
            before = sents[i - 1] if i else ""
            rows.append({**c, "seg": f"interaction: {before}".strip()})
        a["cands"] = rows
    out.write_text(json.dumps(arts), encoding="utf-8")
    print(f"{found} rows given their previous sentence, {missing} not found -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
