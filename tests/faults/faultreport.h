#pragma once

#include <QString>

// The fault suite's figures (tests/faults). Each scenario states what the user must see and
// within how long; the test checks that bound and records what it measured, so that
// docs/reliability.md can be written from one run of the suite:
//   FAULT <TAB> scenario <TAB> what the user sees <TAB> bound ms <TAB> measured ms
// is printed and appended to $GONTAINER_FAULT_REPORT (when set; the test command sets it to
// build/<preset>/faults-report.tsv).
namespace FaultReport {

void record(const QString &scenario, const QString &userSees, qint64 boundMs, qint64 measuredMs);
// A figure that is not a time (a count, bytes): printed and appended the same way, with `unit`.
void recordValue(const QString &scenario, const QString &userSees, const QString &bound,
                 const QString &measured);

} // namespace FaultReport
