package org.factline.evidence;

/**
 * What the evidence module needs to know of a claim's publication: whether readers see it, when its
 * sources change only through a reviewed update. The claim module provides it, so that this module does
 * not depend on that one.
 */
public interface PublishedClaims {

    /** Whether the claim is published: its sources are then what readers see. */
    boolean isPublished(long claimId);
}
