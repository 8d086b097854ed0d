// A sandbox scenario file (purgedesk-cli sandbox --scenario FILE).
#include "fuzzsupport.h"
#include "sandbox/sandboxconfig.h"

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    Sandbox::Config config = Sandbox::demoConfig();
    QString error;
    if (Sandbox::loadScenario(Fuzz::bytes(data, size), config, &error)) {
        for (const Sandbox::Zone &zone : config.zones)
            (void)config.limitsFor(zone.plan);
    }
    return 0;
}
