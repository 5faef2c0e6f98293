// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's reading of a JSON request body (AdminApi::parseBody), then the input rules
// its handlers apply to the fields of POST /api/v1/sessions, POST /api/v1/tokens and
// PATCH /api/v1/tokens/{id}.
#include "FuzzInput.h"
#include "sandbox/AdminApi.h"
#include "sandbox/InputRules.h"

#include <QJsonDocument>

using namespace TokenConsole;
using namespace TokenConsole::Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/tokens");
    request.body = Fuzz::FuzzInput(data, size).bytes();
    QJsonObject body;
    Reply failure;
    if (!AdminApi::parseBody(request, &body, &failure)) {
        FUZZ_CHECK(failure.status == 400 || failure.status == 422);
        const QJsonObject error = QJsonDocument::fromJson(failure.body).object();
        FUZZ_CHECK(error.value(QStringLiteral("error"))
                       .toObject()
                       .value(QStringLiteral("code"))
                       .isString());
        return 0;
    }
    if (const auto name = InputRules::normalizeName(body.value(QStringLiteral("name")))) {
        FUZZ_CHECK(!name->isEmpty());
        FUZZ_CHECK(name->toUcs4().size() <= InputRules::maxNameLength);
        FUZZ_CHECK(*name == name->trimmed());
        FUZZ_CHECK(InputRules::normalizeName(QJsonValue(*name)) == name); // idempotent
    }
    if (const auto access = InputRules::parseAccess(body.value(QStringLiteral("access")))) {
        if (!access->allEndpoints) {
            FUZZ_CHECK(!access->areas.isEmpty());
            for (const QString& area : access->areas)
                FUZZ_CHECK(InputRules::knownAreas().contains(area));
        }
    }
    return 0;
}
