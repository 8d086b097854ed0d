#pragma once

#include "verify/verdict.h"

#include <QAbstractTableModel>

class QTableView;

namespace PurgeDesk::Gui {

// The verification of a purge, one row per URL: the URL, its verdict, what the edge answered, and
// the advice (also the verdict's tooltip). Stands alone: RunView feeds it the verifier's results.
class VerdictModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictModel)

public:
    enum Column { Url, Verdict, Answer, Advice, ColumnCount };
    // The verdict of a row, as Verify::Verdict (int), for tests and colours.
    static constexpr int VerdictRole = Qt::UserRole + 1;

    explicit VerdictModel(QObject *parent = nullptr);
    ~VerdictModel() override;

    void setChecks(const QList<Verify::UrlCheck> &checks);
    void setCheck(int row, const Verify::UrlCheck &check);
    const QList<Verify::UrlCheck> &checks() const { return m_checks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Verify::UrlCheck> m_checks;
};

// A table of verdicts as the run view and the History tab show them: fixed column widths from the
// font (re-measuring every row as verdicts arrive stalls long lists), rows selected whole, read-only.
void setUpVerdictTable(QTableView *table);

} // namespace PurgeDesk::Gui
