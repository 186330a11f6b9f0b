//! A small, dependency-free IGVM library: writes and reads the headers COCONUT's tools use and
//! computes the SEV-SNP launch digest. Written from the IGVM format description; shared by the
//! example tree's igvmbuilder and igvmmeasure stand-ins.
pub mod crc32;
pub mod format;
pub mod measure;
pub mod reader;
pub mod sha2;
pub mod writer;
