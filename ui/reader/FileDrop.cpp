// FileDrop: reads text/uri-list through QMimeData::urls().
#include "reader/FileDrop.h"

#include <QMimeData>
#include <QUrl>

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
    return mime && mime->hasUrls() && !mime->urls().isEmpty();
}

} // namespace lede::ui
