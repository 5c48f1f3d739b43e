#include "core/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <iterator>
#include <utility>

namespace baton::compactjson {

namespace {
// The characters Qt's JSON writer escapes by a letter; the other control characters become \u00xx.
constexpr std::pair<uchar, char> namedEscapes[] = {{'"', '"'},  {'\\', '\\'}, {'\b', 'b'}, {'\f', 'f'},
                                                   {'\n', 'n'}, {'\r', 'r'},  {'\t', 't'}};

char hexDigit(uchar value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}
} // namespace

void appendString(QByteArray &out, const QString &s)
{
    if (!s.isValidUtf16()) {
        // A lone surrogate: Qt writes it as \uXXXX where toUtf8() would substitute U+FFFD.
        const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2); // without the brackets
        return;
    }
    // Every byte of a multi-byte UTF-8 sequence is >= 0x80, so escaping can work on the bytes.
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        out.append('\\');
        const auto named = std::find_if(std::begin(namedEscapes), std::end(namedEscapes),
                                        [c](const auto &escape) { return escape.first == c; });
        if (named != std::end(namedEscapes))
            out.append(named->second);
        else
            out.append("u00").append(hexDigit(c >> 4)).append(hexDigit(c & 0xf));
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

} // namespace baton::compactjson
