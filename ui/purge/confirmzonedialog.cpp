#include "confirmzonedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

ConfirmZoneDialog::ConfirmZoneDialog(const QString &zoneName, const QString &actionText, QWidget *parent)
    : QDialog(parent)
    , m_expected(zoneName)
    , m_edit(new QLineEdit(this))
{
    setObjectName(u"confirmZoneDialog"_s);
    setWindowTitle(actionText);
    auto *text = new QLabel(tr("<p><b>%1</b> removes every cached file of <b>%2</b> from Cloudflare's cache. Until "
                               "the cache fills again, every request goes to your origin server.</p>"
                               "<p>Type <b>%2</b> to confirm.</p>")
                                .arg(actionText.toHtmlEscaped(), zoneName.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_edit->setObjectName(u"confirmZoneEdit"_s);
    m_edit->setAccessibleName(tr("Zone name to confirm"));
    m_edit->setPlaceholderText(zoneName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmZoneButton"_s);
    m_confirm->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        const bool match = typed.trimmed().compare(m_expected, Qt::CaseInsensitive) == 0;
        m_confirm->setEnabled(match);
        m_confirm->setDefault(match);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

ConfirmZoneDialog::~ConfirmZoneDialog() = default;

} // namespace PurgeDesk::Gui
