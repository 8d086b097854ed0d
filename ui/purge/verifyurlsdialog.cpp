#include "verifyurlsdialog.h"

#include "ui/common/messageline.h"
#include "verify/urllist.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {

QString introText(Purge::PurgeAction action)
{
    switch (action) {
    case Purge::PurgeAction::Hosts:
        return VerifyUrlsDialog::tr("This purge named hostnames, not pages. List the URLs to check, one per line: "
                                    "PurgeDesk fetches each from Cloudflare's edge (no credentials) and says "
                                    "whether it is fresh. Each hostname's home page is listed to start with.");
    case Purge::PurgeAction::Prefixes:
        return VerifyUrlsDialog::tr("This purge named URL prefixes, not pages. List the URLs to check, one per "
                                    "line: PurgeDesk fetches each from Cloudflare's edge (no credentials) and says "
                                    "whether it is fresh. Each prefix is listed to start with.");
    case Purge::PurgeAction::Tags:
        return VerifyUrlsDialog::tr("This purge named cache tags. List the URLs of pages that carry them, one per "
                                    "line: PurgeDesk fetches each from Cloudflare's edge (no credentials) and says "
                                    "whether it is fresh.");
    case Purge::PurgeAction::Everything:
    case Purge::PurgeAction::Files:
        break;
    }
    return VerifyUrlsDialog::tr("List the URLs to check, one per line: PurgeDesk fetches each from Cloudflare's "
                                "edge (no credentials) and says whether it is fresh. The zone's home page is listed "
                                "to start with.");
}

} // namespace

VerifyUrlsDialog::VerifyUrlsDialog(Purge::PurgeAction action, const QStringList &urls, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_message(new MessageLine(this, 2))
{
    setObjectName(u"verifyUrlsDialog"_s);
    setWindowTitle(tr("Verify URLs"));
    auto *intro = new QLabel(introText(action), this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&URLs to verify:"), this);
    label->setBuddy(m_editor);
    m_editor->setObjectName(u"verifyUrlsEditor"_s);
    m_editor->setAccessibleName(tr("URLs to verify, one per line"));
    m_editor->setPlaceholderText(tr("https://www.example.com/page.html"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(urls.isEmpty() ? QString() : urls.join(u'\n') + u'\n');
    m_message->setObjectName(u"verifyUrlsMessage"_s);
    m_message->setIdleText(tr("One URL per line, starting with https:// or http://. Lines starting with # are "
                              "skipped."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_verify = buttons->addButton(tr("Verify"), QDialogButtonBox::AcceptRole);
    m_verify->setObjectName(u"verifyUrlsButton"_s);
    m_verify->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &VerifyUrlsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &VerifyUrlsDialog::updateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updateButton();
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
    const int charWidth = fontMetrics().averageCharWidth();
    resize(sizeHint().expandedTo(QSize(64 * charWidth, 22 * fontMetrics().height())));
}

VerifyUrlsDialog::~VerifyUrlsDialog() = default;

void VerifyUrlsDialog::updateButton()
{
    m_verify->setEnabled(!m_editor->toPlainText().trimmed().isEmpty());
    if (m_message->isProblem())
        m_message->setMessage({}, false);
}

void VerifyUrlsDialog::accept()
{
    QList<Verify::UrlListProblem> problems;
    const QStringList urls = Verify::parseUrlList(m_editor->toPlainText(), &problems);
    if (!problems.isEmpty()) {
        const Verify::UrlListProblem &first = problems.constFirst();
        QString text = tr("Line %1, \"%2\", is %3.").arg(first.line).arg(first.text, first.reason);
        if (problems.size() > 1)
            text += u' ' + tr("%Ln more line(s) too. Nothing was fetched.", nullptr, int(problems.size() - 1));
        else
            text += u' ' + tr("Nothing was fetched.");
        m_message->setMessage(text, true);
        QTextCursor cursor(m_editor->document()->findBlockByNumber(first.line - 1));
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
        return;
    }
    if (urls.isEmpty()) {
        m_message->setMessage(tr("List at least one URL to verify."), true);
        return;
    }
    m_urls = urls;
    QDialog::accept();
}

} // namespace PurgeDesk::Gui
