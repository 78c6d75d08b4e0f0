# telnyx-messaging: every workflow. `make demo` and `make test` set everything up themselves.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PRISM := node_modules/.bin/prism
# The upstream spec: a path or an http(s) URL (see openapi/README.md).
TELNYX_SPEC ?= ../shared/openapi/telnyx-spec3-2026-07-16.yml
SPEC_OUT := build/spec/messaging.json
OLD ?= ../shared/openapi/telnyx-spec3-2026-01-30.yml
# `make replay`: the upstream specs to regenerate from, one temporary copy each.
SPECS ?= $(sort $(wildcard ../shared/openapi/telnyx-spec3-*.yml))
NEW ?= $(TELNYX_SPEC)
PYTEST_ARGS ?=
export TELNYX_SPEC

.PHONY: help setup venv node spec generate check-generated spec-diff replay lint format typecheck \
        test unit contract demo fuzz bench bench-quick bench-peer bench-volume official-names prepare lock clean

help:
	@echo "make demo             every reference flow against the fake Telnyx (Python only; MOCK=prism: Prism)"
	@echo "make test             check-generated + lint + typecheck + the whole test suite"
	@echo "make generate         upstream spec -> cut -> patch -> generated/ (TELNYX_SPEC=path|url)"
	@echo "make check-generated  prove generated/ matches spec + openapi/ byte for byte"
	@echo "make spec-diff OLD=.. NEW=..   what changed per operation between two upstream specs"
	@echo "make replay SPECS=\"a.yml b.yml\"  regenerate from each spec in a temporary copy + offline suites"
	@echo "make fuzz | bench | bench-peer | lint | typecheck | format"

# --- environment ------------------------------------------------------------------
$(VENV)/.installed: pyproject.toml requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev,bench,testing]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

venv: $(VENV)/.installed
node: node_modules/.installed
setup: venv node

lock: venv  ## refresh requirements/constraints.txt from the current virtualenv
	{ echo '# Exact versions of everything `make setup` installs (pip install -c). Refresh with `make lock`.'; \
	  $(BIN)/pip freeze --exclude-editable | grep -v '^telnyx'; } > requirements/constraints.txt

# --- spec and generation ----------------------------------------------------------
spec: venv
	$(BIN)/python openapi/tools/build_spec.py $(TELNYX_SPEC) $(SPEC_OUT)

$(SPEC_OUT): $(VENV)/.installed openapi/scope.yml openapi/patches.overlay.yml $(wildcard openapi/tools/*.py)
	$(BIN)/python openapi/tools/build_spec.py $(TELNYX_SPEC) $(SPEC_OUT)

generate: venv
	$(BIN)/python openapi/tools/generate.py --spec $(TELNYX_SPEC) --out generated \
	    --spec-out $(SPEC_OUT) --pin openapi/source.yml --surface-out overlay/telnyx_messaging/_resources

# Strict scope: generated/ is built from a spec holding every scope.yml entry (STRICT_SCOPE=0 to relax).
check-generated: venv
	STRICT_SCOPE=$${STRICT_SCOPE:-1} $(BIN)/python openapi/tools/check_generated.py --spec $(TELNYX_SPEC)

spec-diff: venv
	$(BIN)/python openapi/tools/spec_diff.py $(OLD) $(NEW)

replay: venv
	$(BIN)/python openapi/tools/replay.py $(SPECS)

# --- quality ----------------------------------------------------------------------
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overlay openapi/tools tests bench examples

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format overlay openapi/tools tests bench examples

typecheck: venv
	$(BIN)/mypy overlay/telnyx_messaging
	$(BIN)/mypy openapi/tools

# --- tests ------------------------------------------------------------------------
test: setup $(SPEC_OUT) check-generated lint typecheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

unit: venv $(SPEC_OUT)
	$(BIN)/python -m pytest -m "not contract" $(PYTEST_ARGS)

contract: setup $(SPEC_OUT)
	$(BIN)/python -m pytest -m contract $(PYTEST_ARGS)

fuzz: venv $(SPEC_OUT)
	TELNYX_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -m fuzz -p no:randomly $(PYTEST_ARGS)

prepare: format lint typecheck test

# --- the main job -------------------------------------------------------------------
# MOCK=fake (default): telnyx_messaging.testing.TelnyxFake, Python only (no Node needed).
# MOCK=prism: Stoplight Prism on the cut spec (needs Node: `make setup` installs it).
MOCK ?= fake
ifeq ($(MOCK),prism)
demo: setup $(SPEC_OUT)
	$(BIN)/python examples/demo.py --mock prism --spec $(SPEC_OUT) --prism $(PRISM)
else
demo: venv
	$(BIN)/python examples/demo.py --mock $(MOCK)
endif

# --- benchmarks -------------------------------------------------------------------
bench: venv $(SPEC_OUT)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The campaign benchmarks at the issue's full size: a 1,000,000-row CSV and 60 s of a 20 MPS sender (~4 min).
bench-volume: venv
	BENCH_VOLUME_FULL=1 $(BIN)/python bench/run.py --only volume --no-write

bench-quick: venv $(SPEC_OUT)
	$(BIN)/python bench/run.py --quick

bench-peer: venv
	$(BIN)/python bench/peer_setup.py
	$(BIN)/python bench/run.py --peer $(BENCH_ARGS)

# The official SDK's type names for our operations -> overlay/telnyx_messaging/types/_names.py
# (tests/parity fails when that table no longer matches telnyx==4.189.0).
official-names: venv
	$(BIN)/python bench/peer_setup.py
	$(BIN)/python -m tests.parity.names
	$(BIN)/ruff format overlay/telnyx_messaging/types/_names.py

clean:
	rm -rf build .mypy_cache .ruff_cache .pytest_cache .hypothesis
