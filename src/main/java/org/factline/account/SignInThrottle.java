package org.factline.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords: failed sign-ins are counted per e-mail typed (known or not, so the answer
 * tells nothing about which accounts exist) and per client address, in Bucket4j token buckets whose limits
 * make the wait grow: for an e-mail, three tries at once, then one every 10 seconds, after six one a
 * minute, and after ten failures within a quarter of an hour signing in with it is locked until that
 * quarter ends; an address (a newsroom behind one address signs in from it) gets twenty, one every
 * 30 seconds after, and is locked for the hour after fifty. A successful sign-in clears its e-mail's count.
 * The buckets are kept in this instance's memory (bounded, forgotten after two idle hours): with several
 * instances behind a load balancer, each counts its own tries.
 */
@Component
class SignInThrottle {

    private static final long MAX_KEYS = 100_000;

    private final TimeMeter time;
    private final Cache<String, Bucket> emails = keys();
    private final Cache<String, Bucket> addresses = keys();

    SignInThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** How long the next sign-in with this e-mail from this address must wait; empty when it may be tried now. */
    Optional<Duration> waitBefore(String email, String address) {
        long nanos = Math.max(wait(emails.getIfPresent(emailKey(email))), wait(addresses.getIfPresent(address)));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    void failed(String email, String address) {
        emails.get(emailKey(email), key -> emailBucket()).tryConsume(1);
        if (address != null) {
            addresses.get(address, key -> addressBucket()).tryConsume(1);
        }
    }

    void succeeded(String email) {
        emails.invalidate(emailKey(email));
    }

    private static long wait(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket emailBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(3).refillGreedy(1, Duration.ofSeconds(10)))
                .addLimit(limit -> limit.capacity(6).refillGreedy(1, Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(10).refillIntervally(10, Duration.ofMinutes(15)))
                .build();
    }

    private Bucket addressBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(20).refillGreedy(1, Duration.ofSeconds(30)))
                .addLimit(limit -> limit.capacity(50).refillIntervally(50, Duration.ofHours(1)))
                .build();
    }

    private static String emailKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Cache<String, Bucket> keys() {
        return Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(Duration.ofHours(2))
                .build();
    }
}
