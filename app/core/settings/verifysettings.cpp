#include "verifysettings.h"

#include "storage/appfiles.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {
const QString kAutoVerify = u"Verify/automatically"_s;
const QString kAutoVerifyMaxUrls = u"Verify/automaticallyUpToUrls"_s;
const QString kWarm = u"Verify/warm"_s;
const QString kListedUrls = u"VerifyListedUrls/"_s;
} // namespace

VerifySettings VerifySettings::load()
{
    const QSettings settings = appSettings();
    VerifySettings s;
    s.autoVerify = settings.value(kAutoVerify, true).toBool();
    s.autoVerifyMaxUrls
        = qBound(1, settings.value(kAutoVerifyMaxUrls, DefaultAutoVerifyMaxUrls).toInt(), MaxAutoVerifyMaxUrls);
    s.warm = settings.value(kWarm, false).toBool();
    return s;
}

void VerifySettings::save() const
{
    QSettings settings = appSettings();
    settings.setValue(kAutoVerify, autoVerify);
    settings.setValue(kAutoVerifyMaxUrls, autoVerifyMaxUrls);
    settings.setValue(kWarm, warm);
}

QStringList VerifySettings::listedUrls(const QString &zoneId)
{
    if (zoneId.isEmpty())
        return {};
    return appSettings().value(kListedUrls + zoneId).toStringList().mid(0, MaxListedUrls);
}

void VerifySettings::setListedUrls(const QString &zoneId, const QStringList &urls)
{
    if (zoneId.isEmpty())
        return;
    QSettings settings = appSettings();
    settings.setValue(kListedUrls + zoneId, urls.mid(0, MaxListedUrls));
}

} // namespace PurgeDesk
