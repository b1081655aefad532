package org.factline.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a person's sessions, on every instance: they are rows of {@code spring_session}, found by the
 * e-mail they signed in with. Their next request is anonymous, so the desk sends them to sign in (and a
 * form they post is held for them, as after any ended session).
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of the person but {@code keep} (the one they are using, or null), once the
     * transaction that changed their account commits: ended earlier, they could sign in again with what is
     * about to change.
     */
    void endAfterCommit(String email, String keep) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(email, keep);
                }
            });
        } else {
            end(email, keep);
        }
    }

    private void end(String email, String keep) {
        for (var id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
            }
        }
    }
}
