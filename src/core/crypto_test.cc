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

TEST(Crypto, RandomHexIsFreshHexOfTheAskedLength) {
  ASSERT_TRUE(InitCrypto());
  std::string a = RandomHex(32);
  std::string b = RandomHex(32);
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, b);
}

TEST(Crypto, ConstantTimeEqualsComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("abc123", "abc123"));
  EXPECT_FALSE(ConstantTimeEquals("abc123", "abc124"));
  EXPECT_FALSE(ConstantTimeEquals("abc123", "abc12"));
  EXPECT_FALSE(ConstantTimeEquals("", "a"));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
}

}  // namespace
}  // namespace fazhi::core
