#include "ui/models/logbuffer.h"

#include <algorithm>

namespace {
// A block closes at this much text too (a line's end must fit 32 bits).
constexpr qsizetype MaxBlockText = 64 * 1024 * 1024;
} // namespace

LogBuffer::LogBuffer(qsizetype cap, qsizetype byteCap)
    : m_cap(qMax<qsizetype>(cap, 1))
    , m_byteCap(qMax<qsizetype>(byteCap, 1))
    // Small enough that a drop takes a small share of the cap, large enough to be cheap.
    , m_blockLines(std::clamp<qsizetype>(m_cap / 16, 1, 4096))
    , m_blockText(std::clamp<qsizetype>(m_byteCap / 16, 4096, MaxBlockText))
{}

void LogBuffer::append(const LogLine &line, quint16 source)
{
    if (m_blocks.empty() || qsizetype(m_blocks.back()->lines.size()) >= m_blockLines ||
        (!m_blocks.back()->lines.empty() &&
         m_blocks.back()->text.size() + line.text.size() > m_blockText)) {
        if (!m_blocks.empty())
            m_blocks.back()->text.squeeze();
        auto b = std::make_shared<Block>();
        b->firstNumber = m_first + m_size;
        b->lines.reserve(size_t(m_blockLines));
        m_blocks.push_back(std::move(b));
    }
    Block &b = *m_blocks.back();
    b.text.append(line.text);
    b.lines.push_back(Meta{line.timeNs, quint32(b.text.size()), source, quint8(line.source),
                           quint8(line.continued ? 1 : 0)});
    ++m_size;
    m_bytes += line.text.size();
}

qsizetype LogBuffer::excess() const
{
    qsizetype dropped = 0;
    qsizetype left = m_size;
    qsizetype leftBytes = m_bytes;
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const bool tooMany = left > m_cap;
        const bool tooLarge = leftBytes > m_byteCap && i + 1 < m_blocks.size();
        if (!tooMany && !tooLarge)
            break;
        left -= qsizetype(m_blocks[i]->lines.size());
        leftBytes -= m_blocks[i]->text.size();
        dropped += qsizetype(m_blocks[i]->lines.size());
    }
    return dropped;
}

qsizetype LogBuffer::trim()
{
    const qsizetype dropped = excess();
    for (qsizetype n = 0; n < dropped;) {
        const qsizetype lines = qsizetype(m_blocks.front()->lines.size());
        m_bytes -= m_blocks.front()->text.size();
        m_blocks.pop_front();
        m_size -= lines;
        m_first += lines;
        n += lines;
    }
    return dropped;
}

void LogBuffer::clear()
{
    m_first += m_size;
    m_size = 0;
    m_bytes = 0;
    m_blocks.clear();
}

std::pair<const LogBuffer::Block *, size_t> LogBuffer::locate(qsizetype row) const
{
    const qint64 number = m_first + row;
    const auto it = std::upper_bound(
        m_blocks.begin(), m_blocks.end(), number,
        [](qint64 n, const std::shared_ptr<Block> &b) { return n < b->firstNumber; });
    const Block *b = std::prev(it)->get();
    return {b, size_t(number - b->firstNumber)};
}

const LogBuffer::Meta &LogBuffer::meta(qsizetype row) const
{
    const auto [b, i] = locate(row);
    return b->lines[i];
}

QByteArrayView LogBuffer::text(qsizetype row) const
{
    const auto [b, i] = locate(row);
    const quint32 start = i == 0 ? 0 : b->lines[i - 1].end;
    return QByteArrayView(b->text.constData() + start, b->lines[i].end - start);
}

qsizetype LogBuffer::memoryBytes() const
{
    qsizetype n = 0;
    for (const auto &b : m_blocks)
        n += b->text.capacity() + qsizetype(b->lines.capacity() * sizeof(Meta)) +
             qsizetype(sizeof(Block));
    return n;
}

LogBuffer::Snapshot LogBuffer::snapshot() const
{
    Snapshot s;
    s.firstNumber = m_first;
    s.size = m_size;
    s.blocks.reserve(m_blocks.size());
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        if (i + 1 == m_blocks.size())
            s.blocks.push_back(std::make_shared<const Block>(*m_blocks[i])); // still filling
        else
            s.blocks.push_back(m_blocks[i]);
    }
    return s;
}
