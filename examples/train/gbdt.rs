//! Gradient-boosted regression trees (Newton boosting on histogram splits),
//! for a binary objective (is this line body?) or a listwise one (which of a
//! page's candidates is right?). Deterministic: no sampling.

/// What the trees learn.
pub enum Objective<'a> {
    /// Logistic loss against 0/1 labels, one a row.
    Binary(&'a [bool]),
    /// Softmax over each group of rows; `gold` marks the right rows.
    Listwise { groups: &'a [std::ops::Range<usize>], gold: &'a [bool] },
}

/// Training settings.
#[derive(Clone, Copy)]
pub struct Params {
    pub rounds: usize,
    pub depth: usize,
    pub learning_rate: f32,
    /// L2 penalty on leaf values.
    pub lambda: f32,
    /// Least hessian mass a child may hold.
    pub min_hessian: f32,
}

/// A trained forest: nodes as (feature, threshold, left, right, value), with
/// `feature == u16::MAX` for leaves.
pub struct Trees {
    pub base: f32,
    pub nodes: Vec<(u16, f32, u32, u32, f32)>,
    pub roots: Vec<u32>,
}

/// A forest in the parser's layout (see [`kliping::learn::Forest`]): complete
/// trees of one depth, splits breadth-first, then leaves.
#[derive(Default)]
pub struct Complete {
    pub depth: u8,
    pub features: Vec<u8>,
    pub thresholds: Vec<f32>,
    pub leaves: Vec<f32>,
}

impl Trees {
    pub fn score(&self, x: &[f32]) -> f32 {
        let mut s = self.base;
        for &r in &self.roots {
            let mut at = r as usize;
            loop {
                let (f, t, l, rr, v) = self.nodes[at];
                if f == u16::MAX {
                    s += v;
                    break;
                }
                at = if x[f as usize] <= t { l } else { rr } as usize;
            }
        }
        s
    }

    /// The trees as the parser stores them: each made complete at the depth
    /// of the deepest, a leaf above that depth standing for a split (on
    /// feature 0) whose two children are that leaf again.
    pub fn complete(&self) -> Complete {
        let depth_of = |root: u32| {
            let mut stack = vec![(root, 0u8)];
            let mut deepest = 0;
            while let Some((at, d)) = stack.pop() {
                let (f, _, l, r, _) = self.nodes[at as usize];
                if f == u16::MAX {
                    deepest = deepest.max(d);
                } else {
                    stack.extend([(l, d + 1), (r, d + 1)]);
                }
            }
            deepest
        };
        let depth = self.roots.iter().map(|&r| depth_of(r)).max().unwrap_or(0);
        let splits = (1usize << depth) - 1;
        let mut c = Complete { depth, ..Complete::default() };
        for &root in &self.roots {
            let (mut features, mut thresholds, mut leaves) = (vec![0u8; splits], vec![0f32; splits], vec![0f32; splits + 1]);
            // (node, heap index) pairs; a heap index past the splits is a leaf.
            let mut stack = vec![(root, 0usize)];
            while let Some((at, k)) = stack.pop() {
                let (f, t, l, r, v) = self.nodes[at as usize];
                if k >= splits {
                    leaves[k - splits] = v;
                } else if f == u16::MAX {
                    stack.extend([(at, 2 * k + 1), (at, 2 * k + 2)]);
                } else {
                    features[k] = u8::try_from(f).expect("fewer than 256 features");
                    thresholds[k] = t;
                    stack.extend([(l, 2 * k + 1), (r, 2 * k + 2)]);
                }
            }
            c.features.extend(features);
            c.thresholds.extend(thresholds);
            c.leaves.extend(leaves);
        }
        c
    }
}

const BINS: usize = 32;

pub fn train(rows: &[Vec<f32>], objective: &Objective<'_>, p: Params) -> Trees {
    let n = rows.len();
    let dims = rows.first().map_or(0, Vec::len);
    // Candidate split thresholds per feature: up to BINS quantiles.
    let thresholds: Vec<Vec<f32>> = (0..dims)
        .map(|d| {
            let mut v: Vec<f32> = rows.iter().map(|r| r[d]).collect();
            v.sort_by(f32::total_cmp);
            v.dedup();
            if v.len() <= BINS {
                v.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect()
            } else {
                let mut t: Vec<f32> = (1..BINS).map(|k| v[k * v.len() / BINS]).collect();
                t.dedup();
                t
            }
        })
        .collect();
    // Bin of each value: the number of thresholds below it.
    let bins: Vec<Vec<u8>> = rows
        .iter()
        .map(|r| (0..dims).map(|d| thresholds[d].partition_point(|&t| t < r[d]) as u8).collect())
        .collect();
    let base = match objective {
        Objective::Binary(y) => {
            let pos = y.iter().filter(|&&b| b).count() as f32;
            let rate = (pos / n.max(1) as f32).clamp(1e-4, 1.0 - 1e-4);
            (rate / (1.0 - rate)).ln()
        }
        Objective::Listwise { .. } => 0.0,
    };
    let mut f = vec![base; n];
    let mut trees = Trees { base, nodes: Vec::new(), roots: Vec::new() };
    let (mut g, mut h) = (vec![0f32; n], vec![0f32; n]);
    for _ in 0..p.rounds {
        gradients(objective, &f, &mut g, &mut h);
        let root = grow(&mut trees.nodes, &(0..n).collect::<Vec<_>>(), &bins, &thresholds, &g, &h, p, 0);
        trees.roots.push(root);
        for (i, fi) in f.iter_mut().enumerate() {
            *fi += leaf_value(&trees.nodes, root, &rows[i]);
        }
    }
    trees
}

fn leaf_value(nodes: &[(u16, f32, u32, u32, f32)], root: u32, x: &[f32]) -> f32 {
    let mut at = root as usize;
    loop {
        let (f, t, l, r, v) = nodes[at];
        if f == u16::MAX {
            return v;
        }
        at = if x[f as usize] <= t { l } else { r } as usize;
    }
}

fn gradients(objective: &Objective<'_>, f: &[f32], g: &mut [f32], h: &mut [f32]) {
    match objective {
        Objective::Binary(y) => {
            for i in 0..f.len() {
                let p = 1.0 / (1.0 + (-f[i]).exp());
                g[i] = p - if y[i] { 1.0 } else { 0.0 };
                h[i] = (p * (1.0 - p)).max(1e-6);
            }
        }
        Objective::Listwise { groups, gold } => {
            for r in groups.iter() {
                let max = f[r.clone()].iter().copied().fold(f32::MIN, f32::max);
                let e: Vec<f32> = f[r.clone()].iter().map(|x| (x - max).exp()).collect();
                let z: f32 = e.iter().sum();
                let zg: f32 = e.iter().zip(&gold[r.clone()]).filter(|&(_, &ok)| ok).map(|(x, _)| x).sum();
                for (k, i) in r.clone().enumerate() {
                    let p = e[k] / z;
                    let q = if gold[i] && zg > 0.0 { e[k] / zg } else { 0.0 };
                    g[i] = p - q;
                    h[i] = (p * (1.0 - p)).max(1e-6);
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn grow(
    nodes: &mut Vec<(u16, f32, u32, u32, f32)>,
    idx: &[usize],
    bins: &[Vec<u8>],
    thresholds: &[Vec<f32>],
    g: &[f32],
    h: &[f32],
    p: Params,
    depth: usize,
) -> u32 {
    let (gs, hs): (f32, f32) = idx.iter().fold((0.0, 0.0), |(a, b), &i| (a + g[i], b + h[i]));
    let me = nodes.len() as u32;
    nodes.push((u16::MAX, 0.0, 0, 0, -gs / (hs + p.lambda) * p.learning_rate));
    if depth >= p.depth || idx.len() < 2 {
        return me;
    }
    let dims = thresholds.len();
    let parent = gs * gs / (hs + p.lambda);
    let mut best: Option<(f32, usize, usize)> = None;
    for d in 0..dims {
        let nb = thresholds[d].len() + 1;
        if nb < 2 {
            continue;
        }
        let mut hg = vec![0f32; nb];
        let mut hh = vec![0f32; nb];
        for &i in idx {
            let b = bins[i][d] as usize;
            hg[b] += g[i];
            hh[b] += h[i];
        }
        let (mut gl, mut hl) = (0f32, 0f32);
        for b in 0..nb - 1 {
            gl += hg[b];
            hl += hh[b];
            let (gr, hr) = (gs - gl, hs - hl);
            if hl < p.min_hessian || hr < p.min_hessian {
                continue;
            }
            let gain = gl * gl / (hl + p.lambda) + gr * gr / (hr + p.lambda) - parent;
            if gain > 1e-6 && best.is_none_or(|(bg, _, _)| gain > bg) {
                best = Some((gain, d, b));
            }
        }
    }
    let Some((_, d, b)) = best else { return me };
    let (left, right): (Vec<usize>, Vec<usize>) = idx.iter().partition(|&&i| (bins[i][d] as usize) <= b);
    let l = grow(nodes, &left, bins, thresholds, g, h, p, depth + 1);
    let r = grow(nodes, &right, bins, thresholds, g, h, p, depth + 1);
    nodes[me as usize] = (d as u16, thresholds[d][b], l, r, 0.0);
    me
}
