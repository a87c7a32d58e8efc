package nl.signaalwijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes ConfigMap ships the bundled organisation.yaml as its example, so an organisation that
 * starts from the manifests starts from the same contacts and settings the tests check.
 */
class ConfigMapTest {

    @Test
    void theConfigMapCarriesTheBundledOrganisationFileUnchanged() throws IOException {
        Map<String, Object> configMap = new Yaml().load(Files.readString(Path.of("deploy/kubernetes/configmap.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) configMap.get("data");
        assertThat(data.get("organisation.yaml"))
                .as("deploy/kubernetes/configmap.yaml drifted from flows/organisation.yaml")
                .isEqualTo(Files.readString(Path.of("flows/organisation.yaml")));
    }
}
