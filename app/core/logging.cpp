#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "purgedesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "purgedesk.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloudflare, "purgedesk.cloudflare", QtInfoMsg)
