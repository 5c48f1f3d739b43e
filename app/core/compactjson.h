#pragma once

#include <QByteArray>
#include <QString>

namespace baton::compactjson {

// Appends `s` as a JSON string, byte for byte as QJsonDocument::toJson(QJsonDocument::Compact)
// writes it (UTF-8; quote, backslash and control characters escaped as Qt escapes them). Issue 12:
// the hot path assembles a message's JSON once, without building and serialising a QJsonObject.
void appendString(QByteArray &out, const QString &s);

} // namespace baton::compactjson
