use std::time::Instant;
fn main() {
    for r in kliping::rules::LINE_RULES {
        let t = Instant::now();
        let re = regex::Regex::new(r.pattern).unwrap();
        let c = t.elapsed();
        let t = Instant::now();
        let _ = re.is_match("Baca juga: sesuatu yang menarik «ü» 2024");
        println!("{:>8.2?} {:>8.2?} {}", c, t.elapsed(), r.id);
    }
}
