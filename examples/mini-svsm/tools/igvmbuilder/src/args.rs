//! The command line of COCONUT's igvmbuilder, parsed by hand with clap's messages and exit codes.
use std::process::exit;

#[derive(Default)]
pub struct Args {
    pub hypervisor: String,
    pub kernel: String,
    pub output: String,
    pub bldr: Option<String>,
    pub tdx_stage1: Option<String>,
    pub filesystem: Option<String>,
    pub firmware: Option<String>,
    pub comport: Option<u32>,
    pub policy: Option<u64>,
    pub verbose: bool,
    pub sort: bool,
    pub snp: bool,
    pub tdp: bool,
    pub native: bool,
    pub vsm: bool,
    pub no_vtom: bool,
    pub alt_injection: bool,
    pub debug: bool,
    pub sev_features: u64,
}

#[cfg(not(feature = "legacy"))]
pub const LOADER: (&str, &str, &str) = ("-b", "--bldr", "<BLDR>");
#[cfg(feature = "legacy")]
pub const LOADER: (&str, &str, &str) = ("-s", "--stage2", "<STAGE2>");

fn usage() -> String {
    let stage2 = if cfg!(feature = "legacy") { " --stage2 <STAGE2>" } else { "" };
    format!("Usage: igvmbuilder [OPTIONS]{stage2} --kernel <KERNEL> --output <OUTPUT> <HYPERVISOR>")
}

fn fail(msg: &str, with_usage: bool) -> ! {
    let usage = if with_usage { format!("\n\n{}", usage()) } else { String::new() };
    eprintln!("error: {msg}{usage}\n\nFor more information, try '--help'.");
    exit(2);
}

const SEV_FEATURES: [(&str, u32); 8] = [
    ("reflect-vc", 2),
    ("alternate-injection", 4),
    ("prevent-host-ibs", 6),
    ("snpbtb-isolation", 7),
    ("vmpl-sss", 8),
    ("secure-tsc-en", 9),
    ("vmsa-reg-prot", 14),
    ("smt-protection", 15),
];

pub fn parse(argv: &[String]) -> Args {
    let mut a = Args::default();
    let mut positional: Vec<String> = Vec::new();
    let mut i = 0;
    let value = |i: &mut usize, name: &str| -> String {
        *i += 1;
        argv.get(*i).cloned().unwrap_or_else(|| fail(&format!("a value is required for '{name}' but none was supplied"), false))
    };
    while i < argv.len() {
        let arg = argv[i].as_str();
        match arg {
            "-k" | "--kernel" => a.kernel = value(&mut i, "--kernel <KERNEL>"),
            "-o" | "--output" => a.output = value(&mut i, "--output <OUTPUT>"),
            "--tdx-stage1" => a.tdx_stage1 = Some(value(&mut i, "--tdx-stage1 <TDX_STAGE1>")),
            "--filesystem" => a.filesystem = Some(value(&mut i, "--filesystem <FILESYSTEM>")),
            "-f" | "--firmware" => a.firmware = Some(value(&mut i, "--firmware <FIRMWARE>")),
            x if x == LOADER.0 || x == LOADER.1 => a.bldr = Some(value(&mut i, &format!("{} {}", LOADER.1, LOADER.2))),
            "-c" | "--comport" => {
                let v = value(&mut i, "--comport <COMPORT>");
                match v.parse::<u32>() {
                    Ok(n) if (1..=4).contains(&n) => a.comport = Some(n),
                    Ok(n) => fail(&format!("invalid value '{v}' for '--comport <COMPORT>': {n} is not in 1..=4"), false),
                    Err(e) => fail(&format!("invalid value '{v}' for '--comport <COMPORT>': {e}"), false),
                }
            }
            "--policy" => {
                let v = value(&mut i, "--policy <POLICY>");
                let hex = v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")).unwrap_or(&v);
                match u64::from_str_radix(hex, 16) {
                    Ok(p) => a.policy = Some(p),
                    Err(e) => fail(&format!("invalid value '{v}' for '--policy <POLICY>': {e}"), false),
                }
            }
            "--sev-features" => {
                let v = value(&mut i, "--sev-features <SEV_FEATURES>");
                for name in v.split(',') {
                    match SEV_FEATURES.iter().find(|(n, _)| *n == name) {
                        Some((_, bit)) => a.sev_features |= 1 << bit,
                        None => fail(&format!("invalid value '{name}' for '--sev-features <SEV_FEATURES>'"), false),
                    }
                }
            }
            "-v" | "--verbose" => a.verbose = true,
            "--sort" => a.sort = true,
            "--snp" => a.snp = true,
            "--tdp" => a.tdp = true,
            "--native" => a.native = true,
            "--vsm" => a.vsm = true,
            "--alt-injection" => a.alt_injection = true,
            "--no-vtom" if !cfg!(feature = "legacy") => a.no_vtom = true,
            "-d" | "--debug" if cfg!(feature = "legacy") => a.debug = true,
            "-h" | "--help" => {
                println!("{}\n\nArguments:\n  <HYPERVISOR>  [possible values: qemu, hyper-v, vanadium]", usage());
                exit(0);
            }
            s if s.starts_with('-') => fail(&format!("unexpected argument '{s}' found"), true),
            s => positional.push(s.to_string()),
        }
        i += 1;
    }
    let mut missing = Vec::new();
    if cfg!(feature = "legacy") && a.bldr.is_none() {
        missing.push("--stage2 <STAGE2>");
    }
    if a.kernel.is_empty() {
        missing.push("--kernel <KERNEL>");
    }
    if a.output.is_empty() {
        missing.push("--output <OUTPUT>");
    }
    if positional.is_empty() {
        missing.push("<HYPERVISOR>");
    }
    if !missing.is_empty() {
        fail(&format!("the following required arguments were not provided:\n  {}", missing.join("\n  ")), true);
    }
    if positional.len() > 1 {
        fail(&format!("unexpected argument '{}' found", positional[1]), true);
    }
    if !["qemu", "hyper-v", "vanadium"].contains(&positional[0].as_str()) {
        fail(&format!("invalid value '{}' for '<HYPERVISOR>'\n  [possible values: qemu, hyper-v, vanadium]", positional[0]), false);
    }
    a.hypervisor = positional.remove(0);
    a
}
