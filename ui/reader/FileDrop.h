// FileDrop: the files in a drag-and-drop payload, split into local paths and everything else.
#pragma once

#include <QStringList>

class QMimeData;

namespace lede::ui {

struct FileDrop
{
    QStringList localFiles; // absolute paths, in drop order
    QStringList remoteUrls; // URLs Lede cannot open directly (http:, …), for the message

    static FileDrop from(const QMimeData *mime);
    // True when the payload holds at least one URL (the drop is then accepted and explained).
    static bool accepts(const QMimeData *mime);
};

} // namespace lede::ui
