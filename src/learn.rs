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
    /// Feature names, for reports and for checking the weights match the code.
    pub names: &'static [&'static str],
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
        let m = Linear { names: &["a", "b"], weights: &[0.5, -1.0], bias: 0.5 };
        assert_eq!(m.score(&[3.0, 1.0]), 0.5 + 1.5 - 1.0);
        assert_eq!(m.best([&[0.0, 0.0], &[5.0, 0.0], &[5.0, 0.0]]).map(|(i, _)| i), Some(1));
        assert_eq!(m.best(std::iter::empty::<&[f32; 2]>()), None);
    }
}

/// A node of a regression tree. Children are indices into the forest's nodes;
/// `u16` keeps a node at 12 bytes (a forest holds at most 65,536 nodes, and the
/// generated weights file would not compile with a larger index), which
/// matters in the web page's download: the three forests hold 4,500 nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    /// Go to `left` when the feature is at most `threshold`, else to `right`.
    Split { feature: u16, threshold: f32, left: u16, right: u16 },
    /// The tree's contribution to the score.
    Leaf(f32),
}

/// Builds a split node; short, for the generated weights file.
pub const fn node(feature: u16, threshold: f32, left: u16, right: u16) -> Node {
    Node::Split { feature, threshold, left, right }
}

/// Builds a leaf; short, for the generated weights file.
pub const fn leaf(value: f32) -> Node {
    Node::Leaf(value)
}

/// Gradient-boosted regression trees over the same features as a [`Linear`]
/// model would read: the score is the sum of one leaf value per tree.
#[derive(Debug, Clone, Copy)]
pub struct Forest {
    /// Feature names, for checking the trees match the code.
    pub names: &'static [&'static str],
    /// Added to every score.
    pub base: f32,
    /// Every tree's nodes, one after another.
    pub nodes: &'static [Node],
    /// The root node of each tree.
    pub roots: &'static [u16],
}

impl Forest {
    /// The forest's score for one candidate. Malformed trees (an index out of
    /// range) end that tree's walk; they cannot panic.
    pub fn score(&self, features: &[f32]) -> f32 {
        let mut s = self.base;
        for &root in self.roots {
            let mut at = usize::from(root);
            // A tree is never deeper than its node count; the bound keeps a
            // malformed cycle from looping.
            for _ in 0..self.nodes.len() {
                match self.nodes.get(at) {
                    Some(&Node::Split { feature, threshold, left, right }) => {
                        let x = features.get(usize::from(feature)).copied().unwrap_or(0.0);
                        at = usize::from(if x <= threshold { left } else { right });
                    }
                    Some(&Node::Leaf(value)) => {
                        s += value;
                        break;
                    }
                    None => break,
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
    pub fn names(&self) -> &'static [&'static str] {
        match self {
            Model::Linear(m) => m.names,
            Model::Forest(f) => f.names,
        }
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
        static NODES: [Node; 5] = [node(0, 0.5, 1, 2), leaf(-1.0), leaf(2.0), node(1, 3.0, 4, 4), leaf(0.25)];
        let f = Forest { names: &["a", "b"], base: 0.5, nodes: &NODES, roots: &[0, 3] };
        assert_eq!(f.score(&[0.0, 0.0]), 0.5 - 1.0 + 0.25);
        assert_eq!(f.score(&[1.0, 9.0]), 0.5 + 2.0 + 0.25);
        // A malformed forest ends its walk instead of panicking.
        static BAD: [Node; 1] = [node(0, 0.5, 7, 0)];
        assert_eq!(Forest { names: &["a"], base: 0.0, nodes: &BAD, roots: &[0, 9] }.score(&[0.0]), 0.0);
    }
}
