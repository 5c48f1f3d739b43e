// The robot tier reads every customer turn: escalation words, green-channel topics, FAQ answers.
#include "engine/robotscript.h"

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RobotScript robot = RobotScript::builtIn();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Escalation e = robot.detect(text);
    (void)robot.replyFor(e, QStringLiteral("zh"));
    (void)robot.answer(text, QStringLiteral("zh"));
    (void)robot.answer(text, QStringLiteral("en"));
    return 0;
}
