package org.factline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration implements WebMvcConfigurer {

    static final String PASSWORD_PAGE = "/account/password";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SignedOutForms signedOutForms,
            TransportProperties transport,
            SignInThrottle throttle,
            AccountManagement accounts,
            DeskSessionProperties sessions,
            Clock clock)
            throws Exception {
        var attempts = new SignInAttempts(throttle, accounts);
        var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                attempts.succeeded(request, authentication);
                if (authentication.getPrincipal() instanceof FactlineUser user && user.isPasswordChangeRequired()) {
                    getRedirectStrategy().sendRedirect(request, response, PASSWORD_PAGE);
                    return;
                }
                var heldForm = signedOutForms.afterSignIn(request, authentication.getName());
                if (heldForm.isPresent()) {
                    clearAuthenticationAttributes(request);
                    getRedirectStrategy().sendRedirect(request, response, heldForm.get());
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        afterLogin.setDefaultTargetUrl("/desk");

        // readers are anonymous; the editorial areas need a role (drafts are also guarded in the desk)
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/desk/verdicts/*/publish",
                                "/desk/verdicts/*/send-back",
                                "/desk/claims/*/unpublish",
                                "/desk/claims/*/republish",
                                "/desk/articles/*/merge",
                                "/desk/topics/*/merge",
                                "/desk/articles/*/delete")
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers("/desk/**")
                        .hasAnyRole(Role.REPORTER.name(), Role.EDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/account/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(SignInAttempts.LOGIN)
                        .successHandler(afterLogin)
                        .failureHandler(attempts)
                        .permitAll())
                .addFilterBefore(attempts, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(sessions, clock), SecurityContextHolderFilter.class)
                .logout(logout ->
                        logout.logoutUrl("/logout").logoutSuccessUrl("/").permitAll())
                // a new session at sign-in: its creation time starts the sign-in's lifetime (SessionLifetimeFilter)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokensOutOfAddresses()))
                // a form posted after its session ended is held for its author, not refused
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(signedOutForms))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // on secure requests only (TLS, or X-Forwarded-Proto: https from a trusted proxy), when set
                        .httpStrictTransportSecurity(hsts -> {
                            if (transport.hsts()) {
                                hsts.maxAgeInSeconds(transport.hstsMaxAge().toSeconds())
                                        .includeSubDomains(transport.hstsIncludeSubdomains());
                            } else {
                                hsts.disable();
                            }
                        }));
        return http.build();
    }

    /**
     * Sign-ins are observed (metrics and traces); the filters and the authorization of every request are
     * not: observing them wraps each of the dozen filters of every request, cached public pages included.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AppUsers users) {
        return email -> users.findByTypedEmail(email)
                .map(FactlineUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Someone signed in with a one-time password reaches the desk only after choosing their own. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws java.io.IOException {
                        var principal = request.getUserPrincipal() instanceof Authentication authentication
                                ? authentication.getPrincipal()
                                : null;
                        if (principal instanceof FactlineUser user && user.isPasswordChangeRequired()) {
                            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                            return false;
                        }
                        return true;
                    }
                })
                .addPathPatterns("/desk/**", "/admin/**");
    }
}
