// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace TokenConsole::Sandbox {

// A small streaming JSON writer for the hot paths (a 1000-token page): it appends UTF-8 text
// directly instead of building QJsonObjects, several times faster for large lists.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char* name); // ASCII literal
    void value(const QString& text);
    void value(qint64 number);
    void value(bool flag);
    void null();
    void raw(const QByteArray& json); // an already-encoded JSON value

    const QByteArray& data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

    // A JSON string literal; U+FEFF is written as \ufeff, never as a raw byte order mark.
    static void appendString(QByteArray& out, const QString& text);
    static const QByteArray byteOrderMark; // U+FEFF in UTF-8

private:
    void separate();

    QByteArray m_out;
    QVector<bool> m_hasItems; // per open container: needs a comma before the next item
    bool m_afterKey = false;
};

} // namespace TokenConsole::Sandbox
