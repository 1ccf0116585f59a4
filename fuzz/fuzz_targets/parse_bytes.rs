//! `parse_bytes` on any bytes: decoding (UTF-8, UTF-16, Windows-1252) and
//! parsing must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = kliping::parse_bytes(bytes, &kliping::Options::default());
});
