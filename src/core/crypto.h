// core/crypto.h — password hashing (argon2id), SHA-256 and secure random, over libsodium.
//
// Contract: HashPassword returns a self-describing "$argon2id$…" string (salt and cost
// inside); plain passwords are never stored or logged. VerifyPassword is constant-time.
// InitCrypto() must run once before use (app main and test main call it); it is idempotent.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::core {

Status InitCrypto();
// Interactive cost by default; `fast` (tests, demo data) uses the libsodium minimum.
Result<std::string> HashPassword(std::string_view plain, bool fast = false);
bool VerifyPassword(std::string_view hash, std::string_view plain);
std::string Sha256Hex(std::string_view data);
// `bytes` bytes from libsodium's CSPRNG (randombytes_buf), as 2 × bytes lower-case hex digits.
std::string RandomHex(size_t bytes);
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace fazhi::core
