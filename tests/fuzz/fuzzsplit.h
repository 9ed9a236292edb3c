#pragma once

#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>

// Cuts a fuzzer's input into pieces whose sizes the input's first byte chooses, so that every
// way bytes can arrive from a socket gets explored, not just one whole buffer.
inline QList<QByteArrayView> fuzzPieces(const uint8_t *data, size_t size)
{
    QList<QByteArrayView> pieces;
    if (size == 0)
        return pieces;
    const int step = 1 + data[0] % 17;
    ++data;
    --size;
    for (size_t i = 0; i < size;) {
        const size_t n = std::min<size_t>(size - i, size_t(step + int(i % 5)));
        pieces.append(QByteArrayView(reinterpret_cast<const char *>(data + i), qsizetype(n)));
        i += n;
    }
    return pieces;
}
