package org.convlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's JDK search, run against fake JDKs whose `java -version` prints what we choose.
 * CONVLAB_FIND_JDK_ONLY makes the launcher print the JDK it picked and stop.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
    @TempDir
    Path tmp;

    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve(name).resolve("bin"));
        String script = "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2026-01-20' >&2\n";
        for (String tool : List.of("java", "javac")) {
            Path p = bin.resolve(tool);
            Files.writeString(p, script);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return tmp.resolve(name);
    }

    private record Run(int status, String out, String err) {
    }

    private Run launcher(Map<String, String> env) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("launcher/convlab").toAbsolutePath().toString(), "--version"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("HOME", tmp.toString());
        pb.environment().put("CONVLAB_FIND_JDK_ONLY", "1");
        // java 17 first on PATH, as on these machines, whatever the machine running the test has in /usr/bin
        pb.environment().put("PATH", fakeJdk("path-jdk-17", "17.0.15").resolve("bin") + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        int status = pb.start().waitFor();
        return new Run(status, Files.readString(tmp.resolve("out.txt")).trim(), Files.readString(tmp.resolve("err.txt")));
    }

    @Test
    void findsAJdk25InTheUsualFoldersWhenJavaOnPathIs17() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        Path jdk25 = fakeJdk("jdk-25", "25.0.3");
        Run r = launcher(Map.of("PATH", jdk17.resolve("bin") + ":/usr/bin:/bin",
                "CONVLAB_JDK_FOLDERS", jdk17 + ":" + jdk25));
        assertEquals(0, r.status(), r.err());
        assertEquals(jdk25.toString(), r.out());
    }

    @Test
    void prefersJavaHomeWhenItIsNewEnough() throws Exception {
        Path jdk25 = fakeJdk("jdk-25", "25.0.3");
        Path jdk26 = fakeJdk("jdk-26", "26");
        Run r = launcher(Map.of("JAVA_HOME", jdk26.toString(), "CONVLAB_JDK_FOLDERS", jdk25.toString()));
        assertEquals(jdk26.toString(), r.out());
    }

    @Test
    void skipsAJavaHomeThatIsTooOld() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        Path jdk25 = fakeJdk("jdk-25", "25.0.3");
        Run r = launcher(Map.of("JAVA_HOME", jdk17.toString(), "CONVLAB_JDK_FOLDERS", jdk25.toString()));
        assertEquals(jdk25.toString(), r.out());
    }

    @Test
    void picksTheNewestOfSeveralInstalledJdks() throws Exception {
        Path jdk25 = fakeJdk("jdk-25", "25.0.3");
        Path jdk27 = fakeJdk("jdk-27", "27-ea");
        Path jdk26 = fakeJdk("jdk-26", "26.0.1");
        Run r = launcher(Map.of("CONVLAB_JDK_FOLDERS", jdk25 + ":" + jdk27 + ":" + jdk26));
        assertEquals(jdk27.toString(), r.out());
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJdk25() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        Path jdk11 = fakeJdk("jdk-11", "11.0.2");
        Run r = launcher(Map.of("JAVA_HOME", jdk11.toString(), "PATH", jdk17.resolve("bin") + ":/usr/bin:/bin",
                "CONVLAB_JDK_FOLDERS", jdk17 + ":" + jdk11));
        assertEquals(3, r.status());
        assertTrue(r.err().contains("needs a JDK 25 or newer"), r.err());
        assertTrue(r.err().contains("adoptium.net"), r.err());
    }
}
