#include "uiresources.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1/purgedesk.png"_s.arg(size), QSize(size, size));
    icon.addFile(u":/icons/purgedesk.svg"_s);
    return icon;
}

QString licenseText()
{
    QFile file(u":/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace PurgeDesk::Gui
