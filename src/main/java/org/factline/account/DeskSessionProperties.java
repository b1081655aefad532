package org.factline.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sessionLifetime how long a sign-in lasts at most, however busy (FACTLINE_DESK_SESSION_LIFETIME); the
 *     idle timeout (FACTLINE_DESK_IDLE_TIMEOUT) ends it sooner when nothing is asked of the desk
 */
@ConfigurationProperties("factline.desk")
public record DeskSessionProperties(@DefaultValue("12h") Duration sessionLifetime) {}
