// domain/enforcement/review_catalogue.h — a township's own 重大执法决定法制审核目录 (LEP-07;
// 《行政处罚法》第58条, 国办发〔2018〕118号): the decisions that need 法制审核 before they are made,
// kept as data (matter type × kind of penalty × threshold). PenaltyRuleInputs::catalogue takes
// the active entries; with none, DefaultReviewCatalogue applies.
//
// Contract:
//  * ValidateReviewCatalogueEntry: kInvalidArgument naming the first bad field: description
//    (required, at most 100 characters), matterType (at most 50 characters; empty = every
//    matter type), basis (at most 200 characters), kind (not 警告/通报批评: a 申诫罚 is never a
//    重大执法决定), minPersonYuan / minOrgYuan (0 … 1亿元; only for 罚款 and 没收 — for other kinds
//    they must be 0, the kind itself is the trigger).
//  * ActiveReviewCatalogue: the entries that apply (active), or DefaultReviewCatalogue when
//    none is active — what a township's rules use.
// Pure; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "core/result.h"
#include "domain/common.h"
#include "domain/enforcement/penalty_rules.h"

namespace fazhi::domain {

core::Status ValidateReviewCatalogueEntry(const ReviewCatalogueEntry& e);

std::vector<ReviewCatalogueEntry> ActiveReviewCatalogue(std::span<const ReviewCatalogueEntry> entries,
                                                        const LedgerSettings& settings);

// True for the kinds whose entries carry an amount threshold (罚款, 没收违法所得, 没收非法财物).
bool ReviewKindHasAmount(PenaltyKind kind);

}  // namespace fazhi::domain
