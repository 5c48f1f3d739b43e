#pragma once

#include <QStringList>

class QIODevice;

namespace baton {

// RFC 4180 text: fields with a comma, quote, line break or edge space are quoted with inner quotes
// doubled; records end in CRLF. The file starts with a UTF-8 byte-order mark so that Excel opens
// Chinese text correctly.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device);
    bool writeBom();
    bool writeRecord(const QStringList &fields);

    static QString field(const QString &value);
    static QByteArray record(const QStringList &fields);
    // The inverse, for tests and for reading back what was written: records of fields.
    static QList<QStringList> parse(const QByteArray &utf8);

private:
    QIODevice &m_device;
};

} // namespace baton
