#pragma once

// Whether the texts of a window fit: used by the widget tests that show the window in other
// languages (tst_languages) and in the pseudo-locale (tst_pseudolocale).

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QWidget>

namespace PurgeDesk::Test {

using namespace Qt::Literals::StringLiterals;

inline QString describe(const QWidget *widget)
{
    const QString name = widget->objectName().isEmpty() ? u"(unnamed)"_s : widget->objectName();
    return name + u" ("_s + QLatin1String(widget->metaObject()->className()) + u')';
}

inline QString sizeText(const QSize &size)
{
    return u"%1x%2"_s.arg(size.width()).arg(size.height());
}

// True when the widget sits in something that scrolls (a list, a text view): it may extend past
// what is visible by design.
inline bool inScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(parent))
            return true;
    }
    return false;
}

// Handles the events waiting, then the new layouts they asked for: a text set by an answer that has
// just arrived (a verification's, say) posts a layout request, which must be handled before sizes are
// compared with texts. Each pass may ask the parents for theirs, hence a few.
inline void settleLayouts()
{
    QCoreApplication::processEvents();
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The widgets of `root` whose text does not fit: what each needs, and what it has.
inline QStringList clippedTexts(const QWidget &root)
{
    QStringList found;
    const auto report = [&](const QWidget *widget, const QString &text, const QSize &needs) {
        found << u"%1 \"%2\" needs %3, has %4"_s.arg(describe(widget), text, sizeText(needs), sizeText(widget->size()));
    };
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != &root)
            continue;
        // Cut off by the window's edge.
        if (!inScrollArea(widget)
            && (qobject_cast<const QLabel *>(widget) || qobject_cast<const QAbstractButton *>(widget))
            && !root.rect().contains(QRect(widget->mapTo(&root, QPoint(0, 0)), widget->size()))) {
            found << u"%1 reaches past the window's edge"_s.arg(describe(widget));
            continue;
        }
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int height = label->heightForWidth(label->width());
                if (height > label->height())
                    report(label, label->text(), QSize(label->width(), height));
            } else {
                const QSize needs = label->minimumSizeHint();
                if (needs.width() > label->width() || needs.height() > label->height())
                    report(label, label->text(), needs);
            }
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            const QSize needs = button->minimumSizeHint().expandedTo(
                qobject_cast<const QPushButton *>(button) ? button->sizeHint() : button->minimumSizeHint());
            if (needs.width() > button->width() || needs.height() > button->height())
                report(button, button->text(), needs);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            if (group->minimumSizeHint().width() > group->width())
                report(group, group->title(), group->minimumSizeHint());
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            // A tab's text and the style's room around it (QTabBar elides what does not fit).
            const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                const QSize text = tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i));
                const QSize needs(text.width() + space, text.height());
                if (tabs->isTabVisible(i) && tabs->tabRect(i).width() < needs.width())
                    found << u"%1 tab \"%2\" needs %3, has %4"_s.arg(
                        describe(tabs), tabs->tabText(i), sizeText(needs), sizeText(tabs->tabRect(i).size()));
            }
        }
    }
    return found;
}

} // namespace PurgeDesk::Test
