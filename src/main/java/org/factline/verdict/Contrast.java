package org.factline.verdict;

/**
 * WCAG contrast between a rating's colour and white: the label is printed in the colour on a light
 * background, and the icon in white on the colour, so both need 4.5:1.
 */
public final class Contrast {

    public static final double MINIMUM = 4.5;

    private Contrast() {}

    /** The contrast ratio of a #rrggbb colour against white, from 1 to 21. */
    public static double againstWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
