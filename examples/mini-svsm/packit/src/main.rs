// `packit pack --input DIR --output FILE`: every file under DIR, siblings in byte order of their
// names, directories at their sorted place (depth first), names relative to DIR with '/'.
use std::fs::{self, File};
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::exit;

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        let meta = fs::metadata(&p)?;
        if meta.is_dir() {
            walk(root, &p, out)?;
        } else if meta.is_file() {
            let name = p.strip_prefix(root).unwrap().to_str().expect("UTF-8 path").to_string();
            out.push((name, p));
        }
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let (Some("pack"), Some(input), Some(output)) = (args.first().map(String::as_str), value("--input"), value("--output")) else {
        eprintln!("Usage: packit pack --input <DIR> --output <FILE>");
        exit(2);
    };
    let run = || -> std::io::Result<()> {
        let mut w = BufWriter::new(File::create(&output)?);
        packit::write_header(&mut w)?;
        let mut files = Vec::new();
        walk(Path::new(&input), Path::new(&input), &mut files)?;
        for (name, path) in files {
            packit::write_file(&mut w, &name, &fs::read(path)?)?;
        }
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("Error: {e}");
        exit(1);
    }
}
