#pragma once

// Helpers shared by the widget tests.

#include <QApplication>
#include <QDir>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace PurgeDesk::Test {

// The child widget named `name` (warns when there is none, so a renamed control fails loudly).
template<typename T>
T *child(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<T *>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

// With PURGEDESK_SCREENSHOT_DIR set, saves what the window looks like in this state (for review
// and the README); otherwise does nothing.
inline void snapshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PURGEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Answers the modal dialogs that open next (they run their own event loop, so the test cannot
// answer them in line): each answer gets the next new modal widget, in order.
inline void answerDialogs(QList<std::function<void(QWidget *)>> answers)
{
    auto *timer = new QTimer(qApp);
    auto previous = std::make_shared<QPointer<QWidget>>();
    auto away = std::make_shared<bool>(true); // the last answered dialog closed or went behind another
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, previous, away, answers]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal != *previous || !modal || !modal->isVisible())
            *away = true;
        if (!modal || !modal->isVisible() || (modal == *previous && !*away))
            return;
        *previous = modal;
        *away = false;
        const auto answer = answers.takeFirst();
        if (answers.isEmpty())
            timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

} // namespace PurgeDesk::Test
