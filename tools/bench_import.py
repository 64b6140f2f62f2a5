"""Benchmark: import generated articles of realistic size into the configured database.

Usage: DATABASE_URL=postgres://… python tools/bench_import.py [COUNT [JOBS]]
Imports the way ``import_article --jobs JOBS`` does (default: one worker per
core) and prints articles per second and peak memory, with checkpoints so that
memory growth with the count shows. Writes into the database it is given:
point it at a scratch database.
"""

import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
# Production settings: DEBUG off (no query log), so the figures are what a server gets.
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("HTTPS", "0")

import django  # noqa: E402

django.setup()

from interviews.batch import Article, import_many  # noqa: E402
from interviews.importers import parse_article  # noqa: E402
from interviews.manifest import read_manifest  # noqa: E402
from interviews.services import ensure_topics  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST = ["Ana", "Tomas", "Priya", "Kwame", "Lena", "Hiro", "Sofia", "Omar", "Mei", "Jonas"]
LAST = ["Ruiz", "Berg", "Natarajan", "Mensah", "Vogel", "Tanaka", "Moreau", "Haddad", "Lin"]
ORGS = ["Fernhill", "Halden Bank", "Northwind", "Brightline", "Copperleaf", "Quayside Labs"]
TOPICS = ["pricing", "hiring", "regulation", "open models", "energy", "privacy", "growth"]


def article(n: int, rng: random.Random) -> str:
    """A write-up the size of the seeds (4–9 KB): byline, headed sections with reported
    speech, direct quotes, an outside analyst and the author's critique, page furniture."""
    subject = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    surname = subject.split()[-1]
    analyst = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    org = rng.choice(ORGS)
    parts = [
        f"{subject} on {rng.choice(TOPICS)} and what comes next (#{n})",
        f"By {rng.choice(FIRST)} {rng.choice(LAST)}",
        f"{org}'s CEO {subject} spoke to us at length about the year ahead, from the "
        "factory floor to the boardroom, and about the bets the company has made.",
    ]
    for s in range(rng.randint(6, 12)):
        topic = rng.choice(TOPICS)
        parts.append(f"The question of {topic} {s}")
        parts.append(
            f"{surname} argued that {topic} will decide the next decade for {org}, and that "
            f"the company has spent two years preparing for it. {surname} believes rivals "
            "underestimate how long the shift will take."
        )
        parts.append(
            f'"We spent a long time on {topic}, longer than anyone expected, and it paid off '
            f'in ways I did not predict when we started," {surname} said.'
        )
        if rng.random() < 0.3:
            parts.append(
                f'"The market has heard this before," said {analyst}, an analyst at '
                f'{rng.choice(ORGS)}. "What matters is whether the {topic} numbers move."'
            )
        parts.append(
            f"That claim is hard to square with {org}'s own results, which show {topic} "
            "costs rising faster than revenue. Rivals such as Northwind have taken a more "
            "cautious approach, and their margins show it."
        )
    parts.append("Share this article")
    return "\n\n".join(parts) + "\n"


def rss_mb(kb: int) -> float:
    return kb / 1024


def reference_ms() -> float:
    """A fixed pure-Python workload, so that figures from different machines compare:
    articles per second scale roughly with its inverse."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        sum(i * i for i in range(1_000_000))
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main(count: int, jobs: int) -> None:
    # The seeds' topic vocabulary, so that topic suggestions cost what they cost in use.
    ensure_topics(read_manifest(SEEDS / "manifest.toml").topics)
    rng = random.Random(7)
    texts = [article(n, rng) for n in range(count)]
    size = sum(len(t) for t in texts) / count
    print(f"{count} articles, {size / 1000:.1f} KB each on average, {jobs} worker(s)")
    print(f"this machine: {reference_ms():.0f} ms for the reference loop (lower is faster)")
    run = f"bench-{time.time():.0f}"
    articles = (
        Article(label=f"{run}-{n}", name=f"{run}-{n}.txt", data=t.encode())
        for n, t in enumerate(texts)
    )
    checkpoints = {count // 4, count // 2, 3 * count // 4, count}
    worker_peak = 0
    start = time.perf_counter()
    for n, outcome in enumerate(import_many(articles, jobs=jobs), start=1):
        if outcome.error:
            sys.exit(f"{outcome.label}: {outcome.error}")
        worker_peak = max(worker_peak, outcome.peak_rss_kb)
        if n in checkpoints:
            elapsed = time.perf_counter() - start
            print(
                f"  {n:5d} imported  {n / elapsed:6.1f} articles/s  "
                f"peak RSS: importer {rss_mb(worker_peak):.0f} MB"
            )
    elapsed = time.perf_counter() - start
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"{count / elapsed:.1f} articles per second; peak memory {rss_mb(worker_peak):.0f} MB "
        f"per importing process ({rss_mb(parent):.0f} MB in the parent, which holds the texts)"
    )
    # The parser alone, on the same texts and on the seeds: where the time goes.
    sample = texts[: min(count, 200)]
    start = time.perf_counter()
    for text in sample:
        parse_article(text)
    per = (time.perf_counter() - start) / len(sample)
    print(f"parser alone: {per * 1000:.1f} ms an article ({1 / per:.0f} articles/s)")
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    start = time.perf_counter()
    for _ in range(5):
        for text in seeds:
            parse_article(text)
    kb = sum(len(t.encode()) for t in seeds) * 5 / 1000
    print(f"parser on the seeds: {(time.perf_counter() - start) / kb * 1000:.2f} ms per KB")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    main(count, int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count() or 1)
