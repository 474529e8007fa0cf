# Fazhi — the two commands of the README, and their parts.
#   make run   install what is missing, build the server and the web UI, create the demo
#              database if missing, and serve http://127.0.0.1:8080 (Ctrl+C stops)
#   make test  install what is missing, build the UI and the server with -Werror, run every
#              suite (C++, CLI, API, Vitest, browser) on SQLite and on a
#              real PostgreSQL started on loopback (scripts/with-postgres)
SHELL := /bin/bash
JOBS ?= 2
DEMO_DB ?= data/fazhi.db
DEMO_YEAR ?= 2025
DEMO_COUNTY ?= 500199000000

.PHONY: run test bootstrap build build-ci web demo bench clean
LISTEN ?= 127.0.0.1:8080

run: bootstrap build web
	@if [ ! -f $(DEMO_DB) ]; then \
	  mkdir -p $(dir $(DEMO_DB)) && ./build/fazhi demo --db sqlite:$(DEMO_DB) --scale county --year $(DEMO_YEAR); \
	else echo "使用已有的演示数据库 $(DEMO_DB)（删除它可重新生成）"; fi
	@echo ""
	@echo "演示账号（密码均为 Fazhi@2025） / demo logins (password Fazhi@2025):"
	@echo "  clerk100   业务人员 clerk      树人镇（乡镇台账录入）"
	@echo "  leader100  领导 leader         树人镇（查阅、签发）"
	@echo "  reviewer   县级审核 reviewer   云岭县（查阅全县各乡镇）"
	@echo "  sysadmin   系统管理员          云岭县（组织机构、设置）"
	@echo "  secadmin   安全管理员          云岭县（账号管理）"
	@echo "  auditor    审计员              云岭县（审计日志）"
	@echo "  其他乡镇 / other townships: clerkNNN、leaderNNN（NNN = 区划代码第 7–9 位）；全部账号："
	@echo "  ./build/fazhi --db sqlite:$(DEMO_DB) user list"
	@echo ""
	./build/fazhi serve --db sqlite:$(DEMO_DB) --listen $(LISTEN) --web-root web/dist

bootstrap:
	@bash scripts/bootstrap

build:
	cmake --preset release >/dev/null
	cmake --build --preset release -j$(JOBS) --target fazhi

# The web UI: npm ci when node_modules is missing or older than the lock file, then build.
web:
	@cd web && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then npm ci --no-audit --no-fund; fi
	cd web && npm run build

build-ci:
	cmake --preset ci >/dev/null
	cmake --build --preset ci -j$(JOBS)

test: bootstrap web build-ci
	bash scripts/with-postgres ctest --preset ci -j1

demo: build
	mkdir -p $(dir $(DEMO_DB))
	./build/fazhi demo --db sqlite:$(DEMO_DB) --scale county --year $(DEMO_YEAR)

bench: build
	@bash scripts/bootstrap --bench
	bash bench/run

clean:
	rm -rf build
