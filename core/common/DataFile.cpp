// DataFile: see DataFile.h.
#include "common/DataFile.h"

#include <fstream>
#include <iterator>

namespace lede::core {

std::optional<std::string> readDataFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return std::nullopt;
    return data;
}

} // namespace lede::core
