# The two commands of the README: `make serve` and `make test`. Both set up .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.tiru-installed

.PHONY: serve test install lint clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m playwright --version >/dev/null
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(VENV)/bin/tiru serve

# The suite includes the linters: code that ruff or mypy rejects does not land.
test: lint
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check graph server tests bench
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .tiru
