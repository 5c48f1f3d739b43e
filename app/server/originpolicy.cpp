#include "server/originpolicy.h"

#include <QList>

namespace baton {

OriginPolicy::OriginPolicy(const WebPolicy &web)
    : m_web(web)
{
}

std::optional<QByteArray> OriginPolicy::header(const QByteArray &head, const QByteArray &lowerName)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return std::nullopt;
}

QByteArray OriginPolicy::path(const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    QByteArray target = requestLine.value(1);
    if (const qsizetype query = target.indexOf('?'); query >= 0)
        target.truncate(query);
    return target;
}

bool OriginPolicy::allowsUpgrade(const QByteArray &head, bool secure) const
{
    const auto origin = header(head, "origin");
    if (!origin)
        return true;
    const QString value = QString::fromLatin1(*origin).toLower();
    const QByteArray target = path(head);
    if (target == "/agent")
        return m_web.agentOrigins.contains(value);
    if (m_web.visitorOrigins.contains(value))
        return true;
    const auto host = header(head, "host");
    const QString own = (secure ? QStringLiteral("https://") : QStringLiteral("http://")) +
                        QString::fromLatin1(host.value_or(QByteArray())).toLower();
    return host && !host->isEmpty() && value == own;
}

} // namespace baton
