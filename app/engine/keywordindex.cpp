#include "engine/keywordindex.h"

#include <QHash>
#include <algorithm>

namespace baton {

char16_t KeywordIndex::fold(char16_t unit)
{
    // ASCII has no case outside A–Z and ideographs have none at all; everything else goes
    // through Qt's own table (the one compare() uses), so "Ω"/"ω" or "K" (Kelvin sign)/"k" bucket
    // together exactly when compare() calls them equal. A fold that left the BMP would collide in
    // the truncation below; that only adds candidates, which compare() then rejects.
    if (unit < 0x80)
        return unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit;
    if (unit >= 0x4e00 && unit <= 0x9fff) // CJK Unified Ideographs: no case, most of a Chinese text
        return unit;
    return char16_t(QChar::toCaseFolded(char32_t(unit)));
}

KeywordIndex::KeywordIndex(const QStringList &words) : m_words(words)
{
    QHash<QString, int> distinctOf;
    for (int id = 0; id < m_words.size(); ++id) {
        const QString &w = m_words.at(id);
        if (w.isEmpty())
            continue;
        auto it = distinctOf.constFind(w);
        if (it == distinctOf.cend()) {
            it = distinctOf.insert(w, int(m_distinct.size()));
            m_distinct.append(w);
            m_idsOf.append(QList<int>());
        }
        m_idsOf[*it].append(id);
    }
    std::vector<std::pair<char16_t, int>> keyed; // (folded first unit, distinct spelling)
    keyed.reserve(m_distinct.size());
    for (int d = 0; d < m_distinct.size(); ++d)
        keyed.emplace_back(fold(m_distinct.at(d).front().unicode()), d);
    std::sort(keyed.begin(), keyed.end());
    for (const auto &[key, d] : keyed) {
        if (m_buckets.empty() || m_buckets.back().key != key) {
            const int at = int(m_bucketWords.size());
            m_buckets.push_back({key, at, at});
            m_startsSomeWord.set(key);
        }
        m_bucketWords.push_back(d);
        ++m_buckets.back().end;
    }
}

const KeywordIndex::Bucket *KeywordIndex::bucketFor(char16_t key) const
{
    const auto it = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), key,
                                     [](const Bucket &b, char16_t k) { return b.key < k; });
    return it != m_buckets.cend() && it->key == key ? &*it : nullptr;
}

KeywordIndex::Hits KeywordIndex::scan(QStringView text) const
{
    Hits hits;
    const qsizetype n = text.size();
    for (qsizetype at = 0; at < n; ++at) {
        const char16_t key = fold(text[at].unicode());
        if (!m_startsSomeWord.test(key))
            continue;
        const Bucket *bucket = bucketFor(key);
        if (!bucket)
            continue;
        for (int i = bucket->begin; i < bucket->end; ++i) {
            const int d = m_bucketWords[i];
            const QString &w = m_distinct.at(d);
            if (w.size() > n - at || text.sliced(at, w.size()).compare(w, Qt::CaseInsensitive) != 0)
                continue;
            for (const int id : m_idsOf.at(d))
                hits.append({id, at});
        }
    }
    // Found in text order; the callers want list order (and std::sort, unlike std::stable_sort,
    // never allocates).
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.word != b.word ? a.word < b.word : a.at < b.at; });
    return hits;
}

} // namespace baton
