// LoadErrorText: one message per refusal reason; each says what happened and, where useful, why.
#include "reader/LoadErrorText.h"

#include <QLocale>

namespace lede::ui {

QString LoadErrorText::message(core::LoadError::Code code, const QString &fileName, quint64 sizeLimitBytes)
{
    using Code = core::LoadError::Code;
    switch (code) {
    case Code::NotFound: return tr("“%1” does not exist. It may have been moved, renamed or deleted.").arg(fileName);
    case Code::NotAFile: return tr("“%1” is a folder, not a document. Open the files inside it instead.").arg(fileName);
    case Code::Unreadable:
        return tr("“%1” could not be read. Check that you have permission to open it.").arg(fileName);
    case Code::TooLarge:
        if (sizeLimitBytes > 0)
            return tr("“%1” is too large to open. Lede opens files of up to %2.")
                .arg(fileName, QLocale().formattedDataSize(static_cast<qint64>(sizeLimitBytes)));
        return tr("“%1” is too large to open.").arg(fileName);
    case Code::Binary: return tr("“%1” is not a text document; it looks like a binary file.").arg(fileName);
    case Code::UnsupportedFormat: return tr("Lede cannot read the format of “%1”.").arg(fileName);
    case Code::Malformed: return tr("“%1” is damaged and could not be read.").arg(fileName);
    case Code::Cancelled: return tr("Opening “%1” was cancelled.").arg(fileName);
    case Code::Encrypted:
        return tr("“%1” is protected by a password or encrypted. Lede cannot open protected documents; save an "
                  "unprotected copy and open that.")
            .arg(fileName);
    case Code::NoTextLayer:
        return tr("“%1” has no text to read: its pages are images, as in a scanned document. Run it through text "
                  "recognition (OCR) first, then open the result.")
            .arg(fileName);
    case Code::SymlinkLoop:
        return tr("“%1” is a link that leads back to itself (a loop of symbolic links), so there is no file to open.")
            .arg(fileName);
    case Code::Device:
        return tr("“%1” is a device or a pipe, not a document. Lede opens files saved on disk.").arg(fileName);
    case Code::Stalled:
        return tr("“%1” sends no data and does not end, like a device or a live system file; it is not a document.")
            .arg(fileName);
    }
    return tr("“%1” could not be opened.").arg(fileName);
}

QString LoadErrorText::unrepresentableName(const QString &fileName)
{
    return tr("“%1” cannot be opened because its name contains bytes that are not valid text in this system's "
              "encoding. Rename the file and try again.")
        .arg(fileName);
}

} // namespace lede::ui
