// The masker sees every customer text. Masking keeps the length (positions are how split numbers
// are joined), only ever replaces characters by '*', and is idempotent; the split join keeps part
// counts and lengths.
#include "core/sensitivedatamasker.h"

#include <cstdlib>

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString masked = SensitiveDataMasker::mask(text);
    if (masked.size() != text.size())
        std::abort();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (masked.at(i) != text.at(i) && masked.at(i) != QLatin1Char('*'))
            std::abort();
    }
    if (SensitiveDataMasker::mask(masked) != masked)
        std::abort();
    const QStringList parts = text.split(QLatin1Char('\n'));
    const QStringList joined = SensitiveDataMasker::maskJoined(parts);
    if (joined.size() != parts.size())
        std::abort();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (joined.at(i).size() != parts.at(i).size())
            std::abort();
    }
    return 0;
}
