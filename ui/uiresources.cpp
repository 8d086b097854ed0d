#include "uiresources.h"

#include <QFile>
#include <QLabel>
#include <QPalette>

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

QColor problemColor()
{
    return QColor(0xd0, 0x3b, 0x2e);
}

void showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette; // no role set: everything is inherited from the parent
    if (problem)
        palette.setColor(QPalette::WindowText, problemColor());
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

} // namespace PurgeDesk::Gui
