"""How the revision diff's time grows with the size of the texts: each shape of change at 5 KB
(the baseline) and at 50 KB, in the same process, as a ratio. Linear work gives about 10x;
quadratic work would give about 100x.

    PYTHONPATH=. .venv/bin/python bench/diff_scaling.py
"""

import random
import time

from app.diff import diff_lines

WORDS = ["discount", "pricing", "buyer", "champion", "legal", "procurement", "renewal"]


def prose(rng: random.Random, size: int) -> str:
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < size:
        lines.append("" if rng.random() < 0.3 else " ".join(rng.choice(WORDS) for _ in range(12)))
    return "\n".join(lines)


def shapes(size: int) -> dict[str, tuple[str, str]]:
    rng = random.Random(size)
    text = prose(rng, size)
    lines = size // 2
    return {
        "local edit": (text, text.replace("legal", "LEGAL", 3)),
        "every line edited": (text, "\n".join(line + " now" for line in text.split("\n"))),
        "everything different": (text, prose(rng, size)),
        "repeated lines": ("a\n" * lines, "a\n" * (lines - 10) + "b\n" * 10),
        "repeated lines shifted": ("a\nb\n" * (lines // 2), "b\na\n" * (lines // 2)),
    }


def best_of(old: str, new: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        diff_lines(old, new)
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    small, large = shapes(5_000), shapes(50_000)
    print(f"{'shape':<24} {'5 KB':>10} {'50 KB':>10} {'ratio':>7}")
    for name in small:
        base, big = best_of(*small[name]), best_of(*large[name])
        print(f"{name:<24} {base * 1000:>8.2f}ms {big * 1000:>8.2f}ms {big / base:>6.1f}x")
