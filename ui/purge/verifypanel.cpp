#include "verifypanel.h"

#include "cloudflare/apiclient.h"
#include "ui/purge/verdictmodel.h"
#include "verify/edgeverifier.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

VerifyPanel::VerifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(tr("Verify"), this))
    , m_summary(new QLabel(this))
    , m_verdicts(new QTableView(this))
    , m_model(new VerdictModel(this))
    , m_verifier(new Verify::EdgeVerifier(this))
{
    m_button->setObjectName(u"verifyButton"_s);
    m_button->setAccessibleName(tr("Fetch the purged URLs from Cloudflare's edge and check that each is fresh"));
    m_button->setToolTip(tr("Fetch each purged URL from Cloudflare's edge (no credentials) and say whether it is "
                            "fresh"));
    m_button->hide();
    m_summary->setObjectName(u"verifySummary"_s);
    m_summary->setAccessibleName(tr("Verification result"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_verdicts->setObjectName(u"verdictTable"_s);
    m_verdicts->setAccessibleName(tr("Verdict of each purged URL"));
    m_verdicts->setModel(m_model);
    m_verdicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_verdicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_verdicts->setAlternatingRowColors(true);
    m_verdicts->setWordWrap(false);
    m_verdicts->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() + 8;
    m_verdicts->verticalHeader()->setDefaultSectionSize(rowHeight);
    // Fixed widths from the font: re-measuring every row as verdicts arrive stalls long lists.
    const int charWidth = fontMetrics().averageCharWidth();
    m_verdicts->setColumnWidth(VerdictModel::Url, 40 * charWidth);
    m_verdicts->setColumnWidth(VerdictModel::Verdict, 22 * charWidth);
    m_verdicts->setColumnWidth(VerdictModel::Answer, 18 * charWidth);
    m_verdicts->horizontalHeader()->setStretchLastSection(true);
    m_verdicts->setMinimumHeight(m_verdicts->horizontalHeader()->sizeHint().height() + 2 * rowHeight);
    m_verdicts->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_verdicts, 1);

    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_verifier->isRunning())
            m_verifier->cancel();
        else
            verify();
    });
    connect(m_verifier, &Verify::EdgeVerifier::checked, this,
        [this](int index) { m_model->setCheck(index, m_verifier->results().at(index)); });
    connect(m_verifier, &Verify::EdgeVerifier::progress, this, [this](int done, int total) {
        if (m_verifier->isRunning())
            m_summary->setText(
                tr("Verifying: %1 of %Ln URL(s) checked...", nullptr, total).arg(QLocale().toString(done)));
    });
    connect(m_verifier, &Verify::EdgeVerifier::finished, this, &VerifyPanel::finished);
}

VerifyPanel::~VerifyPanel() = default;

void VerifyPanel::attach(PurgeSession *session, bool sandbox)
{
    m_session = session;
    m_sandbox = sandbox;
    if (m_verifier->isRunning())
        m_verifier->cancel();
    m_model->setChecks({});
    m_verdicts->hide();
    m_summary->clear();
    m_summary->hide();
    m_button->hide();
    m_button->setText(tr("Verify"));
}

void VerifyPanel::runFinished()
{
    m_button->setVisible(canVerify());
}

void VerifyPanel::setTablesShown(bool shown)
{
    m_tablesShown = shown;
    m_verdicts->setVisible(shown && m_model->rowCount() > 0);
}

bool VerifyPanel::canVerify() const
{
    return m_session && m_session->isFinished() && m_session->spec().action == PurgeAction::Files
        && m_session->counters().done > 0;
}

bool VerifyPanel::isVerifying() const
{
    return m_verifier->isRunning();
}

QString VerifyPanel::summary() const
{
    return m_summary->text();
}

void VerifyPanel::verify()
{
    if (!canVerify() || m_verifier->isRunning())
        return;
    QStringList urls;
    const QList<ItemOutcome> outcomes = m_session->items();
    const QList<Item> items = m_session->allItems();
    for (int i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i).state == ItemState::Done)
            urls << items.at(i).value;
    }
    // The built-in sandbox plays the edge at its own address; otherwise PURGEDESK_EDGE, if set,
    // else each URL's own host.
    QString edge = qEnvironmentVariable("PURGEDESK_EDGE");
    const Cloudflare::ApiClient *client = m_session->client();
    if (m_sandbox && client) {
        QUrl base;
        base.setScheme(client->apiBase().scheme());
        base.setHost(client->apiBase().host());
        base.setPort(client->apiBase().port());
        edge = base.toString();
    }
    QString problem;
    if (!m_verifier->setEdge(edge, &problem)) {
        m_summary->setText(problem);
        m_summary->show();
        Q_EMIT shownChanged();
        return;
    }
    if (client)
        m_verifier->setProxy(client->proxy());
    QList<Verify::UrlCheck> pending;
    for (const QString &url : std::as_const(urls)) {
        Verify::UrlCheck check;
        check.url = url;
        pending << check;
    }
    m_model->setChecks(pending);
    m_verdicts->setVisible(m_tablesShown);
    m_summary->show();
    m_button->setText(tr("Stop Verifying"));
    m_clock.start();
    m_verifier->start(urls, m_session->spec().mode, m_session->startedAt());
    Q_EMIT shownChanged();
}

void VerifyPanel::finished()
{
    m_model->setChecks(m_verifier->results());
    const Verify::VerdictCounts counts = m_verifier->counts();
    QString text = Verify::summary(counts);
    if (m_sandbox)
        text += u' ' + tr("(the sandbox's edge; nothing was fetched from Cloudflare)");
    m_summary->setText(text);
    m_button->setText(tr("Verify Again"));
    Q_EMIT shownChanged();
    Q_EMIT ended(m_clock.isValid() ? m_clock.elapsed() : 0, text, !counts.allFresh());
}

} // namespace PurgeDesk::Gui
