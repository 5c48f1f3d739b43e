#pragma once

#include <QList>
#include <QStringList>

namespace baton {

// Lines the demo speaks, loaded from resources/demo/script.json.
struct DemoScript {
    struct Question {
        QString skill;
        QString text;
    };
    QList<Question> questions;
    QStringList followUps;
    QStringList agentReplies;
    QStringList rejectReasons;
    QString noteProblem;
    QString noteSteps;
    QString noteSituation;

    static DemoScript load();
    static QByteArray teamJson();
};

} // namespace baton
