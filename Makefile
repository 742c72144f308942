# Two set-up commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= $(CURDIR)/.demo/rashomon.db
PORT   ?= 8000

.PHONY: install demo test clean

$(BIN)/rashomon: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m rashomon.languages.lexicon
	touch $@

install: $(BIN)/rashomon

# Ingest the bundled seeds, print their story and its comparison, then serve the web app (Ctrl-C stops it).
demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/rashomon ingest --db $(DB) --published 2025-10-22 examples/seeds
	$(BIN)/rashomon articles --db $(DB)
	$(BIN)/rashomon stories --db $(DB)
	$(BIN)/rashomon stories --db $(DB) --json --limit 1 \
	  | $(BIN)/python -c 'import json, sys; print(json.loads(sys.stdin.readline())["id"])' \
	  | xargs -I{} $(BIN)/rashomon compare --db $(DB) {}
	$(BIN)/rashomon serve --db $(DB) --port $(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .demo .pytest_cache
