#pragma once

#include "core/engine/containersummary.h"
#include "core/transport/endpoint.h"

#include <QList>
#include <QString>
#include <QStringList>

// What gontainer-cli's verbs share for printing, and the one blocking check it makes before
// any verb runs.
namespace CliText {

void out(const QString &text);
void err(const QString &text);
// Columns padded to their widest cell, as docker prints tables.
void printTable(const QStringList &header, const QList<QStringList> &rows);
QString stateName(ContainerSummary::State state);
// Whether an engine answers at `endpoint` within `timeoutMs`, before any verb runs.
bool answers(const Endpoint &endpoint, int timeoutMs);

} // namespace CliText
