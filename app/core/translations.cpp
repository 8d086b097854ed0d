#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace PurgeDesk {

void installTranslations()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/purgedesk_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        qCWarning(lcApp) << "the English plural forms could not be loaded";
}

} // namespace PurgeDesk
