package org.factline.verdict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param authorMayPublish lets the author of a verdict publish it or send it back, for one-person desks; off by
 *     default so that every verdict has a second pair of eyes
 */
@ConfigurationProperties("factline.editorial")
public record EditorialProperties(@DefaultValue("false") boolean authorMayPublish) {}
