"""Reads a seed manifest (TOML): the facts about seed articles their texts do not state."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .services import InterviewFacts


class ManifestError(ValueError):
    pass


@dataclass
class SeedInterview:
    facts: InterviewFacts
    sources: list[Path]


@dataclass
class SeedManifest:
    interviews: list[SeedInterview] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)


_FACT_FIELDS = {
    "slug", "title", "format", "event", "outlet", "date", "date_precision",
    "recording_url", "source_url", "subjects", "interviewers", "hosts",
}  # fmt: skip


def read_manifest(path: Path) -> SeedManifest:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ManifestError(f"No manifest at {path}.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path} is not valid TOML: {exc}") from exc
    manifest = SeedManifest(topics=list(data.get("topic", [])))
    for n, entry in enumerate(data.get("interview", []), start=1):
        unknown = set(entry) - _FACT_FIELDS - {"sources"}
        if unknown:
            raise ManifestError(f"Interview {n} in {path.name}: unknown fields {sorted(unknown)}.")
        sources = [path.parent / name for name in entry.get("sources", [])]
        if not sources:
            raise ManifestError(f"Interview {n} in {path.name} lists no sources.")
        missing = [str(s.name) for s in sources if not s.is_file()]
        if missing:
            raise ManifestError(f"Interview {n} in {path.name}: no such file {missing}.")
        values = {k: v for k, v in entry.items() if k != "sources"}
        if "date" in values and not isinstance(values["date"], dt.date):
            raise ManifestError(f"Interview {n} in {path.name}: date must be YYYY-MM-DD.")
        for key in ("subjects", "interviewers", "hosts"):
            values[key] = tuple(values.get(key, ()))
        manifest.interviews.append(SeedInterview(facts=InterviewFacts(**values), sources=sources))
    for topic in manifest.topics:
        if not topic.get("name"):
            raise ManifestError(f"A topic in {path.name} has no name.")
    return manifest
