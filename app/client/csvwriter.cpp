#include "client/csvwriter.h"

#include <QIODevice>

namespace baton {

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

bool CsvWriter::writeBom()
{
    return m_device.write("\xEF\xBB\xBF", 3) == 3;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    const QByteArray bytes = record(fields);
    return m_device.write(bytes) == bytes.size();
}

QString CsvWriter::field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(field(f));
    return (escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QList<QStringList> CsvWriter::parse(const QByteArray &utf8)
{
    QString text = QString::fromUtf8(utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList current;
    QString fieldText;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                fieldText += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                fieldText += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            current.append(fieldText);
            fieldText.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            current.append(fieldText);
            records.append(current);
            current.clear();
            fieldText.clear();
            any = false;
            ++i;
        } else {
            fieldText += c;
        }
    }
    if (any) {
        current.append(fieldText);
        records.append(current);
    }
    return records;
}

} // namespace baton
