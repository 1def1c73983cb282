# ConvLab launcher for Windows (called by convlab.cmd): finds a JDK 25+, builds when the
# sources changed, then runs the app, the tests or the command line. Mirrors launcher/convlab.
$ErrorActionPreference = 'Stop'
$Root = Split-Path -Parent $PSScriptRoot
$Need = 25
$MavenVersion = '3.9.11'

# Windows PowerShell 5.1 (what convlab.cmd runs) turns every line a native program writes to
# stderr into a terminating error under 'Stop', and java -version and Maven write there. So
# native programs run through these functions, which set 'Continue' for their own scope only.

function Get-JavaMajor([string]$jdkHome) {
    # Every JDK since 9 says its version in a "release" file: no process to start.
    $release = Join-Path $jdkHome 'release'
    if (Test-Path $release) {
        $line = Select-String -Path $release -Pattern '^JAVA_VERSION="(\d+)' | Select-Object -First 1
        if ($line) {
            $m = [int]$line.Matches[0].Groups[1].Value; if ($m -eq 1) { return 8 } else { return $m }
        }
    }
    $java = Join-Path $jdkHome 'bin\java.exe'
    if (-not (Test-Path $java)) { return 0 }
    $ErrorActionPreference = 'Continue'
    $text = (& $java -version 2>&1 | ForEach-Object { "$_" }) -join "`n"
    if ($text -match 'version "(\d+)') {
        $m = [int]$Matches[1]; if ($m -eq 1) { return 8 } else { return $m }
    }
    return 0
}

function Invoke-Logged([string]$program, [string[]]$arguments, [string]$log) {
    # Runs a native program with all its output in $log; returns its exit status.
    $ErrorActionPreference = 'Continue'
    & $program @arguments *> $log
    return $LASTEXITCODE
}

function Test-Jdk([string]$jdkHome) {
    return $jdkHome -and (Test-Path (Join-Path $jdkHome 'bin\java.exe')) -and (Test-Path (Join-Path $jdkHome 'bin\javac.exe'))
}

function Find-Jdk {
    $first = @()
    if ($env:JAVA_HOME) { $first += $env:JAVA_HOME }
    $onPath = Get-Command java.exe -ErrorAction SilentlyContinue
    if ($onPath) { $first += (Split-Path -Parent (Split-Path -Parent $onPath.Source)) }
    foreach ($h in $first) {
        if ((Test-Jdk $h) -and ((Get-JavaMajor $h) -ge $Need)) { return $h }
    }
    $folders = @("$env:ProgramFiles\Java", "$env:ProgramFiles\Eclipse Adoptium", "$env:ProgramFiles\Microsoft",
                 "$env:ProgramFiles\Zulu", "$env:ProgramFiles\BellSoft", "$env:ProgramFiles\Amazon Corretto",
                 "$env:LOCALAPPDATA\Programs\Eclipse Adoptium", "$env:USERPROFILE\.jdks")
    $best = $null; $bestMajor = 0
    foreach ($f in $folders) {
        if (-not (Test-Path $f)) { continue }
        foreach ($d in Get-ChildItem -Directory $f) {
            if (-not (Test-Jdk $d.FullName)) { continue }
            $m = Get-JavaMajor $d.FullName
            if ($m -ge $Need -and $m -gt $bestMajor) { $best = $d.FullName; $bestMajor = $m }
        }
    }
    return $best
}

$jdk = Find-Jdk
if (-not $jdk) {
    [Console]::Error.WriteLine("ConvLab needs a JDK $Need or newer, and none was found.")
    [Console]::Error.WriteLine("Looked at JAVA_HOME, java on PATH and the usual folders under Program Files.")
    [Console]::Error.WriteLine("Install one, for example:  winget install EclipseAdoptium.Temurin.25.JDK")
    [Console]::Error.WriteLine("or download it from https://adoptium.net/temurin/releases/?version=25, then run this again.")
    exit 3
}
$env:JAVA_HOME = $jdk
$env:PATH = "$jdk\bin;$env:PATH"
if ($env:CONVLAB_FIND_JDK_ONLY) { Write-Output $jdk; exit 0 }

function Find-Maven {
    $m = Get-Command mvn.cmd -ErrorAction SilentlyContinue
    if ($m) { return $m.Source }
    $cache = if ($env:CONVLAB_CACHE) { $env:CONVLAB_CACHE } else { Join-Path $env:USERPROFILE '.convlab' }
    $dir = Join-Path $cache "maven\apache-maven-$MavenVersion"
    $mvn = Join-Path $dir 'bin\mvn.cmd'
    if (-not (Test-Path $mvn)) {
        [Console]::Error.WriteLine("Maven not found; fetching Apache Maven $MavenVersion from Maven Central...")
        $url = "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/$MavenVersion/apache-maven-$MavenVersion-bin.zip"
        $zip = Join-Path $env:TEMP "maven-$MavenVersion.zip"
        # Windows PowerShell 5.1: Maven Central needs TLS 1.2, the progress bar slows the
        # download many times over, and without -UseBasicParsing it may need Internet Explorer.
        [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
        $ProgressPreference = 'SilentlyContinue'
        try {
            Invoke-WebRequest -Uri $url -OutFile $zip -UseBasicParsing
        } catch {
            [Console]::Error.WriteLine("Could not download $url ($($_.Exception.Message)).")
            [Console]::Error.WriteLine("Install Maven 3.8 or newer (https://maven.apache.org/download.cgi), put it on PATH and try again.")
            exit 3
        }
        # unpacked beside, then moved into place: an interrupted unpack never looks finished
        New-Item -ItemType Directory -Force -Path (Split-Path -Parent $dir) | Out-Null
        $unpack = Join-Path (Split-Path -Parent $dir) ".unpack-$PID"  # same volume, so the move is a rename
        Expand-Archive -Path $zip -DestinationPath $unpack -Force
        Move-Item -Path (Join-Path $unpack "apache-maven-$MavenVersion") -Destination $dir
        Remove-Item -Recurse -Force $unpack, $zip
    }
    return $mvn
}
$mvn = Find-Maven
$env:MAVEN_OPTS = "$env:MAVEN_OPTS --sun-misc-unsafe-memory-access=allow"

# From here on only native programs run, their stderr shown as it comes.
$ErrorActionPreference = 'Continue'

if ($args.Count -gt 0 -and $args[0] -eq 'test') {
    $rest = @($args | Select-Object -Skip 1)
    & $mvn -B -f "$Root\pom.xml" test @rest
    exit $LASTEXITCODE
}

$stamp = Join-Path $Root 'target\.convlab-build'
$needsBuild = -not (Test-Path $stamp) -or -not (Test-Path "$Root\target\classes") -or -not (Test-Path "$Root\target\lib\javafx")
if (-not $needsBuild) {
    $built = (Get-Item $stamp).LastWriteTime
    $newer = Get-ChildItem -Recurse -File "$Root\src\main", "$Root\pom.xml" | Where-Object { $_.LastWriteTime -gt $built } | Select-Object -First 1
    $needsBuild = [bool]$newer
}
if ($needsBuild) {
    New-Item -ItemType Directory -Force -Path "$Root\target" | Out-Null
    $log = Join-Path $Root 'target\build.log'
    [Console]::Error.WriteLine("Building ConvLab...")
    $status = Invoke-Logged $mvn @('-B', '-q', '-f', "$Root\pom.xml", 'package', '-DskipTests') $log
    if ($status -ne 0) {
        Get-Content $log | Write-Host
        [Console]::Error.WriteLine("The build failed (full log: $log).")
        exit 1
    }
    Set-Content -Path $stamp -Value ''
}

$cp = "$Root\target\classes;$Root\target\lib\classpath\*"
# The Vector API (an incubator module) speeds up the conv kernel, but the JVM then warns at
# start-up, so only the app, train and bench ask for it, as in launcher/convlab.
$modules = 'ALL-MODULE-PATH'
if ($args.Count -eq 0 -or $args[0] -eq 'train' -or $args[0] -eq 'bench') { $modules += ',jdk.incubator.vector' }
# Every argument is a quoted string: unquoted, PowerShell would split
# --enable-native-access=javafx.graphics,ALL-UNNAMED at its comma and its first period.
$javaArgs = @('--module-path', "$Root\target\lib\javafx", '--add-modules', $modules,
              '--enable-native-access=javafx.graphics,ALL-UNNAMED', "-Dconvlab.root=$Root",
              '-cp', $cp, 'org.convlab.cli.Main') + @($args)
& "$jdk\bin\java.exe" @javaArgs
exit $LASTEXITCODE
