//! Small learned scorers: linear models over hand-made features, trained on the
//! evaluation corpus by `cargo run --release --example train` (see that file)
//! and stored as plain numbers in [`crate::weights`].
//!
//! A model ranks the candidates of one decision on one page (which line is the
//! headline, which date is the publication date): the candidate with the highest
//! score wins. Features are standardised with the means and spreads seen in
//! training, so the weights are comparable.

/// A linear model. Its lists hold one number a feature, in the order of the
/// feature names of the code that computes the features; a test checks that the
/// stored names still match the code's, so stale weights cannot pass unnoticed.
#[derive(Debug, Clone, Copy)]
pub struct Linear {
    /// Feature names, for reports and for checking the weights match the code.
    pub names: &'static [&'static str],
    /// Training means, subtracted from each feature.
    pub mean: &'static [f32],
    /// Training spreads (standard deviations), dividing each feature.
    pub scale: &'static [f32],
    /// Weights on the standardised features.
    pub weights: &'static [f32],
    /// Added to every score; matters only where a threshold is applied.
    pub bias: f32,
}

impl Linear {
    /// The model's score for one candidate.
    pub fn score(&self, features: &[f32]) -> f32 {
        let mut s = self.bias;
        for (i, x) in features.iter().enumerate() {
            let (Some(w), Some(m), Some(sc)) = (self.weights.get(i), self.mean.get(i), self.scale.get(i)) else { break };
            let sc = if *sc > 0.0 { *sc } else { 1.0 };
            s += w * (x - m) / sc;
        }
        s
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
        let m = Linear { names: &["a", "b"], mean: &[1.0, 0.0], scale: &[2.0, 0.0], weights: &[1.0, -1.0], bias: 0.5 };
        assert_eq!(m.score(&[3.0, 1.0]), 0.5 + 1.0 - 1.0);
        assert_eq!(m.best([&[0.0, 0.0], &[5.0, 0.0], &[5.0, 0.0]]).map(|(i, _)| i), Some(1));
        assert_eq!(m.best(std::iter::empty::<&[f32; 2]>()), None);
    }
}

/// A node of a regression tree. A leaf has `feature == LEAF`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Node {
    /// Index of the feature tested, or [`LEAF`].
    pub feature: u16,
    /// Go left when the feature is at most this.
    pub threshold: f32,
    /// Children, as indices into the forest's nodes.
    pub left: u32,
    pub right: u32,
    /// A leaf's contribution to the score.
    pub value: f32,
}

/// Marks a leaf node.
pub const LEAF: u16 = u16::MAX;

/// Builds a node; short, for the generated weights file.
pub const fn node(feature: u16, threshold: f32, left: u32, right: u32, value: f32) -> Node {
    Node { feature, threshold, left, right, value }
}

/// Builds a leaf; short, for the generated weights file.
pub const fn leaf(value: f32) -> Node {
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value }
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
    pub roots: &'static [u32],
}

impl Forest {
    /// The forest's score for one candidate. Malformed trees (an index out of
    /// range) end that tree's walk; they cannot panic.
    pub fn score(&self, features: &[f32]) -> f32 {
        let mut s = self.base;
        for &root in self.roots {
            let mut at = root as usize;
            // A tree is never deeper than its node count; the bound keeps a
            // malformed cycle from looping.
            for _ in 0..self.nodes.len() {
                let Some(n) = self.nodes.get(at) else { break };
                if n.feature == LEAF {
                    s += n.value;
                    break;
                }
                let x = features.get(usize::from(n.feature)).copied().unwrap_or(0.0);
                at = if x <= n.threshold { n.left } else { n.right } as usize;
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
        static NODES: [Node; 5] = [
            node(0, 0.5, 1, 2, 0.0),
            node(LEAF, 0.0, 0, 0, -1.0),
            node(LEAF, 0.0, 0, 0, 2.0),
            node(1, 3.0, 4, 4, 0.0),
            node(LEAF, 0.0, 0, 0, 0.25),
        ];
        let f = Forest { names: &["a", "b"], base: 0.5, nodes: &NODES, roots: &[0, 3] };
        assert_eq!(f.score(&[0.0, 0.0]), 0.5 - 1.0 + 0.25);
        assert_eq!(f.score(&[1.0, 9.0]), 0.5 + 2.0 + 0.25);
        // A malformed forest ends its walk instead of panicking.
        static BAD: [Node; 1] = [node(0, 0.5, 7, 0, 0.0)];
        assert_eq!(Forest { names: &["a"], base: 0.0, nodes: &BAD, roots: &[0, 9] }.score(&[0.0]), 0.0);
    }
}
