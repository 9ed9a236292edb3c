#pragma once

#include "core/transport/endpoint.h"

#include <QString>

class QFile;

// Where gontainer-cli's commands write and read (CliPrinter says how listings look), and the one
// blocking check it makes before any command runs.
namespace CliText {

void out(const QString &text);
void err(const QString &text);
// A secret as given on standard input, less the line end after it: spaces at either end are
// part of it.
QString secretFromStdin(QFile &in);
// Whether an engine answers at `endpoint` within `timeoutMs`, before any verb runs.
bool answers(const Endpoint &endpoint, int timeoutMs);

} // namespace CliText
