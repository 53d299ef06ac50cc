//! Fuzz target: arbitrary bytes as a log file `logs/2021.csv`, through the
//! one streaming log reader.

#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| loften_fuzz::log_reader(data));

#[cfg(not(fuzzing))]
fn main() -> std::process::ExitCode {
    loften_fuzz::replay(loften_fuzz::log_reader)
}
