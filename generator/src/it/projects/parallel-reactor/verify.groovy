// Both modules of a `mvn -T 2` reactor built their own complete site, and neither holds the other's pages.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('FileSystemAlreadyExistsException') : 'theme files read without a shared jar file system'
assert !log.contains('ClosedFileSystemException')
assert log.contains('BUILD SUCCESS')

def sites = [first: ['watering.html', 'The Allotment Handbook'], second: ['warm-up.html', 'The Choir Handbook']]
sites.each { module, expected ->
    def site = new File(basedir, module + '/target/handbook')
    assert new File(site, 'index.html').isFile() : module + ' has its home page'
    assert new File(site, expected[0]).isFile() : module + ' has its own page'
    assert new File(site, 'index.html').getText('UTF-8').contains(expected[1]) : module + ' home page is its own'
    ['assets/theme.css', 'assets/theme.js', 'assets/search.js', '.handbook-output'].each {
        assert new File(site, it).isFile() : module + ' has ' + it
    }
    def other = module == 'first' ? sites.second : sites.first
    assert !new File(site, other[0]).exists() : module + ' holds none of the other module\'s pages'
    assert !new File(site, 'index.html').getText('UTF-8').contains(other[1])
    def leftovers = new File(basedir, module + '/target').list().findAll { it.contains('.staging') || it.contains('.previous') }
    assert leftovers.isEmpty() : module + ' left staging folders: ' + leftovers
}
return true
