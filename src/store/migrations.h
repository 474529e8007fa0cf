// store/migrations.h — the numbered SQL migrations, embedded at build time from
// migrations/<backend>/NNNN_name.sql (cmake/embed_migrations.cmake).
//
// Contract: EmbeddedMigrations() lists every migration of every backend, sorted by version
// within a backend. Database::Migrate() (store/database.h) applies the pending ones of its
// backend, each in its own transaction, recording the version in schema_migrations.
#pragma once

#include <string_view>
#include <vector>

namespace fazhi::store {

struct EmbeddedMigration {
  std::string_view backend;  // "sqlite" | "postgresql"
  int version;               // from the file name: 0001 → 1
  std::string_view name;     // "0001_init"
  std::string_view sql;      // the whole file
};

const std::vector<EmbeddedMigration>& EmbeddedMigrations();

}  // namespace fazhi::store
