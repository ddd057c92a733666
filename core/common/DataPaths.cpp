#include "common/DataPaths.h"

#include <cstdlib>
#include <mutex>

#ifndef LEDE_INSTALL_DATA_DIR
#define LEDE_INSTALL_DATA_DIR "/usr/local/share/lede"
#endif

namespace lede::core {

namespace {
std::mutex g_mutex;
std::filesystem::path g_exeDir;

std::filesystem::path exeDirFromProc()
{
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}
} // namespace

void setExecutableDirectory(const std::filesystem::path &dir)
{
    std::lock_guard lock(g_mutex);
    g_exeDir = dir;
}

std::filesystem::path dataDirectory()
{
    if (const char *env = std::getenv("LEDE_DATA_DIR"); env && *env)
        return env;
    std::filesystem::path exeDir;
    {
        std::lock_guard lock(g_mutex);
        exeDir = g_exeDir;
    }
    if (exeDir.empty())
        exeDir = exeDirFromProc();
    std::error_code ec;
    const auto beside = exeDir / ".." / "share" / "lede";
    if (!exeDir.empty() && std::filesystem::is_directory(beside, ec))
        return std::filesystem::weakly_canonical(beside, ec);
    return LEDE_INSTALL_DATA_DIR;
}

std::optional<std::filesystem::path> findDataFile(const std::string &relative)
{
    const auto p = dataDirectory() / relative;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec))
        return p;
    return std::nullopt;
}

} // namespace lede::core
