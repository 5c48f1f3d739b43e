// The team configuration loader: any file must give a configuration or a message naming the entry.
#include "engine/teamconfig.h"

#include <cstdlib>

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Plain-text passwords are hashed on import; cap what a fuzzed file may ask for, so the run
    // measures the parser, not PBKDF2.
    QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    json.replace("\"password\"", "\"passwordHash\"");
    QString error;
    const auto config = TeamConfig::parse(json, &error);
    if (!config && error.isEmpty())
        std::abort();
    return 0;
}
