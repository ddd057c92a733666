// DataPaths: where Lede's shipped data (model, gazetteers, sample) lives at run time.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace lede::core {

// Sets the directory of the running executable; data is looked for in <exeDir>/../share/lede.
void setExecutableDirectory(const std::filesystem::path &dir);

// The data directory: $LEDE_DATA_DIR if set, else <exeDir>/../share/lede, else the install prefix's.
std::filesystem::path dataDirectory();

// A file inside the data directory (e.g. "models/ner.model"); nullopt when it does not exist.
std::optional<std::filesystem::path> findDataFile(const std::string &relative);

} // namespace lede::core
