package nl.signaalwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The build rejects a null nobody checked (issue 18, item 3). A real compile of a small fixture
 * ({@code src/test/resources/nullness}), not a look at the configuration: {@code javac} runs in its own
 * process with the compiler arguments of pom.xml's main compile and the JVM flags of .mvn/jvm.config,
 * read from those files, so the test checks what the build does and cannot drift from it.
 */
class NullnessInTheBuildTest {
    private static final Path FIXTURES = Path.of("src/test/resources/nullness");

    @TempDir
    Path out;

    @Test
    void aDereferencedNullableFailsTheCompileNamingItsLine() throws Exception {
        Compile compile = javac(FIXTURES.resolve("unchecked"));
        assertThat(compile.exit()).as(compile.output()).isNotZero();
        assertThat(compile.output())
                .contains("Lookup.java:15: error: [NullAway] dereferenced expression 'phone(phones, contact)' is @Nullable");
    }

    @Test
    void theSameLookupWithTheNullCheckedCompiles() throws Exception {
        Compile compile = javac(FIXTURES.resolve("checked"));
        assertThat(compile.exit()).as(compile.output()).isZero();
        assertThat(compile.output()).doesNotContain("NullAway");
    }

    private record Compile(int exit, String output) {
    }

    private Compile javac(Path sources) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
        for (String flag : Files.readAllLines(Path.of(".mvn/jvm.config"))) {
            if (!flag.isBlank()) {
                command.add("-J" + flag.strip());
            }
        }
        command.addAll(mainCompilerArgs());
        // Error Prone, NullAway and JSpecify are on the test class path (pom.xml, same versions as the build's).
        String classPath = System.getProperty("java.class.path");
        command.addAll(List.of("-processorpath", classPath, "-classpath", classPath, "-d", out.toString()));
        try (var files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> command.add(f.toString()));
        }
        Path log = out.resolve("javac.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("javac finished").isTrue();
        return new Compile(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The {@code compilerArgs} of the compiler plugin's {@code default-compile} execution in pom.xml. */
    private static List<String> mainCompilerArgs() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        NodeList args = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//plugin[artifactId='maven-compiler-plugin']/executions/execution[id='default-compile']"
                        + "/configuration/compilerArgs/arg", pom, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < args.getLength(); i++) {
            result.add(args.item(i).getTextContent().strip());
        }
        assertThat(result).as("pom.xml's compiler arguments").anyMatch(a -> a.startsWith("-Xplugin:ErrorProne"));
        return result;
    }
}
