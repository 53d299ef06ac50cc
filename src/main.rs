//! The `loften` binary: the whole program is [`loften::main`].

use std::process::ExitCode;

fn main() -> ExitCode {
    loften::main()
}
