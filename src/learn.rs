//! Small learned scorers: linear models over hand-made features, trained on the
//! evaluation corpus by `cargo run --release --example train` (see that file)
//! and stored as plain numbers in [`crate::weights`].
//!
//! A model ranks the candidates of one decision on one page (which line is the
//! headline, which date is the publication date): the candidate with the highest
//! score wins. Features are standardised with the means and spreads seen in
//! training, so the weights are comparable.

/// A linear model over `N` features.
#[derive(Debug, Clone, Copy)]
pub struct Linear<const N: usize> {
    /// Feature names, for reports and for checking the weights match the code.
    pub names: [&'static str; N],
    /// Training means, subtracted from each feature.
    pub mean: [f32; N],
    /// Training spreads (standard deviations), dividing each feature.
    pub scale: [f32; N],
    /// Weights on the standardised features.
    pub weights: [f32; N],
    /// Added to every score; matters only where a threshold is applied.
    pub bias: f32,
}

impl<const N: usize> Linear<N> {
    /// The model's score for one candidate.
    pub fn score(&self, features: &[f32; N]) -> f32 {
        let mut s = self.bias;
        for i in 0..N {
            let scale = if self.scale[i] > 0.0 { self.scale[i] } else { 1.0 };
            s += self.weights[i] * (features[i] - self.mean[i]) / scale;
        }
        s
    }

    /// The index of the best-scoring candidate, the first on ties.
    pub fn best<'a>(&self, candidates: impl IntoIterator<Item = &'a [f32; N]>) -> Option<(usize, f32)> {
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
        let m = Linear::<2> { names: ["a", "b"], mean: [1.0, 0.0], scale: [2.0, 0.0], weights: [1.0, -1.0], bias: 0.5 };
        assert_eq!(m.score(&[3.0, 1.0]), 0.5 + 1.0 - 1.0);
        assert_eq!(m.best([&[0.0, 0.0], &[5.0, 0.0], &[5.0, 0.0]]).map(|(i, _)| i), Some(1));
        assert_eq!(m.best(std::iter::empty::<&[f32; 2]>()), None);
    }
}
