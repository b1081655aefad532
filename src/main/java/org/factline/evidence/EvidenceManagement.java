package org.factline.evidence;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evidence module's API: sources attached to claims. */
@Service
@Transactional(readOnly = true)
public class EvidenceManagement {

    private final Sources sources;

    EvidenceManagement(Sources sources) {
        this.sources = sources;
    }

    @Transactional
    public Source attach(long claimId, NewSource request) {
        return sources.save(new Source(claimId, sources.nextPosition(claimId), request));
    }

    /** A claim's sources in the order the editor put them. */
    public List<Source> sourcesOf(long claimId) {
        return sources.findByClaimIdOrderByPosition(claimId);
    }
}
