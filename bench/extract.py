"""Extraction throughput and memory benchmark. Prints figures; asserts nothing.

    python bench/extract.py [--docs N] [--jobs N] [--batch-size N] [--dev DIR]

Builds documents by shuffling and repeating the sentences of the dev texts, then reports
documents/second, the ratio of extraction time to a bare ``nlp.pipe`` over the same texts
(target <= 1.5) and the peak RSS after a run at two corpus sizes (N/4 and N) to show that
memory does not grow with the number of documents.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

from graphkit.extract import extract_many, get_nlp
from graphkit.model import Document

DEV = Path("/work/shared/eval/dev")


def sentences(dev: Path) -> list[str]:
    out: list[str] = []
    for f in sorted(dev.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").split("\n"):
            out += [s for s in re.split(r"(?<=[.!?\u201d\"])\s+(?=[\u201cA-Z\"])", para)
                    if len(s) > 20]
    if not out:  # fall back to the seed article
        seed = Path(__file__).resolve().parents[1] / "data" / "articles" / "la-national-guard.txt"
        out = [s for s in re.split(r"(?<=[.!?])\s+", seed.read_text()) if len(s) > 20]
    return out


def corpus(sents: list[str], n: int, seed: int = 7):
    """A generator of n documents of 8-20 sentences each (never all held in memory)."""
    rng = random.Random(seed)
    for i in range(n):
        k = rng.randint(8, 20)
        body = " ".join(rng.choice(sents) for _ in range(k))
        yield Document(text=f"{body}\n\n(bench {i})", source="bench")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--dev", type=Path, default=DEV)
    args = ap.parse_args()
    sents = sentences(args.dev)
    nlp = get_nlp()
    list(extract_many(corpus(sents, 8)))  # warm up: model, matchers
    n_small = max(1, args.docs // 4)
    print(f"sentences: {len(sents)}  docs: {args.docs}  jobs: {args.jobs}  "
          f"batch: {args.batch_size}")
    for n in (n_small, args.docs):
        t0 = time.perf_counter()
        rels = 0
        for ex in extract_many(corpus(sents, n), jobs=args.jobs, batch_size=args.batch_size):
            rels += len(ex.relations)
        t_ext = time.perf_counter() - t0
        rss = peak_rss_mb()
        print(f"extract  {n:6d} docs: {t_ext:7.2f}s  {n / t_ext:7.1f} docs/s  "
              f"{rels} relations  peak RSS {rss:.0f} MB")
    # bare parse over the same texts, same batching, one process
    t0 = time.perf_counter()
    for _ in nlp.pipe((d.text for d in corpus(sents, args.docs)), batch_size=args.batch_size):
        pass
    t_parse = time.perf_counter() - t0
    print(f"nlp.pipe {args.docs:6d} docs: {t_parse:7.2f}s  {args.docs / t_parse:7.1f} docs/s")
    if args.jobs == 1:
        t0 = time.perf_counter()
        for _ in extract_many(corpus(sents, args.docs), batch_size=args.batch_size):
            pass
        t_ext = time.perf_counter() - t0
        print(f"ratio extract / bare parse: {t_ext / t_parse:.2f}  (target <= 1.5)")
    else:
        print("ratio: run with --jobs 1 to compare against a single-process bare parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
