package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text a reader or editor sees exists in English and in Bahasa Indonesia. */
class MessagesSyncTests {

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        var english = load("messages.properties");
        var indonesian = load("messages_id.properties");
        assertThat(indonesian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach(
                (key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
        indonesian.forEach(
                (key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
