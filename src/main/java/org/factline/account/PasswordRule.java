package org.factline.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must not be: shorter than 12 characters, one of the most common passwords
 * ({@code account/common-passwords.txt}, also with digits and symbols around it or digits for look-alike
 * letters, "P@ssword2024!"), the e-mail it signs in with, a run along the alphabet, the digits or the keyboard
 * ("abcdefghijkl", "qwertyuiopas"), or a few characters repeated ("aaaaaaaaaaaa", "abcabcabcabc"). Length alone
 * let those through; these are the passwords guessed first.
 */
@Component
class PasswordRule {

    static final int MIN_LENGTH = AccountManagement.MIN_PASSWORD_LENGTH;
    static final int MAX_LENGTH = 200;

    private static final String[] RUNS = {
        "abcdefghijklmnopqrstuvwxyz",
        "01234567890",
        "qwertyuiopasdfghjklzxcvbnm",
        "1234567890qwertyuiop",
        "1qaz2wsx3edc4rfv5tgb6yhn"
    };

    /** Fewer different characters than this in a whole password is a repetition. */
    private static final int MIN_DISTINCT = 5;

    /** Steps that break a run (anything but the same, next or previous character): fewer is predictable. */
    private static final int MIN_SURPRISES = 3;

    private final Set<String> common;

    PasswordRule() {
        this.common = load("account/common-passwords.txt");
    }

    /** The message key saying what is wrong with the password, or empty when it may be used. */
    Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("account.error.shortPassword");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("account.error.longPassword");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || isEmail(lower, email)) {
            return Optional.of("account.error.commonPassword");
        }
        if (isRepetition(lower)) {
            return Optional.of("account.error.repetitivePassword");
        }
        if (isRun(lower)) {
            return Optional.of("account.error.sequencePassword");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower) || common.contains(lower.replace(" ", ""))) {
            return true;
        }
        var core = core(lower);
        return common.contains(core) || common.contains(unleet(core)) || common.contains(core(unleet(lower)));
    }

    private static boolean isEmail(String lower, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        var address = email.strip().toLowerCase(Locale.ROOT);
        var local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        var name = core(local);
        return lower.equals(address)
                || !name.isEmpty()
                        && (core(lower).equals(name) || unleet(core(lower)).equals(name));
    }

    /** A few characters, or a short piece repeated ("abcabcabcabc"). */
    private static boolean isRepetition(String lower) {
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return true;
        }
        var length = lower.length();
        for (int piece = 1; piece <= length / 2; piece++) {
            if (length % piece == 0
                    && lower.substring(0, piece).repeat(length / piece).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Along the alphabet, the digits or the keyboard, either way, or hardly ever leaving such a run. */
    private static boolean isRun(String lower) {
        for (var run : RUNS) {
            if (run.contains(lower)
                    || new StringBuilder(run).reverse().toString().contains(lower)) {
                return true;
            }
        }
        int surprises = 0;
        for (int i = 1; i < lower.length(); i++) {
            if (Math.abs(lower.charAt(i) - lower.charAt(i - 1)) > 1) {
                surprises++;
            }
        }
        return surprises < MIN_SURPRISES;
    }

    /** The letters in the middle, without the digits, symbols and spaces often put around a word. */
    private static String core(String lower) {
        return lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replace(" ", "");
    }

    /** Digits and symbols read as the letters they stand for ("p@55w0rd"). */
    private static String unleet(String lower) {
        var letters = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            letters.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return letters.toString();
    }

    private static Set<String> load(String path) {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing: " + path, e);
        }
        return Set.copyOf(words);
    }
}
