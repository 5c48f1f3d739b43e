// The first thing every frame meets: the envelope parser, then the catalogue's field validation for
// both endpoints. Neither may crash, hang or accept an envelope the catalogue then cannot judge.
#include "protocol/envelope.h"
#include "protocol/messagecatalog.h"

#include <cstdlib>

using namespace baton;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const MessageCatalog catalog;
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    ProtocolError error;
    QString requestId;
    const auto envelope = Envelope::parse(frame, &error, &requestId);
    if (!envelope) {
        if (error.code != ErrorCode::BadFrame || error.message.isEmpty())
            std::abort(); // a refusal must say why, as BAD_FRAME
        return 0;
    }
    if (envelope->id != requestId)
        std::abort();
    for (Endpoint endpoint : {Endpoint::Agent, Endpoint::Visitor}) {
        if (auto invalid = catalog.validateRequest(*envelope, endpoint); invalid && invalid->message.isEmpty())
            std::abort();
    }
    // What the server would send back must serialise.
    (void)Envelope::error(envelope->id, error).toJson();
    return 0;
}
