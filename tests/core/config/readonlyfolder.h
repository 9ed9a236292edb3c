#pragma once

#include <QString>

// Makes a folder read-only for this process and its children, as a read-only file system is:
// root ignores permissions, so for root the folder is bind-mounted read-only in a mount
// namespace of the test's own (enter() must run before the test starts any thread); others
// get the folder's write permission taken away.
namespace ReadOnlyFolder {

// Call first thing in initTestCase. Empty on success, else why read-only folders cannot be made.
QString enter();
// Empty on success, else what failed.
QString makeReadOnly(const QString &path);
QString makeWritable(const QString &path);

} // namespace ReadOnlyFolder
