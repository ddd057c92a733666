// FileDrop: reads text/uri-list through QMimeData::urls().
#include "reader/FileDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace lede::ui {

FileDrop FileDrop::from(const QMimeData *mime)
{
    FileDrop drop;
    if (!mime || !mime->hasUrls())
        return drop;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            drop.localFiles.append(url.toLocalFile());
        else if (url.isValid() && !url.isEmpty())
            drop.remoteUrls.append(url.toDisplayString());
    }
    return drop;
}

bool FileDrop::accepts(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(),
                       [](const QUrl &url) { return !url.isLocalFile() || !QFileInfo(url.toLocalFile()).isDir(); });
}

int FileDrop::fileCount(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return 0;
    const QList<QUrl> urls = mime->urls();
    return static_cast<int>(std::count_if(urls.begin(), urls.end(), [](const QUrl &url) {
        return !url.isLocalFile() || !QFileInfo(url.toLocalFile()).isDir();
    }));
}

} // namespace lede::ui
