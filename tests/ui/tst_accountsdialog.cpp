#include "accounts/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/common/messagebox.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Gui::MessageBox;
using namespace PurgeDesk;
using PurgeDesk::Gui::AccountsDialog;

namespace {
const QString kToken = u"dialog-secret-token-4b1d"_s;
}

// The Accounts dialog, driven like a user would, against the sandbox. Built twice: with a real
// gnome-keyring (KEYRING), and with no Secret Service at all (PURGEDESK_NO_KEYCHAIN).
class TestAccountsDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;

    template<typename T>
    static T *child(const AccountsDialog &dialog, const char *name)
    {
        auto *found = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    static QString status(const AccountsDialog &dialog) { return child<QLabel>(dialog, "statusLabel")->text(); }

    static void fillNewAccount(AccountsDialog &dialog, const QString &name, const QString &secret)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(dialog, "secretEdit"), secret);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    }

    static QStringList listed(const AccountsDialog &dialog)
    {
        QStringList names;
        auto *list = child<QListWidget>(dialog, "accountList");
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->text();
        return names;
    }

    static bool anyFileContains(const QByteArray &needle)
    {
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(variable), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        MessageBox::setTestMode(true); // a question no test answered is declined, never left open
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token token;
        token.value = kToken;
        token.id = Sandbox::hexId(kToken);
        config.tokens.append(token);
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        QVERIFY(m_server->start());
        qputenv("PURGEDESK_API_BASE", m_server->baseUrl().toUtf8());
    }

    void cleanup() { QFile::remove(ProfileStore::defaultPath()); }

    void opensOnTheSandbox()
    {
        AccountsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(listed(dialog), QStringList {u"Sandbox (local, not Cloudflare)"_s});
        QVERIFY(child<QLabel>(dialog, "sandboxNote")->isVisible());
        QVERIFY(child<QLabel>(dialog, "sandboxNote")->text().contains(u"not Cloudflare"_s));
        QVERIFY(!child<QWidget>(dialog, "detailsWidget")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "removeButton")->isEnabled());
        // Every control a user can reach has a name for assistive technology.
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QListWidget *>(widget);
            if (control && widget->focusPolicy() != Qt::NoFocus && !widget->parentWidget()->inherits("QDialogButtonBox")
                && !widget->inherits("QLineEditIconButton"))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void secretIsMaskedWithAReveal()
    {
        AccountsDialog dialog;
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        auto *secret = child<QLineEdit>(dialog, "secretEdit");
        auto *reveal = child<QToolButton>(dialog, "revealButton");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QCOMPARE(reveal->text(), u"Hide"_s);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void theEmailIsAskedForAGlobalKeyOnly()
    {
        AccountsDialog dialog;
        dialog.show();
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        auto *email = child<QLineEdit>(dialog, "emailEdit");
        auto *auth = child<QComboBox>(dialog, "authCombo");
        QCOMPARE(auth->currentIndex(), 0); // a token
        QVERIFY(!email->isVisible());
        QVERIFY(!child<QLabel>(dialog, "emailLabel")->isVisible());
        QCOMPARE(child<QLabel>(dialog, "secretLabel")->text().remove(u'&'), u"API token:"_s);
        auth->setCurrentIndex(1);
        QVERIFY(email->isVisible());
        QCOMPARE(child<QLabel>(dialog, "secretLabel")->text().remove(u'&'), u"Global API key:"_s);
        auth->setCurrentIndex(0);
        QVERIFY(!email->isVisible());
    }

    void refusedTokenSavesNothing()
    {
        AccountsDialog dialog;
        dialog.show();
        fillNewAccount(dialog, u"old"_s, u"sandbox-expired-token"_s);
        QTRY_VERIFY(status(dialog).contains(u"Nothing was saved."_s));
        QVERIFY(status(dialog).contains(u"This token expired on"_s));
        QCOMPARE(listed(dialog).size(), 1);
        QVERIFY(!QFile::exists(ProfileStore::defaultPath()));
        // The focus is back on Save, not on Close (where it went while the form was disabled):
        // Enter tries again instead of closing the dialog with what was typed.
        QCOMPARE(dialog.focusWidget(), child<QPushButton>(dialog, "saveButton"));
        child<QLabel>(dialog, "statusLabel")->clear(); // what the second check says is its own
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"old"_s);
        QTRY_VERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
        QVERIFY(status(dialog).contains(u"Nothing was saved."_s));
    }

    void nameIsRequiredAndUnique()
    {
        AccountsDialog dialog;
        dialog.show();
        fillNewAccount(dialog, QString(), kToken);
        QVERIFY(status(dialog).contains(u"Give the account a name."_s));
        fillNewAccount(dialog, u"sandbox"_s, kToken);
        QVERIFY(status(dialog).contains(u"already an account named"_s));
    }

#ifndef PURGEDESK_NO_KEYCHAIN
    void addVerifyRemove()
    {
        AccountsDialog dialog;
        dialog.show();
        // Pasted with spaces and quotes around it.
        fillNewAccount(dialog, u"Work"_s, u"  \""_s + kToken + u"\" "_s);
        QTRY_VERIFY2(
            status(dialog).contains(u"Saved; the secret is in the system keychain."_s), qPrintable(status(dialog)));
        QVERIFY(status(dialog).contains(u"It can list 5 zones in Demo Account."_s));
        QCOMPARE(listed(dialog), (QStringList {u"Sandbox (local, not Cloudflare)"_s, u"Work"_s}));
        QCOMPARE(child<QListWidget>(dialog, "accountList")->currentItem()->text(), u"Work"_s);
        PurgeDesk::Test::snapshot(dialog, u"accounts"_s);

        ProfileStore store;
        QString message;
        QVERIFY(store.load(&message));
        const Profile *saved = store.find(u"Work"_s);
        QVERIFY(saved);
        QCOMPARE(saved->zones.size(), 5);
        const QString savedId = saved->id; // `saved` points into the store, which is read again below
        const auto lookup = PurgeDesk::Test::runProcess(
            u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"PurgeDesk"_s, u"user"_s, u"profile/"_s + savedId});
        QCOMPARE(lookup.out, kToken);
        QVERIFY(!anyFileContains(kToken.toUtf8()));

        // Verify again reads the secret back from the keychain.
        QTest::mouseClick(child<QPushButton>(dialog, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY2(status(dialog).contains(u"The token is active"_s), qPrintable(status(dialog)));

        // A second dialog (as after a restart) shows the saved account.
        {
            AccountsDialog again;
            QCOMPARE(listed(again), (QStringList {u"Sandbox (local, not Cloudflare)"_s, u"Work"_s}));
            QVERIFY(status(again).contains(u"Reaches 5 zones in Demo Account."_s));
        }

        // Edit: a new name, no new secret; the keychain entry stays under the same account id.
        auto *name = child<QLineEdit>(dialog, "nameEdit");
        name->selectAll();
        QTest::keyClicks(name, u"Work EU"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(listed(dialog), (QStringList {u"Sandbox (local, not Cloudflare)"_s, u"Work EU"_s}));
        QVERIFY(store.load(&message));
        QCOMPARE(store.find(u"Work EU"_s)->id, savedId);
        QCOMPARE(PurgeDesk::Test::runProcess(
                     u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"PurgeDesk"_s, u"user"_s, u"profile/"_s + savedId})
                     .out,
            kToken);

        MessageBox::setNextAnswer(u"Keep Account"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(MessageBox::takeAsked(),
            QStringList {u"Remove the account \"Work EU\"? Its secret is deleted from the system keychain."_s});
        QCOMPARE(listed(dialog).size(), 2); // declined
        MessageBox::setNextAnswer(u"Remove Account"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QTRY_VERIFY(status(dialog).contains(u"Removed \"Work EU\" and its secret."_s));
        QCOMPARE(listed(dialog).size(), 1);
        QVERIFY(PurgeDesk::Test::runProcess(
            u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"PurgeDesk"_s, u"user"_s, u"profile/"_s + savedId})
                    .out.isEmpty());
    }

    void aKeychainThatDoesNotAnswerIsNotWaitedFor()
    {
        AccountsDialog dialog;
        dialog.setKeychainTimeoutMs(0); // the dialog's own limit passes before any keychain can answer
        dialog.show();
        fillNewAccount(dialog, u"Slow"_s, kToken);
        QTRY_VERIFY2(status(dialog).contains(u"did not answer"_s), qPrintable(status(dialog)));
        QVERIFY(child<QPushButton>(dialog, "sessionOnlyButton")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled()); // the window is usable again
    }
#else
    void withoutAKeychainTheSecretCanBeKeptForTheSession()
    {
        AccountsDialog dialog;
        dialog.show();
        fillNewAccount(dialog, u"Laptop"_s, kToken);
        QTRY_VERIFY2(status(dialog).contains(u"No system keychain is running"_s), qPrintable(status(dialog)));
        // One thing said: the keychain cannot keep it, and what to do; not the token check's result
        // in the same red block.
        QVERIFY(status(dialog).startsWith(u"No system keychain is running"_s)); // said once, not "cannot keep: ..."
        QCOMPARE(status(dialog).count(u"No system keychain is running"_s), 1);
        QVERIFY(status(dialog).contains(u"The account was not saved."_s));
        QVERIFY2(!status(dialog).contains(u"zones"_s), qPrintable(status(dialog)));
        QVERIFY(!QFile::exists(ProfileStore::defaultPath()));
        auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
        QVERIFY(sessionOnly->isVisible());
        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_VERIFY(status(dialog).contains(u"kept for this session only"_s));
        QCOMPARE(listed(dialog), (QStringList {u"Sandbox (local, not Cloudflare)"_s, u"Laptop"_s}));
        // The field says where the secret is now: not in the keychain.
        QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->placeholderText(),
            u"Kept for this session only; type to replace it"_s);
        // ... and so does the help under it.
        QVERIFY(child<QLabel>(dialog, "secretHint")->text().contains(u"for this session only"_s));
        QVERIFY(!child<QLabel>(dialog, "secretHint")->text().contains(u"system keychain"_s));
        QVERIFY(QFile::exists(ProfileStore::defaultPath()));
        QVERIFY(!anyFileContains(kToken.toUtf8())); // never written as a fallback
        // Verify again uses the session secret.
        QTest::mouseClick(child<QPushButton>(dialog, "verifyButton"), Qt::LeftButton);
        QTRY_VERIFY(status(dialog).contains(u"The token is active"_s));
    }
#endif
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
