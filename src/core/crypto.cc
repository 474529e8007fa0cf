// core/crypto.cc — see crypto.h.
#include "core/crypto.h"

#include <sodium.h>

#include <string>
#include <vector>

namespace fazhi::core {

Status InitCrypto() {
  if (sodium_init() < 0) return Fail(Internal("sodium_init failed"));
  return Ok();
}

Result<std::string> HashPassword(std::string_view plain, bool fast) {
  char out[crypto_pwhash_STRBYTES];
  auto ops = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  auto mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  if (crypto_pwhash_str_alg(out, plain.data(), plain.size(), ops, mem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Fail(Internal("crypto_pwhash_str_alg: out of memory"));
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view plain) {
  std::string h(hash);  // needs a NUL-terminated string
  return crypto_pwhash_str_verify(h.c_str(), plain.data(), plain.size()) == 0;
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

std::string RandomHex(size_t bytes) {
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), buf.data(), buf.size());
  hex.resize(bytes * 2);
  return hex;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace fazhi::core
