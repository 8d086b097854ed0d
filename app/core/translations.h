#pragma once

namespace PurgeDesk {

// Loads PurgeDesk's translations into the running application (after the application object
// exists): the English plural forms ("1 URL", "2 URLs") that every surface needs, since the source
// texts mark plurals as "%n URL(s)".
void installTranslations();

} // namespace PurgeDesk
