package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class DeflatedPageTests {

    @Test
    void aPageComesBackWholeInflatedAndAsGzip() throws IOException {
        var html = "<p lang=\"id\">Tenaga kerja Korea Utara — Мацегора, 김정은</p>\n"
                .repeat(300)
                .getBytes(StandardCharsets.UTF_8);
        var page = DeflatedPage.of(html);

        assertThat(page.size()).isLessThan(html.length / 10);
        assertThat(page.inflate()).isEqualTo(html);
        assertThat(gunzip(page)).isEqualTo(html);
        assertThat(page.gzipLength()).isEqualTo(gzip(page).length);
    }

    @Test
    void emptyAndIncompressibleBodiesSurvive() throws IOException {
        var noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        for (var body : new byte[][] {new byte[0], noise}) {
            var page = DeflatedPage.of(body);
            assertThat(page.inflate()).isEqualTo(body);
            assertThat(gunzip(page)).isEqualTo(body);
        }
    }

    private static byte[] gzip(DeflatedPage page) throws IOException {
        var out = new ByteArrayOutputStream();
        page.writeGzip(out);
        return out.toByteArray();
    }

    private static byte[] gunzip(DeflatedPage page) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip(page)))) {
            return in.readAllBytes();
        }
    }
}
