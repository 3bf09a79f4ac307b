# The two commands of the README: `make run` and `make test`. Each makes its own virtualenv.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test lint bench clean

run: $(VENV)/.installed
	$(VENV)/bin/factcheck ingest fixtures/articles
	$(VENV)/bin/factcheck dashboard --port $(PORT)

test: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv
	$(PY) -m uv pip install --quiet --python $(PY) -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts
