use handout_desk::{compose::HandoutOptions, export::render, profile::read_profile_file, template::TemplateLibrary};
fn main() {
    let id = std::env::args().nth(1).unwrap();
    let lib = TemplateLibrary::load(&[]);
    for f in &lib.failures { eprintln!("{}", f.diagnostics); }
    let t = &lib.get(&id).unwrap().template;
    let p = read_profile_file(std::path::Path::new("handouts/profiles/example-clinic.ron")).unwrap();
    let doc = render(t, &p, &HandoutOptions::default()).unwrap();
    print!("{}", doc.describe());
}
