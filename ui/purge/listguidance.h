#pragma once

#include "purge/purgeenums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a list should hold for each kind of purge (the hint under the list), and the one-click
// fixes offered for lines that do not fit: relative URLs made absolute with the zone, URLs turned
// into hostnames or prefixes after a switch of Purge by, wildcard URLs purged as prefixes.
namespace PurgeDesk::Gui {

// The hint for a list of `action` items ("One URL per line, e.g. ...").
QString listHint(Purge::PurgeAction action);

class ListFix final
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::Gui::ListFix)

public:
    enum class Kind { None, Relative, ToHosts, ToPrefixes, Wildcards };

    // The fix `lines` need for an `action` purge in `zoneName` (None when they need none).
    static ListFix offer(Purge::PurgeAction action, const QStringList &lines, const QString &zoneName);

    Kind kind() const { return m_kind; }
    // The fix button's text and tooltip.
    QString buttonText() const;
    QString toolTip() const;
    // `lines` fixed (lines that become the same host or prefix are kept once), with how many changed
    // and, of those, how many URLs lost a query (a prefix cannot hold one: it now purges more).
    QStringList apply(const QStringList &lines, int *changed, int *widened = nullptr) const;
    // What the form says once the fix is applied to `changed` lines, `widened` of them losing a query.
    QString doneNotice(int changed, int widened = 0) const;

private:
    Kind m_kind = Kind::None;
    int m_count = 0;
    int m_urls = 0; // the URL lines a switch to prefixes converts (wildcards: all of them, not only those)
    QString m_zoneName;
};

} // namespace PurgeDesk::Gui
