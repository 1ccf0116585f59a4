//! Trains Kliping's learned scorers on `../shared/eval-dev` and writes `src/weights.rs`.
//!
//! ```text
//! cargo run --release --example train -- [--shared ../shared] [--folds 5] [--write]
//! ```
//!
//! Four decisions are learned: which lines are body (a binary classifier over
//! lines), and which candidate is the headline, the publication date and the
//! byline (rankers: a softmax over each page's candidates). For each, two kinds
//! of model are tried: a linear model fitted by full-batch Adam with L2
//! regularisation, and gradient-boosted trees ([`gbdt`]). A k-fold
//! cross-validation (folds by case order) measures both on pages they were not
//! trained on; the better one is fitted on every page and written out.
//! Everything is deterministic: no random numbers, no sampling.

mod gbdt;

use kliping::classify::{Page, author, body, date, title};
use kliping::dates::{self, Date};
use kliping::learn::{self, Linear, Model};
use kliping::{Options, normalize, segment, weights};
use regex::Regex;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One page's candidates for one decision: features, and which are right.
struct Group {
    features: Vec<Vec<f32>>,
    gold: Vec<bool>,
    /// Candidate 0 stands for "none": picking it is right but finds nothing.
    has_none: bool,
}

impl Group {
    /// Whether picking `i` finds something right.
    fn hit(&self, i: usize) -> bool {
        self.gold[i] && !(self.has_none && i == 0)
    }
}

struct Case {
    id: String,
    raw: String,
    gold: Value,
}

/// The kinds of model tried.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Linear,
    Trees,
}

/// A fitted model, either kind.
enum Learned {
    Linear { mean: Vec<f32>, scale: Vec<f32>, weights: Vec<f32>, bias: f32 },
    Trees(gbdt::Trees),
}

impl Learned {
    fn score(&self, x: &[f32]) -> f32 {
        match self {
            Learned::Linear { mean, scale, weights, bias } => {
                bias + x.iter().enumerate().map(|(i, v)| weights[i] * (v - mean[i]) / scale[i]).sum::<f32>()
            }
            Learned::Trees(t) => t.score(x),
        }
    }

    /// A linear model's weights and bias on the raw features: the
    /// standardisation folded in.
    fn folded(&self) -> (Vec<f32>, f32) {
        match self {
            Learned::Linear { mean, scale, weights, bias } => {
                let w: Vec<f32> = weights.iter().zip(scale).map(|(w, s)| w / s).collect();
                let b = bias - w.iter().zip(mean).map(|(w, m)| w * m).sum::<f32>();
                (w, b)
            }
            Learned::Trees(_) => (Vec::new(), 0.0),
        }
    }

    /// The model as the parser holds it, for trying it in the pipeline. Leaks
    /// its numbers: the parser's model types hold static lists.
    fn to_model(&self, names: &[&str]) -> Model {
        let names: &'static str = Box::leak(names.join(" ").into_boxed_str());
        fn leak<T: Clone>(v: &[T]) -> &'static [T] {
            Box::leak(v.to_vec().into_boxed_slice())
        }
        match self {
            Learned::Linear { .. } => {
                let (weights, bias) = self.folded();
                Model::Linear(Box::leak(Box::new(Linear { names, weights: leak(&weights), bias })))
            }
            Learned::Trees(t) => {
                let f = t.complete();
                Model::Forest(Box::leak(Box::new(learn::Forest {
                    names,
                    base: t.base,
                    depth: f.depth,
                    features: leak(&f.features),
                    thresholds: leak(&f.thresholds),
                    leaves: leak(&f.leaves),
                })))
            }
        }
    }

    /// Writes the model as Rust statics named `NAME` (the [`Model`]) and `NAME_LINEAR` / `NAME_TREES`.
    fn write(&self, out: &mut String, name: &str, doc: &str, names: &[&str]) {
        let floats = |xs: &[f32]| xs.iter().map(|x| format!("{x:.6}")).collect::<Vec<_>>().join(", ");
        let floats_each = |xs: &[f32]| xs.iter().map(|x| format!("{x:.6}")).collect::<Vec<_>>();
        let names = names.join(" ");
        match self {
            Learned::Linear { .. } => {
                let (weights, bias) = self.folded();
                let _ = write!(
                    out,
                    "\n/// {doc} (linear)\npub static {name}: Model = Model::Linear(&{name}_LINEAR);\n\nstatic {name}_LINEAR: Linear = Linear {{\n    names: \"{names}\",\n    weights: &[{}],\n    bias: {bias:.6},\n}};\n",
                    floats(&weights),
                );
            }
            Learned::Trees(t) => {
                let f = t.complete();
                let _ = write!(
                    out,
                    "\n/// {doc} ({} trees)\npub static {name}: Model = Model::Forest(&{name}_TREES);\n\nstatic {name}_TREES: Forest = Forest {{\n    names: \"{names}\",\n    base: {:.6},\n    depth: {},\n",
                    t.roots.len(),
                    t.base,
                    f.depth,
                );
                let arrays = [("features", f.features.iter().map(u8::to_string).collect::<Vec<_>>(), 16), ("thresholds", floats_each(&f.thresholds), 12), ("leaves", floats_each(&f.leaves), 12)];
                for (field, items, per_line) in arrays {
                    let _ = writeln!(out, "    {field}: &[");
                    for chunk in items.chunks(per_line) {
                        let _ = writeln!(out, "        {},", chunk.join(", "));
                    }
                    let _ = writeln!(out, "    ],");
                }
                out.push_str("};\n");
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let shared = PathBuf::from(arg("--shared").unwrap_or_else(|| "../shared".to_string()));
    let folds: usize = arg("--folds").and_then(|f| f.parse().ok()).unwrap_or(5);
    let write = args.iter().any(|a| a == "--write");
    let only = arg("--only");
    let cases = load_cases(&shared.join("eval-dev"));
    if cases.is_empty() {
        eprintln!("no cases under {}/eval-dev (pass --shared DIR)", shared.display());
        std::process::exit(2);
    }
    eprintln!("{} cases", cases.len());
    let wanted = |name: &str| only.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(name));

    let mut out = String::new();
    out.push_str("//! Learned models. GENERATED by `cargo run --release --example train -- --write`\n");
    out.push_str("//! from ../shared/eval-dev; do not edit by hand.\n\n#![allow(clippy::unreadable_literal, clippy::excessive_precision)]\n\nuse crate::learn::{Forest, Linear, Model};\n");
    // Each decision reads the ones before it (the headline is looked for above the
    // body, the date near the headline...), so each is trained on the pipeline
    // with the models just trained before it.
    let mut models = Models { body: weights::BODY, title: weights::TITLE, date: weights::DATE };
    if wanted("body") {
        let data: Vec<Option<BodyCase>> = cases.iter().map(body_case).collect();
        let model = fit_body(&cases, &data, folds);
        model.write(&mut out, "BODY", "Body line classifier over [`crate::classify::body`] features.", &body::FEATURE_NAMES);
        models.body = model.to_model(&body::FEATURE_NAMES);
    }
    if wanted("title") {
        let groups: Vec<Option<Group>> = cases.iter().map(|c| title_group(c, &models)).collect();
        let model = fit_ranker("TITLE", &groups, title::FEATURES, folds);
        model.write(&mut out, "TITLE", "Headline ranker over [`crate::classify::title`] candidates.", &title::FEATURE_NAMES);
        models.title = model.to_model(&title::FEATURE_NAMES);
    }
    if wanted("date") {
        let groups: Vec<Option<Group>> = cases.iter().map(|c| date_group(c, &models)).collect();
        let model = fit_ranker("DATE", &groups, date::FEATURES, folds);
        model.write(&mut out, "DATE", "Publication date ranker over [`crate::classify::date`] candidates.", &date::FEATURE_NAMES);
        models.date = model.to_model(&date::FEATURE_NAMES);
    }
    if wanted("author") {
        let groups: Vec<Option<Group>> = cases.iter().map(|c| author_group(c, &models)).collect();
        let model = fit_ranker("AUTHOR", &groups, author::FEATURES, folds);
        model.write(&mut out, "AUTHOR", "Byline ranker over [`crate::classify::author`] candidates.", &author::FEATURE_NAMES);
    }
    if write {
        if only.is_some() {
            eprintln!("--write needs every model: leave out --only");
            std::process::exit(2);
        }
        std::fs::write("src/weights.rs", out).expect("write src/weights.rs");
        eprintln!("wrote src/weights.rs");
    }
}

/// The models the later decisions are trained on top of.
struct Models {
    body: Model,
    title: Model,
    date: Model,
}

impl Models {
    /// The page as the parser sees it before the headline, with these models.
    fn page<'a>(&self, lines: &'a [kliping::segment::Line]) -> Page<'a> {
        let mut page = Page::new(lines);
        body::select_with(&mut page, &self.body);
        page
    }
}

/// Settings of the trees, per decision.
fn tree_params(binary: bool) -> gbdt::Params {
    let env = |k: &str, d: f32| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    gbdt::Params {
        rounds: env("KLIPING_ROUNDS", if binary { 150.0 } else { 120.0 }) as usize,
        depth: env("KLIPING_DEPTH", 3.0) as usize,
        learning_rate: env("KLIPING_LR", 0.1),
        lambda: env("KLIPING_LAMBDA", 1.0),
        min_hessian: env("KLIPING_MIN_HESSIAN", if binary { 5.0 } else { 1.0 }),
    }
}

fn fit_ranker_kind(kind: Kind, groups: &[&Group], dims: usize) -> Learned {
    let usable: Vec<&Group> = groups.iter().copied().filter(|g| g.gold.iter().any(|&x| x) && g.gold.len() > 1).collect();
    match kind {
        Kind::Linear => fit_conditional_logit(&usable, dims),
        Kind::Trees => {
            let mut rows = Vec::new();
            let mut gold = Vec::new();
            let mut ranges = Vec::new();
            for g in &usable {
                let start = rows.len();
                rows.extend(g.features.iter().cloned());
                gold.extend(g.gold.iter().copied());
                ranges.push(start..rows.len());
            }
            Learned::Trees(gbdt::train(&rows, &gbdt::Objective::Listwise { groups: &ranges, gold: &gold }, tree_params(false)))
        }
    }
}

fn argmax(model: &Learned, g: &Group) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, x) in g.features.iter().enumerate() {
        let s = model.score(x);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Cross-validates both kinds of ranker, reports them, and fits the better on every page.
fn fit_ranker(name: &str, groups: &[Option<Group>], dims: usize, folds: usize) -> Learned {
    let asked = groups.iter().flatten().count();
    let reachable = groups.iter().flatten().filter(|g| (0..g.gold.len()).any(|i| g.hit(i))).count();
    eprintln!("{name}: {asked} pages with gold, a right candidate on {reachable} (ceiling {:.3})", reachable as f64 / asked.max(1) as f64);
    let mut best = (Kind::Linear, -1.0);
    for kind in [Kind::Linear, Kind::Trees] {
        let mut right = 0usize;
        for k in 0..folds {
            let train: Vec<&Group> = groups.iter().enumerate().filter(|(i, _)| i % folds != k).filter_map(|(_, g)| g.as_ref()).collect();
            let model = fit_ranker_kind(kind, &train, dims);
            for g in groups.iter().enumerate().filter(|(i, _)| i % folds == k).filter_map(|(_, g)| g.as_ref()) {
                right += argmax(&model, g).is_some_and(|b| g.hit(b)) as usize;
            }
        }
        let rate = right as f64 / asked.max(1) as f64;
        eprintln!("{name}: {kind:?} cross-validated top-1 {rate:.3}");
        if rate > best.1 {
            best = (kind, rate);
        }
    }
    let all: Vec<&Group> = groups.iter().flatten().collect();
    let model = fit_ranker_kind(best.0, &all, dims);
    let train_right = all.iter().filter(|g| argmax(&model, g).is_some_and(|b| g.hit(b))).count();
    eprintln!("{name}: chose {:?}; top-1 on the training pages {:.3}", best.0, train_right as f64 / asked.max(1) as f64);
    model
}

/// Conditional-logit fit by full-batch Adam with L2 regularisation.
fn fit_conditional_logit(groups: &[&Group], dims: usize) -> Learned {
    let all: Vec<&Vec<f32>> = groups.iter().flat_map(|g| g.features.iter()).collect();
    let (mean, scale) = standardisation(&all, dims);
    let std: Vec<Vec<Vec<f32>>> = groups
        .iter()
        .map(|g| g.features.iter().map(|x| (0..dims).map(|d| (x[d] - mean[d]) / scale[d]).collect()).collect())
        .collect();
    let lambda = 0.02f32;
    let weights = adam(dims, 800, |w, grad| {
        for (d, g) in grad.iter_mut().enumerate() {
            *g = lambda * w[d];
        }
        for (g, xs) in groups.iter().zip(&std) {
            let scores: Vec<f32> = xs.iter().map(|x| x.iter().zip(w).map(|(a, b)| a * b).sum()).collect();
            let max = scores.iter().copied().fold(f32::MIN, f32::max);
            let exp: Vec<f32> = scores.iter().map(|s| (s - max).exp()).collect();
            let z: f32 = exp.iter().sum();
            let zg: f32 = exp.iter().zip(&g.gold).filter(|&(_, &ok)| ok).map(|(e, _)| e).sum();
            for (j, x) in xs.iter().enumerate() {
                let p = exp[j] / z;
                let q = if g.gold[j] { exp[j] / zg } else { 0.0 };
                for d in 0..dims {
                    grad[d] += (p - q) * x[d] / groups.len() as f32;
                }
            }
        }
    });
    Learned::Linear { mean, scale, weights, bias: 0.0 }
}

/// Means and standard deviations of each feature (1 where a feature is constant).
fn standardisation(rows: &[&Vec<f32>], dims: usize) -> (Vec<f32>, Vec<f32>) {
    let n = rows.len().max(1) as f32;
    let mean: Vec<f32> = (0..dims).map(|d| rows.iter().map(|x| x[d]).sum::<f32>() / n).collect();
    let scale = (0..dims)
        .map(|d| {
            let var = rows.iter().map(|x| (x[d] - mean[d]).powi(2)).sum::<f32>() / n;
            if var > 1e-12 { var.sqrt() } else { 1.0 }
        })
        .collect();
    (mean, scale)
}

/// Full-batch Adam from zero for `steps` steps; `gradient` fills the gradient at `w`.
fn adam(dims: usize, steps: i32, mut gradient: impl FnMut(&[f32], &mut [f32])) -> Vec<f32> {
    let (lr, b1, b2, eps) = (0.05f32, 0.9f32, 0.999f32, 1e-8f32);
    let mut w = vec![0f32; dims];
    let (mut m, mut v, mut grad) = (vec![0f32; dims], vec![0f32; dims], vec![0f32; dims]);
    for step in 1..=steps {
        gradient(&w, &mut grad);
        for d in 0..dims {
            m[d] = b1 * m[d] + (1.0 - b1) * grad[d];
            v[d] = b2 * v[d] + (1.0 - b2) * grad[d] * grad[d];
            let mh = m[d] / (1.0 - b1.powi(step));
            let vh = v[d] / (1.0 - b2.powi(step));
            w[d] -= lr * mh / (vh.sqrt() + eps);
        }
    }
    w
}

/// Binary fit of either kind over the labelled lines of some pages.
fn fit_body_kind(kind: Kind, cases: &[&BodyCase]) -> Learned {
    let rows: Vec<(Vec<f32>, bool)> = cases
        .iter()
        .flat_map(|c| c.features.iter().zip(&c.labels).filter_map(|(f, l)| l.map(|l| (f.to_vec(), l))))
        .collect();
    let dims = body::FEATURES;
    match kind {
        Kind::Trees => {
            let x: Vec<Vec<f32>> = rows.iter().map(|r| r.0.clone()).collect();
            let y: Vec<bool> = rows.iter().map(|r| r.1).collect();
            Learned::Trees(gbdt::train(&x, &gbdt::Objective::Binary(&y), tree_params(true)))
        }
        Kind::Linear => {
            let refs: Vec<&Vec<f32>> = rows.iter().map(|r| &r.0).collect();
            let (mean, scale) = standardisation(&refs, dims);
            let xs: Vec<Vec<f32>> = rows.iter().map(|r| (0..dims).map(|d| (r.0[d] - mean[d]) / scale[d]).collect()).collect();
            let n = rows.len().max(1) as f32;
            let lambda = 1e-3f32;
            // The last weight is the bias, unpenalised.
            let w = adam(dims + 1, 600, |w, grad| {
                for d in 0..dims {
                    grad[d] = lambda * w[d];
                }
                grad[dims] = 0.0;
                for (x, (_, y)) in xs.iter().zip(&rows) {
                    let z: f32 = x.iter().zip(w).map(|(a, b)| a * b).sum::<f32>() + w[dims];
                    let err = (1.0 / (1.0 + (-z).exp()) - if *y { 1.0 } else { 0.0 }) / n;
                    for d in 0..dims {
                        grad[d] += err * x[d];
                    }
                    grad[dims] += err;
                }
            });
            Learned::Linear { mean, scale, weights: w[..dims].to_vec(), bias: w[dims] }
        }
    }
}

/// How much better (body F1 plus snippet pass rate) trees must do than the
/// linear model to be chosen for the body, which is scored on every line.
const TREES_MARGIN: f64 = 0.01;

/// Cross-validates both kinds of body classifier with the scorer's metrics and
/// fits the better on every page.
fn fit_body(cases: &[Case], data: &[Option<BodyCase>], folds: usize) -> Learned {
    let mut best = (Kind::Linear, -1.0);
    for kind in [Kind::Linear, Kind::Trees] {
        let mut metrics = BodyMetrics::default();
        for k in 0..folds {
            let train: Vec<&BodyCase> = data.iter().enumerate().filter(|(i, _)| i % folds != k).filter_map(|(_, d)| d.as_ref()).collect();
            let model = fit_body_kind(kind, &train).to_model(&body::FEATURE_NAMES);
            for (i, case) in cases.iter().enumerate().filter(|(i, _)| i % folds == k) {
                if data[i].is_some() {
                    metrics.add(case, &body_with(case, &model));
                }
            }
        }
        let (f1, pass) = metrics.scores();
        eprintln!("BODY: {kind:?} cross-validated {}", metrics.report());
        // Trees cost a walk of every tree on every line: they must win clearly.
        let margin = if kind == Kind::Trees { TREES_MARGIN } else { 0.0 };
        if f1 + pass > best.1 + margin {
            best = (kind, f1 + pass);
        }
    }
    let all: Vec<&BodyCase> = data.iter().flatten().collect();
    let learned = fit_body_kind(best.0, &all);
    let model = learned.to_model(&body::FEATURE_NAMES);
    let mut train_metrics = BodyMetrics::default();
    for (i, case) in cases.iter().enumerate() {
        if data[i].is_some() {
            train_metrics.add(case, &body_with(case, &model));
        }
    }
    eprintln!("BODY: chose {:?}; on the training pages {}", best.0, train_metrics.report());
    learned
}

fn body_with(case: &Case, model: &Model) -> String {
    let Ok(text) = normalize::normalize(&case.raw, &Options::default()) else { return String::new() };
    let lines = segment::segment(&text.text);
    let mut page = Page::new(&lines);
    body::select_with(&mut page, model);
    page.body.iter().map(|&i| lines[i].text.as_str()).collect::<Vec<_>>().join("\n\n")
}

fn load_cases(dir: &Path) -> Vec<Case> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("gold.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|id| {
            let raw = std::fs::read_to_string(dir.join(&id).join("raw.txt")).unwrap_or_default();
            let gold = serde_json::from_str(&std::fs::read_to_string(dir.join(&id).join("gold.json")).unwrap_or_default())
                .unwrap_or(Value::Null);
            Case { id, raw, gold }
        })
        .collect()
}

fn title_group(case: &Case, models: &Models) -> Option<Group> {
    let gold = case.gold.get("title")?.as_str()?;
    let text = normalize::normalize(&case.raw, &Options::default()).ok()?;
    let lines = segment::segment(&text.text);
    let page = models.page(&lines);
    let cands = title::candidates(&page);
    let gold_variants = title_variants(gold);
    Some(Group {
        gold: cands.iter().map(|c| !title_variants(&lines[c.line].text).is_disjoint(&gold_variants)).collect(),
        features: cands.iter().map(|c| c.features.to_vec()).collect(),
        has_none: false,
    })
    .filter(|_| !case.id.is_empty())
}

/// The scorer's title normalisation (`score.py`), without NFKC: case-folded,
/// quotes and dashes unified, spaces collapsed; with and without a leading or
/// trailing " | Site" segment.
fn title_variants(s: &str) -> std::collections::HashSet<String> {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' | '`' | '´' => '\'',
            '–' | '—' | '−' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    let norm = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = std::collections::HashSet::new();
    let seps: Vec<(usize, usize)> = [" | ", " - ", " :: ", " · ", " • ", " » ", " / "]
        .iter()
        .flat_map(|sep| norm.match_indices(sep).map(move |(i, m)| (i, i + m.len())))
        .collect();
    if let Some(&(s, _)) = seps.iter().max_by_key(|x| x.0) {
        out.insert(norm[..s].to_string());
    }
    if let Some(&(_, e)) = seps.iter().min_by_key(|x| x.0) {
        out.insert(norm[e..].to_string());
    }
    out.insert(norm);
    out.into_iter()
        .map(|v| v.trim_matches(|c: char| " .:;\"'".contains(c)).to_string())
        .filter(|v| !v.is_empty())
        .collect()
}

/// One page's lines for the body classifier: features, and labels where known.
struct BodyCase {
    features: Vec<[f32; body::FEATURES]>,
    labels: Vec<Option<bool>>,
}

fn tokens(s: &str) -> Vec<String> {
    static WORD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| Regex::new(r"\w+").expect("regex"));
    WORD.find_iter(s).map(|m| m.as_str().to_lowercase()).collect()
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn body_case(case: &Case) -> Option<BodyCase> {
    let text = normalize::normalize(&case.raw, &Options::default()).ok()?;
    let lines = segment::segment(&text.text);
    let page = Page::new(&lines);
    let features = body::features(&page);
    let gold_body = case.gold.get("body").and_then(Value::as_str).filter(|b| !b.trim().is_empty());
    let with: Vec<String> = strings(&case.gold, "with");
    let without: Vec<String> = strings(&case.gold, "without");
    if gold_body.is_none() && with.is_empty() && without.is_empty() {
        return None;
    }
    let gold_joined = gold_body.map(|b| format!(" {} ", tokens(b).join(" ")));
    let gold_paras: std::collections::HashSet<String> =
        gold_body.map(|b| b.split('\n').map(|p| tokens(p).join(" ")).filter(|p| !p.is_empty()).collect()).unwrap_or_default();
    let labels = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            // Lines the rules keep out of the body teach the model nothing.
            if page.decided[i].is_some_and(|d| d.label != kliping::model::Label::Duplicate) {
                return None;
            }
            let toks = tokens(&l.text);
            if toks.is_empty() {
                return None;
            }
            if let Some(gold) = &gold_joined {
                let joined = toks.join(" ");
                let inside = gold.contains(&format!(" {joined} "));
                return Some(if toks.len() >= 6 { inside } else { gold_paras.contains(&joined) });
            }
            let line = ws(&l.text);
            if with.iter().any(|w| line.contains(w.as_str())) {
                Some(true)
            } else if without.iter().any(|w| line.contains(w.as_str())) {
                Some(false)
            } else {
                None
            }
        })
        .collect();
    Some(BodyCase { features, labels })
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).map(ws).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

/// The scorer's body and snippet metrics (`score.py`).
#[derive(Default)]
struct BodyMetrics {
    precisions: Vec<f64>,
    recalls: Vec<f64>,
    with_found: usize,
    with_total: usize,
    without_absent: usize,
    without_total: usize,
}

impl BodyMetrics {
    fn add(&mut self, case: &Case, predicted: &str) {
        if let Some(gold) = case.gold.get("body").and_then(Value::as_str).filter(|b| !b.is_empty()) {
            let (tp, fp, fn_) = shingle_counts(gold, predicted);
            let s = tp + fp + fn_;
            let (tp, fp, fn_) = if s > 0.0 { (tp / s, fp / s, fn_ / s) } else { (tp, fp, fn_) };
            if tp + fp > 0.0 {
                self.precisions.push(if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fp) });
            }
            if tp + fn_ > 0.0 {
                self.recalls.push(if fp == 0.0 && fn_ == 0.0 { 1.0 } else { tp / (tp + fn_) });
            }
        }
        let body = ws(predicted);
        for w in strings(&case.gold, "with") {
            self.with_total += 1;
            self.with_found += usize::from(body.contains(&w));
        }
        for w in strings(&case.gold, "without") {
            self.without_total += 1;
            self.without_absent += usize::from(!body.contains(&w));
        }
    }

    /// Body F1 and snippet pass rate.
    fn scores(&self) -> (f64, f64) {
        let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
        let (p, r) = (mean(&self.precisions), mean(&self.recalls));
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let pass = (self.with_found + self.without_absent) as f64 / (self.with_total + self.without_total).max(1) as f64;
        (f1, pass)
    }

    fn report(&self) -> String {
        let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
        let (p, r) = (mean(&self.precisions), mean(&self.recalls));
        let (f1, pass) = self.scores();
        format!("body P {p:.3} R {r:.3} F1 {f1:.3}; snippets pass {pass:.3} (with {}/{}, without {}/{})", self.with_found, self.with_total, self.without_absent, self.without_total)
    }
}

fn shingle_counts(gold: &str, pred: &str) -> (f64, f64, f64) {
    let shingles = |s: &str| {
        let t: Vec<String> = {
            static WORD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| Regex::new(r"\w+").expect("regex"));
            WORD.find_iter(s).map(|m| m.as_str().to_string()).collect()
        };
        let mut m: HashMap<Vec<String>, usize> = HashMap::new();
        if t.is_empty() {
            return m;
        }
        let n = t.len().saturating_sub(3).max(1);
        for i in 0..n {
            let sh: Vec<String> = t[i..(i + 4).min(t.len())].to_vec();
            *m.entry(sh).or_default() += 1;
        }
        m
    };
    let (g, p) = (shingles(gold), shingles(pred));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fn_ += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(g.get(k).copied().unwrap_or(0)) as f64;
    }
    (tp, fp, fn_)
}

fn date_group(case: &Case, models: &Models) -> Option<Group> {
    let gold = gold_dates(case.gold.get("published")?.as_str()?);
    if gold.is_empty() {
        return None;
    }
    let text = normalize::normalize(&case.raw, &Options::default()).ok()?;
    let lines = segment::segment(&text.text);
    let page = models.page(&lines);
    let title = title::pick_with(&page, &models.title);
    let cands = date::candidates(&page, title);
    Some(Group {
        gold: cands
            .iter()
            .map(|c| {
                let (time, offset) = match c.time {
                    Some((_, t)) => (t.time, t.offset_minutes),
                    None => (c.found.time, c.found.offset_minutes),
                };
                c.found.date.is_some_and(|d| candidate_dates(d, time, offset).iter().any(|x| gold.contains(x)))
            })
            .collect(),
        features: cands.iter().map(|c| c.features.to_vec()).collect(),
        has_none: false,
    })
}

/// The gold date as written and as a UTC date (`score.py`'s date match).
fn gold_dates(s: &str) -> Vec<Date> {
    let found = dates::find(s);
    let Some(f) = found.first() else { return Vec::new() };
    let Some(d) = f.date else { return Vec::new() };
    candidate_dates(d, f.time, f.offset_minutes)
}

fn candidate_dates(d: Date, time: Option<dates::Time>, offset: Option<i32>) -> Vec<Date> {
    let mut out = vec![d];
    if let (Some(t), Some(off)) = (time, offset) {
        let minutes = i64::from(t.hour) * 60 + i64::from(t.minute) - i64::from(off);
        let day_shift = minutes.div_euclid(24 * 60);
        if day_shift != 0 {
            let days = dates::days_from_civil(d.year, u32::from(d.month), u32::from(d.day)) + day_shift;
            if let Some(u) = civil_from_days(days) {
                out.push(u);
            }
        }
    }
    out
}

fn civil_from_days(z: i64) -> Option<Date> {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    Date::new((y + i64::from(m <= 2)) as i32, m as u32, d as u32)
}

fn author_group(case: &Case, models: &Models) -> Option<Group> {
    let gold: Vec<String> = case.gold.get("authors")?.as_array()?.iter().filter_map(Value::as_str).map(norm_name).collect();
    if gold.is_empty() {
        return None;
    }
    let text = normalize::normalize(&case.raw, &Options::default()).ok()?;
    let lines = segment::segment(&text.text);
    let page = models.page(&lines);
    let title = title::pick_with(&page, &models.title);
    let published = date::pick_with(&page, title, &models.date);
    let cands = author::candidates(&page, title, published.map(|p| p.line));
    let mut right: Vec<bool> = cands
        .iter()
        .map(|c| {
            let names: Vec<String> = c.names.iter().map(|n| norm_name(n)).collect();
            let joined = names.join(" ; ");
            !names.is_empty() && gold.iter().any(|g| names.contains(g) || joined.contains(g.as_str()))
        })
        .collect();
    // "No byline" is right when no candidate is.
    right[0] = !right.iter().any(|&r| r);
    Some(Group { gold: right, features: cands.iter().map(|c| c.features.to_vec()).collect(), has_none: true })
}

/// The scorer's name normalisation (`score.py` norm_name), without NFKC.
fn norm_name(s: &str) -> String {
    let lower: String = s.chars().flat_map(char::to_lowercase).collect();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    static PREFIX: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"^(by|oleh|von|par|por|di|penulis|reporter|editor)\s*:?\s+").expect("regex")
    });
    let stripped = PREFIX.replace(&lower, "");
    let cleaned: String = stripped.chars().map(|c| if c.is_alphanumeric() || c == '_' || c.is_whitespace() || "'.-".contains(c) { c } else { ' ' }).collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ").trim_matches(|c| c == ' ' || c == '.' || c == '-').to_string()
}
