// FetchErrorText: the translated sentence shown when a web page could not be downloaded, one per
// core::FetchError::Code (the download's counterpart of LoadErrorText).
#pragma once

#include "fetch/UrlFetcher.h"

#include <QCoreApplication>
#include <QString>

namespace lede::ui {

class FetchErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::FetchErrorText)

public:
    // A full sentence naming `address` (pass WebAddress::shortName or the whole URL). `sizeLimitBytes` is
    // quoted for TooLarge.
    static QString message(const core::FetchError &error, const QString &address, quint64 sizeLimitBytes = 0);
};

} // namespace lede::ui
