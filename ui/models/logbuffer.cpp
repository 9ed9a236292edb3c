#include "ui/models/logbuffer.h"

#include <algorithm>

namespace {
// A block closes at this much text too (a line's end must fit 32 bits).
constexpr qsizetype MaxBlockText = 64 * 1024 * 1024;
} // namespace

LogBuffer::LogBuffer(qsizetype cap)
    : m_cap(qMax<qsizetype>(cap, 1))
    // Small enough that a drop takes a small share of the cap, large enough to be cheap.
    , m_blockLines(std::clamp<qsizetype>(m_cap / 16, 1, 4096))
{}

void LogBuffer::append(const LogLine &line, quint16 source)
{
    if (m_blocks.empty() || qsizetype(m_blocks.back()->lines.size()) >= m_blockLines ||
        (!m_blocks.back()->lines.empty() &&
         m_blocks.back()->text.size() + line.text.size() > MaxBlockText)) {
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
}

qsizetype LogBuffer::excess() const
{
    qsizetype dropped = 0;
    qsizetype left = m_size;
    for (const auto &b : m_blocks) {
        if (left <= m_cap)
            break;
        left -= qsizetype(b->lines.size());
        dropped += qsizetype(b->lines.size());
    }
    return dropped;
}

qsizetype LogBuffer::trim()
{
    qsizetype dropped = 0;
    while (m_size > m_cap && !m_blocks.empty()) {
        const qsizetype n = qsizetype(m_blocks.front()->lines.size());
        m_blocks.pop_front();
        m_size -= n;
        m_first += n;
        dropped += n;
    }
    return dropped;
}

void LogBuffer::clear()
{
    m_first += m_size;
    m_size = 0;
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
