def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('policies/broken.md:4: error: malformed YAML') : 'file and line of the bad front matter'
assert !log.contains('\tat org.handbookpress') : 'no stack trace without -e'
assert new File(basedir, 'target/handbook/index.html').text == 'previous build' : 'previous output intact'
return true
