# Kakehashi developer commands (GNU make). Run `make` or `make help` for the list.

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
PYTEST_ARGS ?=

BIN := $(VENV)/bin
PY := $(BIN)/python
# Touched after a successful install; re-install only when a requirements file is newer.
STAMP := $(VENV)/.installed

# Translation catalogues in the project (outside the virtualenv); empty when there are none.
HAS_PO = $(shell find . -path ./$(VENV) -prune -o -path '*/locale/*' -name '*.po' -print -quit 2>/dev/null)

GETTEXT_HINT := install GNU gettext (Debian/Ubuntu: apt-get install gettext; macOS: brew install gettext)

.DEFAULT_GOAL := help
.PHONY: help venv install run test lint format typecheck messages compilemessages bench train \
	compilemessages-if-possible check clean distclean

help: ## List the available targets
	@echo "Usage: make <target> [PORT=8000] [PYTHON=python3] [VENV=.venv] [PYTEST_ARGS=...]"
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-17s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -r requirements-dev.txt
	@touch $@

venv: $(STAMP) ## Create the virtualenv (VENV, default .venv) and install requirements-dev.txt when changed

install: $(STAMP) ## Same as venv

run: $(STAMP) compilemessages-if-possible ## Migrate, load demo data and serve on 127.0.0.1:PORT (default 8000)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(STAMP) compilemessages-if-possible ## Run the test suite (DATABASE_URL picks the database; PYTEST_ARGS=... adds options)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP) ## Check code style with ruff (lint + formatting)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Format the code and apply ruff's safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP) ## Type-check with mypy (configured in pyproject.toml)
	$(BIN)/mypy

messages: $(STAMP) ## Extract translatable strings into locale/{vi,ja}
	@command -v xgettext >/dev/null 2>&1 || { echo "error: xgettext not found; $(GETTEXT_HINT)." >&2; exit 1; }
	$(PY) manage.py makemessages -l vi -l ja --no-obsolete --ignore=$(VENV) --ignore=staticfiles --ignore=tests --ignore=bench --ignore=scripts

compilemessages: $(STAMP) ## Compile locale/*.po into .mo files (needs gettext's msgfmt)
	@if [ -z "$(HAS_PO)" ]; then echo "No locale/*.po files yet: nothing to compile."; exit 0; fi; \
	command -v msgfmt >/dev/null 2>&1 || { echo "error: msgfmt not found; $(GETTEXT_HINT)." >&2; exit 1; }; \
	echo "$(PY) manage.py compilemessages --ignore=$(VENV)"; \
	$(PY) manage.py compilemessages --ignore=$(VENV)

# Used by run and test: the compiled .mo files are committed, so without msgfmt we warn and go on.
compilemessages-if-possible: $(STAMP)
	@if [ -z "$(HAS_PO)" ]; then \
		echo "No locale/*.po files yet: nothing to compile."; \
	elif command -v msgfmt >/dev/null 2>&1; then \
		echo "$(PY) manage.py compilemessages --ignore=$(VENV)"; \
		$(PY) manage.py compilemessages --ignore=$(VENV); \
	else \
		echo "warning: msgfmt not found, using the committed .mo files; $(GETTEXT_HINT) to rebuild them." >&2; \
	fi

bench: $(STAMP) ## Run the matcher's benchmarks and evaluation (prints figures; takes a few minutes)
	$(PY) bench/bench_ranking.py
	$(PY) bench/bench_refresh.py
	$(PY) bench/eval_ranking.py

train: $(STAMP) ## Retrain the matcher (from recorded outcomes when enough exist) and print its evaluation
	$(PY) manage.py train_matcher

check: $(STAMP) ## Django system checks and a check for missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean: ## Remove caches and collected static files (keeps the virtualenv and the database)
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
	rm -rf .pytest_cache .mypy_cache .ruff_cache staticfiles bench/results

distclean: clean ## Also remove the virtual environment
	rm -rf $(VENV)

.PHONY: api-check
api-check: $(STAMP) ## Fuzz the REST API against its OpenAPI schema with schemathesis (a few minutes)
	PYTHON=$(PY) SCHEMATHESIS=$(BIN)/schemathesis scripts/api_check.sh
