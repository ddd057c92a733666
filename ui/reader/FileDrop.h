// FileDrop: the files in a drag-and-drop payload, split into local paths, web pages (http and https
// links dropped from a browser) and everything else.
#pragma once

#include <QStringList>

class QMimeData;

namespace lede::ui {

struct FileDrop
{
    QStringList localFiles; // absolute paths, in drop order
    QStringList webUrls;    // http(s) addresses, in drop order: downloaded and opened
    QStringList remoteUrls; // URLs Lede cannot open (ftp:, smb:, …), for the message

    static FileDrop from(const QMimeData *mime);
    // A payload with no URL list but a single http(s) address as plain text (some apps drag links that way)
    // counts as that address.
    // True when the payload holds at least one URL that is not a local folder (the drop is then accepted,
    // and what cannot be opened is explained). Folders alone are refused while dragging.
    static bool accepts(const QMimeData *mime);
    // The URLs a drop would try to open (folders not counted).
    static int fileCount(const QMimeData *mime);
};

} // namespace lede::ui
