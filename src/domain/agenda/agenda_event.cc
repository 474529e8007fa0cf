// domain/agenda/agenda_event.cc — the code of each AgendaKind.
#include "domain/agenda/agenda_event.h"

namespace fazhi::domain {

const char* AgendaKindCode(AgendaKind kind) {
  switch (kind) {
    case AgendaKind::kThemeDay:
      return "theme_day";
    case AgendaKind::kDeadline:
      return "deadline";
    case AgendaKind::kExpiry:
      return "expiry";
    case AgendaKind::kDue:
      return "due";
    case AgendaKind::kReport:
      return "report";
  }
  return "deadline";
}

}  // namespace fazhi::domain
