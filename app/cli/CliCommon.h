// Helpers shared by lede-cli's commands: loading a document with a one-line error, writing UTF-8.
#pragma once

#include "document/Document.h"

#include <optional>
#include <string>
#include <string_view>

namespace lede::cli {

// Loads FILE, or downloads it when it is an http:// or https:// address; on failure prints "lede-cli: FILE: reason" to stderr and returns nullopt.
std::optional<core::Document> loadOrReport(const std::string &path);

// Prints "lede-cli: message" to stderr.
void reportError(std::string_view message);

// Writes bytes to stdout exactly (binary-safe).
void writeStdout(std::string_view bytes);

} // namespace lede::cli
