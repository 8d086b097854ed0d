#pragma once

// Helpers for the tests that drive the real main window against its built-in sandbox.

#include "accounts/connection.h"
#include "accounts/profilestore.h"
#include "accounts/sessionsecrets.h"
#include "appcontext.h"
#include "history/historyservice.h"
#include "sandbox/sandboxserver.h"
#include "ui/common/messagebox.h"
#include "ui/mainwindow.h"
#include "ui/presets/presetprompt.h"
#include "ui/presets/savepresetdialog.h"
#include "ui/purge/listeditor.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"
#include "ui/purge/zonepicker.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
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

// A main window with its own services, as main() builds them (the window owns them here, so a
// test keeps one object). Not shown yet.
inline std::unique_ptr<Gui::MainWindow> makeWindow()
{
    auto *context = new AppContext;
    auto window = std::make_unique<Gui::MainWindow>(context);
    context->setParent(window.get()); // deleted after the window's widgets
    context->start();
    return window;
}

// The main window, shown, on the sandbox without latency. Questions the test has not answered
// ahead of time (MessageBox::setNextAnswer) are answered with their safe choice.
inline std::unique_ptr<Gui::MainWindow> openWindow(const Purge::Runner::Options &options)
{
    Gui::MessageBox::setTestMode(true);
    Gui::PresetPrompt::setTestMode(true);
    Gui::SavePresetDialog::setTestMode(true);
    auto window = makeWindow();
    window->purgePage()->setRunnerOptions(options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    if (window->context()->connection()->sandbox())
        window->context()->connection()->sandbox()->setLatency(0, 0);
    return window;
}

// The purge the window shows (running or finished), if any.
inline Purge::PurgeSession *currentRun(const Gui::MainWindow &window)
{
    return window.purgePage()->session();
}

inline bool isValidating(const Gui::MainWindow &window)
{
    return window.purgePage()->form()->isValidating();
}

// Waits until the zone list has arrived (or failed), the list is validated and the history is open.
inline bool settle(Gui::MainWindow &window)
{
    auto *picker = child<Gui::ZonePicker>(window, QStringLiteral("zonePicker"));
    return QTest::qWaitFor(
        [&] {
            const QString state = picker->stateText();
            return !state.startsWith(QLatin1String("Loading")) && !state.startsWith(QLatin1String("Reading"))
                && !isValidating(window)
                && window.context()->history()->state() != History::HistoryService::State::Opening;
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

// The text of the label named `labelName`.
inline QString text(const QWidget &window, const QString &labelName)
{
    // Empty while there is no such label (the run view is built with the first purge).
    const auto *label = window.findChild<QLabel *>(labelName);
    return label ? label->text() : QString();
}

// Retries quickly: a failing request is tried twice, 10-50 ms apart.
inline Purge::Runner::Options fastRetries()
{
    Purge::Runner::Options options;
    options.maxAttempts = 2;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 50;
    return options;
}

// Saves an account whose secret is kept for this session only (the path a user takes when no
// keychain takes the secret), so window tests need no Secret Service.
inline Profile addProfile(const QString &name, const QString &apiBase, const QString &token, bool canListZones)
{
    ProfileStore store;
    QString message;
    store.load(&message);
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.auth = Profile::Auth::Token;
    profile.apiBase = apiBase;
    profile.verifiedAt = QDateTime::currentDateTimeUtc();
    profile.canListZones = canListZones;
    QString error;
    if (!store.add(profile, &error) || !store.save(&error))
        qWarning("cannot save profile: %s", qPrintable(error));
    SessionSecrets::instance().set(profile.id, token);
    return profile;
}

inline bool waitForRun(Gui::MainWindow &window, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return currentRun(window) && currentRun(window)->isFinished(); }, timeoutMs);
}

} // namespace PurgeDesk::Test
