package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked for what a deployer relies on. */
class DockerComposeTests {

    @Test
    @SuppressWarnings("unchecked")
    void definesPostgresAndFactlineWiredThroughTheDocumentedVariables() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));

        var services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "factline");
        assertThat((String) services.get("postgres").get("image")).startsWith("postgres:17");

        var environment = (Map<String, Object>) services.get("factline").get("environment");
        assertThat(environment).containsKeys("FACTLINE_DB_URL", "FACTLINE_DB_USER", "FACTLINE_DB_PASSWORD");
        assertThat(environment.get("FACTLINE_DB_URL").toString()).isEqualTo("jdbc:postgresql://postgres:5432/factline");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("factline-postgres");
        assertThat(services.get("postgres").get("volumes").toString()).contains("factline-postgres:");
    }
}
