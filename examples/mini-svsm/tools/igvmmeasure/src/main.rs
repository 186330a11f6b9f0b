//! igvmmeasure [-v] [-c|--check-kvm] [-p|--platform sev|sev-es|sev-snp] [-n|--native-zero]
//!             <INPUT> measure [-i|--ignore-idblock] [-b|--bare]
//! Prints the launch digest exactly as COCONUT's igvmmeasure does, with the same checks and
//! messages. Options of the top level must come before the subcommand, as with clap.
use igvmlite::format::*;
use igvmlite::measure::{measure, MeasureError, Mode, Options};
use igvmlite::reader::{parse, Header};
use igvmlite::sha2::hex;
use std::process::exit;

const USAGE: &str = "Usage: igvmmeasure [OPTIONS] <INPUT> <COMMAND>";

fn usage_error(msg: &str) -> ! {
    eprintln!("error: {msg}\n\n{USAGE}\n\nFor more information, try '--help'.");
    exit(2);
}

struct Args {
    verbose: bool,
    check_kvm: bool,
    platform: String,
    native_zero: bool,
    input: String,
    bare: bool,
    ignore_idblock: bool,
}

fn parse_args(argv: &[String]) -> Args {
    let mut a = Args { verbose: false, check_kvm: false, platform: "sev-snp".into(), native_zero: false, input: String::new(), bare: false, ignore_idblock: false };
    let mut input = None;
    let mut command = None;
    let mut i = 0;
    while i < argv.len() {
        let arg = argv[i].as_str();
        if command.is_some() {
            match arg {
                "-b" | "--bare" => a.bare = true,
                "-i" | "--ignore-idblock" => a.ignore_idblock = true,
                _ => usage_error(&format!("unexpected argument '{arg}' found")),
            }
        } else {
            match arg {
                "-v" | "--verbose" => a.verbose = true,
                "-c" | "--check-kvm" => a.check_kvm = true,
                "-n" | "--native-zero" => a.native_zero = true,
                "-p" | "--platform" => {
                    i += 1;
                    let v = argv.get(i).map(String::as_str).unwrap_or("");
                    if !["sev", "sev-es", "sev-snp"].contains(&v) {
                        usage_error(&format!("invalid value '{v}' for '--platform <PLATFORM>'\n  [possible values: sev, sev-es, sev-snp]"));
                    }
                    a.platform = v.into();
                }
                "-h" | "--help" => {
                    println!("{USAGE}\n\nCommands:\n  measure  Measure the IGVM file\n  sign     Sign the IGVM file\n\nArguments:\n  <INPUT>  IGVM file");
                    exit(0);
                }
                s if s.starts_with('-') => usage_error(&format!("unexpected argument '{s}' found")),
                s if input.is_none() => input = Some(s.to_string()),
                "measure" => command = Some("measure"),
                "sign" => {
                    eprintln!("Error: \"signing is not supported by this stand-in igvmmeasure\"");
                    exit(1);
                }
                s => usage_error(&format!("unrecognized subcommand '{s}'")),
            }
        }
        i += 1;
    }
    match (input, command) {
        (Some(inp), Some(_)) => a.input = inp,
        (None, _) => usage_error("the following required arguments were not provided:\n  <INPUT>"),
        (Some(_), None) => {
            eprintln!("{USAGE}");
            exit(2)
        }
    }
    a
}

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let a = parse_args(&argv);
    let buf = match std::fs::read(&a.input) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("Failed to open firmware file {}", a.input);
            let kind = if e.kind() == std::io::ErrorKind::NotFound { "NotFound" } else { "Other" };
            eprintln!("Error: Os {{ code: {}, kind: {kind}, message: \"No such file or directory\" }}", e.raw_os_error().unwrap_or(0));
            exit(1);
        }
    };
    let parsed = match parse(&buf) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("Error: {e:?}");
            exit(1);
        }
    };
    let (ptype, mode) = match a.platform.as_str() {
        "sev" => (PLATFORM_SEV, Mode::Sha256),
        "sev-es" => (PLATFORM_SEV_ES, Mode::Sha256),
        _ => (PLATFORM_SEV_SNP, Mode::SevSnp),
    };
    let mask = parsed.headers.iter().find_map(|h| match h {
        Header::Platform { mask, platform_type } if *platform_type == ptype => Some(*mask),
        _ => None,
    });
    let Some(mask) = mask else {
        eprintln!("Error: \"IGVM file is not compatible with the specified platform.\"");
        exit(1);
    };
    let outcome = match measure(&parsed, &Options { mask, mode, native_zero: a.native_zero, check_kvm: a.check_kvm }) {
        Ok(o) => o,
        Err(e) => {
            let msg = match e {
                MeasureError::VmsaCount => "More than one VMSA has been provided in the IGVM file. QEMU/KVM only supports setting of the VMSA for the first virtual CPU.".to_string(),
                MeasureError::VmsaGpa(gpa) => format!("The GPA for the VMSA (0x{gpa:016X}) does not match the address hardcoded in KVM. KVM will always populate the VMSA at GPA 0xFFFFFFFFF000. The IGVM file must set the GPA for the VMSA to this address."),
                MeasureError::VmsaCr0(cr0) => format!("CR0 in the VMSA in the IGVM file is set to 0x{cr0:02x} instead of 0x31 (protected-mode) or 0x30 (real-mode). The value of CR0 is overridden by KVM during initial measurement. Therefore the IGVM file must be configured to match the value set by KVM."),
                MeasureError::VmsaOrder => "The VMSA must be the final page directive in the IGVM file. This is because QEMU/KVM measures the VMSA page when the measurement is finalized and not in the order specified in the IGVM file. Make sure your IGVM file places the VMSA directive after any other measured or unmeasured page directives.".to_string(),
                MeasureError::LargePageWithData => {
                    eprintln!("thread 'main' panicked: 2 MiB page with data");
                    exit(101);
                }
            };
            eprintln!("Error: {msg}");
            exit(1);
        }
    };
    if a.verbose {
        for (gpa, len, kind) in &outcome.log {
            println!("gpa {gpa:#x} len {len:#x} ({kind} page)");
        }
    }
    let digest = hex(&outcome.digest);
    if a.bare {
        println!("{digest}");
    } else {
        let line = "=".repeat(111);
        println!("\n{line}");
        println!("igvmmeasure '{}'\nLaunch Digest: {digest}", a.input);
        println!("{line}\n");
    }
    if mode == Mode::SevSnp && !a.ignore_idblock {
        if let Some(ld) = outcome.id_block {
            if ld[..] != outcome.digest[..] {
                eprintln!("Error: An ID block has been provided in the IGVM file but the calculated measurement does not match the expected measurement in the ID block. \nExpected: {}", hex(&ld));
                exit(1);
            }
        }
    }
}
