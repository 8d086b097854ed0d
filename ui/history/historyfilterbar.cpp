#include "historyfilterbar.h"

#include "ui/common/purgetexts.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk::Purge;

namespace PurgeDesk::Gui {

namespace {

const QDate kAnyDate(2000, 1, 1);

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(HistoryFilterBar::tr("Any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, const QString &all, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(all, QVariant());
    return combo;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_zone(filterCombo(u"historyZone"_s, tr("Zone"), tr("All zones"), this))
    , m_action(filterCombo(u"historyAction"_s, tr("Purge by"), tr("All actions"), this))
    , m_outcome(filterCombo(u"historyOutcome"_s, tr("Outcome"), tr("All outcomes"), this))
    , m_from(dateEdit(u"historyFrom"_s, tr("From date"), this))
    , m_to(dateEdit(u"historyTo"_s, tr("To date"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(u"historyFilters"_s);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search zones, items, accounts..."));
    m_search->setClearButtonEnabled(true);
    // Long zone names are cut short in the closed list, not the filters beside it.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    for (const PurgeAction action :
        {PurgeAction::Files, PurgeAction::Hosts, PurgeAction::Tags, PurgeAction::Prefixes, PurgeAction::Everything})
        m_action->addItem(Texts::action(action), int(action));
    // A run cut off by a crash is stored as still running: "Interrupted" lists those.
    for (const auto &[outcome, shown] : {std::pair {RunOutcome::Done, RunOutcome::Done},
             {RunOutcome::Partial, RunOutcome::Partial}, {RunOutcome::Failed, RunOutcome::Failed},
             {RunOutcome::Cancelled, RunOutcome::Cancelled}, {RunOutcome::AuthFailed, RunOutcome::AuthFailed},
             {RunOutcome::Running, RunOutcome::Interrupted}, {RunOutcome::DryRun, RunOutcome::DryRun}})
        m_outcome->addItem(Texts::outcome(shown), int(outcome));
    m_clear->setObjectName(u"historyClearFilters"_s);
    m_clear->setToolTip(tr("Show every purge again"));

    // One row when the window is wide enough, else the search and Clear above the other filters:
    // the search field never shrinks to "S...".
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    m_first = new QHBoxLayout;
    m_second = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_first);
    layout->addLayout(m_second);
    m_filterWidgets = {m_zone, m_action, m_outcome, fromLabel, m_from, toLabel, m_to};
    arrange(false);
    // As narrow as two rows allow: the window never grows for the filters' sake.
    const int spacing
        = qMax(6, style()->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType, Qt::Horizontal));
    int second = 0;
    for (QWidget *widget : std::as_const(m_filterWidgets))
        second += widget->sizeHint().width() + spacing;
    setMinimumWidth(qMax(m_search->minimumWidth() + m_clear->sizeHint().width() + spacing, second));
    // Each calendar is made when its edit is first used (about 230 KiB each): calendarWidget()
    // makes it, so it is asked for then.
    for (QDateEdit *edit : {m_from, m_to})
        edit->installEventFilter(this);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_zone);
    setTabOrder(m_zone, m_action);
    setTabOrder(m_action, m_outcome);
    setTabOrder(m_outcome, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clear);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);
    connect(&m_searchTimer, &QTimer::timeout, this, &HistoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    for (QComboBox *combo : {m_zone, m_action, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_clear, &QPushButton::clicked, this, [this] { showMatching({}); });
}

HistoryFilterBar::~HistoryFilterBar() = default;

int HistoryFilterBar::oneRowWidth() const
{
    int width = m_search->minimumWidth() + m_clear->sizeHint().width();
    for (QWidget *widget : m_filterWidgets)
        width += widget->sizeHint().width();
    const int spacing = style()->layoutSpacing(QSizePolicy::DefaultType, QSizePolicy::DefaultType, Qt::Horizontal);
    return width + int(m_filterWidgets.size() + 2) * qMax(spacing, 6);
}

void HistoryFilterBar::arrange(bool twoRows)
{
    if (m_twoRows == twoRows && m_first->count() > 0)
        return;
    m_twoRows = twoRows;
    for (QWidget *widget : m_filterWidgets) {
        m_first->removeWidget(widget);
        m_second->removeWidget(widget);
    }
    m_first->removeWidget(m_search);
    m_first->removeWidget(m_clear);
    m_first->addWidget(m_search, 3);
    QHBoxLayout *filters = twoRows ? m_second : m_first;
    for (QWidget *widget : m_filterWidgets)
        filters->addWidget(widget, widget == m_zone ? 1 : 0);
    if (twoRows)
        m_second->addStretch(0);
    m_first->addWidget(m_clear);
}

void HistoryFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width() < oneRowWidth());
}

bool HistoryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // The focus or a click comes before the edit opens its calendar: it is made then.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress
        || event->type() == QEvent::KeyPress) {
        for (QDateEdit *edit : {m_from, m_to}) {
            if (watched == edit) {
                edit->removeEventFilter(this);
                QCalendarWidget *calendar = edit->calendarWidget();
                m_calendars.insert(calendar, edit);
                calendar->installEventFilter(this);
            }
        }
    }
    // A date filter that is not set ("Any") opens its calendar on today, selected (Enter takes it),
    // not on January 2000. The filter itself stays "Any" until a date is chosen. (Looked up, not
    // asked of the edits: asking makes the calendar.)
    if (event->type() == QEvent::Show) {
        if (QDateEdit *edit = m_calendars.value(watched); edit && edit->date() == kAnyDate) {
            const QDate today = QDate::currentDate();
            QCalendarWidget *calendar = edit->calendarWidget();
            const QSignalBlocker blocker(calendar); // the edit hears of it only once chosen
            calendar->setSelectedDate(today);
            calendar->setCurrentPage(today.year(), today.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *HistoryFilterBar::lastField() const
{
    return m_clear;
}

History::RunFilter HistoryFilterBar::filter() const
{
    History::RunFilter filter;
    filter.text = m_search->text().trimmed();
    filter.zone = m_zone->currentData().toString();
    if (const QVariant action = m_action->currentData(); action.isValid())
        filter.action = PurgeAction(action.toInt());
    if (const QVariant outcome = m_outcome->currentData(); outcome.isValid())
        filter.outcome = RunOutcome(outcome.toInt());
    if (m_from->date() != kAnyDate)
        filter.since = m_from->date().startOfDay();
    if (m_to->date() != kAnyDate)
        filter.until = m_to->date().addDays(1).startOfDay();
    return filter;
}

void HistoryFilterBar::showMatching(const QString &text)
{
    {
        const QSignalBlocker a(m_search), b(m_zone), c(m_action), d(m_outcome), e(m_from), f(m_to);
        m_search->setText(text);
        for (QComboBox *combo : {m_zone, m_action, m_outcome})
            combo->setCurrentIndex(0);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
    }
    m_searchTimer.stop();
    Q_EMIT changed();
}

void HistoryFilterBar::setZones(const QStringList &zones)
{
    const QString current = m_zone->currentData().toString();
    const QSignalBlocker blocker(m_zone);
    while (m_zone->count() > 1)
        m_zone->removeItem(1);
    for (const QString &zone : zones)
        m_zone->addItem(zone, zone);
    if (!current.isEmpty() && m_zone->findData(current) < 0)
        m_zone->addItem(current, current);
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(current)));
}

} // namespace PurgeDesk::Gui
