#pragma once

#include "cloudflare/types.h"
#include "purge/planner.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace PurgeDesk::Gui {

// Preview: exactly the requests Purge would send (method, address and body), one per batch, with
// Copy as curl (the secret replaced by an environment variable) and Copy Body.
class PreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewDialog)

public:
    PreviewDialog(const QList<Purge::DryRunRequest> &requests, Cloudflare::Credentials::Kind auth,
        const QString &planSummary, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    QString shownBody() const;
    QString curlForCurrent() const;

private:
    void showRequest(int row);

    QList<Purge::DryRunRequest> m_requests;
    Cloudflare::Credentials::Kind m_auth;
    QListWidget *m_list;
    QPlainTextEdit *m_body;
    QLabel *m_address;
};

} // namespace PurgeDesk::Gui
