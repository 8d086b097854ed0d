#pragma once

#include "purge/purgeenums.h"

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;
class QPushButton;

namespace PurgeDesk::Gui {

class MessageLine;

// Verify after a purge that named no URLs (hostnames, cache tags, prefixes, everything): the user
// lists the URLs to fetch from Cloudflare's edge, one per line, starting from what PurgeDesk
// suggests (each hostname's home page, each prefix) or the list used last time for the zone. Lines
// that are not URLs are named below the list and the dialog stays open with the text as typed.
class VerifyUrlsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyUrlsDialog)

public:
    VerifyUrlsDialog(Purge::PurgeAction action, const QStringList &urls, QWidget *parent = nullptr);
    ~VerifyUrlsDialog() override;

    // The URLs listed, each once, once the dialog was accepted.
    QStringList urls() const { return m_urls; }
    QPlainTextEdit *editor() const { return m_editor; }

    void accept() override;

private:
    void updateButton();

    QPlainTextEdit *m_editor;
    MessageLine *m_message;
    QPushButton *m_verify = nullptr;
    QStringList m_urls;
};

} // namespace PurgeDesk::Gui
