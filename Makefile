# Two commands for a new machine (see README): `make demo` and `make test`.
# Both set up what is missing (Debian packages), build, then do their job.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_OUT ?= out/demo

.PHONY: all setup configure build test demo samples clean

all: build

setup:
	@bash tools/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD) -j$(JOBS)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# Exit status 1 only means some plans have error findings, which the samples are meant to show.
demo: build
	@rm -rf $(DEMO_OUT)
	@./$(BUILD)/ehcpqa audit --as-of 2026-11-23 --out $(DEMO_OUT) samples; status=$$?; \
	  if [ $$status -gt 1 ]; then echo "demo: the audit failed (exit $$status)"; exit $$status; fi
	@echo
	@echo "Demo audit of samples/ written to $(DEMO_OUT)/:"
	@echo "  $(DEMO_OUT)/audit.json    every plan with its findings (the full record)"
	@echo "  $(DEMO_OUT)/plans.csv     one row per plan, no names (opens in Excel)"
	@echo "  $(DEMO_OUT)/findings.csv  one row per finding"
	@echo "  $(DEMO_OUT)/findings.sarif the findings as SARIF 2.1.0 (no names), for code-scanning tools"
	@echo "  $(DEMO_OUT)/report.html   the batch report: open it in a browser (no names; plans by pseudonym)"
	@echo "  $(DEMO_OUT)/plans/        one page per plan, linked from report.html (the caseworker's view)"
	@echo "Try one plan:  ./$(BUILD)/ehcpqa check samples/$$(ls samples | grep -m1 '\.docx$$')"

# Regenerates the sample plans from tools/make_samples.py (python3, standard library only).
samples:
	@python3 tools/make_samples.py

clean:
	@rm -rf $(BUILD) out
