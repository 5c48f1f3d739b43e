#pragma once

#include <QList>
#include <QString>

namespace baton {

enum class FieldKind { String, Integer, Boolean, Object, Array };

struct FieldSpec {
    QString name;
    FieldKind kind = FieldKind::String;
    bool required = false;
    qint64 min = 0;   // Integer: lowest value; String: shortest length
    qint64 max = 0;   // Integer: highest value; String: longest length; Array: most elements; 0 = no limit
};

enum class Endpoint { Agent = 1, Visitor = 2 };
enum class Direction { Request, Event };

// One row of the message catalog. Behaviour hangs off the type name; the fields here are what the
// server validates before anything reaches the engine.
struct MessageSpec {
    QString type;
    Direction direction = Direction::Request;
    int endpoints = int(Endpoint::Agent); // bit set of Endpoint
    bool needsLogin = true;               // agent endpoint: only after LOGIN; visitor: after CUSTOMER_START
    bool idempotent = false;              // accepts an "idem" key; a retry returns the first reply
    QList<FieldSpec> fields;

    bool servesEndpoint(Endpoint e) const { return (endpoints & int(e)) != 0; }
};

} // namespace baton
