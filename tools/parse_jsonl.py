"""Print the importer's reading of article files as JSON Lines (a development aid).

Usage: python tools/parse_jsonl.py FILE... > pred.jsonl
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interviews.importers import decode_article, parse_article  # noqa: E402


def main(paths: list[str]) -> int:
    for path in paths:
        p = Path(path)
        if p.suffix == ".toml":
            continue
        article = parse_article(decode_article(p.read_bytes()))
        print(json.dumps(article.to_json(p.name), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
