#pragma once

#include <QByteArray>

namespace baton::test {

// A small team for tests: sales (alice L2 with cross-department rights, bob L2, eve L1 who may not
// receive), tech (carol L3 who may transfer upward, dave L4 team lead). Passwords are "<id>-pw", hashed cheaply.
// techTimeoutMs > 0 gives the tech department its own transfer timeout.
QByteArray teamJson(int transferTimeoutMs = 30000, int techTimeoutMs = 0);

} // namespace baton::test
