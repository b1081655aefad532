package org.factline.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.factline.shared.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.Session;

/**
 * Keeps the desk's sessions usable while PostgreSQL, which holds them, cannot be reached: a session is
 * still read from the database at every request, but when the database does not answer, the copy this
 * instance last read is used, and a session that cannot be written keeps its row as it was. So an editor
 * stays signed in through an outage and is told their save failed, with what they typed, instead of being
 * sent to a sign-in that cannot work either. Only sessions read successfully before are known, a copy is
 * dropped as soon as the database says the session is gone, and nothing can be read or saved with it
 * while the database is away.
 */
final class SessionsWhileDatabaseAway implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SessionsWhileDatabaseAway.class);

    private final Cache<String, Session> lastRead = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        var arguments = invocation.getArguments();
        switch (invocation.getMethod().getName()) {
            case "findById" -> {
                var id = (String) arguments[0];
                try {
                    var session = (Session) invocation.proceed();
                    if (session == null) {
                        lastRead.invalidate(id);
                    } else {
                        lastRead.put(id, session);
                    }
                    return session;
                } catch (RuntimeException e) {
                    if (!DatabaseFaults.unreachable(e)) {
                        throw e;
                    }
                    var kept = lastRead.getIfPresent(id);
                    log.debug("The database is unreachable: using the session as last read ({})", kept != null);
                    return kept == null || kept.isExpired() ? null : kept;
                }
            }
            case "save" -> {
                try {
                    return invocation.proceed();
                } catch (RuntimeException e) {
                    if (!DatabaseFaults.unreachable(e)) {
                        throw e;
                    }
                    log.debug("The database is unreachable: the session is not saved this time");
                    return null;
                }
            }
            case "deleteById" -> {
                lastRead.invalidate((String) arguments[0]);
                return invocation.proceed();
            }
            default -> {
                return invocation.proceed();
            }
        }
    }
}
