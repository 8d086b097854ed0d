#pragma once

#include "cloudflare/types.h"
#include "purge/planner.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace PurgeDesk::Gui {

// Preview: exactly the requests Purge would send (method, address and body), one per batch, with
// Copy as curl (the secret replaced by an environment variable), Copy Body, and Purge, to send them.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    // `purgeText` is what the form's Purge button says ("Purge 3 URLs"); empty: no Purge button
    // (a purge is running).
    PreviewDialog(const QList<Purge::DryRunRequest> &requests, Cloudflare::Credentials::Kind auth,
        const QString &planSummary, const QString &purgeText, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    QString shownBody() const;
    QString curlForCurrent() const;

Q_SIGNALS:
    // The user chose to purge what the preview shows (the dialog has closed).
    void purgeRequested();

private:
    void showRequest(int row);

    QList<Purge::DryRunRequest> m_requests;
    Cloudflare::Credentials::Kind m_auth;
    QListWidget *m_list;
    QPlainTextEdit *m_body;
    QLabel *m_address;
};

} // namespace PurgeDesk::Gui
