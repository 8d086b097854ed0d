#include "sessionsecrets.h"

namespace PurgeDesk {

SessionSecrets &SessionSecrets::instance()
{
    static SessionSecrets secrets;
    return secrets;
}

} // namespace PurgeDesk
