package org.factline.publishing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A rendered page kept compressed: raw deflate data with the CRC-32 and length gzip needs, so that a
 * gzip reader gets it with a 10-byte header and an 8-byte trailer around the stored bytes, and any
 * other reader gets it inflated in one go. Each request thread reuses its own deflater and inflater
 * (creating one per request cost more than inflating: served identity, a hot page ran at half the
 * rate of the same page served gzipped).
 *
 * <p>Deflate runs at its fastest level: on a 17 KB claim page 0.13 ms for 5.3 KB, against 0.28 ms for
 * 4.6 KB at the default level.
 */
record DeflatedPage(byte[] deflated, int crc, int length) {

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private static final int GZIP_TRAILER = 8;

    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    static DeflatedPage of(byte[] body) {
        var deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(body);
        deflater.finish();
        var out = new byte[Math.max(64, body.length / 3)];
        int size = 0;
        while (!deflater.finished()) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            size += deflater.deflate(out, size, out.length - size);
        }
        var crc = new CRC32();
        crc.update(body);
        return new DeflatedPage(Arrays.copyOf(out, size), (int) crc.getValue(), body.length);
    }

    /** Bytes held in memory. */
    int size() {
        return deflated.length;
    }

    int gzipLength() {
        return GZIP_HEADER.length + deflated.length + GZIP_TRAILER;
    }

    void writeGzip(OutputStream out) throws IOException {
        var trailer = new byte[GZIP_TRAILER];
        littleEndian(trailer, 0, crc);
        littleEndian(trailer, 4, length);
        out.write(GZIP_HEADER);
        out.write(deflated);
        out.write(trailer);
    }

    byte[] inflate() {
        var inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        var body = new byte[length];
        try {
            int read = 0;
            while (read < length && !inflater.finished()) {
                int n = inflater.inflate(body, read, length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                read += n;
            }
            if (read != length) {
                throw new IllegalStateException("A cached page inflated to " + read + " of " + length + " bytes");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("A cached page could not be inflated", e);
        }
        return body;
    }

    private static void littleEndian(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >>> 8);
        bytes[offset + 2] = (byte) (value >>> 16);
        bytes[offset + 3] = (byte) (value >>> 24);
    }
}
