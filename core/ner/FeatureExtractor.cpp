// Feature templates for the NER perceptron (see FeatureExtractor.h). Template numbers are part
// of the model: renumbering one invalidates trained models.
#include "ner/FeatureExtractor.h"

#include "ner/FeatureHash.h"
#include "ner/NerLabels.h"

#include <algorithm>

namespace lede::core::ner {

namespace {

enum Template : uint32_t {
    Bias = 1,
    Word,
    Lower,
    LowerM1,
    LowerM2,
    LowerP1,
    LowerP2,
    Shape,
    ShortShape,
    ShapeM1,
    ShapeP1,
    ShortShapeM2,
    ShortShapeP2,
    ShapePairLeft,
    ShapePairRight,
    BigramLeft,
    BigramRight,
    Prefix1, // .. Prefix4 = Prefix1 + 3
    Suffix1 = Prefix1 + 4,
    CaseInContext = Suffix1 + 4,
    CaseWord,
    DocumentCase,
    GazetteerPosition,
    GazetteerCase,
    GazetteerM1,
    GazetteerP1,
    GazetteerP2,
    Flags,
    PrevWordShape,
    NextWordShape,
    AggregateLeft,
    AggregateRight,
    // Word clusters: path prefixes of the token (ClusterPrefix + j for kClusterPrefixes[j]),
    // of its neighbours, and the token's lack of a cluster (a word too rare to be clustered).
    ClusterPrefix,
    ClusterM1 = ClusterPrefix + 4,
    ClusterP1,
    ClusterUnknown,
    ClusterShape,
    // A capitalised word in a results line ("Ajax 2 Feyenoord 1", "beat Leeds 3-0"): news
    // names sports teams after their towns, so a place name there is usually an organisation.
    ResultsPlace,
    ResultsWord,
    // Embedding clusters (word vectors trained on billions of words; see FeatureExtractor.h): path prefixes
    // (EmbeddingPrefix + j for kEmbeddingPrefixes[j]), with the token's case, of its neighbours, and the
    // token's absence from the vectors' vocabulary (a new or rare name).
    EmbeddingPrefix,
    EmbeddingShape = EmbeddingPrefix + 4,
    EmbeddingM1,
    EmbeddingP1,
    EmbeddingUnknown,
    // stage 2
    Stage1Label = 100,
    Stage1LabelM1,
    Stage1LabelP1,
    Stage1Trigram,
    Stage1LabelM2,
    Stage1LabelP2,
    DocTypeSeen,
    DocTypeMajority,
    DocTypeMajorityCase,
    DocFirstType,
};

// Stand-ins for the tokens before and after a sentence.
constexpr uint64_t kBoundaryLower = 0x6c6564652d626f73ULL;
constexpr uint64_t kBoundaryShape = 0x6c6564652d656f73ULL;

constexpr uint8_t kModeMask = 3;
constexpr int kClusterPrefixes[4] = {4, 8, 12, 20};
constexpr int kNeighbourClusterBits = 8;
constexpr int kEmbeddingPrefixes[4] = {6, 10, 14, 20};
constexpr int kEmbeddingShapeBits = 10;
constexpr uint8_t kInitialBit = 4;

void collectOccurrences(const DocumentTokens &doc, DocumentContext &ctx);

// A score ("2-1", "6-3", "532-8") or, in a short line, two small numbers ("Ajax 2 Feyenoord 1").
bool isResultsLine(const DocumentContext &ctx, uint32_t b, uint32_t e, int letterWords)
{
    static const uint64_t scoreShape = analyseToken(u"0-0").shortShape;
    int smallNumbers = 0;
    for (uint32_t i = b; i < e; ++i) {
        const TokenInfo &t = ctx.info(i);
        if (t.shortShape == scoreShape && t.length <= 7)
            return true;
        if (t.has(TokenInfo::AllDigits) && t.length <= 3)
            ++smallNumbers;
    }
    return smallNumbers >= 2 && letterWords <= 10;
}

uint32_t gazetteerCategories(uint32_t code)
{
    uint32_t mask = 0;
    for (int c = 0; c < Gazetteer::kCategoryCount; ++c) {
        if ((code >> (3 * c)) & 7)
            mask |= 1u << c;
    }
    return mask;
}

} // namespace

void FeatureExtractor::analyse(const DocumentTokens &doc, DocumentContext &ctx) const
{
    const size_t n = doc.tokens.size();
    ctx.infos.clear();
    ctx.infoIndex.resize(n);
    ctx.gazetteer.assign(n, 0);
    ctx.caseContext.assign(n, 0);
    ctx.wordIndex.resize(n);
    ctx.sentenceOf.resize(n);
    ctx.caseEvidence.clear();

    {
        FeatureTable distinct(n / 8 + 16);
        for (size_t i = 0; i < n; ++i) {
            const TokenInfo t = analyseToken(doc.tokens[i]);
            const auto next = static_cast<uint32_t>(ctx.infos.size());
            uint32_t index = distinct.insert(t.word, next);
            if (index == FeatureTable::kMissing || (index != next && !(ctx.infos[index] == t)))
                index = next; // a hash shared with another word: an entry of its own
            if (index == next)
                ctx.infos.push_back(t);
            ctx.infoIndex[i] = index;
        }
    }
    // The cluster tables are large: each distinct token is looked up once.
    auto clusterCodes = [&](const WordClusters *table, std::vector<uint32_t> &codes) {
        codes.assign(table ? n : 0, 0);
        if (!table)
            return;
        std::vector<uint32_t> distinct(ctx.infos.size());
        for (size_t d = 0; d < distinct.size(); ++d)
            distinct[d] = table->find(ctx.infos[d].lower).code;
        for (size_t i = 0; i < n; ++i)
            codes[i] = distinct[ctx.infoIndex[i]];
    };
    clusterCodes(m_clusters, ctx.cluster);
    clusterCodes(m_embeddings, ctx.embedding);
    ctx.sentenceScores.assign(doc.sentenceCount(), 0);

    std::vector<uint64_t> lowers;
    FeatureTable forms(n / 2 + 16);
    for (size_t s = 0; s < doc.sentenceCount(); ++s) {
        const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
        if (b >= e)
            continue;
        // Sentence mode: headlines are all caps ("RUGBY UNION - ...") or Title Case; in both,
        // capitalisation says little and the model must lean on other evidence.
        int letterWords = 0, capsWords = 0, titleWords = 0, longWords = 0;
        for (uint32_t i = b; i < e; ++i) {
            const TokenInfo &t = ctx.info(i);
            if (!t.has(TokenInfo::HasLetter))
                continue;
            ++letterWords;
            if (t.has(TokenInfo::AllCaps))
                ++capsWords;
            if (t.length > 3) {
                ++longWords;
                if (t.has(TokenInfo::InitialCap))
                    ++titleWords;
            }
        }
        ctx.sentenceScores[s] = isResultsLine(ctx, b, e, letterWords) ? 1 : 0;
        uint8_t mode = 0;
        if (letterWords >= 2 && capsWords == letterWords)
            mode = 1;
        else if (longWords >= 3 && titleWords == longWords)
            mode = 2;
        bool initialPending = true;
        for (uint32_t i = b; i < e; ++i) {
            const TokenInfo &t = ctx.info(i);
            uint8_t cc = mode;
            if (initialPending && !t.has(TokenInfo::Punctuation)) {
                cc |= kInitialBit;
                initialPending = false;
            }
            ctx.caseContext[i] = cc;
            ctx.sentenceOf[i] = static_cast<uint32_t>(s);
            const uint32_t idx = forms.insert(t.lower, static_cast<uint32_t>(ctx.caseEvidence.size()));
            if (idx == ctx.caseEvidence.size())
                ctx.caseEvidence.push_back(0);
            ctx.wordIndex[i] = idx;
            if (mode == 0 && !(cc & kInitialBit) && t.has(TokenInfo::HasLetter))
                ctx.caseEvidence[idx] |= t.has(TokenInfo::InitialCap) ? 1 : (t.has(TokenInfo::HasLower) ? 2 : 0);
        }
        if (m_gazetteer) {
            lowers.resize(e - b);
            for (uint32_t i = b; i < e; ++i)
                lowers[i - b] = ctx.info(i).lower;
            m_gazetteer->match(lowers.data(), lowers.size(), ctx.gazetteer.data() + b);
        }
    }
    collectOccurrences(doc, ctx);
}

namespace {
void collectOccurrences(const DocumentTokens &doc, DocumentContext &ctx)
{
    constexpr int k = DocumentContext::kContextOccurrences;
    ctx.occurrences.assign(ctx.caseEvidence.size() * k, DocumentContext::kNone);
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
        if (!ctx.info(i).has(TokenInfo::InitialCap))
            continue;
        uint32_t *slots = &ctx.occurrences[size_t{ctx.wordIndex[i]} * k];
        for (int j = 0; j < k; ++j) {
            if (slots[j] == DocumentContext::kNone) {
                slots[j] = i;
                break;
            }
        }
    }
}
} // namespace

void FeatureExtractor::localFeatures(const DocumentTokens &doc, const DocumentContext &ctx, uint32_t i,
                                     std::vector<uint64_t> &out, Scope scope) const
{
    const bool token = scope == Scope::All || scope == Scope::Token;
    const bool context = scope != Scope::Token;
    // What a neighbour alone decides (neighbourFeatures) is left out of Own.
    const bool lent = scope == Scope::All || scope == Scope::Context;
    const uint32_t s = ctx.sentenceOf[i];
    const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
    const TokenInfo &t = ctx.info(i);
    auto lowerAt = [&](int64_t j) { return j < b || j >= e ? kBoundaryLower : ctx.info(j).lower; };
    auto shapeAt = [&](int64_t j) { return j < b || j >= e ? kBoundaryShape : ctx.info(j).shape; };
    auto shortShapeAt = [&](int64_t j) { return j < b || j >= e ? kBoundaryShape : ctx.info(j).shortShape; };
    auto gazAt = [&](int64_t j) { return j < b || j >= e ? 0u : gazetteerCategories(ctx.gazetteer[j]); };
    const int64_t k = i;

    if (token) {
        out.push_back(featureKey(Bias, 0));
        out.push_back(featureKey(Word, t.word));
        out.push_back(featureKey(Lower, t.lower));
    }
    if (lent) {
        out.push_back(featureKey(LowerM1, lowerAt(k - 1)));
        out.push_back(featureKey(LowerM2, lowerAt(k - 2)));
        out.push_back(featureKey(LowerP1, lowerAt(k + 1)));
        out.push_back(featureKey(LowerP2, lowerAt(k + 2)));
    }
    if (token) {
        out.push_back(featureKey(Shape, t.shape));
        out.push_back(featureKey(ShortShape, t.shortShape));
    }
    if (lent) {
        out.push_back(featureKey(ShapeM1, shapeAt(k - 1)));
        out.push_back(featureKey(ShapeP1, shapeAt(k + 1)));
        out.push_back(featureKey(ShortShapeM2, shortShapeAt(k - 2)));
        out.push_back(featureKey(ShortShapeP2, shortShapeAt(k + 2)));
    }
    if (context) {
        out.push_back(featureKey(ShapePairLeft, combine(shortShapeAt(k - 1), t.shortShape)));
        out.push_back(featureKey(ShapePairRight, combine(t.shortShape, shortShapeAt(k + 1))));
        out.push_back(featureKey(BigramLeft, combine(lowerAt(k - 1), t.lower)));
        out.push_back(featureKey(BigramRight, combine(t.lower, lowerAt(k + 1))));
    }
    for (int a = 0; token && a < 4; ++a) {
        if (t.prefix[a] == 0)
            break;
        // Affixes of a whole short word only repeat the Lower feature.
        if (a + 1 >= t.length)
            break;
        out.push_back(featureKey(Prefix1 + a, t.prefix[a]));
        out.push_back(featureKey(Suffix1 + a, t.suffix[a]));
    }
    const uint8_t cc = ctx.caseContext[i];
    if (context) {
        out.push_back(featureKey(CaseInContext, combine(cc, t.caseClass())));
        if (cc != 0) // sentence-initial, or a headline: the same word behaves differently there
            out.push_back(featureKey(CaseWord, combine(cc, t.lower)));
        const uint8_t evidence = ctx.caseEvidence[ctx.wordIndex[i]];
        out.push_back(featureKey(DocumentCase, combine(evidence, combine(cc, t.caseClass()))));

        if (const uint32_t code = ctx.gazetteer[i]) {
            for (int c = 0; c < Gazetteer::kCategoryCount; ++c) {
                const uint32_t pos = (code >> (3 * c)) & 7;
                if (!pos)
                    continue;
                out.push_back(featureKey(GazetteerPosition, c * 8 + pos));
                out.push_back(featureKey(GazetteerCase, combine(c * 8 + pos, combine(cc & kModeMask, t.caseClass()))));
            }
        }
        out.push_back(featureKey(GazetteerM1, gazAt(k - 1)));
        out.push_back(featureKey(GazetteerP1, gazAt(k + 1)));
        out.push_back(featureKey(GazetteerP2, gazAt(k + 2)));
    }
    if (token)
        out.push_back(featureKey(Flags, t.flags));
    if (context) {
        out.push_back(featureKey(PrevWordShape, combine(lowerAt(k - 1), t.shortShape)));
        out.push_back(featureKey(NextWordShape, combine(t.shortShape, lowerAt(k + 1))));
    }

    if (!ctx.cluster.empty()) {
        const ClusterPath path{ctx.cluster[i]};
        if (path.known()) {
            if (token) {
                for (int j = 0; j < 4; ++j)
                    out.push_back(featureKey(ClusterPrefix + j, path.prefix(kClusterPrefixes[j])));
                out.push_back(featureKey(ClusterShape, combine(path.prefix(kClusterPrefixes[1]), t.caseClass())));
            }
        } else if (context) {
            out.push_back(featureKey(ClusterUnknown, combine(cc, t.caseClass())));
        }
        if (lent && k > b && ClusterPath{ctx.cluster[i - 1]}.known())
            out.push_back(featureKey(ClusterM1, ClusterPath{ctx.cluster[i - 1]}.prefix(kNeighbourClusterBits)));
        if (lent && k + 1 < e && ClusterPath{ctx.cluster[i + 1]}.known())
            out.push_back(featureKey(ClusterP1, ClusterPath{ctx.cluster[i + 1]}.prefix(kNeighbourClusterBits)));
    }
    if (!ctx.embedding.empty()) {
        const ClusterPath path{ctx.embedding[i]};
        if (path.known()) {
            for (int j = 0; token && j < 4; ++j)
                out.push_back(featureKey(EmbeddingPrefix + j, path.prefix(kEmbeddingPrefixes[j])));
            if (context)
                out.push_back(
                    featureKey(EmbeddingShape, combine(path.prefix(kEmbeddingShapeBits), combine(cc, t.caseClass()))));
        } else if (context) {
            out.push_back(featureKey(EmbeddingUnknown, combine(cc, t.caseClass())));
        }
        if (lent && k > b && ClusterPath{ctx.embedding[i - 1]}.known())
            out.push_back(featureKey(EmbeddingM1, ClusterPath{ctx.embedding[i - 1]}.prefix(kNeighbourClusterBits)));
        if (lent && k + 1 < e && ClusterPath{ctx.embedding[i + 1]}.known())
            out.push_back(featureKey(EmbeddingP1, ClusterPath{ctx.embedding[i + 1]}.prefix(kNeighbourClusterBits)));
    }
    if (!context)
        return;
    if (ctx.sentenceScores[s] && t.has(TokenInfo::InitialCap)) {
        out.push_back(featureKey(ResultsPlace, combine(gazetteerCategories(ctx.gazetteer[i]), t.caseClass())));
        out.push_back(featureKey(ResultsWord, t.lower));
    }

    // Context aggregation (Ratinov & Roth): the words around this name's other capitalised
    // occurrences ("shares of Pirelli" elsewhere says ORG here too).
    if (t.has(TokenInfo::InitialCap) && !ctx.occurrences.empty()) {
        const uint32_t *slots = &ctx.occurrences[size_t{ctx.wordIndex[i]} * DocumentContext::kContextOccurrences];
        for (int j = 0; j < DocumentContext::kContextOccurrences; ++j) {
            const uint32_t o = slots[j];
            if (o == DocumentContext::kNone)
                break;
            if (o == i)
                continue;
            const uint32_t os = ctx.sentenceOf[o];
            const uint32_t ob = doc.sentenceStarts[os], oe = doc.sentenceEnd(os);
            out.push_back(featureKey(AggregateLeft, o > ob ? ctx.info(o - 1).lower : kBoundaryLower));
            out.push_back(featureKey(AggregateRight, o + 1 < oe ? ctx.info(o + 1).lower : kBoundaryLower));
        }
    }
}

void FeatureExtractor::wordFeatures(const DocumentTokens &doc, const DocumentContext &ctx, uint32_t i,
                                    std::vector<uint64_t> &out, bool affixes) const
{
    // The same keys as localFeatures makes from t.word and t.lower.
    const uint32_t s = ctx.sentenceOf[i];
    const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
    const TokenInfo &t = ctx.info(i);
    out.push_back(featureKey(Word, t.word));
    out.push_back(featureKey(Lower, t.lower));
    out.push_back(featureKey(BigramLeft, combine(i > b ? ctx.info(i - 1).lower : kBoundaryLower, t.lower)));
    out.push_back(featureKey(BigramRight, combine(t.lower, i + 1 < e ? ctx.info(i + 1).lower : kBoundaryLower)));
    if (const uint8_t cc = ctx.caseContext[i])
        out.push_back(featureKey(CaseWord, combine(cc, t.lower)));
    if (ctx.sentenceScores[s] && t.has(TokenInfo::InitialCap))
        out.push_back(featureKey(ResultsWord, t.lower));
    for (int a = 2; affixes && a < 4 && t.prefix[a] != 0 && a + 1 < t.length; ++a) {
        out.push_back(featureKey(Prefix1 + a, t.prefix[a]));
        out.push_back(featureKey(Suffix1 + a, t.suffix[a]));
    }
}

void FeatureExtractor::neighbourFeatures(const DocumentContext &ctx, int offset, uint32_t j,
                                         std::vector<uint64_t> &out) const
{
    // The keys localFeatures makes from lowerAt, shapeAt, shortShapeAt and the neighbours' cluster codes.
    const bool inside = j != DocumentContext::kNone;
    const uint64_t lower = inside ? ctx.info(j).lower : kBoundaryLower;
    const uint64_t shape = inside ? ctx.info(j).shape : kBoundaryShape;
    const uint64_t shortShape = inside ? ctx.info(j).shortShape : kBoundaryShape;
    auto clusterOf = [&](const std::vector<uint32_t> &codes) {
        return inside && !codes.empty() ? ClusterPath{codes[j]} : ClusterPath{};
    };
    switch (offset) {
    case -2:
        out.push_back(featureKey(LowerM2, lower));
        out.push_back(featureKey(ShortShapeM2, shortShape));
        break;
    case 2:
        out.push_back(featureKey(LowerP2, lower));
        out.push_back(featureKey(ShortShapeP2, shortShape));
        break;
    case -1:
    case 1:
        out.push_back(featureKey(offset < 0 ? LowerM1 : LowerP1, lower));
        out.push_back(featureKey(offset < 0 ? ShapeM1 : ShapeP1, shape));
        if (const ClusterPath c = clusterOf(ctx.cluster); c.known())
            out.push_back(featureKey(offset < 0 ? ClusterM1 : ClusterP1, c.prefix(kNeighbourClusterBits)));
        if (const ClusterPath c = clusterOf(ctx.embedding); c.known())
            out.push_back(featureKey(offset < 0 ? EmbeddingM1 : EmbeddingP1, c.prefix(kNeighbourClusterBits)));
        break;
    default: break;
    }
}

void FeatureExtractor::GlobalView::prepare(const DocumentContext &ctx, const std::vector<uint8_t> &stage1Labels)
{
    m_labels = &stage1Labels;
    const size_t forms = ctx.caseEvidence.size();
    m_typeCounts.assign(forms * 5, 0);
    m_firstType.assign(forms, 0xFF);
    m_firstToken.assign(forms, 0);
    for (size_t i = 0; i < stage1Labels.size() && i < ctx.tokenCount(); ++i) {
        const TokenInfo &t = ctx.info(i);
        if (!t.has(TokenInfo::HasLetter))
            continue;
        const uint8_t label = stage1Labels[i];
        // Lower-case occurrences of a word say nothing about its capitalised uses.
        if (label == kOutside && !t.has(TokenInfo::InitialCap))
            continue;
        const uint8_t type = label == kOutside ? 0 : static_cast<uint8_t>(1 + static_cast<int>(labelType(label)));
        const uint32_t w = ctx.wordIndex[i];
        uint16_t &count = m_typeCounts[w * 5 + type];
        if (count < 0xFFFF)
            ++count;
        if (m_firstType[w] == 0xFF) {
            m_firstType[w] = type;
            m_firstToken[w] = static_cast<uint32_t>(i);
        }
    }
}

void FeatureExtractor::globalFeatures(const DocumentTokens &doc, const DocumentContext &ctx, const GlobalView &view,
                                      uint32_t i, std::vector<uint64_t> &out) const
{
    const std::vector<uint8_t> &labels = *view.m_labels;
    const uint32_t s = ctx.sentenceOf[i];
    const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
    const uint8_t here = labels[i];
    const uint8_t before = i > b ? labels[i - 1] : 0xFE;
    const uint8_t after = i + 1 < e ? labels[i + 1] : 0xFE;
    out.push_back(featureKey(Stage1Label, here));
    out.push_back(featureKey(Stage1LabelM1, before));
    out.push_back(featureKey(Stage1LabelP1, after));
    out.push_back(featureKey(Stage1Trigram, combine(before, combine(here, after))));
    out.push_back(featureKey(Stage1LabelM2, i >= b + 2 ? labels[i - 2] : 0xFE));
    out.push_back(featureKey(Stage1LabelP2, i + 2 < e ? labels[i + 2] : 0xFE));

    const TokenInfo &t = ctx.info(i);
    if (!t.has(TokenInfo::HasLetter))
        return;
    const uint32_t w = ctx.wordIndex[i];
    // Counts over the other occurrences: remove this token's own vote.
    uint16_t counts[5];
    std::copy_n(view.m_typeCounts.begin() + w * 5, 5, counts);
    const bool selfCounted = here != kOutside || t.has(TokenInfo::InitialCap);
    if (selfCounted) {
        const uint8_t selfType = here == kOutside ? 0 : static_cast<uint8_t>(1 + static_cast<int>(labelType(here)));
        if (counts[selfType] > 0)
            --counts[selfType];
    }
    int best = -1;
    for (int type = 0; type < 5; ++type) {
        if (counts[type] == 0)
            continue;
        if (type > 0)
            out.push_back(featureKey(DocTypeSeen, type));
        if (best < 0 || counts[type] > counts[best])
            best = type;
    }
    if (best >= 0) {
        out.push_back(featureKey(DocTypeMajority, best));
        out.push_back(featureKey(DocTypeMajorityCase, combine(best, combine(ctx.caseContext[i], t.caseClass()))));
    }
    if (view.m_firstType[w] != 0xFF && view.m_firstToken[w] != i)
        out.push_back(featureKey(DocFirstType, view.m_firstType[w]));
}

} // namespace lede::core::ner
