// cli/cli.h — the `fazhi` command line (PRODUCT.md §3.2, docs/cli.md).
//
// Contract: RunCli parses argv and runs one command. Exit codes: 0 success, 1 a finding or
// failure the user must act on, 2 bad usage. Every command takes --db URL and --json.
#pragma once

namespace fazhi::cli {

int RunCli(int argc, char** argv);

}  // namespace fazhi::cli
