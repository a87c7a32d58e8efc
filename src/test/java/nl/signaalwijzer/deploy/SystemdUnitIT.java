package nl.signaalwijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The systemd unit is valid (systemd-analyze verify) and hardened (its offline exposure score). */
class SystemdUnitIT {

    @Test
    void theUnitVerifiesAndIsHardened() throws Exception {
        Path dir = Files.createTempDirectory("signaalwijzer-unit");
        Path unit = dir.resolve("signaalwijzer@8081.service");
        Files.copy(Path.of("deploy/systemd/signaalwijzer@.service"), unit);
        try {
            Script verify = Script.run(Duration.ofMinutes(1), "systemd-analyze", "verify", unit.toString());
            assertThat(verify.exit()).as(verify.output()).isZero();
            assertThat(verify.output()).as("no warnings").isBlank();
            Script security = Script.run(Duration.ofMinutes(1), "systemd-analyze", "security", "--offline=true",
                    "--threshold=20", unit.toString());
            String score = security.output().lines().filter(l -> l.contains("Overall exposure level")).findFirst().orElse("");
            System.out.println("SystemdUnitIT: verify ok; " + score.replaceAll("\\s+", " ").strip());
            assertThat(security.exit()).as(security.output()).isZero();
        } finally {
            Files.deleteIfExists(unit);
            Files.deleteIfExists(dir);
        }
    }
}
