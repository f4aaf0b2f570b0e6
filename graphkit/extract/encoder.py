"""The stance encoder: a fine-tuned sentence encoder that reads the sentences the rules leave
open.

For every actor the document names in one sentence with an issue, and that the rules relate to
no such issue, the sentence is written with the two ends marked (``<< Newsom >> said the [[
raids ]] …``) and paired with the issue's name. A fine-tuned all-MiniLM-L6-v2 (8-bit ONNX,
``data/models/stance-encoder``; how it was trained: ``experiments/encoder/``) gives each
sentence the probabilities of no stance, for and against. The pair's surest sentence becomes
a SUPPORTS or OPPOSES relation, rule ``model:stance-encoder``, when that probability reaches
the model's threshold. The model's claims carry the confidence measured for them, lower than
most rules', so ``--min-confidence`` can drop them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from spacy.tokens import Doc, Span

from graphkit.errors import GraphkitError
from graphkit.model import ENCODER_RULE

from .actors import PERSON_PRONOUNS, DocActors
from .relations import Sink
from .resources import DEFAULT_DATA, data_dir
from .stances import IssueIndex

RULE = ENCODER_RULE
DIRNAME = Path("models") / "stance-encoder"


@dataclass
class Candidate:
    actor: str
    issue: str
    sent: Span
    text: str  # the sentence with both ends marked
    segment: str  # the issue's name


class StanceEncoder:
    """The ONNX model and its tokenizer, loaded once per process."""

    def __init__(self, path: Path, threads: int = 0) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as e:  # an install without the model's runtime
            raise GraphkitError(f"the stance encoder needs {e.name}: run `make env`, "
                                "or extract with --no-encoder") from None
        try:
            meta = yaml.safe_load((path / "model.yaml").read_text(encoding="utf-8"))
            self.threshold = float(meta["threshold"])
            self.confidence = float(meta["confidence"])
            self.labels = [int(x) for x in meta["stance_logits"]]  # no stance, for, against
            self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
            self.tokenizer.enable_truncation(max_length=int(meta.get("max_tokens", 128)),
                                             strategy="only_first")
            self.tokenizer.no_padding()  # (the file pads every row to 128 tokens)
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads  # 0: one per core
            self.session = ort.InferenceSession(str(path / "model.onnx"), opts,
                                                providers=["CPUExecutionProvider"])
        except Exception as e:  # a missing or damaged file: say which directory
            raise GraphkitError(f"cannot load the stance encoder from {path} "
                                f"({type(e).__name__}): point GRAPHKIT_ENCODER at a model "
                                "directory, restore data/models/stance-encoder from git, or "
                                "use --no-encoder") from None

    def probabilities(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """(no stance, for, against) for each (marked sentence, issue name). Rows run one at
        a time: the 8-bit model quantises each input as a whole, so a batch would let the
        other rows and their padding move a row's answer."""
        out = np.zeros((len(pairs), 3))
        for n, e in enumerate(self.tokenizer.encode_batch(pairs)):
            feed = {name: np.array([getattr(e, attr)], dtype=np.int64)
                    for name, attr in (("input_ids", "ids"), ("attention_mask", "attention_mask"),
                                       ("token_type_ids", "type_ids"))}
            z = self.session.run(None, feed)[0][0, self.labels]
            z = np.exp(z - z.max())
            out[n] = z / z.sum()
        return out


_LOADED: dict[Path, StanceEncoder] = {}


def encoder_path() -> Path:
    """``GRAPHKIT_ENCODER`` if set, else the data directory's model, else the default one."""
    env = os.environ.get("GRAPHKIT_ENCODER")
    if env:
        return Path(env)
    own = data_dir() / DIRNAME
    return own if own.is_dir() else DEFAULT_DATA / DIRNAME


def load_encoder(path: Path | None = None, threads: int = 0) -> StanceEncoder:
    """The model at ``path`` (default: ``encoder_path()``), loaded once per process with
    ``threads`` inference threads (0: one per core)."""
    path = (path or encoder_path()).resolve()
    if path not in _LOADED:
        _LOADED[path] = StanceEncoder(path, threads)
    return _LOADED[path]


def marked(doc: Doc, sent: Span, ends: list[tuple[int, int, str, str]]) -> str:
    """The sentence with each end (start token, end token, opening mark, closing mark)
    marked, its whitespace runs made single spaces (as the model was trained)."""
    base, text, ins = sent.start_char, sent.text, []
    for a, b, o, c in ends:
        ins += [(doc[a].idx - base, o), (doc[b - 1].idx + len(doc[b - 1].text) - base, c)]
    for pos, m in sorted(ins, key=lambda x: -x[0]):
        text = text[:pos] + m + text[pos:]
    return " ".join(text.split())


def occurrences(da: DocActors) -> dict[int, list[tuple[int, int, str]]]:
    """Each sentence's actor mentions (start, end, actor), by sentence start: names, and
    personal pronouns the rules resolved. Places that never act are left out."""
    occ: dict[int, list[tuple[int, int, str]]] = {}
    for m in da.mentions:
        if da.kind(m.actor) != "Location" or m.actor in da.acting:
            occ.setdefault(da.sent(m.start).start, []).append((m.start, m.end, m.actor))
    for t in da.doc:
        if t.lower_ in PERSON_PRONOUNS and t.pos_ == "PRON" and t.i not in da.tok:
            a = da.actor_at(t)
            if a:
                occ.setdefault(da.sent(t).start, []).append((t.i, t.i + 1, a))
    return occ


def stance_candidates(da: DocActors, idx: IssueIndex, occ: dict[int, list[tuple[int, int, str]]],
                      skip: set[tuple[str, str]]) -> list[Candidate]:
    """Every actor mention and issue mention in one sentence, for pairs not in ``skip``."""
    issues: dict[int, list[tuple[int, str]]] = {}
    for i, iss in idx.mentions:
        issues.setdefault(da.sent(i).start, []).append((i, iss))
    out = []
    for start, here in occ.items():
        sent = da.sent(start)
        for a0, a1, a in here:
            for i, iss in issues.get(start, []):
                if (a, iss) in skip or not (a1 <= i or i + 1 <= a0):
                    continue
                text = marked(da.doc, sent, [(a0, a1, " << ", " >> "), (i, i + 1, " [[ ", " ]] ")])
                out.append(Candidate(a, iss, sent, text, da.res.issues[iss].name))
    return out


def encoder_stances(da: DocActors, idx: IssueIndex, sink: Sink, model: StanceEncoder,
                    exclude: set[tuple[str, str]] | None = None) -> None:
    """The model's stance for each actor-issue pair the rules left open, and not in
    ``exclude``: its surest sentence, when that reaches the threshold."""
    issues = set(da.res.issues)
    skip = {(r.source, r.target) for r in sink.rels.values() if r.target in issues}
    skip |= exclude or set()
    cands = stance_candidates(da, idx, occurrences(da), skip)
    if not cands:
        return
    probs = model.probabilities([(c.text, c.segment) for c in cands])
    best: dict[tuple[str, str], tuple[float, int, Span]] = {}
    for c, p in zip(cands, probs, strict=True):
        k = 1 if p[1] >= p[2] else 2
        if p[k] > best.get((c.actor, c.issue), (0.0, 0, None))[0]:
            best[(c.actor, c.issue)] = (float(p[k]), k, c.sent)
    for (a, iss), (p, k, sent) in best.items():
        if p >= model.threshold:
            sink.add(a, iss, "SUPPORTS" if k == 1 else "OPPOSES", model.confidence,
                     "asserted", RULE, "", sent)
