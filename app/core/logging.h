#pragma once

#include <QLoggingCategory>

// One logging category per module. Enable with QT_LOGGING_RULES="purgedesk.*.debug=true".
// Nothing secret (tokens, keys) is ever passed to a log line.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcAccounts)
Q_DECLARE_LOGGING_CATEGORY(lcCloudflare)
