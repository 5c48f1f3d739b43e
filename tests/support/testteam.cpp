#include "support/testteam.h"

#include <QString>

namespace baton::test {

QByteArray teamJson(int transferTimeoutMs, int techTimeoutMs)
{
    return QStringLiteral(R"({
  "engine": { "transferTimeoutMs": %1, "offlineGraceMs": 2000, "passwordIterations": 1000,
              "identitySecret": "test-shop-identity-secret" },
  "departments": [ { "id": "sales", "name": "销售部" }, { "id": "tech", "name": "技术部", "transferTimeoutMs": %2 } ],
  "agents": [
    { "id": "alice", "name": "Alice", "department": "sales", "level": 2, "maxSessions": 3, "password": "alice-pw",
      "skills": { "pre_sales": "primary" }, "rights": { "crossDepartment": true, "transferUpward": true } },
    { "id": "bob", "name": "Bob", "department": "sales", "level": 2, "maxSessions": 3, "password": "bob-pw",
      "skills": { "pre_sales": "secondary", "technical": "general" } },
    { "id": "eve", "name": "Eve", "department": "sales", "level": 1, "maxSessions": 3, "password": "eve-pw",
      "skills": { "pre_sales": "general" }, "rights": { "mayReceive": false } },
    { "id": "carol", "name": "Carol", "department": "tech", "level": 3, "maxSessions": 2, "password": "carol-pw",
      "skills": { "technical": "primary" }, "tags": ["闪退"], "rights": { "transferUpward": true } },
    { "id": "dave", "name": "Dave", "department": "tech", "level": 4, "role": "team_lead", "maxSessions": 2,
      "password": "dave-pw", "skills": { "technical": "secondary" } },
    { "id": "linxiao", "name": "林晓", "department": "sales", "level": 2, "role": "team_lead", "maxSessions": 3,
      "password": "linxiao-pw", "skills": { "pre_sales": "general" } }
  ],
  "customers": [ { "id": "vip-1", "name": "王女士", "vipLevel": 2, "tags": ["钻石会员"] } ]
})")
        .arg(transferTimeoutMs)
        .arg(techTimeoutMs)
        .toUtf8();
}

} // namespace baton::test
