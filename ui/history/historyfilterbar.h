#pragma once

#include "history/historystore.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace PurgeDesk::Gui {

// The History tab's filters: text (a zone, an account, a source, or any item), zone, action,
// outcome and a date range, with Clear. Typing waits for a short pause before it counts.
class HistoryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);
    ~HistoryFilterBar() override;

    History::RunFilter filter() const;
    // Clears every filter but this search text (empty: every run). Emits changed() once.
    void showMatching(const QString &text);
    // The zones the zone filter offers (those the history holds); the choice stays.
    void setZones(const QStringList &zones);
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The filters in one row, or the search above the others (a narrow window).
    void arrange(bool twoRows);
    int oneRowWidth() const;

    QLineEdit *m_search;
    QComboBox *m_zone;
    QComboBox *m_action;
    QComboBox *m_outcome;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QTimer m_searchTimer;
    QHBoxLayout *m_first = nullptr;
    QHBoxLayout *m_second = nullptr;
    QList<QWidget *> m_filterWidgets;
    // Each date field's calendar, once made (QDateEdit::calendarWidget() makes it when asked).
    QHash<const QObject *, QDateEdit *> m_calendars;
    bool m_twoRows = false;
};

} // namespace PurgeDesk::Gui
