//! Integration tests: the real `loften` binary run in temporary folders.
//! One test binary (`autotests = false`) keeps builds fast; one module per
//! subcommand.

mod area;
mod bounds;
mod faults;
mod general;
mod hostile;
mod init;
mod measures;
mod out_target;
mod plan_check;
mod privacy;
mod testenv;

mod check_logs;
mod csv_formulas;
mod example_data;
mod export;
mod log;
mod log_support;
mod report;
mod shift_excuse;
mod status;
mod terminal;
mod void;
