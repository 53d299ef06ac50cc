//! Integration tests: the real `loften` binary run in temporary folders.
//! One test binary (`autotests = false`) keeps builds fast; one module per
//! subcommand.

mod area;
mod bounds;
mod catalog;
mod faults;
mod finding;
mod general;
mod hand_edits;
mod hostile;
mod hostile_folders;
mod init;
mod measures;
mod out_target;
mod plan_check;
mod privacy;
mod testenv;

mod a11y;
mod check_logs;
mod consistency;
mod csv_formulas;
mod example_data;
mod export;
mod forms;
mod help_material;
mod log;
mod log_as_typed;
mod log_support;
mod outputs_words;
mod report;
mod semantics;
mod shift_excuse;
mod status;
mod successive;
#[cfg(unix)]
mod terminal;
mod terminal_controls;
mod void;
mod whole_outputs;
mod widths;
