//! Small learned scorers: linear models over hand-made features, trained on the
//! evaluation corpus by `cargo run --release --example train` (see that file)
//! and stored as plain numbers in [`crate::weights`].
//!
//! A model ranks the candidates of one decision on one page (which line is the
//! headline, which date is the publication date): the candidate with the highest
//! score wins. Features are standardised with the means and spreads seen in
//! training, so the weights are comparable.

/// A linear model: one weight a feature, in the order of the feature names of
/// the code that computes the features; a test checks that the stored names
/// still match the code's, so stale weights cannot pass unnoticed. Training
/// standardises the features; the stored weights and bias have that folded in,
/// so scoring reads the raw features.
#[derive(Debug, Clone, Copy)]
pub struct Linear {
    /// Feature names separated by spaces, for reports and for checking the
    /// weights match the code (one string: a slice would add 8 bytes a name
    /// to the web page's download).
    pub names: &'static str,
    /// Weights on the raw features.
    pub weights: &'static [f32],
    /// Added to every score; matters only where a threshold is applied.
    pub bias: f32,
}

impl Linear {
    /// The model's score for one candidate: the bias plus the weighted features.
    pub fn score(&self, features: &[f32]) -> f32 {
        self.bias + self.weights.iter().zip(features).map(|(w, x)| w * x).sum::<f32>()
    }

    /// The index of the best-scoring candidate, the first on ties.
    pub fn best<'a, const N: usize>(&self, candidates: impl IntoIterator<Item = &'a [f32; N]>) -> Option<(usize, f32)> {
        let mut best: Option<(usize, f32)> = None;
        for (i, f) in candidates.into_iter().enumerate() {
            let s = self.score(f);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        best
    }
}

/// Turns a boolean into a feature value.
pub fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_standardised_features_and_picks_the_best() {
        let m = Linear { names: "a b", weights: &[0.5, -1.0], bias: 0.5 };
        assert_eq!(m.score(&[3.0, 1.0]), 0.5 + 1.5 - 1.0);
        assert_eq!(m.best([&[0.0, 0.0], &[5.0, 0.0], &[5.0, 0.0]]).map(|(i, _)| i), Some(1));
        assert_eq!(m.best(std::iter::empty::<&[f32; 2]>()), None);
    }
}

/// The feature index that marks a leaf in [`Forest::features`].
pub const LEAF: u8 = u8::MAX;

/// Gradient-boosted regression trees over the same features as a [`Linear`]
/// model would read: the score is the sum of one leaf value per tree.
///
/// The nodes of every tree, one tree after another, are stored as parallel
/// arrays indexed by node, each tree depth first with a split's left subtree
/// right after it: the left child needs no index and the right child is a
/// short step ahead. A node takes 6 bytes instead of 12 for a node struct with
/// two `u16` children, which matters in the web page's download (the three
/// forests hold about 4,500 nodes): about 8 KB less gzipped.
#[derive(Debug, Clone, Copy)]
pub struct Forest {
    /// Feature names separated by spaces, for checking the trees match the code.
    pub names: &'static str,
    /// Added to every score.
    pub base: f32,
    /// Per node: the feature a split reads, or [`LEAF`].
    pub features: &'static [u8],
    /// Per node: a split's threshold, or a leaf's contribution to the score.
    pub values: &'static [f32],
    /// Per node: how many nodes ahead a split's right child is, where the walk
    /// goes when the feature is above the threshold (0 for leaves). The left
    /// child is always the next node.
    pub right: &'static [u8],
    /// The root node of each tree.
    pub roots: &'static [u16],
}

impl Forest {
    /// The forest's score for one candidate. Malformed trees (an index out of
    /// range, a split with no step ahead) end that tree's walk; they cannot
    /// panic or loop.
    pub fn score(&self, features: &[f32]) -> f32 {
        // The three node arrays cut to one length, so a node's index is checked once.
        let nodes = self.features.len().min(self.values.len()).min(self.right.len());
        let (kinds, values, right) = (&self.features[..nodes], &self.values[..nodes], &self.right[..nodes]);
        let mut s = self.base;
        for &root in self.roots {
            let mut at = usize::from(root);
            // Every step goes forward, so the walk ends within the node count.
            while at < nodes {
                let (feature, value, step) = (kinds[at], values[at], right[at]);
                if feature == LEAF {
                    s += value;
                    break;
                }
                let x = features.get(usize::from(feature)).copied().unwrap_or(0.0);
                if x <= value {
                    at += 1;
                } else if step == 0 {
                    break;
                } else {
                    at += usize::from(step);
                }
            }
        }
        s
    }
}

/// A learned scorer: linear or trees.
#[derive(Debug, Clone, Copy)]
pub enum Model {
    Linear(&'static Linear),
    Forest(&'static Forest),
}

impl Model {
    /// The score of one candidate.
    pub fn score(&self, features: &[f32]) -> f32 {
        match self {
            Model::Linear(m) => m.score(features),
            Model::Forest(f) => f.score(features),
        }
    }

    /// The feature names the model was trained on.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        match self {
            Model::Linear(m) => m.names,
            Model::Forest(f) => f.names,
        }
        .split_ascii_whitespace()
    }

    /// The index of the best-scoring candidate, the first on ties.
    pub fn best<'a, const N: usize>(&self, candidates: impl IntoIterator<Item = &'a [f32; N]>) -> Option<(usize, f32)> {
        let mut best: Option<(usize, f32)> = None;
        for (i, f) in candidates.into_iter().enumerate() {
            let s = self.score(f);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        best
    }
}

#[cfg(test)]
mod forest_tests {
    use super::*;

    #[test]
    fn walks_each_tree_to_a_leaf() {
        // Tree 0: node 0 splits feature 0 at 0.5 into leaves 1 and 2; tree 1:
        // node 3 splits feature 1 at 3.0 into leaves 4 and 5.
        let f = Forest {
            names: "a b",
            base: 0.5,
            features: &[0, LEAF, LEAF, 1, LEAF, LEAF],
            values: &[0.5, -1.0, 2.0, 3.0, 0.25, 0.0],
            right: &[2, 0, 0, 2, 0, 0],
            roots: &[0, 3],
        };
        assert_eq!(f.score(&[0.0, 0.0]), 0.5 - 1.0 + 0.25);
        assert_eq!(f.score(&[1.0, 9.0]), 0.5 + 2.0 + 0.0);
        // A malformed forest ends its walk instead of panicking: a child out
        // of range, a root out of range, arrays of different lengths.
        let bad = Forest { names: "a", base: 0.0, features: &[0], values: &[0.5], right: &[7], roots: &[0, 9] };
        assert_eq!(bad.score(&[0.0]), 0.0);
        assert_eq!(bad.score(&[1.0]), 0.0);
        let short = Forest { names: "a", base: 0.0, features: &[0, LEAF], values: &[0.5], right: &[], roots: &[0] };
        assert_eq!(short.score(&[0.0]), 0.0);
        assert_eq!(short.score(&[1.0]), 0.0);
        // A split whose right step is 0 would go nowhere: the walk ends there.
        let stuck = Forest { names: "a", base: 0.0, features: &[0, LEAF], values: &[0.5, 1.0], right: &[0, 0], roots: &[0] };
        assert_eq!(stuck.score(&[0.0]), 1.0);
        assert_eq!(stuck.score(&[1.0]), 0.0);
    }
}
