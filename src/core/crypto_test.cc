// Tests for core/crypto.h: argon2id hashes, never the plain password.
#include "core/crypto.h"

#include <gtest/gtest.h>

namespace fazhi::core {
namespace {

TEST(Crypto, HashesPasswordsWithArgon2id) {
  ASSERT_TRUE(InitCrypto());
  auto hash = HashPassword("Correct-Horse-9", /*fast=*/true);
  ASSERT_TRUE(hash.has_value());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(hash->find("Correct-Horse-9"), std::string::npos);
  EXPECT_TRUE(VerifyPassword(*hash, "Correct-Horse-9"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct-horse-9"));
}

TEST(Crypto, Sha256MatchesKnownVector) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace fazhi::core
