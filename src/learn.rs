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

/// The deepest tree a [`Forest`] walks; deeper ones are cut there.
const MAX_DEPTH: u8 = 8;

/// Gradient-boosted regression trees over the same features as a [`Linear`]
/// model would read: the score is the sum of one leaf value per tree.
///
/// Every tree is complete, of the same depth: a tree of depth `d` has
/// `2^d - 1` splits, stored in breadth-first order (the children of split `k`
/// are `2k + 1` and `2k + 2`), and `2^d` leaves, left to right. A shallower
/// branch is padded with splits whose two children are the same leaf. The
/// walk is then the same `d` steps for every tree, with no test for a leaf and
/// nothing to branch on but the loop: half the time of walking the trees'
/// nodes by child links (measured over the dev pages), which matters: the headline ranker scores
/// dozens of lines on every page. It is also smaller: 67 bytes a tree of
/// depth 3 against up to 90 with links, in the web page's download too.
#[derive(Debug, Clone, Copy)]
pub struct Forest {
    /// Feature names separated by spaces, for checking the trees match the code.
    pub names: &'static str,
    /// Added to every score.
    pub base: f32,
    /// The depth of every tree (at most 8).
    pub depth: u8,
    /// Per split, tree after tree: the feature it reads.
    pub features: &'static [u8],
    /// Per split: the threshold; the walk goes right when the feature is above it.
    pub thresholds: &'static [f32],
    /// Per leaf, tree after tree: its contribution to the score.
    pub leaves: &'static [f32],
}

impl Forest {
    /// The forest's score for one candidate. A malformed forest (arrays of
    /// different lengths, a feature out of range) scores what it can; it
    /// cannot panic.
    pub fn score(&self, features: &[f32]) -> f32 {
        if self.depth == 3 { self.walk_depth_3(features) } else { self.walk(features) }
    }

    /// [`Forest::score`] for trees of any depth.
    fn walk(&self, features: &[f32]) -> f32 {
        let depth = self.depth.min(MAX_DEPTH);
        let splits = (1usize << depth) - 1;
        let mut s = self.base;
        if splits == 0 {
            // Depth 0: each tree is one leaf.
            for &leaf in self.leaves {
                s += leaf;
            }
            return s;
        }
        let trees = self.features.chunks_exact(splits).zip(self.thresholds.chunks_exact(splits)).zip(self.leaves.chunks_exact(splits + 1));
        for ((kinds, thresholds), leaves) in trees {
            let mut k = 0;
            for _ in 0..depth {
                let x = kinds.get(k).and_then(|&f| features.get(usize::from(f))).copied().unwrap_or(0.0);
                let t = thresholds.get(k).copied().unwrap_or(0.0);
                k = 2 * k + 1 + usize::from(goes_right(x, t));
            }
            s += leaves.get(k - splits).copied().unwrap_or(0.0);
        }
        s
    }

    /// [`Forest::walk`] for trees of depth 3 (the rankers' depth), unrolled
    /// over fixed-size arrays: a third fewer instructions.
    fn walk_depth_3(&self, features: &[f32]) -> f32 {
        let x = |f: u8| features.get(usize::from(f)).copied().unwrap_or(0.0);
        // `k % 7` is `k` (a split's index is below 7) and lets the compiler drop the bounds checks.
        let step = |k: usize, kinds: &[u8; 7], thresholds: &[f32; 7]| 2 * k + 1 + usize::from(goes_right(x(kinds[k % 7]), thresholds[k % 7]));
        let mut s = self.base;
        let trees = self.features.chunks_exact(7).zip(self.thresholds.chunks_exact(7)).zip(self.leaves.chunks_exact(8));
        for ((kinds, thresholds), leaves) in trees {
            let (Ok(kinds), Ok(thresholds), Ok(leaves)) = (<&[u8; 7]>::try_from(kinds), <&[f32; 7]>::try_from(thresholds), <&[f32; 8]>::try_from(leaves)) else {
                continue;
            };
            // After three steps `k` is 7 to 14: leaf `k - 7`.
            let k = step(step(step(0, kinds, thresholds), kinds, thresholds), kinds, thresholds);
            s += leaves[(k - 7) % 8];
        }
        s
    }
}

/// Whether a walk goes right: when the feature is not at or below the
/// threshold (so NaN goes right). One comparison, no branch.
#[allow(clippy::neg_cmp_op_on_partial_ord)]
fn goes_right(x: f32, threshold: f32) -> bool {
    !(x <= threshold)
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
        // Tree 0 splits feature 0 at 0.5, then feature 1 at 3.0 on both sides;
        // tree 1 splits feature 1 at 3.0, its left child is a leaf padded
        // as a split (feature 0) over two equal leaves.
        let f = Forest {
            names: "a b",
            base: 0.5,
            depth: 2,
            features: &[0, 1, 1, 1, 0, 0],
            thresholds: &[0.5, 3.0, 3.0, 3.0, 0.0, 9.0],
            leaves: &[-1.0, -2.0, 2.0, 4.0, 0.25, 0.25, 0.0, 8.0],
        };
        assert_eq!(f.score(&[0.0, 0.0]), 0.5 - 1.0 + 0.25);
        assert_eq!(f.score(&[1.0, 9.0]), 0.5 + 4.0 + 0.0);
        assert_eq!(f.score(&[10.0, 9.0]), 0.5 + 4.0 + 8.0);
        assert_eq!(f.score(&[1.0, 1.0]), 0.5 + 2.0 + 0.25);
        // A feature past the candidate's reads as 0; NaN goes right.
        assert_eq!(f.score(&[1.0]), 0.5 + 2.0 + 0.25);
        assert_eq!(f.score(&[f32::NAN, 0.0]), 0.5 + 2.0 + 0.25);
    }

    #[test]
    fn the_unrolled_walk_scores_as_the_general_one() {
        // The rankers' own trees, on feature values from a fixed sequence
        // (with NaN, negatives and missing features).
        let mut seed = 0x2545_f491_u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        for model in [&crate::weights::TITLE, &crate::weights::DATE, &crate::weights::AUTHOR] {
            let Model::Forest(f) = model else { continue };
            assert_eq!(f.depth, 3);
            for round in 0..500 {
                let len = if round % 50 == 0 { 5 } else { 64 };
                let features: Vec<f32> = (0..len)
                    .map(|_| match next() % 10 {
                        0 => f32::NAN,
                        1 => 0.0,
                        2 => 1.0,
                        r => (next() % 2000) as f32 / 100.0 - 10.0 + r as f32,
                    })
                    .collect();
                assert_eq!(f.walk_depth_3(&features).to_bits(), f.walk(&features).to_bits(), "{features:?}");
            }
        }
    }

    #[test]
    fn a_malformed_forest_scores_without_panicking() {
        // Leaves missing, features out of range, depth over the limit, depth 0.
        let short = Forest { names: "a", base: 1.0, depth: 1, features: &[0, 9], thresholds: &[0.5], leaves: &[1.0, 2.0, 3.0] };
        assert_eq!(short.score(&[0.0]), 2.0);
        let deep = Forest { names: "a", base: 0.0, depth: 40, features: &[0; 3], thresholds: &[0.0; 3], leaves: &[1.0; 4] };
        assert_eq!(deep.score(&[0.0]), 0.0);
        let flat = Forest { names: "a", base: 0.0, depth: 0, features: &[], thresholds: &[], leaves: &[1.0, 2.0] };
        assert_eq!(flat.score(&[0.0]), 3.0);
    }
}
