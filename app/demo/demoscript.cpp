#include "demo/demoscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo_data);
}

namespace baton {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list.append(s.toString());
    return list;
}
QByteArray readResource(const QString &path)
{
    initDemoResources();
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

DemoScript DemoScript::load()
{
    const QJsonObject o = QJsonDocument::fromJson(readResource(QStringLiteral(":/baton/demo/script.json"))).object();
    DemoScript s;
    for (const QJsonValue &q : o.value(QStringLiteral("questions")).toArray())
        s.questions.append({q[QStringLiteral("skill")].toString(), q[QStringLiteral("text")].toString()});
    s.followUps = strings(o.value(QStringLiteral("followUps")));
    s.agentReplies = strings(o.value(QStringLiteral("agentReplies")));
    s.rejectReasons = strings(o.value(QStringLiteral("rejectReasons")));
    const QJsonObject notes = o.value(QStringLiteral("notes")).toObject();
    s.noteProblem = notes.value(QStringLiteral("problem")).toString();
    s.noteSteps = notes.value(QStringLiteral("stepsTaken")).toString();
    s.noteSituation = notes.value(QStringLiteral("customerSituation")).toString();
    return s;
}

QByteArray DemoScript::teamJson()
{
    return readResource(QStringLiteral(":/baton/demo/team.json"));
}

} // namespace baton
