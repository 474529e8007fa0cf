# Every third-party dependency, all from Debian packages (see scripts/bootstrap).
find_package(fmt CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
find_package(nlohmann_json CONFIG REQUIRED)
find_package(tl-expected CONFIG REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(tomlplusplus CONFIG REQUIRED)
find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)

# SOCI ships no CMake config on Debian: find it by hand (STACK.md).
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIB soci_core REQUIRED)
find_library(SOCI_SQLITE_LIB soci_sqlite3 REQUIRED)
find_library(SOCI_PG_LIB soci_postgresql REQUIRED)
add_library(soci_all INTERFACE)
target_include_directories(soci_all SYSTEM INTERFACE ${SOCI_INCLUDE_DIR} ${PostgreSQL_INCLUDE_DIRS})
target_link_libraries(soci_all INTERFACE ${SOCI_SQLITE_LIB} ${SOCI_PG_LIB} ${SOCI_CORE_LIB}
                      SQLite::SQLite3 PostgreSQL::PostgreSQL ${CMAKE_DL_LIBS})

if(FAZHI_BUILD_TESTS)
  find_package(GTest CONFIG REQUIRED)
endif()
if(FAZHI_BUILD_BENCH)
  find_package(benchmark CONFIG REQUIRED)
endif()
