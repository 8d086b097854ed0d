#pragma once

// What a user would call a broken layout, found in a window as it is shown: a control cut short
// (a button narrower than its text, a label whose text does not fit and is not elided on purpose),
// controls drawn over each other, a control outside its parent, a window larger than its screen.

#include "ui/common/messageline.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QStringList>
#include <QTabBar>
#include <QToolBar>
#include <QWidget>

namespace PurgeDesk::Test {

inline QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty())
        name = QString::fromLatin1(widget->metaObject()->className());
    return name;
}

// Widgets a user sees as one control (Qt's own parts and the focus ring are left out).
inline bool isControl(const QWidget *widget)
{
    if (!widget->isVisible() || widget->objectName().startsWith(QLatin1String("qt_"))
        || widget->objectName() == QLatin1String("focusRing"))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLabel *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget);
}

inline QStringList layoutProblems(const QWidget &window)
{
    QStringList problems;
    if (QScreen *screen = window.screen()) {
        if (!screen->availableGeometry().contains(window.frameGeometry()))
            problems << QStringLiteral("the window (%1,%2 %3x%4) is not within the screen (%5x%6)")
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(screen->availableGeometry().width())
                            .arg(screen->availableGeometry().height());
    }
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isControl(widget) || widget->window() != &window)
            continue;
        // Inside the toolbar, buttons that do not fit go to its extension menu: that is fine.
        if (qobject_cast<QToolBar *>(widget->parentWidget()))
            continue;
        const QString name = describe(widget);
        const QSize size = widget->size();
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (!button->text().isEmpty() && size.width() < button->sizeHint().width())
                problems << QStringLiteral("%1 is cut short (%2 of %3 px wide)")
                                .arg(name)
                                .arg(size.width())
                                .arg(button->sizeHint().width());
        } else if (auto *line = qobject_cast<Gui::MessageLine *>(widget)) {
            if (size.height() < line->sizeHint().height())
                problems << QStringLiteral("%1 is lower than its %2 lines").arg(name).arg(line->lines());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                if (size.height() < label->heightForWidth(size.width()))
                    problems << QStringLiteral("%1 needs %2 px of height, has %3")
                                    .arg(name)
                                    .arg(label->heightForWidth(size.width()))
                                    .arg(size.height());
            } else if (size.width() < label->sizeHint().width()) {
                problems << QStringLiteral("%1 (\"%2\") is cut short").arg(name, label->text());
            }
        } else if (size.width() < widget->minimumSizeHint().width()) {
            problems << QStringLiteral("%1 is narrower than its minimum").arg(name);
        }
        // Within its parent, and over no sibling control.
        QWidget *parent = widget->parentWidget();
        if (parent && !QRect(QPoint(0, 0), parent->size()).contains(widget->geometry()))
            problems << QStringLiteral("%1 is outside %2").arg(name, describe(parent));
        if (!parent)
            continue;
        for (QObject *object : parent->children()) {
            auto *sibling = qobject_cast<QWidget *>(object);
            if (!sibling || sibling == widget || !isControl(sibling) || sibling->isWindow())
                continue;
            if (widget < sibling && widget->geometry().intersects(sibling->geometry()))
                problems << QStringLiteral("%1 overlaps %2").arg(name, describe(sibling));
        }
    }
    return problems;
}

} // namespace PurgeDesk::Test
