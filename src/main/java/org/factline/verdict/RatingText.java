package org.factline.verdict;

/** What readers see of a rating: its label and description in both languages, its colour and icon. */
public record RatingText(
        String labelEn, String labelId, String descriptionEn, String descriptionId, String colour, String icon) {}
