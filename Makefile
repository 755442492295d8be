# The two commands of the README: `make run` and `make test`. Everything else serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: run install build test test-deps test-python test-sqlite test-postgres test-frontend test-e2e schema migrations bench clean

## Install everything, migrate, seed the demo (once) and serve on http://127.0.0.1:$(PORT)
run: install build
	$(BIN)/hrgraph migrate
	$(BIN)/hrgraph seed --demo --size small --if-empty
	$(BIN)/hrgraph serve --port $(PORT)

$(BIN)/hrgraph: pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $@

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

install: $(BIN)/hrgraph frontend/node_modules/.package-lock.json

build: install
	cd frontend && npm run build

## Install what the tests need (PostgreSQL, Chromium, test packages) and run every suite
test: test-deps build
	rm -rf var/test-results && mkdir -p var/test-results
	@# Every suite runs even when one fails; the summary then says which did not pass or did not run.
	$(MAKE) -k test-sqlite test-postgres test-frontend test-e2e; status=$$?; \
	$(BIN)/python scripts/check_test_results.py var/test-results && exit $$status

test-deps: install
	scripts/install-test-system-deps
	cd tests/ops/node_clients && npm ci --no-audit --no-fund --silent

test-sqlite:
	$(BIN)/ruff check backend tests bench scripts
	HRGRAPH_TEST_DATABASE=sqlite $(BIN)/pytest -q --junitxml=var/test-results/pytest-sqlite.xml

test-postgres:
	scripts/with-postgres env HRGRAPH_TEST_DATABASE=postgres $(BIN)/pytest -q --junitxml=var/test-results/pytest-postgres.xml

test-frontend:
	cd frontend && npm run codegen:check
	cd frontend && npx vitest run --reporter=default --reporter=junit --outputFile.junit=../var/test-results/vitest.xml

test-e2e:
	scripts/e2e var/test-results/e2e.xml

schema:
	$(BIN)/hrgraph export-schema > backend/graph/schema.graphql
	cd frontend && npm run codegen

## After changing models: write a migration for both dialects, e.g. `make migrations NAME=add_contracts`
migrations:
	$(BIN)/hrgraph makemigrations $(NAME)

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf var/test-results frontend/dist
