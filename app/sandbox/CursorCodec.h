// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace TokenConsole::Sandbox {

// Paging cursors are opaque to clients: base64url of "c1:<sequence>", where the sequence is
// the position of the last item of the previous page in a stable order.
class CursorCodec
{
public:
    static QString encode(qint64 sequence);
    static std::optional<qint64> decode(const QString& cursor); // nullopt for anything foreign
};

} // namespace TokenConsole::Sandbox
