// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

namespace TokenConsole::Sandbox {

const QByteArray JsonWriter::byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.isEmpty()) {
        if (m_hasItems.last())
            m_out.append(',');
        m_hasItems.last() = true;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_hasItems.append(false);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_hasItems.removeLast();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_hasItems.append(false);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_hasItems.removeLast();
}

void JsonWriter::key(const char* name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
}

void JsonWriter::value(const QString& text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
}

void JsonWriter::appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else if (u == 0xEF && utf8.mid(i, 3) == byteOrderMark) {
            // Readers drop a raw U+FEFF at the start of a string (or a body) as a byte order
            // mark, so it is always escaped.
            out.append("\\ufeff");
            i += 2;
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

} // namespace TokenConsole::Sandbox
