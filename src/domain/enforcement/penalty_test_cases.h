// domain/enforcement/penalty_test_cases.h — test fixtures (tests only): officers with
// certificates and a general-procedure case carried to 结案 that meets every rule, for the
// rule, alert and indicator tests to break one thing at a time.
#pragma once

#include <string>
#include <utility>

#include "domain/calendar/test_tables.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/officer.h"
#include "domain/validation/idcard.h"

namespace fazhi::domain::penalty_test_cases {

using test_tables::Day;

inline std::string ValidId(std::string first17) { return first17 + IdCardCheckChar(first17); }

inline EnforcementOfficer Officer(std::int64_t id, std::string name, std::string number, std::string expires) {
  EnforcementOfficer o;
  o.id = id;
  o.township_id = 2;
  o.name = std::move(name);
  o.agency = "综合行政执法办公室";
  o.in_post_from = Day("2019-03-01");
  OfficerCertificate c;
  c.number = std::move(number);
  c.field = "综合行政执法";
  c.issuing_authority = "重庆市人民政府";
  c.issued_on = Day("2021-05-10");
  c.expires_on = Day(expires);
  o.certificates.push_back(c);
  return o;
}

inline CaseDocument Doc(CaseStage stage, std::string title, std::string on) {
  CaseDocument d;
  d.stage = stage;
  d.title = std::move(title);
  d.recorded_on = Day(on);
  return d;
}

inline PenaltyTerms Fine(std::int64_t yuan) {
  PenaltyTerms t;
  t.kinds = {PenaltyKind::kFine};
  t.fine_fen = yuan * 100;
  t.description = "罚款人民币" + std::to_string(yuan) + "元";
  return t;
}

// A general-procedure case decided with a 20,000 元 fine on a person (a 较大数额: hearing
// right and legal review), carried to 结案 with a record for every stage.
inline PenaltyCase ClosedCase() {
  PenaltyCase c;
  c.id = 7;
  c.township_id = 2;
  c.number = "树综执罚立〔2025〕3号";
  c.cause = "未按规定倾倒建筑垃圾";
  c.matter_type = "市容环境卫生";
  c.lead_received_on = Day("2025-03-01");
  c.filed_on = Day("2025-03-03");
  c.act_on = Day("2025-02-27");
  CaseParty p;
  p.kind = PartyKind::kPerson;
  p.name = "王某";
  p.id_number = ValidId("50023019800101001");
  p.address = "树人镇新街12号";
  c.parties.push_back(p);
  c.officers = {{1, "陈立新", "渝执2021000123"}, {2, "李明", "渝执2021000124"}};
  c.investigated_on = Day("2025-03-05");
  c.notice_served_on = Day("2025-03-10");  // Monday: the hearing request ends 2025-03-17
  c.proposed = Fine(20000);
  c.hearing_right_notified = true;
  LegalReview r;
  r.submitted_on = Day("2025-03-18");
  r.reviewed_on = Day("2025-03-20");
  r.reviewer = "赵法审";
  r.reviewer_qualified = true;
  r.opinion = "事实清楚，证据确凿，程序合法，适用依据正确";
  r.checklist.fill(true);
  c.legal_review = r;
  c.decided_on = Day("2025-03-24");
  c.outcome = DecisionOutcome::kPenalty;
  c.decided = Fine(20000);
  c.decision_number = "树综执罚决〔2025〕3号";
  c.served_on = Day("2025-03-25");
  c.executed_on = Day("2025-04-01");
  c.paid_fen = 2000000;
  c.closed_on = Day("2025-04-02");
  c.published_on = Day("2025-03-28");
  c.publication_url = "https://www.example.gov.cn/zfgs/3";
  c.stage = CaseStage::kClosed;
  c.documents = {Doc(CaseStage::kFiled, "立案审批表", "2025-03-03"),
                 Doc(CaseStage::kInvestigation, "现场检查笔录", "2025-03-05"),
                 Doc(CaseStage::kNotice, "行政处罚告知书及送达回证", "2025-03-10"),
                 Doc(CaseStage::kDecision, "行政处罚决定书", "2025-03-24"),
                 Doc(CaseStage::kService, "送达回证", "2025-03-25"),
                 Doc(CaseStage::kExecution, "罚款缴纳凭证", "2025-04-01")};
  return c;
}

}  // namespace fazhi::domain::penalty_test_cases
