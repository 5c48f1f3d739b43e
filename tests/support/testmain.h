#pragma once

#include "core/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QTest>

// QTEST_GUILESS_MAIN, on batond's epoll event dispatcher when BATON_EVENT_DISPATCHER=epoll: CTest runs
// the WebSocket suites on both dispatchers (the *_epoll tests).
#define BATON_GUILESS_TEST_MAIN(TestObject)                                                                  \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        if (qgetenv("BATON_EVENT_DISPATCHER") == "epoll")                                                    \
            QCoreApplication::setEventDispatcher(new baton::EpollEventDispatcher);                           \
        QCoreApplication app(argc, argv);                                                                    \
        TestObject test;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
