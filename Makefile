# Each target does its own set-up: system packages (apt, when missing), then a .venv with the package.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run render-example test test-fast lint bench setup clean audit audit-online

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup-system.sh
	./scripts/setup-system.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	$(VENV)/bin/filmstudio assets install
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/filmstudio serve

render-example: $(STAMP)
	mkdir -p out
	$(VENV)/bin/filmstudio render examples/lighthouse.fountain --out out/lighthouse.mp4 --report out/lighthouse.report.json --subtitles en,es
	@echo "Your film is at $$(pwd)/out/lighthouse.mp4"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy  # types of src/filmstudio, as [tool.mypy] in pyproject.toml says

LOCAL_LLM := $(VENV)/.local-llm

# llama.cpp is compiled for any x86-64 with AVX2 rather than for this CPU (GGML_NATIVE=OFF): a native build
# on a CPU that reports AMX dies with SIGILL in its first decode, and a cached native wheel can reach
# another machine. --no-cache-dir: a wheel pip cached from a native build is not reused.
$(LOCAL_LLM): $(STAMP)
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PY) -m pip install -q --no-cache-dir 'llama-cpp-python>=0.3.7'
	$(PY) -m pip install -q -e '.[dev,local-llm]'
	touch $(LOCAL_LLM)

# checkov scans the deployment files; it pins its own dependencies, so it lives in its own venv
CHECKOV := .venv-checkov/bin/checkov

$(CHECKOV):
	python3 -m venv .venv-checkov
	.venv-checkov/bin/pip install -q 'checkov==3.3.30'

# The GPU engines' libraries, to test their code paths on the CPU with tiny models. torch 2.13.0 is the
# CPU build this machine kind keeps on disk; an unpinned torch would pull a multi-GB CUDA build.
GPU := $(VENV)/.gpu

$(GPU): $(STAMP)
	$(PY) -m pip install -q 'torch==2.13.0'
	$(PY) -m pip install -q -e '.[dev,gpu]'
	touch $(GPU)

test: $(STAMP) $(LOCAL_LLM) $(GPU) $(CHECKOV) lint
	./scripts/setup-system.sh --test
	$(VENV)/bin/pytest -n 2 --dist loadfile tests

# The tests that render no whole film (no `slow` mark): a few minutes, for the edit-test loop.
test-fast: $(STAMP) lint
	$(VENV)/bin/pytest -n 2 --dist loadfile -m "not slow" tests

# Known vulnerabilities in the installed dependencies, less the advisories .pip-audit-allowlist accepts with
# a reason. `audit` works offline against the PyPA advisory database kept in security/ (make test runs it
# too, in tests/test_dependency_audit.py); `audit-online` asks PyPI through pip-audit where its per-version
# API answers (not from this project's machines; --strict: a dependency it cannot look up fails it).
audit: $(STAMP)
	$(PY) scripts/audit_deps.py

audit-online: $(STAMP)
	test -x .venv-audit/bin/pip-audit || (python3 -m venv .venv-audit && .venv-audit/bin/pip install -q 'pip-audit==2.10.1')
	$(PY) -m pip freeze --exclude-editable > .venv-audit/requirements.txt
	.venv-audit/bin/pip-audit -r .venv-audit/requirements.txt --no-deps --strict --vulnerability-service pypi \
	  $$(grep -v '^#' .pip-audit-allowlist | awk 'NF {print "--ignore-vuln", $$1}')

bench: $(STAMP)
	$(PY) bench/render.py

clean:
	rm -rf out .pytest_cache
