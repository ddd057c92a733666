// DataFile: reading the small text data files Lede ships (gazetteers, alias lists, cue words).
// They are UTF-8 with LF or CRLF line ends, may start with a byte order mark, and use blank lines
// and lines starting with '#' for layout and comments.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace lede::core {

// The whole file, or nothing when it cannot be opened or read.
std::optional<std::string> readDataFile(const std::filesystem::path &path);

// Calls fn(line) for each line of `text` that holds data: without its line end, skipping a leading
// byte order mark, blank lines and comments.
template<typename Fn>
void forEachDataLine(std::string_view text, Fn &&fn)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        fn(line);
    }
}

} // namespace lede::core
