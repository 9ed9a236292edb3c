#pragma once

#include "core/engine/logline.h"

#include <QByteArrayView>

#include <deque>
#include <memory>
#include <vector>

// Lines of log held compactly: text in large blocks, 16 bytes of bookkeeping per line, caps on
// the number of lines and on the bytes of their text after which the oldest go, a block at a
// time. Rows count from the oldest
// line held; every line also has a number that stays the same while it is held (rows shift when
// old lines go, numbers do not).
class LogBuffer final
{
public:
    struct Meta
    {
        qint64 timeNs = 0;
        quint32 end = 0; // where the line's text ends in its block
        quint16 source = 0;
        quint8 stream = 0; // LogChunk::Source
        quint8 continued = 0;
    };
    struct Block
    {
        qint64 firstNumber = 0;
        QByteArray text;
        std::vector<Meta> lines;
    };
    // What a background search reads: blocks that no longer change (the one being filled is a
    // copy), and the number of the first line.
    struct Snapshot
    {
        std::vector<std::shared_ptr<const Block>> blocks;
        qint64 firstNumber = 0;
        qsizetype size = 0;
    };

    static constexpr qsizetype DefaultByteCap = qsizetype(256) * 1024 * 1024;

    explicit LogBuffer(qsizetype cap = 1000000, qsizetype byteCap = DefaultByteCap);

    qsizetype cap() const { return m_cap; }
    qsizetype byteCap() const { return m_byteCap; }
    // Bytes of text held (what byteCap() bounds).
    qsizetype textBytes() const { return m_bytes; }

    void append(const LogLine &line, quint16 source);
    // Drops the oldest blocks until no more than cap() lines and byteCap() bytes of text are held
    // (the newest block stays, however long its lines); returns how many lines.
    qsizetype trim();
    // How many of the oldest lines the next trim() drops.
    qsizetype excess() const;
    void clear();

    qsizetype size() const { return m_size; }
    qint64 firstNumber() const { return m_first; }
    QByteArrayView text(qsizetype row) const;
    const Meta &meta(qsizetype row) const;
    // Bytes held for text and bookkeeping.
    qsizetype memoryBytes() const;

    Snapshot snapshot() const;
    // Calls `f(number, meta, text)` for each line of a snapshot; stops when it returns false.
    template<typename F>
    static void forEach(const Snapshot &s, F &&f)
    {
        qint64 number = s.firstNumber;
        for (const auto &b : s.blocks) {
            quint32 start = 0;
            for (const Meta &m : b->lines) {
                if (!f(number++, m, QByteArrayView(b->text.constData() + start, m.end - start)))
                    return;
                start = m.end;
            }
        }
    }

private:
    // The block holding a row, and the row's index in it.
    std::pair<const Block *, size_t> locate(qsizetype row) const;

    std::deque<std::shared_ptr<Block>> m_blocks;
    qsizetype m_cap;
    qsizetype m_byteCap;
    qsizetype m_blockLines;
    qsizetype m_blockText;
    qsizetype m_size = 0;
    qsizetype m_bytes = 0;
    qint64 m_first = 0;
};
