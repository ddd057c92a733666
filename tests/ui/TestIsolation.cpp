// Linked into every UI test executable (tests/ui/CMakeLists.txt): QStandardPaths test mode is switched on before
// main() runs, so no UI test reads or writes the user's real settings, corrections or caches, whether or not the
// test remembers to do it itself.
#include <QStandardPaths>
#include <QtGlobal>

namespace {

void enableTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(enableTestMode)
