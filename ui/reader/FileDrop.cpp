// FileDrop: reads text/uri-list through QMimeData::urls().
#include "reader/FileDrop.h"

#include "reader/WebAddress.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace lede::ui {

namespace {

// The payload's URLs, or the one web address its plain text holds.
QList<QUrl> urlsOf(const QMimeData *mime)
{
    if (!mime)
        return {};
    if (mime->hasUrls())
        return mime->urls();
    if (mime->hasText()) {
        const QString text = mime->text().trimmed();
        if (WebAddress::isWebAddress(text) && !WebAddress::fromUserInput(text).isEmpty())
            return {QUrl(text)};
    }
    return {};
}

} // namespace

FileDrop FileDrop::from(const QMimeData *mime)
{
    FileDrop drop;
    for (const QUrl &url : urlsOf(mime)) {
        if (url.isLocalFile())
            drop.localFiles.append(url.toLocalFile());
        else if (url.isValid() && WebAddress::isWebAddress(url.toString()) && !url.host().isEmpty())
            drop.webUrls.append(url.toString(QUrl::FullyEncoded));
        else if (url.isValid() && !url.isEmpty())
            drop.remoteUrls.append(url.toDisplayString());
    }
    return drop;
}

bool FileDrop::accepts(const QMimeData *mime)
{
    const QList<QUrl> urls = urlsOf(mime);
    return std::any_of(urls.begin(), urls.end(),
                       [](const QUrl &url) { return !url.isLocalFile() || !QFileInfo(url.toLocalFile()).isDir(); });
}

int FileDrop::fileCount(const QMimeData *mime)
{
    const QList<QUrl> urls = urlsOf(mime);
    return static_cast<int>(std::count_if(urls.begin(), urls.end(), [](const QUrl &url) {
        return !url.isLocalFile() || !QFileInfo(url.toLocalFile()).isDir();
    }));
}

} // namespace lede::ui
