"""Extraction throughput and memory benchmark. Prints figures; asserts nothing.

    python bench/extract.py [--docs N] [--jobs N] [--batch-size N] [--dev DIR] [--no-encoder]
                            [--articles DIR]

Builds documents by shuffling and repeating the sentences of the dev texts, then reports
documents/second and the peak RSS after a run at two corpus sizes (N/4 and N), to show that
memory does not grow with the number of documents, and the ratio of extraction time to a
bare ``nlp.pipe`` over the same texts: for the rules alone (target <= 1.5) and for the
default extraction, rules plus the stance encoder. ``--no-encoder`` runs the throughput and
memory part with the rules alone. ``--articles DIR`` uses the ``*.txt`` files under DIR
(cycled) instead of shuffled dev sentences: real articles name fewer actors with issues in
one sentence, so the encoder has less to read.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, not whichever graphkit is installed

from graphkit.extract import extract_many, get_nlp  # noqa: E402
from graphkit.model import Document  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


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


def corpus(sents: list[str], n: int, seed: int = 7, articles: list[Path] | None = None):
    """A generator of n documents of 8-20 sentences each (never all held in memory), or of
    the given articles, cycled."""
    if articles:
        for i in range(n):
            text = articles[(i + seed) % len(articles)].read_text(encoding="utf-8")
            yield Document(text=f"{text}\n\n(bench {i})", source="bench")
        return
    rng = random.Random(seed)
    for i in range(n):
        k = rng.randint(8, 20)
        body = " ".join(rng.choice(sents) for _ in range(k))
        yield Document(text=f"{body}\n\n(bench {i})", source="bench")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _time_batch(nlp, batch: list[Document], size: int, totals: list[float]) -> None:
    """Add the batch's bare parse, rules and rules + encoder times to ``totals``."""
    texts = [d.text for d in batch]
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=size):
        pass
    t1 = time.perf_counter()
    for _ in extract_many(batch, batch_size=size, encoder=False):
        pass
    t2 = time.perf_counter()
    for _ in extract_many(batch, batch_size=size):
        pass
    t3 = time.perf_counter()
    for i, dt in enumerate((t1 - t0, t2 - t1, t3 - t2)):
        totals[i] += dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--articles", type=Path, help="a folder of real articles (*.txt) to use")
    ap.add_argument("--no-encoder", dest="encoder", action="store_false",
                    help="throughput and memory with the rules alone")
    ap.add_argument("--ratio-docs", type=int, default=600,
                    help="documents used for the extract/parse ratio (default 600)")
    args = ap.parse_args()
    sents = sentences(args.dev)
    arts = sorted(args.articles.rglob("*.txt")) if args.articles else None
    if args.articles and not arts:
        sys.exit(f"no .txt files under {args.articles}")
    nlp = get_nlp()
    list(extract_many(corpus(sents, 8)))  # warm up: models, matchers
    n_small = max(1, args.docs // 4)
    source = f"articles: {len(arts)}" if arts else f"sentences: {len(sents)}"
    print(f"{source}  docs: {args.docs}  jobs: {args.jobs}  "
          f"batch: {args.batch_size}  encoder: {'on' if args.encoder else 'off'}")
    for n in (n_small, args.docs):
        t0 = time.perf_counter()
        rels = 0
        for ex in extract_many(corpus(sents, n, articles=arts), jobs=args.jobs,
                               batch_size=args.batch_size, encoder=args.encoder):
            rels += len(ex.relations)
        t_ext = time.perf_counter() - t0
        rss = peak_rss_mb()
        print(f"extract  {n:6d} docs: {t_ext:7.2f}s  {n / t_ext:7.1f} docs/s  "
              f"{rels} relations  peak RSS {rss:.0f} MB")
    # ratio: bare nlp.pipe and full extraction over the same batches, interleaved so that
    # both see the same machine load (the machine is shared)
    n_ratio = min(args.docs, args.ratio_docs)
    totals = [0.0, 0.0, 0.0]
    batch: list[Document] = []
    for d in corpus(sents, n_ratio, seed=11, articles=arts):
        batch.append(d)
        if len(batch) == args.batch_size:
            _time_batch(nlp, batch, args.batch_size, totals)
            batch = []
    if batch:
        _time_batch(nlp, batch, args.batch_size, totals)
    t_parse, t_rules, t_enc = totals
    print(f"nlp.pipe {n_ratio:6d} docs: {t_parse:7.2f}s  {n_ratio / t_parse:7.1f} docs/s")
    for name, t in (("rules", t_rules), ("rules + encoder", t_enc)):
        print(f"extract, {name:<16} {n_ratio:6d} docs: {t:7.2f}s  {n_ratio / t:7.1f} docs/s"
              "  (1 process)")
    print(f"ratio extract / bare parse: rules {t_rules / t_parse:.2f} (target <= 1.5), "
          f"rules + encoder {t_enc / t_parse:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
