# Lockgate's two commands: `make up` runs the gateway on embedded defaults, `make test` runs the tests.
# Each creates the virtualenv it needs on first use.

VENV := .venv
PYTHON := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: up test test-fast bench

$(STAMP): pyproject.toml
	@echo "lockgate: creating the virtualenv in $(VENV) (first run only)"
	python3 -m venv $(VENV)
	@echo "lockgate: installing Lockgate and its dependencies into $(VENV) (about a minute on first run; pip shows each package)"
	$(PYTHON) -m pip install --progress-bar off --upgrade pip
	$(PYTHON) -m pip install --progress-bar off -e '.[test]'
	@echo "lockgate: compiling the masker's Hyperscan keyword databases into ./data/cache (seconds; none where no wheel)"
	$(PYTHON) -m services.masker.hyperscan_build
	@echo "lockgate: installed"
	touch $(STAMP)

up: $(STAMP)
	$(VENV)/bin/lockgate up

# Two worker processes (pytest-xdist), each test file kept on one so its gateways start once.
PYTEST := $(PYTHON) -m pytest -n 2 --dist loadfile

test: $(STAMP)
	$(PYTEST)

test-fast: $(STAMP)
	$(PYTEST) -m "not slow"

bench: $(STAMP)
	$(PYTHON) bench/overhead.py
