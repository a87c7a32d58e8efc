package nl.signaalwijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes ConfigMaps ship the bundled example files, so an organisation that starts from the manifests
 * starts from the same contacts and settings the tests check: {@code configmap.yaml} carries
 * {@code flows/organisation.yaml} (the default organisation), {@code organisations-configmap.yaml} the folder
 * {@code flows/organisations} (every organisation under {@code /o/}). And the Deployment mounts each where its
 * environment variable points.
 */
class ConfigMapTest {
    private static final Path ORGANISATIONS = Path.of("flows/organisations");
    private static final Path ORGANISATIONS_CONFIGMAP = Path.of("deploy/kubernetes/organisations-configmap.yaml");

    @Test
    void theConfigMapCarriesTheBundledOrganisationFileUnchanged() throws IOException {
        assertThat(data(Path.of("deploy/kubernetes/configmap.yaml")).get("organisation.yaml"))
                .as("deploy/kubernetes/configmap.yaml drifted from flows/organisation.yaml")
                .isEqualTo(Files.readString(Path.of("flows/organisation.yaml")));
    }

    /** One key per file, byte for byte: a new, changed or removed organisation in the folder must reach it too. */
    @Test
    void theOrganisationsConfigMapCarriesEveryFileOfTheOrganisationsFolderUnchanged() throws IOException {
        Map<String, String> data = data(ORGANISATIONS_CONFIGMAP);
        Map<String, byte[]> folder = new TreeMap<>();
        try (Stream<Path> files = Files.list(ORGANISATIONS)) {
            for (Path file : files.filter(file -> file.getFileName().toString().endsWith(".yaml")).toList()) {
                folder.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        String regenerate = " (regenerate it: deploy/kubernetes/make-organisations-configmap flows/organisations > "
                + ORGANISATIONS_CONFIGMAP + ")";
        assertThat(data.keySet()).as("the keys of " + ORGANISATIONS_CONFIGMAP + regenerate)
                .containsExactlyInAnyOrderElementsOf(folder.keySet()).contains("_national.yaml");
        folder.forEach((name, bytes) -> assertThat(data.get(name).getBytes(StandardCharsets.UTF_8))
                .as(ORGANISATIONS_CONFIGMAP + " drifted from " + ORGANISATIONS.resolve(name) + regenerate)
                .isEqualTo(bytes));
    }

    /** The script the README gives for it makes the committed file, comments and all. */
    @Test
    void theScriptMakesTheOrganisationsConfigMapAsCommitted() throws Exception {
        Script run = Script.run(Duration.ofSeconds(30), "deploy/kubernetes/make-organisations-configmap",
                ORGANISATIONS.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo(Files.readString(ORGANISATIONS_CONFIGMAP));
    }

    /**
     * ORGANISATION_FILE lies in the folder of the organisation ConfigMap and ORGANISATIONS_DIR is the folder of the
     * organisations ConfigMap; the two are mounted side by side (a mount point cannot be made inside a read-only
     * ConfigMap volume) and never with subPath (which would never see an update of the ConfigMap).
     */
    @Test
    void theDeploymentMountsEachConfigMapWhereItsVariablePoints() throws IOException {
        Map<String, Object> pod = map(map(map(load(Path.of("deploy/kubernetes/deployment.yaml")).get("spec"))
                .get("template")).get("spec"));
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        Map<String, String> env = new TreeMap<>();
        list(container.get("env")).forEach(entry -> env.put((String) map(entry).get("name"),
                String.valueOf(map(entry).get("value"))));
        Map<String, String> configMapOfVolume = new TreeMap<>();
        list(pod.get("volumes")).stream().map(ConfigMapTest::map).filter(volume -> volume.containsKey("configMap"))
                .forEach(volume -> configMapOfVolume.put((String) volume.get("name"),
                        (String) map(volume.get("configMap")).get("name")));
        Map<String, String> mountOfConfigMap = new TreeMap<>();
        for (Object entry : list(container.get("volumeMounts"))) {
            Map<String, Object> mount = map(entry);
            String configMap = configMapOfVolume.get((String) mount.get("name"));
            if (configMap != null) {
                assertThat(mount).as("the mount of ConfigMap " + configMap)
                        .doesNotContainKey("subPath").containsEntry("readOnly", true);
                mountOfConfigMap.put(configMap, (String) mount.get("mountPath"));
            }
        }
        String organisation = name(Path.of("deploy/kubernetes/configmap.yaml"));
        String organisations = name(ORGANISATIONS_CONFIGMAP);
        assertThat(mountOfConfigMap).containsOnlyKeys(organisation, organisations);
        assertThat(env.get("ORGANISATION_FILE")).isEqualTo(mountOfConfigMap.get(organisation) + "/organisation.yaml");
        assertThat(env.get("ORGANISATIONS_DIR")).isEqualTo(mountOfConfigMap.get(organisations));
        assertThat(mountOfConfigMap.get(organisations) + "/").doesNotStartWith(mountOfConfigMap.get(organisation) + "/");
        assertThat(mountOfConfigMap.get(organisation) + "/").doesNotStartWith(mountOfConfigMap.get(organisations) + "/");
    }

    private static Map<String, String> data(Path configMap) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) load(configMap).get("data");
        return data;
    }

    private static String name(Path configMap) throws IOException {
        return (String) map(load(configMap).get("metadata")).get("name");
    }

    private static Map<String, Object> load(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return (List<Object>) node;
    }
}
