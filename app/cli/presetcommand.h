#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeDesk::Cli {

// purgedesk-cli preset save|list|run|export|import|remove ...
int runPreset(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace PurgeDesk::Cli
