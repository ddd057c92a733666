// WebAddress: QUrl does the parsing; the rules here are only what Lede accepts and how it names it.
#include "reader/WebAddress.h"

#include "fetch/UrlFetcher.h"

namespace lede::ui::WebAddress {

bool isWebAddress(const QString &text)
{
    return core::isWebUrl(text.toStdString());
}

QUrl fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' ') || trimmed.contains(u'\n'))
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    // "example.org/page" parses as a relative path (or "localhost:8000/a" as a scheme "localhost"): like a
    // browser, Lede tries https, except on this machine, where test servers speak plain http.
    const QString scheme0 = url.scheme().toLower();
    if ((scheme0.isEmpty() || (scheme0 != u"http" && scheme0 != u"https" && !trimmed.contains(QStringLiteral("://"))))
        && !trimmed.startsWith(u'/')) {
        const QUrl probe(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
        const QString host = probe.host();
        const bool local = host == u"localhost" || host.startsWith(QStringLiteral("127.")) || host == u"::1";
        url = local ? probe : QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    // A bare "localhost" or "intranet" is fine, but a host with a dot at the end or start is a typo.
    if (url.host().startsWith(u'.') || url.host().endsWith(u'.'))
        return {};
    return url;
}

QString shortName(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return url;
    QString name = parsed.host(QUrl::PrettyDecoded);
    if (parsed.port() != -1) // a site on a port of its own is a different site
        name += u':' + QString::number(parsed.port());
    name += parsed.path(QUrl::PrettyDecoded);
    while (name.endsWith(u'/'))
        name.chop(1);
    return name;
}

} // namespace lede::ui::WebAddress
