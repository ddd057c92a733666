// Compiled with exactly the settings of a core library; must fail: core never sees Qt's headers.
#include <QString>

int probe()
{
    return QString().size();
}
