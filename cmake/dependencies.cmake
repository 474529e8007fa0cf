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
# Excel in and out (src/exchange): libxlsxwriter writes .xlsx; libzip + pugixml read it.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
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

# RESTinio (header-only) needs fmt found first and standalone asio (STACK.md).
find_package(restinio CONFIG REQUIRED)
add_library(restinio_standalone INTERFACE)
target_link_libraries(restinio_standalone INTERFACE restinio::restinio fmt::fmt)
target_compile_definitions(restinio_standalone INTERFACE ASIO_STANDALONE ASIO_HAS_STD_CHRONO)
