// ModelAverage: one NER model whose weights are the mean of K models' weights (a seed ensemble).
//
// For a linear model decoded by Viterbi, the score of a labelling is linear in the emission and transition weights,
// so decoding with the mean of K models' weights is decoding with the mean of their scores: an ensemble that costs
// nothing at tag time. (With two stages the ensemble's stage 2 reads the averaged stage 1's labels, not each
// model's own, so it is an ensemble stage by stage.) The inputs should be trained by the same recipe with different
// seeds and left unpruned (lede-train-ner --min-weight 0): a feature pruned from one model would count as 0 there.
#pragma once

#include "ner/ModelFormat.h"

#include <string>
#include <vector>

namespace lede::tools {

// The description of a model less what varies between seeds of one recipe ("seed N", "stage 1 epoch …, stage 2
// epoch …", "dev …", and the token count of "train SET (N tokens)", which the title-cased copies of headlines the
// seed picks change): what must be equal for the models to be averaged.
std::string recipeOf(const std::string &description);

// Averages `models` (at least one) feature by feature, in the order given: each weight is dequantised (int16 ×
// its stage's scale), summed in double precision, divided by K (a feature missing from a model counts as 0 there),
// and quantised again with one scale per stage (the largest mean magnitude is 32767), as lede-train-ner does; the
// transitions are averaged likewise. Features whose quantised weights are all 0 are dropped, then, when
// `minWeight` > 0, the trainer's pruning rule applies (pruneFeatures). Deterministic.
// Refuses, with an English message naming the first model that differs from the first one, models whose stage
// count, recipe (recipeOf), gazetteer or word- or embedding-cluster tables differ. Returns "" on success.
std::string averageModels(const std::vector<core::ner::ModelData> &models, int minWeight, core::ner::ModelData &out);

// The smallest largest-magnitude quantised weight over a model's features: about 1 for an unpruned model, at least
// N for a model pruned with --min-weight N. 0 for a model without features.
int smallestFeatureWeight(const core::ner::ModelData &model);

} // namespace lede::tools
