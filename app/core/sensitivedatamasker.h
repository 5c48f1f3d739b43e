#pragma once

#include <QString>
#include <QStringList>

namespace baton {

// F5.7: hides bank card numbers (all but the last 4 digits), mainland ID-card numbers (all but the
// last 4 characters) and mobile numbers (the middle 4 digits) before text is stored or shown.
// Masking keeps the text's length and separators, so a number split across two messages can be
// masked in both parts (maskAcross). Look-alikes stay readable: order and tracking numbers (named
// by the words before them), amounts, dates and numbers of other lengths.
class SensitiveDataMasker {
public:
    static QString mask(const QString &text);

    struct Split {
        QString previous; // the earlier message, masked where the number began
        QString next;     // the new message, masked where the number ended
        bool previousChanged = false;
    };
    // Treats the end of `previous` and the start of `next` as one stretch of text, so that
    // "6222 0212" followed by "3456 7890 123" is recognised as one card number.
    static Split maskAcross(const QString &previous, const QString &next);
    // The same over any number of consecutive parts (oldest first): a number typed in three
    // messages is masked in all three. Returns the parts masked, same count, same lengths.
    static QStringList maskJoined(const QStringList &parts);
};

} // namespace baton
