#include "core/sensitivedatamasker.h"

#include <QStringList>

namespace baton {

namespace {

constexpr QChar maskChar = QLatin1Char('*');
// How far before a number a word like 订单 still names it.
constexpr int contextWindow = 12;

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isSeparator(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('-'); }
bool isIdCheck(QChar c) { return c == QLatin1Char('X') || c == QLatin1Char('x'); }
bool isAsciiLetter(QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); }

bool luhnValid(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

bool validBirthDate(const QString &digits)
{
    const int year = digits.mid(6, 4).toInt();
    const int month = digits.mid(10, 2).toInt();
    const int day = digits.mid(12, 2).toInt();
    return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Words that make a long number an identifier of something other than a person's card.
bool namedAsReference(const QString &text, qsizetype start)
{
    static const QStringList words = {QStringLiteral("订单"), QStringLiteral("单号"), QStringLiteral("运单"),
                                      QStringLiteral("快递"), QStringLiteral("物流"), QStringLiteral("工单"),
                                      QStringLiteral("流水"), QStringLiteral("交易号"), QStringLiteral("编号"),
                                      QStringLiteral("order"), QStringLiteral("tracking"), QStringLiteral("invoice")};
    const QString before = text.mid(std::max<qsizetype>(0, start - contextWindow), std::min<qsizetype>(start, contextWindow));
    for (const QString &w : words) {
        if (before.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

enum class Kind { None, Card, IdCard, Mobile, MobileWithCountryCode };

Kind classify(const QString &digits, const QString &text, qsizetype start)
{
    const qsizetype n = digits.size();
    if (n == 18 && digits.at(0) != QLatin1Char('0') && validBirthDate(digits))
        return Kind::IdCard;
    if (isIdCheck(digits.back()))
        return Kind::None;
    if (n == 11 && digits.at(0) == QLatin1Char('1') && digits.at(1) >= QLatin1Char('3'))
        return namedAsReference(text, start) ? Kind::None : Kind::Mobile;
    if (n == 13 && digits.startsWith(QLatin1String("861")) && digits.at(3) >= QLatin1Char('3'))
        return namedAsReference(text, start) ? Kind::None : Kind::MobileWithCountryCode;
    if (n >= 16 && n <= 19 && (digits.startsWith(QLatin1String("62")) || luhnValid(digits)))
        return namedAsReference(text, start) ? Kind::None : Kind::Card;
    return Kind::None;
}

// Replaces the digit positions [from, to) of the run (counted in digits) with the mask character.
void maskDigits(QString &text, qsizetype runStart, qsizetype runEnd, qsizetype from, qsizetype to)
{
    qsizetype digitIndex = 0;
    for (qsizetype i = runStart; i < runEnd; ++i) {
        const QChar c = text.at(i);
        if (!isDigit(c) && !isIdCheck(c))
            continue;
        if (digitIndex >= from && digitIndex < to)
            text[i] = maskChar;
        ++digitIndex;
    }
}

} // namespace

QString SensitiveDataMasker::mask(const QString &input)
{
    QString text = input;
    const QString original = input;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isDigit(original.at(i)) || (i > 0 && (isDigit(original.at(i - 1)) || isAsciiLetter(original.at(i - 1)) ||
                                                   original.at(i - 1) == QLatin1Char('.')))) {
            ++i;
            continue;
        }
        // A run: digits, single separators between digits, and an ID check letter at its end.
        qsizetype end = i;
        QString digits;
        while (end < original.size()) {
            const QChar c = original.at(end);
            if (isDigit(c)) {
                digits.append(c);
                ++end;
            } else if (isSeparator(c) && end + 1 < original.size() && isDigit(original.at(end + 1))) {
                ++end;
            } else if (isIdCheck(c) && digits.size() == 17) {
                digits.append(c);
                ++end;
                break;
            } else {
                break;
            }
        }
        // A number glued to letters or a decimal point is a code or an amount, not one of ours.
        const bool decimal = end + 1 < original.size() && original.at(end) == QLatin1Char('.') && isDigit(original.at(end + 1));
        const bool glued = decimal || (end < original.size() && isAsciiLetter(original.at(end)));
        const Kind kind = glued ? Kind::None : classify(digits, original, i);
        const qsizetype n = digits.size();
        switch (kind) {
        case Kind::Card:
        case Kind::IdCard: maskDigits(text, i, end, 0, n - 4); break;
        case Kind::Mobile: maskDigits(text, i, end, 3, 7); break;
        case Kind::MobileWithCountryCode: maskDigits(text, i, end, 5, 9); break;
        case Kind::None: break;
        }
        i = end;
    }
    return text;
}

SensitiveDataMasker::Split SensitiveDataMasker::maskAcross(const QString &previous, const QString &next)
{
    const QStringList masked = maskJoined({previous, next});
    Split split;
    split.previous = masked.at(0);
    split.next = masked.at(1);
    split.previousChanged = split.previous != previous;
    return split;
}

QStringList SensitiveDataMasker::maskJoined(const QStringList &parts)
{
    // Earlier parts already stand masked on their own; join with spaces so the digit groups form
    // one run, mask, and cut the result back at the joins (masking keeps every position).
    const QString masked = mask(parts.join(QLatin1Char(' ')));
    QStringList result;
    qsizetype at = 0;
    for (const QString &part : parts) {
        result.append(masked.mid(at, part.size()));
        at += part.size() + 1;
    }
    return result;
}

} // namespace baton
