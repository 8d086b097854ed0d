// The window and its dialogs in the pseudo-locale (resources/translations/pseudo-locale.py: every
// text about 40% longer, accented, in brackets), at 1280x800: no label, button, check box, radio
// button, tab or group box may be too small for its text (cut off or elided), and every text on
// them must have come through the translations. Offenders are listed by object name.
// PURGEDESK_SCREENSHOT_DIR=DIR saves a picture of each surface.

#include "testsupport.h"
#include "textfitsupport.h"
#include "translations.h"
#include "ui/aboutdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/messageline.h"
#include "ui/presets/savepresetdialog.h"
#include "ui/purge/confirmzonedialog.h"
#include "ui/purge/previewdialog.h"
#include "ui/purge/zonepicker.h"
#include "ui/settings/settingsdialog.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::clippedTexts;
using PurgeDesk::Test::describe;
using PurgeDesk::Test::snapshot;

namespace {

// A text the pseudo-locale made: in its brackets, or with one of its accented letters.
bool isPseudo(const QString &text)
{
    if (text.startsWith(u'[') && text.endsWith(u']'))
        return true;
    static const QString marks = u"áÅçÇéÉîÎłŁñÑöØšŠţŦûÛýÝžŽẋ"_s;
    for (const QChar c : text) {
        if (marks.contains(c))
            return true;
    }
    return false;
}

// The texts of `root`'s labels, buttons, group boxes and tabs that are words but did not come
// through the translations (a data text, such as a zone's name, is named in `data`).
QStringList untranslatedTexts(const QWidget &root, const QStringList &data = {})
{
    QStringList found;
    const auto check = [&](const QWidget *widget, const QString &text) {
        QString words = text;
        for (const QString &value : data)
            words.remove(value);
        static const QRegularExpression letters(u"[A-Za-z]{2}"_s);
        if (!isPseudo(words) && words.contains(letters))
            found << u"%1 \"%2\""_s.arg(describe(widget), text);
    };
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != &root)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            check(label, label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            // A dialog's standard buttons (OK, Cancel, Close) are Qt's own texts, in qtbase's catalogue.
            const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(const_cast<QAbstractButton *>(button)) == QDialogButtonBox::NoButton)
                check(button, button->text());
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            check(group, group->title());
        else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(tabs, tabs->tabText(i));
        }
    }
    return found;
}

} // namespace

class TestPseudoLocale final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    MainWindow &openWindow()
    {
        m_window = Test::openWindow(Test::oneAttempt());
        m_window->resize(1280, 800);
        auto *picker = child<ZonePicker>(*m_window, u"zonePicker"_s);
        if (!QTest::qWaitFor(
                [&] {
                    return picker->currentZone() && !Test::isValidating(*m_window)
                        && m_window->context()->history()->state() != History::HistoryService::State::Opening;
                },
                10000))
            qWarning("the window did not settle");
        return *m_window;
    }

    // Checks a surface: nothing clipped, nothing left in English; and saves its picture.
    static void check(QWidget &surface, const QString &name, const QStringList &data = {})
    {
        Test::settleLayouts();
        snapshot(surface, u"pseudo-"_s + name);
        const QStringList clipped = clippedTexts(surface);
        QVERIFY2(clipped.isEmpty(), qPrintable(name + u": clipped text:\n  "_s + clipped.join(u"\n  "_s)));
        const QStringList english = untranslatedTexts(surface, data);
        QVERIFY2(english.isEmpty(), qPrintable(name + u": not translated:\n  "_s + english.join(u"\n  "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::prepare();
        QCOMPARE(useLanguage(u"pseudo"_s), u"pseudo"_s);
    }

    void cleanup() { m_window.reset(); }

    void mainWindow()
    {
        MainWindow &window = openWindow();
        QCOMPARE(window.size(), QSize(1280, 800)); // the layouts fit the window
        QVERIFY(isPseudo(window.menuBar()->actions().first()->text()));
        QVERIFY(isPseudo(child<MessageLine>(window, u"noticeLabel"_s)->idleText())); // the list's hint
        const QStringList data {u"example.com"_s, u"active"_s};
        check(window, u"purge-form"_s, data);
        if (QTest::currentTestFailed())
            return;

        Test::setList(window, u"https://example.com/a.js\nexample.com/b.css\nhttps://example.com/a.js"_s);
        QTRY_VERIFY(!Test::isValidating(window));
        QTest::mouseClick(child<QPushButton>(window, u"purgeButton"_s), Qt::LeftButton);
        QVERIFY(Test::waitForRun(window));
        check(window, u"purge-run"_s, data);
        if (QTest::currentTestFailed())
            return;

        // The History tab with the purge selected: its facts and its items.
        child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(1);
        auto *runs = child<QAbstractItemView>(window, u"historyRuns"_s);
        QTRY_VERIFY(runs->model()->rowCount() > 0);
        const QString noSelection = QCoreApplication::translate(
            "PurgeDesk::Gui::HistoryPanel", "Select a purge to see its requests and items.");
        runs->selectionModel()->setCurrentIndex(
            runs->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(Test::text(window, u"historyDetailHeadline"_s) != noSelection);
        check(window, u"history"_s, data);
    }

    void dialogs()
    {
        MainWindow &window = openWindow();
        Test::setList(window, u"https://example.com/a.js"_s);
        QTRY_VERIFY(!Test::isValidating(window));

        child<QAction>(window, u"actionSettings"_s)->trigger();
        QTRY_VERIFY(window.findChild<SettingsDialog *>());
        check(*window.findChild<SettingsDialog *>(), u"settings"_s);
        window.findChild<SettingsDialog *>()->reject();

        child<QAction>(window, u"actionManageAccounts"_s)->trigger();
        QTRY_VERIFY(window.findChild<AccountsDialog *>());
        window.findChild<AccountsDialog *>()->startNew();
        check(*window.findChild<AccountsDialog *>(), u"accounts"_s);
        window.findChild<AccountsDialog *>()->reject();

        child<QAction>(window, u"actionAbout"_s)->trigger();
        QTRY_VERIFY(window.findChild<AboutDialog *>());
        check(*window.findChild<AboutDialog *>(), u"about"_s, {u"PurgeDesk"_s, u"MIT"_s, u"Qt"_s});
        window.findChild<AboutDialog *>()->reject();

        child<QAction>(window, u"actionPreview"_s)->trigger();
        QTRY_VERIFY(window.findChild<PreviewDialog *>());
        auto *preview = window.findChild<PreviewDialog *>();
        check(*preview, u"preview"_s, {child<QLabel>(*preview, u"previewAddress"_s)->text()}); // "POST https://..."
        window.findChild<PreviewDialog *>()->reject();

        ConfirmZoneDialog confirm(u"example.com"_s, PurgePage::tr("Purge Everything"), &window);
        confirm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&confirm));
        check(confirm, u"confirm-zone"_s, {u"example.com"_s});

        SavePresetDialog save(u"Purge 1 URL in example.com"_s, u"example.com URLs"_s, &window);
        save.show();
        QVERIFY(QTest::qWaitForWindowExposed(&save));
        check(save, u"save-preset"_s, {u"Purge 1 URL in example.com"_s});
    }
};

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
