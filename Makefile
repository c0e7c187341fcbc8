# Praxis: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run serve-production test install install-test migrate demo messages makemessages lint format lock clean

run: install migrate demo ## Set everything up and serve the demo site on SQLite
	@echo ""
	@echo "  Praxis is running at http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  user: admin@praxis.example  password: praxis-demo"
	@echo "  (other demo accounts are listed in the README)"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

serve-production: install migrate demo ## gunicorn + task worker + Varnish on loopback, production settings, demo database
	$(BIN)/python deploy/local.py --port $(PORT)

test: install-test ## Install the test dependencies and run the whole suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --check --quiet .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=cms.settings.test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

install: $(STAMP) messages ## Create .venv and install the locked dependencies (idempotent)

$(STAMP): requirements/base.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/base.lock
	touch $@

install-test: install $(TEST_STAMP)

$(TEST_STAMP): requirements/test.lock $(STAMP)
	$(BIN)/python -m pip install --quiet -r requirements/test.lock
	touch $@

messages: $(STAMP) ## Compile the gettext catalogues in locale/ (pure Python, no msgfmt needed)
	$(BIN)/python manage.py compile_catalogues -v 0

makemessages: ## Refresh locale/ from the source (needs GNU gettext's xgettext)
	$(BIN)/python manage.py makemessages --ignore=.venv --ignore=tests --ignore=bench \
		--no-obsolete -l fr -l de -l es -l it -l pl -l nl

migrate: install
	$(BIN)/python manage.py migrate --noinput -v 0

demo: migrate ## Load the demo site unless the database already has one
	$(BIN)/python manage.py seed_demo --if-empty

lint:
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/djlint --check --quiet . && $(BIN)/lint-imports

format:
	$(BIN)/ruff format . && $(BIN)/ruff check --fix . && $(BIN)/djlint --reformat --quiet . ; $(BIN)/djlint --reformat --quiet .

lock: ## Re-resolve requirements/*.lock from pyproject.toml (needs network)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 -o requirements/base.lock -q
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 -o requirements/test.lock -q
	$(BIN)/uv pip compile pyproject.toml --extra search-cluster --python-version 3.11 -o requirements/search-cluster.lock -q
	$(BIN)/uv pip compile pyproject.toml --extra search-opensearch --python-version 3.11 -o requirements/search-opensearch.lock -q

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
