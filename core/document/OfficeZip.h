// Pieces shared by the DOCX and ODT loaders: reading and parsing one XML entry of a checked archive, and
// the sniffing of ZIP-based formats.
#pragma once

#include "common/Result.h"
#include "document/LoadError.h"
#include "document/ZipArchive.h"

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace lede::core {

// Reads and parses `name`. With `optional`, a missing entry gives an empty document instead of an error.
Result<bool, LoadError> readXmlEntry(const ZipArchive &zip, const std::string &name, pugi::xml_document &doc,
                                     std::string &storage, bool optional);

// Whether `head` (the first bytes of a file) is a ZIP whose first entry is an uncompressed "mimetype" file
// with this content (ODF and EPUB put it there so that the type can be told from the first bytes).
bool zipMimetypeIs(std::string_view head, std::string_view mimeType);

} // namespace lede::core
