package org.factline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The application's {@link Clock} in every test context (registered in META-INF/spring.factories): the
 * system's time, until a test stops it ({@link #stop()}) to see what happens after a given time without
 * waiting for it ({@link #advance}), and lets it go again ({@link #release()}). Autowire {@code Clock} and
 * cast it.
 */
public final class TestClock extends Clock {

    private final Clock system;
    private volatile Instant stoppedAt;

    TestClock(Clock system) {
        this.system = system;
    }

    /** Stops the time at now. */
    public void stop() {
        stoppedAt = system.instant();
    }

    /** Moves the stopped time on. */
    public void advance(Duration duration) {
        if (stoppedAt == null) {
            throw new IllegalStateException("stop() the clock first");
        }
        stoppedAt = stoppedAt.plus(duration);
    }

    /** The system's time again. */
    public void release() {
        stoppedAt = null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return system.withZone(zone);
    }

    @Override
    public Instant instant() {
        var stopped = stoppedAt;
        return stopped != null ? stopped : system.instant();
    }

    static class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    /** A record, so that equal customizers let test classes share a cached context. */
    record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof Clock clock && !(bean instanceof TestClock) ? new TestClock(clock) : bean;
                }
            });
        }
    }
}
