// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

// What every fuzz target shares: turning libFuzzer's bytes into the shapes the decoders read,
// and a check that turns a broken invariant into a crash libFuzzer records.
namespace TokenConsole::Fuzz {

// An invariant of the decoder under test. A plain abort(): libFuzzer saves the input that
// broke it as a crash file, like any sanitizer finding.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}

    // The bytes as they would arrive over the network. Qt's deep copy: the fuzzer's buffer
    // must not outlive the call.
    QByteArray bytes() const
    {
        return QByteArray(reinterpret_cast<const char*>(m_data), qsizetype(m_size));
    }

    // The bytes as a JSON object, the way the clients read a body; nullopt when they are not
    // one (the decoders are never given anything else).
    std::optional<QJsonObject> jsonObject() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        return doc.object();
    }

    // UTF-16 code units straight from the bytes, unpaired surrogates included: what a QString
    // can hold, whatever UTF-8 decoding would have let through.
    QString utf16() const
    {
        std::vector<char16_t> units(m_size / 2);
        if (!units.empty())
            std::memcpy(units.data(), m_data, units.size() * sizeof(char16_t));
        return QString::fromUtf16(units.data(), qsizetype(units.size()));
    }

    // "STATUS\nBODY": a text seed format for targets that read an HTTP status and a body.
    // A status that is not a number reads as 0.
    std::pair<int, QByteArray> statusAndBody() const
    {
        const QByteArray all = bytes();
        const qsizetype newline = all.indexOf('\n');
        if (newline < 0)
            return {0, all};
        bool ok = false;
        const int status = all.left(newline).trimmed().toInt(&ok);
        return {ok ? status : 0, all.mid(newline + 1)};
    }

private:
    const uint8_t* m_data;
    size_t m_size;
};

} // namespace TokenConsole::Fuzz
