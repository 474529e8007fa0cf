// domain/agenda/agenda_event.h — one entry of the township's work calendar (日程): a theme
// day, a statutory or planned due date, an expiry, a drill or study session due.
//
// Contract:
//  * Every module that has dates a township plans its year around offers a pure function
//    `XxxAgenda(records…, from, to, …) -> std::vector<AgendaEvent>` listing every such date in
//    [from, to] (inclusive), whether or not it is near: the calendar page shows the whole
//    year, `fazhi alerts` keeps showing only what is due soon or overdue.
//  * `date` is the day the event falls on (a deadline: its last day); `end` is set only for
//    spans (宪法宣传周 12月1日–7日); `done` is true when the act was already done on time or
//    late (the calendar shows it struck through), false when still to do.
//  * `code` is the rule code the event comes from ("SAF-03", "LEAD-04", "RPT-02", "PLE-02"…),
//    `module` the ledger ("safety", "study", "advisor", "disclosure", "publicity", …),
//    `kind` one of the AgendaKind codes below.
//  * record_type/record_id/record_ref point to the record behind the event (empty/0 for a
//    theme day or a yearly deadline that no record stands behind).
// Plain data; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "domain/calendar/deadline.h"

namespace fazhi::domain {

enum class AgendaKind {
  kThemeDay,  // "theme_day": 国家宪法日, 全民国家安全教育日, 法治宣传月…
  kDeadline,  // "deadline": a statutory or set deadline on a record (filing, 公示, reply…)
  kExpiry,    // "expiry": a certificate, contract or term that ends
  kDue,       // "due": a periodic duty falls due (study session, drill, plan revision)
  kReport,    // "report": the annual report's submission and publication
};

// "theme_day" | "deadline" | "expiry" | "due" | "report".
const char* AgendaKindCode(AgendaKind kind);

struct AgendaEvent {
  Date date{};
  std::optional<Date> end;  // last day of a span; unset for a single day
  AgendaKind kind = AgendaKind::kDeadline;
  std::string code;    // rule code: "SAF-03"
  std::string module;  // ledger: "safety"
  std::string title_zh;
  std::string title_en;
  std::string record_type;  // "emergency_plan"; empty when no record stands behind it
  std::int64_t record_id = 0;
  std::string record_ref;  // the record's number or name, for people
  bool done = false;
  LegalBasis basis;
};

}  // namespace fazhi::domain
