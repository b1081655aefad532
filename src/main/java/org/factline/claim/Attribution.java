package org.factline.claim;

import jakarta.persistence.Embeddable;

/** One link in an "as reported by" chain: who passed the claim on (The Guardian, KCNA, Pushilin's letter). */
@Embeddable
public class Attribution {

    public static final int NAME_MAX = 300;

    private String name;

    private String url;

    protected Attribution() {}

    public Attribution(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }
}
