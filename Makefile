# Two entry points: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/nominations run input --out output

# scripts/ holds Python scripts without a .py suffix: name them so ruff reads them.
PY_SCRIPTS := scripts/evaluate scripts/bench-bombs scripts/evaluate-layouts scripts/bench-catalogue \
	scripts/evaluate-catalogue scripts/evaluate-queue scripts/bench-cluster scripts/bench-ocr-engine \
	scripts/train-ner scripts/ner_examples.py scripts/bench-ner

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests $(PY_SCRIPTS)
	$(BIN)/ruff format --check pipeline tests $(PY_SCRIPTS)
	$(BIN)/mypy pipeline

test: lint
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
