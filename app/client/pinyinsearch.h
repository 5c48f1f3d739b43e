#pragma once

#include <QString>
#include <QStringList>

namespace baton {

// Finds Chinese names the way Chinese teams type them: by pinyin (林晓 by "linxiao" or "lin"), by
// initials ("lx") or by a mix ("linx", "lxiao"); other names by a case-insensitive part of them.
// The readings come from a compact built-in table of the characters common in personal names;
// a character outside it matches only itself.
class PinyinSearch {
public:
    // True when `query` (letters, any case, spaces ignored) finds `name`.
    static bool matches(const QString &name, const QString &query);
    // True when `query` is typed in Latin letters, so the pinyin rules apply.
    static bool isLatin(const QString &query);
    // One lower-case syllable per character of `name`; a character without a reading is kept as is.
    static QStringList syllables(const QString &name);
};

} // namespace baton
