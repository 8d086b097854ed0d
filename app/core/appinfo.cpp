#include "appinfo.h"

#include "buildinfo.h"

#include <QCoreApplication>
#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

void initApplicationIdentity()
{
    // No organisation name: config lands in ~/.config/PurgeDesk, data in ~/.local/share/PurgeDesk.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(u"purgedesk.github.io"_s);
    QCoreApplication::setApplicationName(u"PurgeDesk"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(PURGEDESK_VERSION);
}

QString applicationId()
{
    return QStringLiteral(PURGEDESK_APP_ID);
}

QString qtKeychainVersion()
{
    return QStringLiteral(PURGEDESK_QTKEYCHAIN_VERSION);
}

QString qtVersionDescription()
{
    QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    if (runtime == built)
        return runtime;
    return QCoreApplication::translate("PurgeDesk", "%1 (built with %2)").arg(runtime, built);
}

} // namespace PurgeDesk
