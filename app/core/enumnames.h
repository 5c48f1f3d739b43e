#pragma once

#include <QString>

namespace baton {

// Reverse lookup for the small enums whose wire names come from a `nameOf` function: one place
// instead of a loop per enum. Unknown names yield `fallback` and set *ok to false.
template <typename Enum, size_t N>
Enum enumFromName(const QString &name, const Enum (&all)[N], QString (*nameOf)(Enum), Enum fallback, bool *ok)
{
    for (Enum e : all) {
        if (nameOf(e) == name) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

} // namespace baton
