package org.factline.timeline;

import org.factline.claim.Claim;
import org.factline.speaker.Speaker;
import org.factline.verdict.Verdict;

/** A published claim as listed on the home page: who said it and how it was rated. */
record ClaimSummary(Claim claim, Speaker speaker, Verdict verdict) {}
