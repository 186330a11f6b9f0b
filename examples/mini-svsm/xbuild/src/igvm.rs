// An IGVM target's settings and the igvmbuilder and igvmmeasure command lines they make.
use std::collections::HashMap;
use std::path::PathBuf;

/// igvmbuilder's platform flags.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(any(), derive(Deserialize), serde(rename_all = "lowercase"))]
pub enum IgvmPlatform {
    Native,
    Vsm,
    Snp,
    Tdp,
}

impl IgvmPlatform {
    fn flag(self) -> &'static str {
        match self {
            Self::Native => "--native",
            Self::Vsm => "--vsm",
            Self::Snp => "--snp",
            Self::Tdp => "--tdp",
        }
    }
}

/// The hypervisor an IGVM file is made for (igvmbuilder's last argument).
#[derive(Clone, Copy, Debug, Hash, PartialEq, Eq)]
#[cfg_attr(any(), derive(Deserialize))]
pub enum IgvmTarget {
    #[cfg_attr(any(), serde(rename = "qemu"))]
    Qemu,
    #[cfg_attr(any(), serde(rename = "hyper-v"))]
    HyperV,
    #[cfg_attr(any(), serde(rename = "vanadium"))]
    Vanadium,
}

impl IgvmTarget {
    fn name(self) -> &'static str {
        match self {
            Self::Qemu => "qemu",
            Self::HyperV => "hyper-v",
            Self::Vanadium => "vanadium",
        }
    }
}

/// The one way a file is measured: igvmmeasure's `measure` command.
#[derive(Clone, Copy, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize), serde(rename_all = "lowercase"))]
pub enum IgvmMeasure {
    #[default]
    Print,
}

/// The settings of one IGVM target (defaults: output "default.json", policy "0x30000",
/// platforms snp, tdp and vsm).
#[derive(Clone, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize), serde(rename_all = "kebab-case"))]
pub struct IgvmTargetConfig {
    /// The file under bin/.
    #[cfg_attr(any(), serde(default = "IgvmTargetConfig::default_output"))]
    output: PathBuf,
    /// The SEV-SNP guest policy (hex).
    #[cfg_attr(any(), serde(default = "IgvmTargetConfig::default_policy"))]
    policy: String,
    /// igvmbuilder's --comport (the debug serial port, "1" to "4").
    comport: Option<String>,
    #[cfg_attr(any(), serde(default = "IgvmTargetConfig::default_platforms"))]
    platforms: Vec<IgvmPlatform>,
    #[cfg_attr(any(), serde(default))]
    measure: IgvmMeasure,
    /// igvmmeasure's --native-zero.
    #[cfg_attr(any(), serde(default))]
    measure_native_zeroes: bool,
    /// igvmmeasure's --check-kvm.
    #[cfg_attr(any(), serde(default))]
    check_kvm: bool,
    /// igvmbuilder's --no-vtom.
    #[cfg_attr(any(), serde(default))]
    no_vtom: bool,
}

/// The parts a recipe built, as igvmbuilder gets them.
pub struct Parts {
    pub kernel: PathBuf,
    pub stage1: Option<PathBuf>,
    pub bldr: Option<PathBuf>,
    pub firmware: Option<PathBuf>,
    pub fs: Option<PathBuf>,
}

impl IgvmTargetConfig {
    fn default_output() -> PathBuf {
        PathBuf::from("default.json")
    }

    fn default_policy() -> String {
        String::from("0x30000")
    }

    fn default_platforms() -> Vec<IgvmPlatform> {
        vec![IgvmPlatform::Snp, IgvmPlatform::Tdp, IgvmPlatform::Vsm]
    }

    fn output_path(&self) -> PathBuf {
        PathBuf::from("bin").join(&self.output)
    }

    /// igvmbuilder's arguments, in the order upstream's xbuild passes them.
    pub fn igvmbuilder_args(&self, target: IgvmTarget, parts: &Parts, verbose: bool) -> Vec<String> {
        let path = |p: &PathBuf| p.display().to_string();
        let mut args: Vec<String> = vec!["--sort".into(), "--output".into(), path(&self.output_path())];
        args.extend(["--policy".into(), self.policy.clone(), "--kernel".into(), path(&parts.kernel)]);
        if let Some(s1) = &parts.stage1 {
            args.extend(["--tdx-stage1".into(), path(s1)]);
        }
        if let Some(bldr) = &parts.bldr {
            args.extend(["--bldr".into(), path(bldr)]);
        }
        if let Some(fw) = &parts.firmware {
            args.extend(["--firmware".into(), path(fw)]);
        }
        if let Some(fs) = &parts.fs {
            args.extend(["--filesystem".into(), path(fs)]);
        }
        if let Some(comport) = &self.comport {
            args.extend(["--comport".into(), comport.clone()]);
        }
        if verbose {
            args.push("--verbose".into());
        }
        if self.no_vtom {
            args.push("--no-vtom".into());
        }
        args.extend(self.platforms.iter().map(|p| p.flag().to_string()));
        args.push(target.name().into());
        args
    }

    /// igvmmeasure's arguments for the file igvmbuilder wrote.
    pub fn igvmmeasure_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        if self.check_kvm {
            args.push("--check-kvm".into());
        }
        if self.measure_native_zeroes {
            args.push("--native-zero".into());
        }
        args.extend([self.output_path().display().to_string(), "measure".into()]);
        args
    }
}

/// Every IGVM target of a recipe, by name.
#[derive(Clone, Debug, Default)]
#[cfg_attr(any(), derive(Deserialize))]
pub struct IgvmConfig {
    #[cfg_attr(any(), serde(flatten, default))]
    targets: HashMap<IgvmTarget, IgvmTargetConfig>,
}
