// app/main.cc — the `fazhi` executable: hands the command line to the CLI layer.
#include "cli/cli.h"

int main(int argc, char** argv) { return fazhi::cli::RunCli(argc, argv); }
