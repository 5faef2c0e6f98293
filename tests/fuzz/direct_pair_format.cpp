// SPDX-License-Identifier: GPL-3.0-or-later
// Direct mode's key and secret checks on any text: what they accept is exactly the shape ON24
// gives (32 [A-Z0-9], 128 [0-9a-f]), and a refusal never quotes the secret.
#include "FuzzInput.h"
#include "direct/TokenPairFormat.h"

using namespace TokenConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Fuzz::FuzzInput input(data, size);
    const QString text = (size > 0 && (data[0] & 1)) ? input.utf16() : QString::fromUtf8(input.bytes());
    const QString key = TokenPairFormat::normalizedKey(text);
    if (TokenPairFormat::keyProblem(key).isEmpty()) {
        FUZZ_CHECK(key.size() == 32);
        for (QChar c : key)
            FUZZ_CHECK((c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                       || (c >= QLatin1Char('0') && c <= QLatin1Char('9')));
    }
    const QString secret = TokenPairFormat::normalizedSecret(text);
    const QString problem = TokenPairFormat::secretProblem(secret);
    if (problem.isEmpty()) {
        FUZZ_CHECK(secret.size() == 128);
        for (QChar c : secret)
            FUZZ_CHECK((c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                       || (c >= QLatin1Char('0') && c <= QLatin1Char('9')));
    } else if (secret.size() >= 12) {
        FUZZ_CHECK(!problem.contains(secret));
    }
    return 0;
}
