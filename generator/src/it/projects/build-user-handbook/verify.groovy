def site = new File(basedir, 'target/handbook')
assert new File(site, 'index.html').isFile()
assert new File(basedir, 'target/moved-site/index.html').isFile() : '-Dhandbook.output moves the site'

def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('href="toolkit/02-visiting-safely.html"') : 'wiki link by title'
assert home.contains('href="policies/safeguarding.html#who-to-tell"') : 'wiki link to a heading'

def session = new File(site, 'training/evening.html').getText('UTF-8')
assert session.contains('<time>18:00</time>') && session.contains('<time>19:30</time>') : 'computed start times'

def documents = new File(site, 'documents.html').getText('UTF-8')
assert documents.contains('Safeguarding Policy')
assert documents.toLowerCase().contains('overdue') : 'the 2024 review is overdue'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('policies/safeguarding.md:') && log.contains('review was due') : 'overdue warning names the file'
assert new File(site, 'images/door.svg').isFile()

// The first build ran in a JVM of its own, the second in Maven's: the same files, byte for byte.
assert log.contains('Building in a JVM of its own') : 'the default build forks'
assert log.contains('Handbook up to date') : 'the third build, with nothing changed, does nothing'
assert (log =~ /review was due/).count >= 3 : 'and still reports the findings'
def moved = new File(basedir, 'target/moved-site')
def files = { File root -> def names = []; root.eachFileRecurse(groovy.io.FileType.FILES) { names << root.toPath().relativize(it.toPath()).toString() }; names.sort() }
assert files(site) == files(moved) : 'the same files in both sites'
files(site).each { name ->
    assert new File(site, name).bytes == new File(moved, name).bytes : "$name differs between the forked build and the in-process one"
}
return true
