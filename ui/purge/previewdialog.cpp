#include "previewdialog.h"

#include "ui/common/editactions.h"
#include "ui/common/uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

PreviewDialog::PreviewDialog(const QList<Purge::DryRunRequest> &requests, Cloudflare::Credentials::Kind auth,
    const QString &planSummary, const QString &purgeText, QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
    , m_auth(auth)
    , m_list(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
    , m_address(new QLabel(this))
{
    setObjectName(u"previewDialog"_s);
    setWindowTitle(tr("Preview: the requests Purge would send"));
    auto *intro = new QLabel(tr("Nothing has been sent. %1. Each request below is sent exactly like this; the secret "
                                "is added as a header and is never shown.")
                                 .arg(planSummary),
        this);
    intro->setObjectName(u"previewIntro"_s);
    intro->setWordWrap(true);

    m_list->setObjectName(u"previewRequestList"_s);
    m_list->setAccessibleName(tr("Requests"));
    for (int i = 0; i < requests.size(); ++i) {
        const Purge::DryRunRequest &request = requests.at(i);
        if (!request.zone.isEmpty())
            m_list->addItem(request.items
                    ? tr("Request %1 · %2 · %Ln item(s)", nullptr, request.items).arg(i + 1).arg(request.zone)
                    : tr("Request %1 · %2").arg(i + 1).arg(request.zone));
        else
            m_list->addItem(request.items ? tr("Request %1 · %Ln item(s)", nullptr, request.items).arg(i + 1)
                                          : tr("Request %1").arg(i + 1));
    }
    m_body->setObjectName(u"previewBody"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_address->setObjectName(u"previewAddress"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_address);
    rightLayout->addWidget(m_body, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyCurl = buttons->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    copyCurl->setObjectName(u"copyCurlButton"_s);
    copyCurl->setToolTip(tr("The command reads the secret from $CLOUDFLARE_API_TOKEN (or $CLOUDFLARE_EMAIL and "
                            "$CLOUDFLARE_API_KEY); it never contains it."));
    auto *copyBody = buttons->addButton(tr("Copy &Body"), QDialogButtonBox::ActionRole);
    copyBody->setObjectName(u"copyBodyButton"_s);
    if (!purgeText.isEmpty()) {
        auto *purge = buttons->addButton(purgeText, QDialogButtonBox::AcceptRole);
        purge->setObjectName(u"previewPurgeButton"_s);
        purge->setAutoDefault(false); // Enter does not purge by accident
        connect(purge, &QPushButton::clicked, this, [this] {
            accept();
            Q_EMIT purgeRequested();
        });
    }
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Each copy says it was done, on its button, for a moment.
    const auto copied = [](QPushButton *button, const QString &text) {
        QApplication::clipboard()->setText(text);
        showDoneOnButton(button, tr("Copied"), button->property("label").toString());
    };
    copyCurl->setProperty("label", copyCurl->text());
    copyBody->setProperty("label", copyBody->text());
    connect(copyCurl, &QPushButton::clicked, this, [this, copyCurl, copied] { copied(copyCurl, curlForCurrent()); });
    connect(
        copyBody, &QPushButton::clicked, this, [this, copyBody, copied] { copied(copyBody, m_body->toPlainText()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PreviewDialog::showRequest);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(820, 520));
    m_list->setCurrentRow(0);
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::showRequest(int row)
{
    if (row < 0 || row >= m_requests.size())
        return;
    const Purge::DryRunRequest &request = m_requests.at(row);
    m_address->setText(u"POST "_s + request.url);
    m_body->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(request.body).toJson(QJsonDocument::Indented)));
}

QString PreviewDialog::shownBody() const
{
    return m_body->toPlainText();
}

QString PreviewDialog::curlForCurrent() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_requests.size())
        return {};
    return Purge::curlCommand(m_requests.at(row), m_auth);
}

} // namespace PurgeDesk::Gui
