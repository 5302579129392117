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
// The plugin as a user's Maven gets it (generator/pom.xml, the shade plugin): one jar holding its libraries, and a POM
// naming only OpenHTMLtoPDF's three jars (LGPL, kept apart), so that Maven resolves no tree of dependencies first.
def pluginDir = new File(localRepositoryPath, 'org/handbookpress/handbook-maven-plugin')
def versionDir = pluginDir.listFiles().find { it.isDirectory() }
def pom = new groovy.xml.XmlSlurper().parse(versionDir.listFiles().find { it.name.endsWith('.pom') })
def runtime = pom.dependencies.dependency.findAll { it.scope.text() in ['', 'compile', 'runtime'] }.collect { it.artifactId.text() }.sort()
assert runtime == ['openhtmltopdf-core', 'openhtmltopdf-pdfbox', 'openhtmltopdf-svg-support'] : "the plugin's POM names $runtime"
def jar = new java.util.zip.ZipFile(versionDir.listFiles().find { it.name.endsWith('.jar') })
try {
    ['com/vladsch/flexmark/parser/Parser.class', 'org/jsoup/Jsoup.class', 'org/apache/pdfbox/pdmodel/PDDocument.class',
     'org/apache/batik/transcoder/Transcoder.class', 'org/handbookpress/HandbookBuild.class'].each {
        assert jar.getEntry(it) != null : "the plugin's jar holds $it"
    }
    assert !jar.entries().toList().any { it.name.startsWith('com/openhtmltopdf/') } : "OpenHTMLtoPDF stays in its own jars"
    // Batik finds its image codecs through service lists that several of its jars each had: merged, not the last one only.
    def codecs = jar.getInputStream(jar.getEntry('META-INF/services/org.apache.batik.ext.awt.image.spi.RegistryEntry')).getText('UTF-8')
    assert codecs.readLines().findAll { it.trim() && !it.startsWith('#') }.size() >= 4 : codecs
} finally {
    jar.close()
}
return true
