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
return true
