// FetchErrorText: each message says what happened and what the user can do about it.
#include "reader/FetchErrorText.h"

#include <QLocale>

namespace lede::ui {

namespace {

// The HTTP statuses people meet, in words; others are quoted by number only.
QString statusMeaning(long status)
{
    switch (status) {
    case 401:
    case 403: return FetchErrorText::tr("The page is private or needs a login.");
    case 404:
    case 410: return FetchErrorText::tr("The page does not exist; check the address.");
    case 429: return FetchErrorText::tr("The site is refusing requests for now; try again later.");
    default: break;
    }
    if (status >= 500)
        return FetchErrorText::tr("The site has a problem of its own; try again later.");
    return {};
}

} // namespace

QString FetchErrorText::message(const core::FetchError &error, const QString &address, quint64 sizeLimitBytes)
{
    using Code = core::FetchError::Code;
    switch (error.code) {
    case Code::UnsupportedScheme:
        return tr("“%1” cannot be opened: Lede downloads only http and https addresses.").arg(address);
    case Code::InvalidUrl: return tr("“%1” is not a valid web address.").arg(address);
    case Code::ResolveFailed:
        return tr("“%1” could not be opened: the site was not found. Check the address and your network "
                  "connection.")
            .arg(address);
    case Code::ConnectFailed:
        return tr("“%1” could not be opened: the site did not accept a connection. It may be down, or your "
                  "network may be blocking it.")
            .arg(address);
    case Code::TimedOut: return tr("“%1” could not be opened: the site took too long to answer.").arg(address);
    case Code::TooManyRedirects:
        return tr("“%1” could not be opened: the site redirected too many times.").arg(address);
    case Code::HttpStatus: {
        const QString first =
            tr("“%1” could not be opened: the site answered with error %2.").arg(address).arg(error.httpStatus);
        const QString meaning = statusMeaning(error.httpStatus);
        return meaning.isEmpty() ? first : first + u' ' + meaning;
    }
    case Code::TooLarge:
        if (sizeLimitBytes > 0)
            return tr("“%1” is too large to open. Lede downloads pages of up to %2.")
                .arg(address,
                     QLocale().formattedDataSize(static_cast<qint64>(sizeLimitBytes), 0,
                                                 QLocale::DataSizeTraditionalFormat));
        return tr("“%1” is too large to open.").arg(address);
    case Code::TlsFailed:
        return tr("“%1” could not be opened: the secure connection to the site failed (its certificate may "
                  "not be trusted).")
            .arg(address);
    case Code::ConnectionLost:
        return tr("“%1” could not be opened: the connection to the site failed during the download.").arg(address);
    case Code::Cancelled: return tr("Downloading “%1” was cancelled.").arg(address);
    }
    return tr("“%1” could not be downloaded.").arg(address);
}

} // namespace lede::ui
