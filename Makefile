# Fazhi — the two commands of the README, and their parts.
#   make run   install what is missing, build, create the demo database, show its indicators
#   make test  install what is missing, build with -Werror, run every suite on SQLite and on a
#              real PostgreSQL started on loopback (scripts/with-postgres)
SHELL := /bin/bash
JOBS ?= 2
DEMO_DB ?= data/fazhi.db
DEMO_YEAR ?= 2025
DEMO_COUNTY ?= 500199000000

.PHONY: run test bootstrap build build-ci demo bench clean

run: bootstrap build
	@if [ ! -f $(DEMO_DB) ]; then \
	  mkdir -p $(dir $(DEMO_DB)) && ./build/fazhi demo --db sqlite:$(DEMO_DB) --scale county --year $(DEMO_YEAR); \
	else echo "使用已有的演示数据库 $(DEMO_DB)（删除它可重新生成）"; fi
	./build/fazhi indicators --db sqlite:$(DEMO_DB) --unit $(DEMO_COUNTY) --year $(DEMO_YEAR)

bootstrap:
	@bash scripts/bootstrap

build:
	cmake --preset release >/dev/null
	cmake --build --preset release -j$(JOBS) --target fazhi

build-ci:
	cmake --preset ci >/dev/null
	cmake --build --preset ci -j$(JOBS)

test: bootstrap build-ci
	bash scripts/with-postgres ctest --preset ci -j1

demo: build
	mkdir -p $(dir $(DEMO_DB))
	./build/fazhi demo --db sqlite:$(DEMO_DB) --scale county --year $(DEMO_YEAR)

bench: bootstrap build
	bash bench/run

clean:
	rm -rf build
