// Corrections: building the log and replaying it on a fresh entity list (see Corrections.h).
#include "entities/Corrections.h"

#include "entities/NameKey.h"

#include <algorithm>
#include <charconv>

namespace lede::core {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

struct Working
{
    Entity entity;
    std::u16string key; // foldForMatching(entity.name), kept in step with renames
    bool alive = true;
};

bool hasMention(const Entity &e, TextRange r)
{
    return std::binary_search(e.mentions.begin(), e.mentions.end(), r);
}

bool hasOverlap(const Entity &e, TextRange r)
{
    // Mentions are sorted and do not overlap each other, so only the one starting before r.end can reach r.
    auto it = std::lower_bound(e.mentions.begin(), e.mentions.end(), TextRange{r.end, r.end});
    return it != e.mentions.begin() && std::prev(it)->end > r.start;
}

class Replay
{
public:
    Replay(std::u16string_view text, std::vector<Entity> entities) : m_text(text)
    {
        m_work.reserve(entities.size());
        for (Entity &e : entities) {
            std::sort(e.mentions.begin(), e.mentions.end());
            m_nextId = std::max(m_nextId, idNumber(e.id) + 1);
            std::u16string key = foldForMatching(e.name);
            m_work.push_back(Working{std::move(e), std::move(key), true});
        }
    }

    // Applies one correction; false when it could not be (reported as skipped).
    bool apply(const Correction &c)
    {
        return std::visit([this](const auto &op) { return applyOp(op); }, c);
    }

    std::vector<Entity> result() &&
    {
        std::vector<Entity> out;
        for (Working &w : m_work) {
            if (w.alive && !w.entity.mentions.empty())
                out.push_back(std::move(w.entity));
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const Entity &a, const Entity &b) { return a.mentions.front() < b.mentions.front(); });
        return out;
    }

private:
    std::u16string_view m_text;
    std::vector<Working> m_work;
    long long m_nextId = 1;

    static long long idNumber(const std::string &id)
    {
        long long n = 0;
        if (id.size() < 2 || id[0] != 'e')
            return 0;
        const auto [p, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
        return (ec == std::errc() && p == id.data() + id.size()) ? n : 0;
    }

    bool validRange(TextRange r) const
    {
        return r.start >= 0 && !r.empty() && static_cast<size_t>(r.end) <= m_text.size();
    }

    size_t resolve(const EntityRef &ref) const
    {
        for (TextRange r : ref.mentions) {
            for (size_t i = 0; i < m_work.size(); ++i) {
                if (m_work[i].alive && hasMention(m_work[i].entity, r))
                    return i;
            }
        }
        const std::u16string key = foldForMatching(ref.name);
        if (!key.empty()) {
            size_t anyType = kNone;
            for (size_t i = 0; i < m_work.size(); ++i) {
                if (!m_work[i].alive || m_work[i].key != key)
                    continue;
                if (m_work[i].entity.type == ref.type)
                    return i;
                if (anyType == kNone)
                    anyType = i;
            }
            if (anyType != kNone)
                return anyType;
        }
        for (TextRange r : ref.mentions) {
            for (size_t i = 0; i < m_work.size(); ++i) {
                if (m_work[i].alive && hasOverlap(m_work[i].entity, r))
                    return i;
            }
        }
        return kNone;
    }

    // Takes every mention overlapping r out of its entity; returns how many were taken.
    size_t takeOverlapping(TextRange r)
    {
        size_t taken = 0;
        for (Working &w : m_work) {
            if (!w.alive)
                continue;
            auto &m = w.entity.mentions;
            const auto first =
                std::partition_point(m.begin(), m.end(), [&](const TextRange &x) { return x.end <= r.start; });
            auto last = first;
            while (last != m.end() && last->start < r.end)
                ++last;
            taken += static_cast<size_t>(last - first);
            m.erase(first, last);
        }
        return taken;
    }

    void insertMention(Entity &e, TextRange r)
    {
        e.mentions.insert(std::upper_bound(e.mentions.begin(), e.mentions.end(), r), r);
    }

    void dropEmpty(size_t keep)
    {
        for (size_t i = 0; i < m_work.size(); ++i) {
            if (i != keep && m_work[i].entity.mentions.empty())
                m_work[i].alive = false;
        }
    }

    bool applyOp(const MergeCorrection &op)
    {
        const size_t from = resolve(op.from), into = resolve(op.into);
        if (from == kNone || into == kNone)
            return false;
        if (from == into)
            return true; // already one entity (e.g. the grouper learned it)
        auto &dst = m_work[into].entity.mentions;
        const auto &src = m_work[from].entity.mentions;
        std::vector<TextRange> merged;
        merged.reserve(dst.size() + src.size());
        std::merge(dst.begin(), dst.end(), src.begin(), src.end(), std::back_inserter(merged));
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        dst = std::move(merged);
        m_work[from].alive = false;
        return true;
    }

    bool applyOp(const RenameCorrection &op)
    {
        const size_t i = resolve(op.entity);
        if (i == kNone || op.name.empty())
            return false;
        m_work[i].entity.name = op.name;
        m_work[i].key = foldForMatching(op.name);
        return true;
    }

    bool applyOp(const RetypeCorrection &op)
    {
        const size_t i = resolve(op.entity);
        if (i == kNone)
            return false;
        m_work[i].entity.type = op.type;
        return true;
    }

    bool applyOp(const RemoveCorrection &op)
    {
        const size_t i = resolve(op.entity);
        if (i == kNone)
            return false;
        m_work[i].alive = false;
        return true;
    }

    bool applyOp(const AddMentionCorrection &op)
    {
        if (!validRange(op.range))
            return false;
        size_t target = kNone;
        if (op.entity) {
            target = resolve(*op.entity);
            if (target == kNone)
                return false;
        }
        takeOverlapping(op.range);
        if (target == kNone) {
            Working w;
            w.entity.id = "e" + std::to_string(m_nextId++);
            w.entity.type = op.newType;
            w.entity.name = op.newName;
            if (w.entity.name.empty()) {
                const auto surface =
                    m_text.substr(static_cast<size_t>(op.range.start), static_cast<size_t>(op.range.length()));
                w.entity.name = analyseName(surface, op.newType).clean;
                if (w.entity.name.empty())
                    w.entity.name = std::u16string(surface);
            }
            w.key = foldForMatching(w.entity.name);
            m_work.push_back(std::move(w));
            target = m_work.size() - 1;
        }
        insertMention(m_work[target].entity, op.range);
        dropEmpty(target);
        return true;
    }

    bool applyOp(const RemoveMentionCorrection &op)
    {
        if (!validRange(op.range) || takeOverlapping(op.range) == 0)
            return false;
        dropEmpty(kNone);
        return true;
    }
};

} // namespace

EntityRef EntityRef::of(const Entity &entity)
{
    EntityRef ref;
    ref.name = entity.name;
    ref.type = entity.type;
    const size_t n = std::min(kRefMentions, entity.mentions.size());
    ref.mentions.assign(entity.mentions.begin(), entity.mentions.begin() + static_cast<std::ptrdiff_t>(n));
    return ref;
}

void Corrections::merge(const Entity &from, const Entity &into)
{
    m_log.emplace_back(MergeCorrection{EntityRef::of(from), EntityRef::of(into)});
}

void Corrections::rename(const Entity &entity, std::u16string name)
{
    m_log.emplace_back(RenameCorrection{EntityRef::of(entity), std::move(name)});
}

void Corrections::retype(const Entity &entity, EntityType type)
{
    m_log.emplace_back(RetypeCorrection{EntityRef::of(entity), type});
}

void Corrections::remove(const Entity &entity)
{
    m_log.emplace_back(RemoveCorrection{EntityRef::of(entity)});
}

void Corrections::addMention(TextRange range, const Entity &entity)
{
    m_log.emplace_back(AddMentionCorrection{range, EntityRef::of(entity), {}, EntityType::Other});
}

void Corrections::addMentionAsNewEntity(TextRange range, std::u16string name, EntityType type)
{
    m_log.emplace_back(AddMentionCorrection{range, std::nullopt, std::move(name), type});
}

void Corrections::removeMention(TextRange range)
{
    m_log.emplace_back(RemoveMentionCorrection{range});
}

std::vector<Entity> applyCorrections(std::u16string_view text, std::vector<Entity> entities,
                                     const Corrections &corrections, CorrectionReport *report)
{
    if (report)
        report->skipped.clear();
    Replay replay(text, std::move(entities));
    const auto &log = corrections.log();
    for (size_t i = 0; i < log.size(); ++i) {
        if (!replay.apply(log[i]) && report)
            report->skipped.push_back(i);
    }
    return std::move(replay).result();
}

} // namespace lede::core
