// LoadErrorText: the translated sentence shown to the user for each core::LoadError::Code.
#pragma once

#include "document/LoadError.h"

#include <QCoreApplication>
#include <QString>

namespace lede::ui {

class LoadErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::LoadErrorText)

public:
    // A full sentence naming `fileName` (shown as given; pass the file name, not the whole path,
    // unless the path is what tells files apart). `sizeLimitBytes` is quoted for TooLarge.
    static QString message(core::LoadError::Code code, const QString &fileName, quint64 sizeLimitBytes = 0);
    static QString message(const core::LoadError &error, const QString &fileName, quint64 sizeLimitBytes = 0)
    {
        return message(error.code, fileName, sizeLimitBytes);
    }
    // A path whose name reached us with undecodable bytes (shown as U+FFFD): the file exists under a name
    // we cannot spell, so "does not exist" would be wrong.
    static QString unrepresentableName(const QString &fileName);
};

} // namespace lede::ui
