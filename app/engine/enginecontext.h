#pragma once

namespace baton {

class Clock;
class EngineState;
class EventOutbox;
class QueueBook;
class ResponseTimeRule;
class Recommender;
class Store;
struct EngineConfig;

// What the engine's desks share. Built by Engine and passed by reference: no globals.
struct EngineContext {
    Store &store;
    Clock &clock;
    const EngineConfig &config;
    EngineState &state;
    EventOutbox &outbox;
    const Recommender &recommender;
    QueueBook &queues;
    ResponseTimeRule &replies;
};

} // namespace baton
