package org.factline.account;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes sure a new instance has an administrator ({@link AccountManagement#ensureAdministrator}) as it
 * starts: after every bean is ready, so after data loaded at initialisation (the demo's administrator
 * makes a one-time password unnecessary), and before the web server opens its port, which starts in a
 * later phase.
 */
@Component
class FirstAdministrator implements SmartLifecycle {

    /** Before the web server's phase (just under {@code Integer.MAX_VALUE}) and before the default's. */
    static final int PHASE = 0;

    private final AccountManagement accounts;
    private volatile boolean running;

    FirstAdministrator(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void start() {
        accounts.ensureAdministrator();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
