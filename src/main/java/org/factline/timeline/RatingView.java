package org.factline.timeline;

import java.util.Locale;

/** A rating as listings show it: label in both languages, icon and code (for its colour). */
public record RatingView(
        String code, String labelEn, String labelId, String icon, int value, String descriptionEn, String descriptionId)
        implements FilterChoice {

    @Override
    public String key() {
        return code;
    }

    @Override
    public String getLabel(Locale locale) {
        return "id".equals(locale.getLanguage()) ? labelId : labelEn;
    }

    public String getDescription(Locale locale) {
        return "id".equals(locale.getLanguage()) ? descriptionId : descriptionEn;
    }
}
