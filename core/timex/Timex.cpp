#include "timex/Timex.h"

namespace lede::core {

std::string_view timexTypeName(TimexType t)
{
    switch (t) {
    case TimexType::Date: return "date";
    case TimexType::Time: return "time";
    case TimexType::Duration: return "duration";
    case TimexType::Set: return "set";
    }
    return "date";
}

} // namespace lede::core
