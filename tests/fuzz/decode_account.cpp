// SPDX-License-Identifier: GPL-3.0-or-later
// TokenCodec::decodeAccount on any JSON object (GET /api/v1/account).
#include "FuzzInput.h"
#include "model/TokenCodec.h"

#include <algorithm>
#include <functional>

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto json = Fuzz::FuzzInput(data, size).jsonObject();
    if (!json)
        return 0;
    QString why;
    const std::optional<Account> account = TokenCodec::decodeAccount(*json, &why);
    if (!account) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(account->clientId >= -(qint64(1) << 53) && account->clientId <= (qint64(1) << 53));
    const InactivityPolicySettings& policy = account->policy;
    FUZZ_CHECK(policy.inactivityDays >= 1 && policy.inactivityDays <= 3650);
    FUZZ_CHECK(
        std::is_sorted(policy.warningDays.begin(), policy.warningDays.end(), std::greater<int>()));
    for (int day : policy.warningDays)
        FUZZ_CHECK(day >= 0 && day <= 3650);
    return 0;
}
