package nl.signaalwijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The container image and the Kubernetes manifests, tried for real with podman (no registry, no
 * cluster). Needs podman, runc and mmdebstrap, which the README's test command installs. The first run
 * on a machine builds the Debian base from the mirror (about 90 s); after that each check takes
 * about 20 s (image) and 50 s (three pods).
 */
class ContainerIT {

    @Test
    void theImageBuildsWithoutARegistryRunsHardenedAndAnswers() throws Exception {
        Script run = Script.run(Duration.ofMinutes(8), "deploy/container/build-and-run");
        System.out.println("ContainerIT: deploy/container/build-and-run took " + run.millis() / 1000 + " s");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("OK image", "HEALTHCHECK healthy", "SIGTERM: exit 0");
    }

    @Test
    void theDeploymentWithItsConfigMapsServesTwoOrganisationsAndALocationFromEveryPodUnderPodmanKubePlay()
            throws Exception {
        Script run = Script.run(Duration.ofMinutes(8), "deploy/kubernetes/try-with-podman");
        System.out.println("ContainerIT: deploy/kubernetes/try-with-podman took " + run.millis() / 1000 + " s");
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("OK kube play: 3 pod(s) ready", "2 organisations of the organisations ConfigMap");
        // one line per pod: each serves the default organisation, both organisations and the location Zuid
        assertThat(run.output().lines().filter(line -> line.startsWith("OK ") && line.contains(
                "/o/zorggroep-rivierenland on call 0344 000 008; /o/zorggroep-rivierenland/zuid 'locatie Zuid',"
                        + " on call 0344 100 008"))).hasSize(3);
    }
}
