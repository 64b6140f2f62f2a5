# Sidenote: `make run` serves the seeded site, `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint format eval-importer bench-import clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

# Test-only front-end tools (axe-core); skipped when npm is missing.
node_modules/.installed: package.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: browser accessibility checks will be skipped"; fi

## Set up everything and serve the site on SQLite with the seeds loaded and published.
run: $(STAMP)
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_seeds --publish
	DEBUG=1 $(PY) manage.py dev_login --url http://$(HOST):$(PORT)/admin/
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## Run the whole test suite (DATABASE_URL picks PostgreSQL; SQLite when unset).
test: $(STAMP) node_modules/.installed
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run --verbosity 0 || \
		(echo "Model changes without a migration: run makemigrations." && exit 1)
	$(PY) -m ruff check .
	$(PY) -m pytest $(PYTEST_ARGS)

## Score the importer's dry run on the seeds and the annotated sets (shared scorer).
eval-importer: $(STAMP)
	tools/eval_importer.sh $(SCORER)

## Import 1,000 generated articles into a scratch PostgreSQL database; print speed and memory.
BENCH_DB ?= sidenote_bench
bench-import: $(STAMP)
	psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $(BENCH_DB)" -c "CREATE DATABASE $(BENCH_DB)" postgres
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) DEBUG=1 $(PY) manage.py migrate -v0
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/$(BENCH_DB) $(PY) tools/bench_import.py $(or $(COUNT),1000) $(JOBS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
