// ReaderLogging: the logging category of the reader window (lede.ui.reader).
#pragma once

#include <QLoggingCategory>

namespace lede::ui {
Q_DECLARE_LOGGING_CATEGORY(lcReader)
} // namespace lede::ui
