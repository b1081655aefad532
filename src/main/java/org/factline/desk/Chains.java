package org.factline.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factline.claim.Attribution;

/**
 * Reads the "as reported by" chain as an editor types it: one link per line (or separated by ←),
 * nearest to the article first, each optionally followed by "| https://…".
 */
final class Chains {

    private Chains() {}

    /** The links, or empty when a link's URL is not an http(s) URL. */
    static Optional<List<Attribution>> parse(String text) {
        var links = new ArrayList<Attribution>();
        if (text == null) {
            return Optional.of(links);
        }
        for (var part : text.split("\\R|←|<-")) {
            var trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            var pieces = trimmed.split("\\|", 2);
            var name = pieces[0].trim();
            var url = pieces.length > 1 ? pieces[1].trim() : "";
            if (name.isEmpty() || name.length() > 300) {
                return Optional.empty();
            }
            if (!url.isEmpty() && !(url.matches("(?i)https?://\\S+") && url.length() <= 2000)) {
                return Optional.empty();
            }
            links.add(new Attribution(name, url.isEmpty() ? null : url));
        }
        return Optional.of(links);
    }

    static String format(List<Attribution> chain) {
        var lines = new ArrayList<String>();
        for (var link : chain) {
            lines.add(link.getUrl() == null ? link.getName() : link.getName() + " | " + link.getUrl());
        }
        return String.join("\n", lines);
    }

    static List<String> topics(String text) {
        var topics = new ArrayList<String>();
        if (text != null) {
            for (var topic : text.split("[,;\\n]")) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
        }
        return topics;
    }

    static List<String> authors(String text) {
        return topics(text);
    }
}
