// The check must name each problem with its file, and leave its JSON report behind.
def log = new File(basedir, 'build.log').text

def expect = { String text, String why ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not mention " + why + ": expected '" + text + "'")
    }
}

expect('index.md:6', 'the missing image, with its file and line')
expect("image 'images/garden-in-spring.jpg' not found", 'the missing image')
expect('about-us.md:6', 'the lorem ipsum paragraph, with its file and line')
expect("placeholder text left in: 'Lorem ipsum'", 'the lorem ipsum text')
expect('policies/health-and-safety.md:4', 'the first overdue review')
expect('policies/safeguarding.md:4', 'the second overdue review')
assert (log =~ /policy review was due on/).count == 2 : 'two overdue reviews'
expect('training/induction-session.md:4', 'the session whose agenda overruns')
expect("agenda items add up to 2h 5 min, 5 min more than 'duration: 2h'", 'the agenda total of 125 minutes, against the planned 2h')
expect('BUILD FAILURE', 'the failed build')
expect('Handbook check failed', 'that the check, which builds nothing, failed')
assert !log.contains('Handbook build failed') : 'handbook:check is said to be a check, not a build'
// The report ends with a table by finding code: the two overdue reviews are one row with a count of 2.
expect('Findings by code:', 'the summary table by finding code')
assert (log =~ /review\.overdue\s+\w+\s+2\s/).count == 1 : 'the table counts the two overdue reviews in one row'

def report = new File(basedir, 'target/handbook-report.json')
assert report.isFile() : 'target/handbook-report.json was not written'
def json = new groovy.json.JsonSlurper().parse(report)
assert json.version == 1
assert json.strict == true
assert json.passed == false
def codes = json.findings.collect { it.file + ' ' + it.code }
['index.md image.missing', 'about-us.md placeholder.lorem-ipsum', 'policies/health-and-safety.md review.overdue',
 'policies/safeguarding.md review.overdue', 'training/induction-session.md session.total'].each {
    assert codes.contains(it) : "report lacks $it: $codes"
}
assert !new File(basedir, 'target/handbook').exists() : 'check must write nothing but its report'
return true
