//! Integration tests: the real `loften` binary run in temporary folders.
//! One test binary (`autotests = false`) keeps builds fast; one module per
//! subcommand.

mod area;
mod faults;
mod general;
mod hostile;
mod init;
mod measures;
mod plan_check;
mod testenv;

mod a11y;
mod check_logs;
mod consistency;
mod example_data;
mod export;
mod forms;
mod log;
mod log_support;
mod report;
mod semantics;
mod shift_excuse;
mod status;
mod void;
