package org.factline.shared;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in person, if any. */
public class RevisionAuditorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Auditor auditor) {
            ((Revision) revisionEntity).setAuditor(auditor);
        }
    }
}
