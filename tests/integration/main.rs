//! Integration tests: the real `loften` binary run in temporary folders.
//! One test binary (`autotests = false`) keeps builds fast; one module per
//! subcommand.

mod area;
mod faults;
mod general;
mod hand_edits;
mod hostile;
mod hostile_folders;
mod init;
mod measures;
mod plan_check;
mod testenv;

mod check_logs;
mod example_data;
mod export;
mod log;
mod log_support;
mod report;
mod shift_excuse;
mod status;
mod void;
