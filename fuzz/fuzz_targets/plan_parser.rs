//! Fuzz target: arbitrary bytes as a plan file (UTF-8, lossy), through the
//! parser and, when they make a plan, through the compliance engine.

#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| loften_fuzz::plan_parser(data));

#[cfg(not(fuzzing))]
fn main() -> std::process::ExitCode {
    loften_fuzz::replay(loften_fuzz::plan_parser)
}
