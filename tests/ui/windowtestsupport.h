#pragma once

// Helpers for the tests that drive the real main window against its built-in sandbox.

#include "accounts/connection.h"
#include "history/historyservice.h"
#include "listeditor.h"
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "uitestsupport.h"
#include "zonepicker.h"

#include <QApplication>
#include <QClipboard>
#include <QTest>

#include <memory>

namespace PurgeDesk::Test {

// Runner options for tests that look at one attempt per request (no retries to wait for).
inline Purge::Runner::Options oneAttempt()
{
    Purge::Runner::Options options;
    options.maxAttempts = 1;
    return options;
}

// The main window, shown, on the sandbox without latency; "are you sure?" questions answer yes.
inline std::unique_ptr<Gui::MainWindow> openWindow(const Purge::Runner::Options &options)
{
    auto window = std::make_unique<Gui::MainWindow>();
    window->setRunnerOptions(options);
    window->setConfirmHandler([](const QString &) { return true; });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (window->connection()->sandbox())
        window->connection()->sandbox()->setLatency(0, 0);
    return window;
}

// Waits until the zone list has arrived (or failed), the list is validated and the history is open.
inline bool settle(Gui::MainWindow &window)
{
    auto *picker = child<Gui::ZonePicker>(window, QStringLiteral("zonePicker"));
    return QTest::qWaitFor(
        [&] {
            const QString state = picker->stateText();
            return !state.startsWith(QLatin1String("Loading")) && !state.startsWith(QLatin1String("Reading"))
                && !window.isValidating()
                && window.historyService()->state() != History::HistoryService::State::Opening;
        },
        10000);
}

// Replaces the list as a paste does (one undo step).
inline void setList(Gui::MainWindow &window, const QString &list)
{
    auto *editor = child<Gui::ListEditor>(window, QStringLiteral("listEditor"));
    editor->selectAll();
    QApplication::clipboard()->setText(list);
    editor->paste();
}

inline bool waitForRun(Gui::MainWindow &window, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return window.currentRun() && window.currentRun()->isFinished(); }, timeoutMs);
}

} // namespace PurgeDesk::Test
