// Corrections: the user's edits to a document's entities (merge, rename, retype, remove, add or remove a
// mention), kept as an ordered log that is replayed on a freshly computed entity list. Entities are
// referred to by EntityRef (name + type + a few mention ranges), not by "e3", so the log survives
// re-analysis with a different model or grouping. Serialised as versioned JSON; the UI does the file I/O.
#pragma once

#include "common/Result.h"
#include "common/TextRange.h"
#include "entities/Entity.h"
#include "ner/EntityType.h"
#include "timex/Timex.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lede::core {

// A reference to an entity that survives re-analysis. Resolved against an entity list by, in order:
// (1) the entity holding one of `mentions` exactly, (2) the entity whose name has the same NameKey key and
// the same type, (3) the entity with the same name key of any type, (4) the entity with a mention
// overlapping one of `mentions`. Unresolvable references make their correction a no-op (reported).
struct EntityRef
{
    std::u16string name;
    EntityType type = EntityType::Other;
    std::vector<TextRange> mentions; // the first few mentions at the time of the edit (at most kRefMentions)

    static constexpr size_t kRefMentions = 3;
    // The reference to an entity as it is now.
    static EntityRef of(const Entity &entity);
    bool operator==(const EntityRef &) const = default;
};

// Merge `from` into `into`: the result keeps `into`'s name, type and id and gains all of `from`'s mentions.
struct MergeCorrection
{
    EntityRef from;
    EntityRef into;
    bool operator==(const MergeCorrection &) const = default;
};
struct RenameCorrection
{
    EntityRef entity;
    std::u16string name;
    bool operator==(const RenameCorrection &) const = default;
};
struct RetypeCorrection
{
    EntityRef entity;
    EntityType type = EntityType::Other;
    bool operator==(const RetypeCorrection &) const = default;
};
// Remove the entity and all its mentions (a false positive).
struct RemoveCorrection
{
    EntityRef entity;
    bool operator==(const RemoveCorrection &) const = default;
};
// Add a missed mention. Any mention overlapping `range` is taken out of its entity first. The mention
// joins `entity` when set, else a new entity `newName`/`newType` (newName empty: the text of the range).
struct AddMentionCorrection
{
    TextRange range;
    std::optional<EntityRef> entity;
    std::u16string newName;
    EntityType newType = EntityType::Other;
    bool operator==(const AddMentionCorrection &) const = default;
};
// Remove one mention (every mention overlapping `range`); an entity left without mentions disappears.
struct RemoveMentionCorrection
{
    TextRange range;
    bool operator==(const RemoveMentionCorrection &) const = default;
};

using Correction = std::variant<MergeCorrection, RenameCorrection, RetypeCorrection, RemoveCorrection,
                                AddMentionCorrection, RemoveMentionCorrection>;

struct CorrectionsError
{
    // NewerVersion: written by a later Lede (a version above kFormatVersion); the file must be left as it is.
    enum class Code : uint8_t { NotJson, WrongFormat, UnsupportedVersion, BadEntry, NewerVersion };
    Code code = Code::NotJson;
    std::string detail; // English, for logs
};

// The ordered log of one document's corrections.
class Corrections final
{
public:
    static constexpr int kFormatVersion = 1;

    // Builders: capture the entity's EntityRef now and append to the log.
    void merge(const Entity &from, const Entity &into);
    void rename(const Entity &entity, std::u16string name);
    void retype(const Entity &entity, EntityType type);
    void remove(const Entity &entity);
    void addMention(TextRange range, const Entity &entity);
    void addMentionAsNewEntity(TextRange range, std::u16string name, EntityType type);
    void removeMention(TextRange range);

    void append(Correction c) { m_log.push_back(std::move(c)); }
    void removeLast() { if (!m_log.empty()) m_log.pop_back(); } // undo
    void clear() { m_log.clear(); }
    bool empty() const { return m_log.empty(); } // the log of entity corrections only
    const std::vector<Correction> &log() const { return m_log; }

    // The reference date the user chose for the document (astronomical years), kept with its corrections
    // so reopening the document re-applies it; nullopt: the document's own date.
    const std::optional<CalendarDate> &referenceDate() const { return m_referenceDate; }
    void setReferenceDate(std::optional<CalendarDate> date) { m_referenceDate = date; }
    // Nothing to keep on disk: no correction and no chosen date.
    bool nothingToKeep() const { return m_log.empty() && !m_referenceDate; }
    size_t size() const { return m_log.size(); }
    bool operator==(const Corrections &) const = default;

    // JSON text: {"format":"lede-corrections","version":1,"corrections":[{"op":"merge",...},...]}, and
    // "reference":"YYYY-MM-DD" (optional; a file without it is read as before, with no chosen date).
    // Ranges are UTF-16 [start, end) pairs. `documentKey` (e.g. the UI's text hash) is stored alongside.
    std::string toJson(std::string_view documentKey = {}) const;
    // Never throws; bad JSON, a wrong format/version or a malformed entry give an error value.
    // A newer version is rejected rather than half-applied. documentKey, when given, receives the stored key.
    static Result<Corrections, CorrectionsError> fromJson(std::string_view json, std::string *documentKey = nullptr);

private:
    std::vector<Correction> m_log;
    std::optional<CalendarDate> m_referenceDate;
};

// Which corrections could not be applied (their entity no longer exists, or a range is outside the text).
struct CorrectionReport
{
    std::vector<size_t> skipped; // indices into Corrections::log()
};

// Replays the log on `entities` (a fresh EntityGrouper result for `text`). Entities untouched keep their
// ids; an entity created by addMention gets the next free "eN"; merged entities keep the target's id.
// The result is sorted by first mention, each entity's mentions in text order.
std::vector<Entity> applyCorrections(std::u16string_view text, std::vector<Entity> entities,
                                     const Corrections &corrections, CorrectionReport *report = nullptr);

} // namespace lede::core
