// ReaderLogging: defines the lede.ui.reader category (warnings on by default, debug off).
#include "reader/ReaderLogging.h"

namespace lede::ui {
Q_LOGGING_CATEGORY(lcReader, "lede.ui.reader", QtWarningMsg)
} // namespace lede::ui
