// A list as typed, pasted or read from a file. First byte: the action (and whether a zone is known).
#include "fuzzsupport.h"
#include "purge/listimport.h"
#include "purge/planner.h"
#include "purge/validation.h"

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static const Cloudflare::PurgeAction actions[] = {Cloudflare::PurgeAction::Files, Cloudflare::PurgeAction::Hosts,
        Cloudflare::PurgeAction::Tags, Cloudflare::PurgeAction::Prefixes, Cloudflare::PurgeAction::Everything};
    const uint8_t choice = Fuzz::choose(data, size);
    const Cloudflare::PurgeAction action = actions[choice % std::size(actions)];
    QString text;
    int badLine = 0;
    if (!Purge::decodeList(Fuzz::bytes(data, size), &text, &badLine))
        return 0; // refused with the line, as the CLI does
    const Purge::Validation validation
        = Purge::validate(action, text, choice & 0x80 ? QStringLiteral("example.com") : QString());
    (void)validation.summary(action);
    // Whatever is accepted can be planned into requests.
    if (validation.canPurge() && action != Cloudflare::PurgeAction::Everything) {
        Purge::PurgeSpec spec;
        spec.action = action;
        spec.items = validation.items;
        (void)Purge::planPurge(spec);
    }
    return 0;
}
