#pragma once

#include "history/historystore.h"

#include <functional>

class QTextStream;

namespace PurgeDesk::History {

enum class ExportFormat { Csv, Json };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Json;
    // JSON only: each run's requests and items with their outcomes (not just its purge IDs).
    bool details = false;
    int limit = -1; // at most this many runs; -1: all that match
    // Called after each page of runs with the number written so far; false stops the export.
    std::function<bool(int written)> progress;
};

// Writes the runs that match `filter`, newest first, as CSV (one row per run) or JSON (an array
// of runs). Reads the history a page at a time, so memory stays flat on a long history.
// Returns the number of runs written.
int exportRuns(const HistoryStore &store, RunFilter filter, const ExportOptions &options, QTextStream &out);

} // namespace PurgeDesk::History
