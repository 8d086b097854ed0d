// The sandbox as an HTTP server: raw bytes from a client, parsed, then answered as the server does
// (routing, authentication, purge body validation, rate limits).
#include "fuzzsupport.h"
#include "sandbox/httpserver.h"
#include "sandbox/sandboxserver.h"

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static Sandbox::SandboxServer *server = new Sandbox::SandboxServer(); // never listens
    QByteArray buffer = Fuzz::bytes(data, size);
    // Pipelined requests, one after the other, as a connection delivers them.
    for (int i = 0; i < 8 && !buffer.isEmpty(); ++i) {
        const Sandbox::ParsedRequest parsed = Sandbox::HttpServer::parseRequest(buffer);
        if (parsed.state != Sandbox::ParsedRequest::State::Complete)
            break;
        if (parsed.consumed <= 0 || parsed.consumed > buffer.size())
            __builtin_trap();
        (void)server->handle(parsed.request);
        buffer.remove(0, parsed.consumed);
    }
    return 0;
}
