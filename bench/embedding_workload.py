"""The texts and the measurements shared by the sentence-embedding benchmarks.

It imports nothing of the app nor any engine, so that bench/embedding_reference.py runs it in a
scratch venv with torch and sentence-transformers (and without the app's dependencies), and so
that an engine's start-up is timed from its first import.

    queries(n)     n queries of 10 words, one at a time as a person searches
    documents(n)   n documents of 200 words (about 260 tokens: the model reads the first 256)
    measure(...)   start-up (import and load to the first vector), query latency p50 / p95,
                   document throughput in batches, and memory (RSS, and its peak)
    installed_mb   the size of what a set of distributions brings with it, from pip's records
"""

from __future__ import annotations

import importlib.metadata
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

SEED = 20251203
_OPENERS = ("how do we", "what is our answer when", "who has handled", "best way to",
            "can we", "is there a playbook for", "what worked for", "should I")
_PHRASES = (
    "the procurement lead asks for a bigger discount", "a champion who left mid-deal",
    "security review questionnaire", "the CFO wants a business case", "multi-year renewal",
    "Brightline CRM undercuts our pricing", "Kestrel Insights in the shortlist",
    "mutual action plan", "a compelling event before quarter end", "MSA redlines on liability",
    "data residency in EMEA", "the legal team stalls the order form", "a pilot that never ends",
    "forecast category commit", "the VP of Sales joins the call", "onboarding takes too long",
    "a competitor's free tier", "single sign-on and SCIM", "usage-based pricing",
    "the economic buyer is not in the room", "a reference customer in healthcare",
)
_WORDS = (
    "deal", "pipeline", "quote", "discount", "approval", "renewal", "expansion", "churn",
    "champion", "buyer", "budget", "timeline", "stakeholder", "objection", "pricing", "packaging",
    "contract", "signature", "legal", "procurement", "security", "integration", "rollout",
    "adoption", "training", "onboarding", "success", "metrics", "value", "ROI", "payback",
    "forecast", "quota", "territory", "account", "region", "partner", "reseller", "channel",
    "demo", "trial", "pilot", "proof", "workshop", "discovery", "qualification", "MEDDIC",
    "competitor", "incumbent", "migration", "data", "platform", "analytics", "dashboard",
    "workflow", "automation", "license", "seat", "usage", "tier", "enterprise", "midmarket",
    "startup", "healthcare", "banking", "retail", "manufacturing", "public", "sector",
    "compliance", "audit", "GDPR", "SOC2", "invoice", "payment", "terms", "net60", "quarter",
    "fiscal", "year", "close", "plan", "risk", "escalation", "executive", "sponsor", "sign-off",
    "scope", "statement", "requirements", "shortlist", "evaluation", "scorecard"
)
_CONNECTIVES = ("and", "but", "so", "because", "while", "then", "also", "yet", "the", "a", "our",
                "their", "with", "for", "in", "on", "at", "before", "after", "without")


def _sentence(rng: random.Random, words: int) -> list[str]:
    out = rng.choice(_PHRASES).split() if rng.random() < 0.4 else []
    while len(out) < words:
        out.append(rng.choice(_CONNECTIVES) if rng.random() < 0.35 else rng.choice(_WORDS))
    return out[:words]


def queries(n: int) -> list[str]:
    rng = random.Random(SEED)
    made = []
    for _ in range(n):
        words = rng.choice(_OPENERS).split()
        words += _sentence(rng, 10 - len(words))
        made.append(" ".join(words[:10]) + "?")
    return made


def documents(n: int) -> list[str]:
    rng = random.Random(SEED + 1)
    made = []
    for _ in range(n):
        words: list[str] = []
        while len(words) < 200:
            sentence = _sentence(rng, rng.randint(8, 20))
            sentence[0] = sentence[0].capitalize()
            words += sentence
            words[-1] += "."
        made.append(" ".join(words[:200]))
    return made


def percentile(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def memory_mb(pid: int | str = "self") -> tuple[float, float]:
    """A process's resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = {key: int(value) / 1024 for key, value in
             re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.MULTILINE)}
    return found["VmRSS"], found["VmHWM"]


def measure(load: Callable[[], Callable[[list[str]], object]],
            memory: Callable[[], tuple[float, float]], *, n_queries: int = 200,
            n_documents: int = 320, batch: int = 32) -> dict[str, float]:
    """The figures for one engine. `load` imports and loads it and returns its encode function
    (list of texts -> vectors); `memory` gives the RSS of the process that holds the model."""
    asked, corpus = queries(n_queries), documents(n_documents)
    started = time.perf_counter()
    encode = load()
    encode(["What discount can I offer on a three-year renewal?"])
    startup = time.perf_counter() - started
    for text in asked[:5]:  # warm-up
        encode([text])
    latencies = []
    for text in asked:
        began = time.perf_counter()
        encode([text])
        latencies.append(time.perf_counter() - began)
    encode(corpus[:batch])  # warm-up at the batch's size
    began = time.perf_counter()
    for start in range(0, len(corpus), batch):
        encode(corpus[start:start + batch])
    elapsed = time.perf_counter() - began
    rss, peak = memory()
    return {
        "startup_s": startup,
        "query_p50_ms": percentile(latencies, 50) * 1000,
        "query_p95_ms": percentile(latencies, 95) * 1000,
        "docs_per_s": len(corpus) / elapsed,
        "rss_mb": rss,
        "peak_rss_mb": peak,
    }


def _requirements(name: str) -> list[str]:
    """The distributions `name` needs (not its extras'), as pip would install them."""
    found = []
    for requirement in importlib.metadata.requires(name) or []:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        if marker.strip() and not _marker_holds(marker):
            continue
        found.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return found


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # a platform marker we cannot read: count the requirement
        return True
    return Marker(marker.strip()).evaluate()


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements_closure(roots: list[str], without_dependencies: tuple[str, ...] = ()) -> \
        set[str]:
    """The installed distributions `roots` and everything they require (except the
    requirements of those in `without_dependencies`, installed with --no-deps)."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        name = _canonical(pending.pop())
        if name in seen:
            continue
        try:
            importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        seen.add(name)
        if name not in {_canonical(n) for n in without_dependencies}:
            pending.extend(_requirements(name))
    return seen


def installed_mb(roots: list[str], without_dependencies: tuple[str, ...] = (),
                 besides: set[str] = frozenset()) -> tuple[float, list[str]]:
    """MB on disk of the distributions `roots` bring (requirements_closure), leaving out those
    in `besides` (already installed for other reasons), from the sizes in pip's RECORD files;
    and their names."""
    names = requirements_closure(roots, without_dependencies) - {_canonical(n) for n in besides}
    total = 0
    for name in names:
        for file in importlib.metadata.distribution(name).files or []:
            total += file.size or 0
    return total / 1e6, sorted(names)


def table(rows: dict[str, dict[str, float]]) -> str:
    """The figures as a Markdown table, one row per engine."""
    lines = ["| engine | start-up (s) | query p50 / p95 (ms) | documents/s | RSS / peak (MB) |",
             "|---|---:|---:|---:|---:|"]
    for name, f in rows.items():
        lines.append(f"| {name} | {f['startup_s']:.2f} | {f['query_p50_ms']:.1f} / "
                     f"{f['query_p95_ms']:.1f} | {f['docs_per_s']:.1f} | "
                     f"{f['rss_mb']:.0f} / {f['peak_rss_mb']:.0f} |")
    return "\n".join(lines)
