// Any text as a command line typed into the create or exec dialog: splitting never crashes
// and, when it fails, says why; any list of arguments (cut from the input at NUL bytes) written
// as a line reads back as the same list, and so does a line that split() read, once joined.
#include "core/engine/commandline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QStringList> words = CommandLine::split(text, &error);
    if (!words && error.isEmpty())
        __builtin_trap();
    if (words) {
        const std::optional<QStringList> again =
            CommandLine::split(CommandLine::join(*words), &error);
        if (!again || *again != *words)
            __builtin_trap();
    }
    const QStringList args = text.split(QChar(0));
    const std::optional<QStringList> back = CommandLine::split(CommandLine::join(args), &error);
    if (!back || *back != args)
        __builtin_trap();
    return 0;
}
