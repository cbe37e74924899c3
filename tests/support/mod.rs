//! Helpers shared by the integration tests.

#[macro_use]
pub mod speakers;
pub mod synthetic;
