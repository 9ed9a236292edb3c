#include "core/docker/logframedemuxer.h"

#include <utility>

namespace {
constexpr qsizetype HeaderBytes = 8;
constexpr qsizetype MaxErrorBytes = 64 * 1024;
} // namespace

QList<LogChunk> LogFrameDemuxer::feed(QByteArrayView data)
{
    QList<LogChunk> out;
    auto emitPiece = [&out](LogChunk::Source source, QByteArrayView piece, bool recordStart) {
        if (!recordStart && !out.isEmpty() && out.last().source == source)
            out.last().data.append(piece);
        else
            out.append(LogChunk{source, piece.toByteArray(), recordStart});
    };
    while (!data.isEmpty() && m_error.isEmpty()) {
        if (m_remaining == 0) {
            const qsizetype need = HeaderBytes - m_header.size();
            m_header.append(data.first(qMin(need, data.size())));
            data = data.sliced(qMin(need, data.size()));
            if (m_header.size() < HeaderBytes)
                break;
            const auto *h = reinterpret_cast<const uchar *>(m_header.constData());
            m_type = h[0];
            const bool reservedZero = h[1] == 0 && h[2] == 0 && h[3] == 0;
            const quint32 size = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) |
                                 (quint32(h[6]) << 8) | quint32(h[7]);
            m_header.clear(); // h dangles from here on
            if (m_type > 3 || !reservedZero) {
                m_error = "not a multiplexed log stream (bad frame header)";
                break;
            }
            if (size > MaxFrameBytes) {
                m_error = "a log frame announced " + QByteArray::number(size) +
                          " bytes, more than any engine sends";
                break;
            }
            m_remaining = size;
            m_frameStart = true;
            continue;
        }
        const qsizetype take = qMin<qsizetype>(m_remaining, data.size());
        const QByteArrayView piece = data.first(take);
        data = data.sliced(take);
        m_remaining -= quint32(take);
        if (m_type == 3) {
            m_errorFrame.append(
                piece.first(qMin(piece.size(), MaxErrorBytes - m_errorFrame.size())));
            if (m_remaining == 0) {
                m_error = m_errorFrame.trimmed();
                if (m_error.isEmpty())
                    m_error = "the engine reported an error";
                m_engineError = true;
            }
            continue;
        }
        emitPiece(m_type == 2 ? LogChunk::Source::Stderr : LogChunk::Source::Stdout, piece,
                  std::exchange(m_frameStart, false));
    }
    return out;
}
