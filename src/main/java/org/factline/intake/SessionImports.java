package org.factline.intake;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The import tokens of one HTTP session. When the session ends, its uploads that were not committed
 * are deleted. A session keeps its last few uploads; older ones are discarded.
 */
final class SessionImports implements HttpSessionBindingListener {

    static final String ATTRIBUTE = SessionImports.class.getName();
    static final int KEPT = 5;

    private final transient ImportJobs jobs;
    private final Deque<String> tokens = new ArrayDeque<>();

    private SessionImports(ImportJobs jobs) {
        this.jobs = jobs;
    }

    static SessionImports of(HttpSession session, ImportJobs jobs) {
        synchronized (session) {
            var imports = (SessionImports) session.getAttribute(ATTRIBUTE);
            if (imports == null) {
                imports = new SessionImports(jobs);
                session.setAttribute(ATTRIBUTE, imports);
            }
            return imports;
        }
    }

    synchronized void add(String token) {
        tokens.addLast(token);
        while (tokens.size() > KEPT) {
            jobs.discard(tokens.removeFirst());
        }
    }

    synchronized boolean holds(String token) {
        return tokens.contains(token);
    }

    @Override
    public synchronized void valueUnbound(HttpSessionBindingEvent event) {
        tokens.forEach(jobs::discard);
        tokens.clear();
    }
}
