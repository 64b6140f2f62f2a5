#!/usr/bin/env bash
# Score the importer's dry run against each annotated set with the shared scorer.
# Usage: tools/eval_importer.sh [SCORER]   (default: ../shared/tools/score_import.py)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SCORER=${1:-../shared/tools/score_import.py}
if [ ! -f "$SCORER" ]; then
  echo "The scorer is not at $SCORER; pass its path." >&2
  exit 2
fi
export DEBUG=1 DATABASE_URL="sqlite:///$(mktemp -d)/eval.sqlite3"
$PY manage.py migrate --noinput -v0
status=0
for set in "seeds:seeds:tests/fixtures/seeds_expected.toml" \
           "own articles:tests/fixtures/articles:tests/fixtures/articles/expected.toml" \
           "holdout:tests/fixtures/holdout:tests/fixtures/holdout/expected.toml" \
           "holdout2:tests/fixtures/holdout2:tests/fixtures/holdout2/expected.toml" \
           "holdout3:tests/fixtures/holdout3:tests/fixtures/holdout3/expected.toml" \
           "holdout4:tests/fixtures/holdout4:tests/fixtures/holdout4/expected.toml" \
           "holdout5:tests/fixtures/holdout5:tests/fixtures/holdout5/expected.toml" \
           "holdout6:tests/fixtures/holdout6:tests/fixtures/holdout6/expected.toml" \
           "holdout7:tests/fixtures/holdout7:tests/fixtures/holdout7/expected.toml" \
           "holdout8:tests/fixtures/holdout8:tests/fixtures/holdout8/expected.toml" \
           "holdout9:tests/fixtures/holdout9:tests/fixtures/holdout9/expected.toml" \
           "holdout10:tests/fixtures/holdout10:tests/fixtures/holdout10/expected.toml" \
           "holdout11:tests/fixtures/holdout11:tests/fixtures/holdout11/expected.toml" \
           "holdout12:tests/fixtures/holdout12:tests/fixtures/holdout12/expected.toml" \
           "holdout13:tests/fixtures/holdout13:tests/fixtures/holdout13/expected.toml" \
           "holdout14:tests/fixtures/holdout14:tests/fixtures/holdout14/expected.toml" \
           "holdout15:tests/fixtures/holdout15:tests/fixtures/holdout15/expected.toml" \
           "holdout16:tests/fixtures/holdout16:tests/fixtures/holdout16/expected.toml" \
           "holdout17:tests/fixtures/holdout17:tests/fixtures/holdout17/expected.toml" \
           "holdout18:tests/fixtures/holdout18:tests/fixtures/holdout18/expected.toml" \
           "holdout19:tests/fixtures/holdout19:tests/fixtures/holdout19/expected.toml" \
           "holdout20:tests/fixtures/holdout20:tests/fixtures/holdout20/expected.toml" \
           "holdout21:tests/fixtures/holdout21:tests/fixtures/holdout21/expected.toml" \
           "holdout22:tests/fixtures/holdout22:tests/fixtures/holdout22/expected.toml" \
           "holdout23:tests/fixtures/holdout23:tests/fixtures/holdout23/expected.toml" \
           "holdout24:tests/fixtures/holdout24:tests/fixtures/holdout24/expected.toml" \
           "holdout25:tests/fixtures/holdout25:tests/fixtures/holdout25/expected.toml" \
           "holdout26:tests/fixtures/holdout26:tests/fixtures/holdout26/expected.toml" \
           "holdout27:tests/fixtures/holdout27:tests/fixtures/holdout27/expected.toml" \
           "holdout28:tests/fixtures/holdout28:tests/fixtures/holdout28/expected.toml" \
           "holdout29:tests/fixtures/holdout29:tests/fixtures/holdout29/expected.toml" \
           "holdout30:tests/fixtures/holdout30:tests/fixtures/holdout30/expected.toml" \
           "holdout31:tests/fixtures/holdout31:tests/fixtures/holdout31/expected.toml" \
           "holdout32:tests/fixtures/holdout32:tests/fixtures/holdout32/expected.toml" \
           "holdout33:tests/fixtures/holdout33:tests/fixtures/holdout33/expected.toml" \
           "holdout34:tests/fixtures/holdout34:tests/fixtures/holdout34/expected.toml" \
           "holdout35:tests/fixtures/holdout35:tests/fixtures/holdout35/expected.toml" \
           "holdout36:tests/fixtures/holdout36:tests/fixtures/holdout36/expected.toml" \
           "holdout37:tests/fixtures/holdout37:tests/fixtures/holdout37/expected.toml" \
           "holdout38:tests/fixtures/holdout38:tests/fixtures/holdout38/expected.toml" \
           "holdout39:tests/fixtures/holdout39:tests/fixtures/holdout39/expected.toml" \
           "holdout41:tests/fixtures/holdout41:tests/fixtures/holdout41/expected.toml"; do
  IFS=: read -r label dir expected <<<"$set"
  [ -f "$expected" ] || continue
  mapfile -t files < <(find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) | sort)
  out=$(mktemp)
  $PY manage.py import_article --dry-run --json "${files[@]}" >"$out" || status=1
  echo "== $label (${#files[@]} articles)"
  if [ -n "${VERBOSE:-}" ]; then
    $PY "$SCORER" "$out" "$expected" --verbose
  else
    $PY "$SCORER" "$out" "$expected" | tail -n 1
  fi
done
exit $status
