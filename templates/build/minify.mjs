// Minifies the theme's own CSS and JavaScript where the plugin build copied them (target/classes), so that every
// site ships them without comments and spaces: 11 of the 61 KB a search page loads before its query. The sources in
// assets/ stay as written; vendored libraries are left as their authors ship them. Run by templates/pom.xml.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

// Read from the sources (argument 2), not from the copies: Maven copies a file again only when its source is newer, so an
// incremental build minified its own output a second time, giving other bytes than a clean build's.
const dir = process.argv[2];
const sources = process.argv[3];
for (const entry of readdirSync(dir, { withFileTypes: true })) {
  const name = entry.name;
  if (!entry.isFile() || !(name.endsWith('.js') || name.endsWith('.css'))) {
    continue; // vendor/, and files that are not the theme's code
  }
  const file = join(dir, name);
  const source = readFileSync(join(sources, name), 'utf8');
  let out;
  if (name.endsWith('.js')) {
    // Top-level names stay (each file is a classic script, and some define what others call); no unsafe rewrites.
    const result = await minifyJs(source, { ecma: 2020, compress: { passes: 1 }, mangle: true, format: { comments: false } });
    out = result.code + '\n';
  } else if (name.endsWith('.css')) {
    // No restructuring: rules keep their order and selectors, so the cascade is the one written.
    out = minifyCss(source, { restructure: false, comments: false }).css + '\n';
  } else {
    continue;
  }
  writeFileSync(file, out);
}
