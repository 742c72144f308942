# Two set-up commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= $(CURDIR)/.demo/rashomon.db

.PHONY: install demo test clean

$(BIN)/rashomon: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/rashomon

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/rashomon ingest --db $(DB) --published 2025-10-22 examples/seeds
	$(BIN)/rashomon articles --db $(DB)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .demo .pytest_cache
