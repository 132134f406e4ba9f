# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint bench demo screenshots bundle translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/python -m workshop gui-check && $(BIN)/python -m workshop $(ARGS)

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# One worker per core; a test file stays on one worker, so its module fixtures are built once.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run_all

demo: $(STAMP_RUN)
	$(BIN)/python -m workshop demo

# A standalone app for Windows or macOS laptops; run it on the platform you build for
# (PyInstaller does not cross-compile). The result is in dist/Co-design Workshop/.
# Alembic reads migrations from disk, so they travel as files; on Windows use ';' in --add-data.
SEP ?= :
bundle: $(STAMP_RUN)
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.0'
	$(BIN)/pyinstaller --noconfirm --clean --windowed --name "Co-design Workshop" \
		--icon resources/icons/codesign-workshop-256.png \
		--add-data "models/migrations$(SEP)models/migrations" \
		--add-data "resources$(SEP)resources" \
		--collect-submodules workshop --collect-submodules ui \
		--collect-submodules exports --collect-submodules models \
		--hidden-import uharfbuzz --hidden-import bidi --hidden-import lingua \
		workshop/__main__.py

screenshots: $(STAMP_RUN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots docs/images
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.laptop_screenshots docs/images

translations: $(STAMP_RUN)
	$(BIN)/python -m ui.catalogue

clean:
	rm -rf $(VENV) build dist *.egg-info
