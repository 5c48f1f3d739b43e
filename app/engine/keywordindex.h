#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>
#include <bitset>
#include <vector>

namespace baton {

// Finds, in one pass over a text, every place where any of a fixed list of words occurs, with the
// case-insensitive semantics of QString::indexOf(word, from, Qt::CaseInsensitive): a word occurs at
// `at` exactly when QStringView::compare(text.sliced(at, word.size()), word, Qt::CaseInsensitive) == 0,
// which is the test indexOf itself ends with. The robot scanned ~100 words with one indexOf each on
// every customer message; this looks up only the words that can start at each text position
// (bucketed by their case-folded first UTF-16 unit) and compares just those.
//
// Built once from the word list and never changed, so one instance can be shared between copies of
// the configuration. Words are plain strings; word boundaries, look-alikes and negations are the
// caller's business (RobotScript), checked only where a word was found.
class KeywordIndex {
public:
    struct Hit {
        int word;     // the word's position in the list the index was built from
        qsizetype at; // where it starts in the text, in UTF-16 units
    };
    // A text's occurrences ordered by word, then by position: the order in which a loop over the
    // word list calling indexOf(word, at + 1) would meet them, so "the first word in list order
    // that passes a check" is the first hit that passes it. Overlapping occurrences are all there.
    using Hits = QVarLengthArray<Hit, 16>;

    KeywordIndex() = default;
    // Empty words are ignored (they never occur); the same word may be listed more than once, and
    // each listing gets its own hits.
    explicit KeywordIndex(const QStringList &words);

    qsizetype size() const { return m_words.size(); }
    const QString &word(int id) const { return m_words.at(id); }
    Hits scan(QStringView text) const;

private:
    struct Bucket {
        char16_t key; // folded first unit shared by the bucket's words
        int begin;    // [begin, end) in m_bucketWords
        int end;
    };

    // Unicode simple case folding of one UTF-16 unit, the same folding compare(…, CaseInsensitive)
    // applies to the first unit of what it compares.
    static char16_t fold(char16_t unit);
    const Bucket *bucketFor(char16_t key) const;

    QStringList m_words;                   // by id, as given
    QStringList m_distinct;                // each spelling once: compared against the text
    QList<QList<int>> m_idsOf;             // distinct spelling → the ids that list it
    std::vector<Bucket> m_buckets;         // sorted by key
    std::vector<int> m_bucketWords;        // distinct spellings, grouped by bucket
    std::bitset<0x10000> m_startsSomeWord; // by folded unit: most text positions stop here
};

} // namespace baton
