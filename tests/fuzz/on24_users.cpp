// SPDX-License-Identifier: GPL-3.0-or-later
// ON24's GET /client/{id}/users answer, as direct mode reads it to offer logins: any bytes
// give a clean refusal or users that each have a name to be picked by.
#include "FuzzInput.h"
#include "api/On24Client.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Fuzz::FuzzInput input(data, size);
    bool ok = false;
    const QVector<On24Client::User> users = On24Client::parseUsers(input.bytes(), &ok);
    if (!ok)
        FUZZ_CHECK(users.isEmpty());
    for (const On24Client::User& user : users)
        FUZZ_CHECK(!user.userName.isEmpty() || !user.email.isEmpty());
    return 0;
}
